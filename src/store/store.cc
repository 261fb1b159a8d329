#include "store/store.h"

#include <openssl/evp.h>

#include <array>
#include <chrono>
#include <ctime>
#include <set>

#include "common/utf8.h"
#include "store/article_writer.h"
#include "store/schema.h"
#include "store/sqlite_db.h"
#include "text/match_key.h"

namespace news {

namespace {

std::string NowIso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Connection settings every Store uses: WAL so readers never block the
// writer, NORMAL sync (safe with WAL: a crash loses at most the last
// transactions, never consistency), foreign keys enforced.
Status Configure(Db& db) {
  NEWS_RETURN_IF_ERROR(db.Exec("PRAGMA foreign_keys = ON"));
  if (db.path() != ":memory:" && !db.path().empty()) {
    NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare("PRAGMA journal_mode = WAL"));
    NEWS_RETURN_IF_ERROR(st.Run());
  }
  NEWS_RETURN_IF_ERROR(db.Exec("PRAGMA synchronous = NORMAL"));
  return db.Exec("PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000");
}

}  // namespace

std::string ContentHash(std::string_view body) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(body.data(), body.size(), digest, &len, EVP_sha256(), nullptr);
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < len; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

uint64_t SimHash(std::string_view body) {
  std::string key = MatchKey(body);
  std::vector<uint32_t> cps;
  size_t pos = 0;
  while (pos < key.size()) {
    uint32_t c = DecodeUtf8(key, &pos);
    if (c > ' ') cps.push_back(c);
  }
  std::array<int, 64> votes{};
  for (size_t i = 0; i + 4 <= cps.size(); ++i) {
    uint64_t h = 1469598103934665603ULL;
    for (size_t j = i; j < i + 4; ++j) { h ^= cps[j]; h *= 1099511628211ULL; }
    h ^= h >> 29;  // FNV's low bits are weak; mix before voting
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 32;
    for (int b = 0; b < 64; ++b) votes[b] += (h >> b) & 1 ? 1 : -1;
  }
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b)
    if (votes[b] > 0) out |= uint64_t{1} << b;
  return out;
}

struct Store::Batch {
  std::string ingested_at = NowIso();
  std::unordered_set<std::string> added;  // entity/alias rows written by released savepoints
  int savepoints = 0;
};

Store::Store(std::unique_ptr<Db> db) : db_(std::move(db)) {}
Store::~Store() = default;

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path, const Options& options) {
  NEWS_ASSIGN_OR_RETURN(std::unique_ptr<Db> db, Db::Open(path, {options.create, options.busy_timeout_ms}));
  NEWS_RETURN_IF_ERROR(Configure(*db));
  NEWS_RETURN_IF_ERROR(Migrate(*db));
  return std::unique_ptr<Store>(new Store(std::move(db)));
}

StatusOr<std::vector<WriteOutcome>> Store::WriteAnalyses(const std::vector<Analysis>& batch) {
  return Write(batch, nullptr);
}

StatusOr<std::vector<WriteOutcome>> Store::ReplaceAnalyses(const std::vector<int64_t>& ids,
                                                           const std::vector<Analysis>& batch) {
  if (ids.size() != batch.size())
    return Status(StatusCode::kInvalidArgument, "ReplaceAnalyses: ids and analyses differ in number");
  return Write(batch, &ids);
}

StatusOr<std::vector<WriteOutcome>> Store::Write(const std::vector<Analysis>& batch,
                                                 const std::vector<int64_t>* ids) {
  Batch b;
  NEWS_ASSIGN_OR_RETURN(auto tx, Transaction::Begin(*db_));
  std::vector<WriteOutcome> out;
  out.reserve(batch.size());
  for (size_t i = 0; i < batch.size(); ++i) out.push_back(WriteOne(batch[i], ids ? (*ids)[i] : 0, b));
  NEWS_RETURN_IF_ERROR(tx->Commit());
  known_rows_.insert(b.added.begin(), b.added.end());
  return out;
}

// Looks for an already stored copy: same body, else same canonical URL.
static StatusOr<WriteOutcome> FindDuplicate(Db& db, const Analysis& a, const std::string& hash) {
  WriteOutcome o;
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare("SELECT id, source FROM articles WHERE content_hash = ?"));
  st.Bind(1, hash);
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  std::string stored_source;
  if (row) {
    o.kind = WriteOutcome::kDuplicate;
    o.duplicate_kind = "exact";
    o.article_id = st.Int(0);
    stored_source = st.Text(1);
  } else if (!a.doc.canonical_url.empty()) {
    NEWS_ASSIGN_OR_RETURN(Statement url, db.Prepare("SELECT id, source FROM articles WHERE canonical_url = ? LIMIT 1"));
    url.Bind(1, a.doc.canonical_url);
    NEWS_ASSIGN_OR_RETURN(bool found, url.Step());
    if (!found) return o;
    o.kind = WriteOutcome::kDuplicate;
    o.duplicate_kind = "url";
    o.article_id = url.Int(0);
    stored_source = url.Text(1);
  } else {
    return o;
  }
  // Remember other sources carrying the same article (once each); the same
  // source seen again, as when a folder is ingested twice, adds nothing.
  if (stored_source != a.doc.source) {
    NEWS_ASSIGN_OR_RETURN(Statement dup, db.Prepare(
        "INSERT OR IGNORE INTO duplicates (article_id, source, canonical_url, kind, seen_at) "
        "VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"));
    dup.Bind(1, o.article_id).Bind(2, a.doc.source).BindOptional(3, a.doc.canonical_url).Bind(4, o.duplicate_kind);
    NEWS_RETURN_IF_ERROR(dup.Run());
  }
  return o;
}

WriteOutcome Store::WriteOne(const Analysis& a, int64_t replace_id, Batch& b) {
  WriteOutcome o;
  o.error = ArticleWriter::Validate(a);
  if (!o.error.ok()) return o;
  ArticleRowKeys keys{ContentHash(a.doc.body), SimHash(a.doc.body), b.ingested_at};
  auto sp = Savepoint::Begin(*db_, "article" + std::to_string(++b.savepoints));
  if (!sp.ok()) { o.error = sp.status(); return o; }
  ArticleWriter writer(*db_, known_rows_);
  if (replace_id == 0) {
    StatusOr<WriteOutcome> dup = FindDuplicate(*db_, a, keys.content_hash);
    if (!dup.ok()) { o.error = dup.status(); return o; }
    if (dup->kind == WriteOutcome::kDuplicate) o = *dup;
    else o.error = writer.Insert(a, keys, &o.article_id);
    if (o.error.ok() && o.kind != WriteOutcome::kDuplicate) o.kind = WriteOutcome::kStored;
  } else {
    o.article_id = replace_id;
    o.error = writer.Replace(replace_id, a, keys);
    if (o.error.ok()) o.kind = WriteOutcome::kUpdated;
  }
  if (o.error.ok()) o.error = (*sp)->Release();
  if (!o.error.ok()) { o.kind = WriteOutcome::kFailed; return o; }  // ~Savepoint rolls back
  b.added.insert(writer.added().begin(), writer.added().end());
  return o;
}

StatusOr<std::vector<StoredDocument>> Store::DocumentsToReanalyze(const std::string& current_version, bool all,
                                                                  int64_t after_id, int limit) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db_->Prepare(
      "SELECT id, source, url, canonical_url, title, published, date_rule, author, charset, body, fetched_at, "
      "analyzer_version FROM articles WHERE id > ?1 AND (?2 OR analyzer_version <> ?3) ORDER BY id LIMIT ?4"));
  st.Bind(1, after_id).Bind(2, all ? 1 : 0).Bind(3, current_version).Bind(4, limit);
  std::vector<StoredDocument> out;
  while (true) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    StoredDocument s;
    s.id = st.Int(0);
    Document& d = s.doc;
    d.source = st.Text(1), d.url = st.Text(2), d.canonical_url = st.Text(3), d.title = st.Text(4);
    d.published = st.Text(5), d.date_rule = st.Text(6), d.author = st.Text(7), d.charset = st.Text(8);
    d.body = st.Text(9), d.fetched_at = st.Text(10);
    s.analyzer_version = st.Text(11);
    out.push_back(std::move(s));
  }
  return out;
}

StatusOr<int64_t> Store::FindByCanonicalUrl(const std::string& canonical_url) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db_->Prepare("SELECT id FROM articles WHERE canonical_url = ? LIMIT 1"));
  st.Bind(1, canonical_url);
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? st.Int(0) : int64_t{0};
}

StatusOr<int64_t> Store::CountRows(const std::string& table) {
  static const std::set<std::string> kTables = {"articles", "entities", "aliases", "sentences", "mentions",
                                                "article_entities", "events", "event_entities", "duplicates"};
  if (!kTables.count(table)) return Status(StatusCode::kInvalidArgument, "no table named " + table);
  NEWS_ASSIGN_OR_RETURN(Statement st, db_->Prepare("SELECT count(*) FROM " + table));
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? st.Int(0) : int64_t{0};
}

}  // namespace news
