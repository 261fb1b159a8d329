#include "store/fts_rank.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <vector>

#include "store/sqlite_db.h"

namespace news {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// Every row's length in tokens (all columns), indexed by rowid, read once
// per connection from article_fts_docsize in one sequential scan. bm25
// looks the length up row by row (a statement per matching row), which was
// two thirds of a search's time for a frequent term. The lengths are read
// again when the index's row count or total token count has changed (an
// ingest added or removed articles).
struct LengthCache {
  sqlite3* db = nullptr;
  sqlite3_int64 rows = -1, tokens = -1;
  std::vector<int> length;  // by rowid; -1 for none

  int Load(sqlite3_int64 now_rows, sqlite3_int64 now_tokens) {
    if (now_rows == rows && now_tokens == tokens) return SQLITE_OK;
    length.clear();
    rows = tokens = -1;
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT id, sz FROM article_fts_docsize", -1, &st, nullptr);
    if (rc != SQLITE_OK) return rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      sqlite3_int64 id = sqlite3_column_int64(st, 0);
      if (id < 0 || id > (sqlite3_int64{1} << 26)) continue;  // not an article id; looked up row by row
      const auto* sz = static_cast<const unsigned char*>(sqlite3_column_blob(st, 1));
      int bytes = sqlite3_column_bytes(st, 1);
      if (static_cast<size_t>(id) >= length.size()) length.resize(static_cast<size_t>(id) + 1, -1);
      length[static_cast<size_t>(id)] = SumVarints(sz, bytes);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
      length.clear();
      return rc;
    }
    rows = now_rows;
    tokens = now_tokens;
    return SQLITE_OK;
  }

  // The docsize record: one SQLite varint per column.
  static int SumVarints(const unsigned char* p, int n) {
    int sum = 0;
    for (int i = 0; i < n;) {
      uint64_t v = 0;
      int k = 0;
      for (; i < n && k < 8 && (p[i] & 0x80); ++i, ++k) v = (v << 7) | (p[i] & 0x7F);
      if (i < n) v = k == 8 ? (v << 8) | p[i] : (v << 7) | p[i];
      ++i;
      sum += static_cast<int>(v);
    }
    return sum;
  }
};

// Per-query data, computed on the first row and kept with xSetAuxdata.
struct QueryData {
  std::vector<double> idf;     // per phrase; all 1.0 for a single phrase
  std::vector<double> weight;  // per column, from the arguments (literals) of the first row
  double avg_length = 1.0;     // tokens per row, all columns
  std::vector<double> freq;    // scratch: weighted hits per phrase in the current row
};

int CountRow(const Fts5ExtensionApi*, Fts5Context*, void* user) {
  ++*static_cast<sqlite3_int64*>(user);
  return SQLITE_OK;
}

// Same inverse document frequency as FTS5's bm25: log((N - n + 0.5) / (n + 0.5)),
// floored at 1e-6 so that a phrase in every row still counts a little.
int BuildQueryData(const Fts5ExtensionApi* api, Fts5Context* fts, LengthCache* lengths, int argc,
                   sqlite3_value** argv, QueryData* q) {
  int phrases = api->xPhraseCount(fts);
  q->weight.assign(static_cast<size_t>(api->xColumnCount(fts)), 1.0);
  for (int i = 0; i < argc && static_cast<size_t>(i) < q->weight.size(); ++i)
    q->weight[static_cast<size_t>(i)] = sqlite3_value_double(argv[i]);
  sqlite3_int64 rows = 0, tokens = 0;
  int rc = api->xRowCount(fts, &rows);
  if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
  if (rc == SQLITE_OK) rc = lengths->Load(rows, tokens);
  if (rc != SQLITE_OK) return rc;
  q->avg_length = rows > 0 ? static_cast<double>(tokens) / static_cast<double>(rows) : 1.0;
  q->idf.assign(static_cast<size_t>(phrases), 1.0);
  q->freq.assign(static_cast<size_t>(phrases), 0.0);
  if (phrases < 2) return SQLITE_OK;
  for (int i = 0; i < phrases; ++i) {
    sqlite3_int64 hits = 0;
    rc = api->xQueryPhrase(fts, i, &hits, CountRow);
    if (rc != SQLITE_OK) return rc;
    double idf = std::log((static_cast<double>(rows - hits) + 0.5) / (static_cast<double>(hits) + 0.5));
    q->idf[static_cast<size_t>(i)] = idf <= 0.0 ? 1e-6 : idf;
  }
  return SQLITE_OK;
}

constexpr uint64_t kOnes = 0x0101010101010101ULL;

uint64_t Load8(const unsigned char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// 1 in each byte of w without the continuation bit (a byte that ends a varint).
uint64_t VarintEnds(uint64_t w) { return (~w >> 7) & kOnes; }
int SumBytes(uint64_t ones) { return static_cast<int>((ones * kOnes) >> 56); }  // at most 8 ones
bool HasByte01(uint64_t w) {
  uint64_t x = w ^ kOnes;  // a zero byte where w has 0x01
  return ((x - kOnes) & ~x & (kOnes << 7)) != 0;
}

// Counts the varints in [a, b), `a` a varint boundary, up to the next column
// marker (a one-byte varint 0x01), and returns the marker, or `b`. Eight
// bytes at a time, the last ones with an overlapping load, as long as no
// byte is 0x01 (most rows have no marker left); byte by byte otherwise,
// where a 0x01 after a byte with the continuation bit ends a longer varint
// instead. Few branches: the lists are short and of every length, so a
// loop per byte was mostly mispredicted jumps.
const unsigned char* CountToMarker(const unsigned char* a, const unsigned char* b, int* count) {
  const unsigned char* p = a;
  int n = 0;
  for (uint64_t w; b - p >= 8 && !HasByte01(w = Load8(p)); p += 8) n += SumBytes(VarintEnds(w));
  size_t left = static_cast<size_t>(b - p);
  if (left > 0 && left < 8 && b - a >= 8) {
    int shift = static_cast<int>(8 * (8 - left));  // drop the bytes already counted (little-endian: the low ones)
    uint64_t w = Load8(b - 8);
    if (!HasByte01(w >> shift)) {
      *count = n + SumBytes(VarintEnds(w) >> shift);
      return b;
    }
  }
  for (; p < b; ++p) {
    if (*p == 0x01 && (p == a || !(p[-1] & 0x80))) break;
    n += *p < 0x80;
  }
  *count = n;
  return p;
}

double ColumnWeight(const std::vector<double>& weight, int c) {
  return c >= 0 && static_cast<size_t>(c) < weight.size() ? weight[static_cast<size_t>(c)] : 1.0;
}

// Weighted hits of phrase `p` in the context's current row. xPhraseFirst
// leaves the iterator's [a, b) on the phrase's position list, in FTS5's
// on-disk format for detail=full tables (ours): one varint per hit (offset
// delta + 2, so never 1), and the varint 1 followed by a column number when
// the column changes. Each column's stretch is counted in one pass
// (CountToMarker) instead of an xPhraseNext call per hit (a frequent bigram
// has a dozen hits in most rows).
int PhraseFrequency(const Fts5ExtensionApi* api, Fts5Context* fts, int p, const std::vector<double>& weight,
                    double* freq) {
  Fts5PhraseIter it;
  int column = -1, offset = 0;
  int rc = api->xPhraseFirst(fts, p, &it, &column, &offset);
  if (rc != SQLITE_OK || column < 0) {
    *freq = 0.0;
    return rc;
  }
  int hits = 1;  // the hit xPhraseFirst read
  double f = 0.0;
  for (const unsigned char *a = it.a, *b = it.b;;) {
    int n = 0;
    const unsigned char* marker = CountToMarker(a, b, &n);
    hits += n;
    if (marker == b) break;
    f += hits * ColumnWeight(weight, column);
    hits = 0;
    uint32_t c = 0;  // the new column's varint
    for (a = marker + 1; a < b && (*a & 0x80); ++a) c = (c << 7) | (*a & 0x7F);
    if (a < b) c = (c << 7) | *a++;
    column = c < 64 ? static_cast<int>(c) : -1;  // -1: a column we do not weigh
  }
  *freq = f + hits * ColumnWeight(weight, column);
  return rc;
}

// The current row's length in tokens, all columns.
int RowLength(const Fts5ExtensionApi* api, Fts5Context* fts, const LengthCache& lengths, int* length,
              sqlite3_int64 row) {
  *length = row >= 0 && static_cast<size_t>(row) < lengths.length.size() ? lengths.length[static_cast<size_t>(row)] : -1;
  return *length < 0 ? api->xColumnSize(fts, -1, length) : SQLITE_OK;
}

double Bm25(const QueryData& q, int length) {
  double norm = kK1 * (1 - kB + kB * static_cast<double>(length) / q.avg_length);
  double score = 0.0;
  for (size_t i = 0; i < q.freq.size(); ++i) score += q.idf[i] * q.freq[i] * (kK1 + 1) / (q.freq[i] + norm);
  return score;
}

void Rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  auto* lengths = static_cast<LengthCache*>(api->xUserData(fts));
  auto* q = static_cast<QueryData*>(api->xGetAuxdata(fts, 0));
  if (!q) {
    auto fresh = std::make_unique<QueryData>();
    int rc = BuildQueryData(api, fts, lengths, argc, argv, fresh.get());
    // xSetAuxdata owns the pointer from the call on (it deletes it itself
    // when it fails).
    if (rc == SQLITE_OK) {
      q = fresh.release();
      rc = api->xSetAuxdata(fts, q, [](void* p) { delete static_cast<QueryData*>(p); });
    }
    if (rc != SQLITE_OK) {
      sqlite3_result_error_code(ctx, rc);
      return;
    }
  }
  int rc = SQLITE_OK;
  for (size_t p = 0; rc == SQLITE_OK && p < q->freq.size(); ++p)
    rc = PhraseFrequency(api, fts, static_cast<int>(p), q->weight, &q->freq[p]);
  int length = 0;
  if (rc == SQLITE_OK) rc = RowLength(api, fts, *lengths, &length, api->xRowid(fts));
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  sqlite3_result_double(ctx, -Bm25(*q, length));
}

// newsminer_top's walk over every row of the query's one phrase.
struct TopWalk {
  FtsTopRequest* request;
  const LengthCache* lengths;
  QueryData query;
  std::vector<FtsTopHit> heap;  // the best so far, worst on top
  double worst = -std::numeric_limits<double>::infinity();  // heap.front()'s score once the heap is full
  double inverse_avg = 1.0;  // 1 / query.avg_length

  static bool Better(const FtsTopHit& a, const FtsTopHit& b) {
    return a.score > b.score || (a.score == b.score && a.rowid < b.rowid);
  }

  // False only for a row that cannot enter the heap: bm25 with one phrase
  // is f (k1 + 1) / (f + norm), compared here with the worst kept score
  // without a division, and with a margin a million times any rounding
  // error, so that a row near the bar is always scored exactly. Once the
  // heap is full, almost every row of a frequent term stops here (a row
  // walked in rowid order enters a top-k about k ln(N / k) times).
  bool MayEnter(double f, int length) const {
    double norm = kK1 * (1 - kB + kB * static_cast<double>(length) * inverse_avg);
    return f * (kK1 + 1) >= worst * (f + norm) * (1 - 1e-9);
  }

  void Offer(FtsTopHit hit) {
    size_t want = static_cast<size_t>(request->count);
    if (heap.size() == want && !Better(hit, heap.front())) return;
    if (heap.size() == want) {
      std::pop_heap(heap.begin(), heap.end(), Better);
      heap.pop_back();
    }
    heap.push_back(hit);
    std::push_heap(heap.begin(), heap.end(), Better);
    if (heap.size() == want) worst = heap.front().score;
  }
};

int VisitRow(const Fts5ExtensionApi* api, Fts5Context* fts, void* user) {
  auto* walk = static_cast<TopWalk*>(user);
  sqlite3_int64 rowid = api->xRowid(fts);
  if (walk->request->keep && !walk->request->keep(rowid)) return SQLITE_OK;
  double f = 0.0;
  int length = 0;
  int rc = PhraseFrequency(api, fts, 0, walk->query.weight, &f);
  if (rc == SQLITE_OK) rc = RowLength(api, fts, *walk->lengths, &length, rowid);
  if (rc != SQLITE_OK || !walk->MayEnter(f, length)) return rc;
  walk->query.freq[0] = f;
  walk->Offer({rowid, Bm25(walk->query, length)});
  return SQLITE_OK;
}

// Several phrases (FtsQuery ANDs them): walked one after the other with
// xQueryPhrase, each walk counting all of its phrase's rows (the IDF, as
// bm25 and BuildQueryData count them) and keeping the rows every phrase so
// far matched, with their weighted hits; the survivors are scored at the end.
struct AndWalk {
  FtsTopRequest* request = nullptr;
  const LengthCache* lengths = nullptr;
  size_t phrase = 0, phrases = 0;
  sqlite3_int64 hits = 0;         // rows of the current phrase
  std::vector<int64_t> rowid;     // candidates, ascending
  std::vector<double> freq;       // rowid.size() x phrases
  std::vector<int> length;        // filled by the last phrase's walk
  size_t cursor = 0;              // into rowid during a later phrase's walk
  std::vector<int64_t> next_rowid;
  std::vector<double> next_freq;
};

int AndVisit(const Fts5ExtensionApi* api, Fts5Context* fts, void* user) {
  auto* w = static_cast<AndWalk*>(user);
  ++w->hits;
  int64_t rowid = api->xRowid(fts);
  double f = 0.0;
  if (w->phrase == 0) {
    if (w->request->keep && !w->request->keep(rowid)) return SQLITE_OK;
    int rc = PhraseFrequency(api, fts, 0, w->request->weights, &f);
    w->next_rowid.push_back(rowid);
    w->next_freq.resize(w->next_freq.size() + w->phrases, 0.0);
    w->next_freq[w->next_freq.size() - w->phrases] = f;
    return rc;
  }
  while (w->cursor < w->rowid.size() && w->rowid[w->cursor] < rowid) ++w->cursor;
  if (w->cursor == w->rowid.size() || w->rowid[w->cursor] != rowid) return SQLITE_OK;
  int rc = PhraseFrequency(api, fts, 0, w->request->weights, &f);
  w->next_rowid.push_back(rowid);
  auto row = w->freq.begin() + static_cast<std::ptrdiff_t>(w->cursor * w->phrases);
  w->next_freq.insert(w->next_freq.end(), row, row + static_cast<std::ptrdiff_t>(w->phrases));
  w->next_freq[w->next_freq.size() - w->phrases + w->phrase] = f;
  if (rc == SQLITE_OK && w->phrase + 1 == w->phrases) {
    int n = 0;
    rc = RowLength(api, fts, *w->lengths, &n, rowid);
    w->length.push_back(n);
  }
  return rc;
}

int TopOfSeveral(const Fts5ExtensionApi* api, Fts5Context* fts, FtsTopRequest* request, LengthCache* lengths,
                 sqlite3_int64 rows, TopWalk* top) {
  AndWalk w;
  w.request = request;
  w.lengths = lengths;
  w.phrases = static_cast<size_t>(api->xPhraseCount(fts));
  QueryData& q = top->query;
  q.idf.assign(w.phrases, 1.0);
  q.freq.assign(w.phrases, 0.0);
  int rc = SQLITE_OK;
  for (w.phrase = 0; rc == SQLITE_OK && w.phrase < w.phrases; ++w.phrase) {
    w.hits = 0;
    w.cursor = 0;
    w.next_rowid.clear();
    w.next_freq.clear();
    rc = api->xQueryPhrase(fts, static_cast<int>(w.phrase), &w, AndVisit);
    double idf = std::log((static_cast<double>(rows - w.hits) + 0.5) / (static_cast<double>(w.hits) + 0.5));
    q.idf[w.phrase] = idf <= 0.0 ? 1e-6 : idf;
    w.rowid.swap(w.next_rowid);
    w.freq.swap(w.next_freq);
  }
  for (size_t i = 0; rc == SQLITE_OK && i < w.rowid.size(); ++i) {
    std::copy_n(w.freq.begin() + static_cast<std::ptrdiff_t>(i * w.phrases), w.phrases, q.freq.begin());
    top->Offer({w.rowid[i], Bm25(q, w.length[i])});
  }
  return rc;
}

// newsminer_top(article_fts, request): on the query's first row, walks all
// of its rows at once with xQueryPhrase and keeps the best `count` in
// request->hits, best first; returns 1.
void Top(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  auto* request = argc > 0 ? static_cast<FtsTopRequest*>(sqlite3_value_pointer(argv[0], kFtsTopPointer)) : nullptr;
  if (!request || request->count <= 0) return sqlite3_result_error(ctx, "newsminer_top: no request", -1);
  auto* lengths = static_cast<LengthCache*>(api->xUserData(fts));
  TopWalk walk{request, lengths, {}, {}};
  walk.query.weight = request->weights;
  walk.query.idf.assign(1, 1.0);
  walk.query.freq.assign(1, 0.0);
  sqlite3_int64 rows = 0, tokens = 0;
  int rc = api->xRowCount(fts, &rows);
  if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
  if (rc == SQLITE_OK) rc = lengths->Load(rows, tokens);
  walk.query.avg_length = rows > 0 ? static_cast<double>(tokens) / static_cast<double>(rows) : 1.0;
  walk.inverse_avg = 1.0 / walk.query.avg_length;
  if (rc == SQLITE_OK && api->xPhraseCount(fts) == 1) rc = api->xQueryPhrase(fts, 0, &walk, VisitRow);
  else if (rc == SQLITE_OK) rc = TopOfSeveral(api, fts, request, lengths, rows, &walk);
  if (rc != SQLITE_OK) return sqlite3_result_error_code(ctx, rc);
  std::sort_heap(walk.heap.begin(), walk.heap.end(), TopWalk::Better);
  request->hits = std::move(walk.heap);
  sqlite3_result_int(ctx, 1);
}

StatusOr<fts5_api*> Fts5Api(Db& db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db.raw(), "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK)
    return Status(StatusCode::kUnsupported, "this SQLite has no FTS5: " + std::string(sqlite3_errmsg(db.raw())));
  sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(st);
  sqlite3_finalize(st);
  if (!api) return Status(StatusCode::kUnsupported, "this SQLite has no FTS5");
  return api;
}

}  // namespace

Status RegisterFtsRank(Db& db) {
  NEWS_ASSIGN_OR_RETURN(fts5_api* api, Fts5Api(db));
  auto lengths = std::make_unique<LengthCache>();
  lengths->db = db.raw();
  if (api->xCreateFunction(api, "newsminer_rank", lengths.get(), Rank,
                           [](void* p) { delete static_cast<LengthCache*>(p); }) != SQLITE_OK)
    return Status(StatusCode::kDataError, "cannot register the full-text ranking function");
  LengthCache* shared = lengths.release();  // owned by the connection now (deleted with newsminer_rank)
  if (api->xCreateFunction(api, "newsminer_top", shared, Top, nullptr) != SQLITE_OK)
    return Status(StatusCode::kDataError, "cannot register the full-text top-hits function");
  return Status::Ok();
}

}  // namespace news
