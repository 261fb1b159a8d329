// Issue 9: the search ranking's hit counting (store/fts_rank.cc reads FTS5
// position lists directly) and the snippet's partial decoding
// (store/search.cc) give exactly what the plain versions give.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "store/body_prefix.h"
#include "store/fts_rank.h"
#include "store/fts_text.h"
#include "store/search.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "store/stored_values.h"
#include "store_test_util.h"
#include "test_support.h"
#include "text/match_key.h"

using namespace news;
using namespace news::testing;

namespace {

std::string Words(const std::string& word, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += (out.empty() ? "" : " ") + word;
  return out;
}

std::string Join(std::initializer_list<std::string> parts) {
  std::string out;
  for (const std::string& p : parts)
    if (!p.empty()) out += (out.empty() ? "" : " ") + p;
  return out;
}

struct Row {
  std::string title, body, tails;
};

// Rows whose position lists hit the counting's edges: gaps between hits
// that make a two- or three-byte varint end in 0x01 (a gap of 127 or 255
// positions is the varint 129 = 0x81 0x01 or 257 = 0x82 0x01), column
// changes (the marker 0x01 then the column, itself 0x01 for the body),
// hits only in the body or only in the tails, and long runs of hits.
std::vector<Row> EdgeRows() {
  std::vector<Row> rows;
  for (int gap : {0, 1, 2, 60, 125, 126, 127, 128, 129, 200, 253, 254, 255, 256, 16381, 16382, 16383, 16384}) {
    Row r;
    r.title = gap % 3 == 0 ? "term x term" : "x";
    r.body = Join({"term", Words("w", gap), "term", Words("w", gap / 2), "term"});
    r.tails = gap % 2 ? Join({"w term", Words("w", gap), "term"}) : "";
    rows.push_back(r);
  }
  // Title runs of 8 to 17 hits: the body's (and tails') column markers
  // fall in the last few bytes of a list longer than eight.
  for (int t = 8; t <= 17; ++t) rows.push_back({Words("term", t), Join({"w", "term"}), t % 2 ? "term" : ""});
  rows.push_back({"nothing here", "plain words", "term"});           // tails only
  rows.push_back({"", Words("term", 37), ""});                       // a long run in the body
  rows.push_back({Words("term", 9), "", Words("term", 11)});         // title and tails, no body
  rows.push_back({"term", Join({Words("w", 126), "term"}), "term"}); // the body's first hit at 127
  rows.push_back({"x", "no match", ""});
  return rows;
}

std::unique_ptr<Db> EdgeIndex(const TempDir& tmp) {
  auto db = Db::Open(tmp / "rank.db", {});
  REQUIRE(db.ok());
  REQUIRE(RegisterFtsRank(**db).ok());
  REQUIRE((*db)->Exec("CREATE VIRTUAL TABLE article_fts USING fts5(title, body, tails)").ok());
  for (const Row& r : EdgeRows()) {
    auto st = (*db)->Prepare("INSERT INTO article_fts(title, body, tails) VALUES (?, ?, ?)");
    REQUIRE(st.ok());
    st->Bind(1, r.title).Bind(2, r.body).Bind(3, r.tails);
    REQUIRE(st->Step().ok());
  }
  return std::move(db).value();
}

// The old MakeSnippet, kept as the reference: the whole body decoded and
// folded, every match found, the window put around the first.
std::u32string Decode(std::string_view s) {
  std::u32string out;
  size_t pos = 0;
  while (pos < s.size()) out.push_back(DecodeUtf8(s, &pos));
  return out;
}

std::string Encode(const std::u32string& s, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end && i < s.size(); ++i) AppendUtf8(out, s[i]);
  return out;
}

bool Alnum(char32_t c) { return c < 0x80 && std::isalnum(static_cast<int>(c)); }

void WholeBodySnippet(const std::string& body, const std::string& query, int chars, std::string* snippet,
                      std::vector<std::pair<int, int>>* highlights) {
  std::u32string text = Decode(body), folded = Decode(MatchKey(body));
  std::vector<std::pair<size_t, size_t>> spans;
  for (const std::string& t : FtsHighlightTerms(query)) {
    std::u32string term = Decode(t);
    if (term.empty()) continue;
    bool word = Alnum(term.front()) && Alnum(term.back());
    for (size_t at = folded.find(term); at != std::u32string::npos; at = folded.find(term, at + 1)) {
      size_t e = at + term.size();
      if (word && ((at > 0 && Alnum(folded[at - 1])) || (e < folded.size() && Alnum(folded[e])))) continue;
      spans.emplace_back(at, e);
    }
  }
  size_t first = text.size();
  for (const auto& s : spans) first = std::min(first, s.first);
  if (first == text.size()) first = 0;
  size_t n = static_cast<size_t>(std::max(chars, 10));
  size_t start = first > n / 4 ? first - n / 4 : 0;
  size_t end = std::min(text.size(), start + n);
  if (end == text.size()) start = end > n ? end - n : 0;
  std::vector<std::pair<size_t, size_t>> kept;
  for (const auto& s : spans) {
    if (s.first < start || s.second > end) continue;
    if (std::none_of(kept.begin(), kept.end(), [&](const auto& k) { return s.first < k.second && k.first < s.second; }))
      kept.push_back(s);
  }
  std::sort(kept.begin(), kept.end());
  *snippet = (start > 0 ? "…" : "") + Encode(text, start, end) + (end < text.size() ? "…" : "");
  highlights->clear();
  int shift = start > 0 ? 1 : 0;
  for (const auto& k : kept)
    highlights->emplace_back(static_cast<int>(k.first - start) + shift, static_cast<int>(k.second - start) + shift);
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("issue-9: hit counting on position lists gives bm25's scores at varint and column edges",
          "[store][search]") {
  TempDir tmp;
  std::unique_ptr<Db> db = EdgeIndex(tmp);
  auto st = db->Prepare(
      "SELECT rowid, newsminer_rank(article_fts, 3.0, 1.0, 0.5), bm25(article_fts, 3.0, 1.0, 0.5) "
      "FROM article_fts WHERE article_fts MATCH 'term' ORDER BY bm25(article_fts, 3.0, 1.0, 0.5), rowid");
  REQUIRE(st.ok());
  std::vector<std::pair<int64_t, double>> bm25;
  double factor = 0;  // bm25 = IDF x newsminer_rank for one phrase, the same IDF in every row
  while (st->Step().value()) {
    if (bm25.empty()) factor = st->Double(2) / st->Double(1);
    INFO("row " << st->Int(0));
    CHECK(st->Double(2) / st->Double(1) == Approx(factor).epsilon(1e-12));
    bm25.emplace_back(st->Int(0), -st->Double(2));
  }
  REQUIRE(bm25.size() == EdgeRows().size() - 1);

  // newsminer_top: the same rows in bm25's order, with the same scores.
  FtsTopRequest request;
  request.count = 100;
  request.weights = {3.0, 1.0, 0.5};
  auto top = db->Prepare("SELECT newsminer_top(article_fts, ?2) FROM article_fts WHERE article_fts MATCH ?1 LIMIT 1");
  REQUIRE(top.ok());
  top->Bind(1, std::string("term")).BindPointer(2, &request, kFtsTopPointer);
  REQUIRE(top->Step().value());
  CHECK(top->Int(0) == 1);
  REQUIRE(request.hits.size() == bm25.size());
  for (size_t i = 0; i < bm25.size(); ++i) {
    CHECK(request.hits[i].rowid == bm25[i].first);
    CHECK(request.hits[i].score * factor == Approx(bm25[i].second).epsilon(1e-12));
  }
}

TEST_CASE("issue-9: a partial top list cut inside a run of equal scores keeps bm25's order", "[store][search]") {
  // Equal scores, better rows after worse ones (the walk is in rowid order,
  // so the bar rises while it goes), and a top list shorter than the
  // matches: the rows skipped without an exact score must be the ones
  // bm25 ranks below the cut.
  TempDir tmp;
  auto db = Db::Open(tmp / "ties.db", {});
  REQUIRE(db.ok());
  REQUIRE(RegisterFtsRank(**db).ok());
  REQUIRE((*db)->Exec("CREATE VIRTUAL TABLE article_fts USING fts5(title, body, tails)").ok());
  for (int i = 0; i < 60; ++i) {
    auto st = (*db)->Prepare("INSERT INTO article_fts(title, body, tails) VALUES (?, ?, '')");
    REQUIRE(st.ok());
    int hits = i % 10 < 6 ? 2 : 1 + i / 10;  // six of every ten rows tie at 2 hits, the others grow
    st->Bind(1, std::string(i % 20 == 19 ? "term" : "x")).Bind(2, Join({Words("term", hits), Words("w", 5 + (i % 3))}));
    REQUIRE(st->Step().ok());
  }
  auto st = (*db)->Prepare(
      "SELECT rowid, bm25(article_fts, 3.0, 1.0, 0.5) FROM article_fts WHERE article_fts MATCH 'term' "
      "ORDER BY bm25(article_fts, 3.0, 1.0, 0.5), rowid");
  REQUIRE(st.ok());
  std::vector<int64_t> bm25;
  while (st->Step().value()) bm25.push_back(st->Int(0));
  REQUIRE(bm25.size() == 60);
  for (int64_t count : {1, 3, 5, 12, 20, 33, 59, 60, 61}) {
    INFO("count " << count);
    FtsTopRequest request;
    request.count = count;
    request.weights = {3.0, 1.0, 0.5};
    auto top = (*db)->Prepare("SELECT newsminer_top(article_fts, ?2) FROM article_fts WHERE article_fts MATCH ?1 LIMIT 1");
    REQUIRE(top.ok());
    top->Bind(1, std::string("term")).BindPointer(2, &request, kFtsTopPointer);
    REQUIRE(top->Step().value());
    std::vector<int64_t> got;
    for (const FtsTopHit& h : request.hits) got.push_back(h.rowid);
    CHECK(got == std::vector<int64_t>(bm25.begin(), bm25.begin() + std::min<int64_t>(count, 60)));
  }
}

TEST_CASE("issue-9: snippets decoded only as far as needed equal whole-body snippets", "[store][search]") {
  const std::string zh_hant = "研究團隊表示，新的模型將在下個月發布，產品部門正在準備。";
  const std::string zh_hans = "谷歌今天发布了新模型，研究人员离职的消息也得到证实。";
  const std::string en = "The lab said research would continue while the product team shipped. ";
  std::vector<std::string> bodies;
  // The first match before, at and after the decoding steps (64, 128, 256,
  // 512, 1024 code points), near the end, or nowhere; word-boundary cases
  // ("ai" inside "said", "researchers") across those steps; a long CJK
  // run that starts before a step and ends after it, with a shorter term
  // inside it (lead 250: 研究人员离职 at 250-256, 人员 at 252-254).
  for (int lead : {0, 3, 19, 20, 21, 58, 60, 62, 63, 64, 65, 122, 124, 126, 127, 128, 200, 230, 250, 254, 255,
                   256, 257, 300, 490, 511, 512, 513, 1000, 1023, 1024, 3000}) {
    std::string pad = Repeat("填", lead);
    bodies.push_back(pad + zh_hant + zh_hans);
    bodies.push_back(pad + "said researchers ai " + en + Repeat(zh_hans, 3));
    bodies.push_back(Repeat("x", lead) + "AI" + Repeat(" ", 2) + Repeat(en, 2));
    bodies.push_back(pad + "離職");
    bodies.push_back(pad + "研究" + Repeat("字", 75));
    bodies.push_back(pad + "研究人員離職" + Repeat("字", 50));
  }
  bodies.push_back("");
  bodies.push_back(Repeat(zh_hant, 40));
  bodies.push_back(Repeat("沒有那個詞。", 200));
  bodies.push_back(Repeat("researchers ", 60) + "research");
  int compared = 0;
  for (const char* query : {"研究", "離職", "research", "ai", "产品 研究", "\"research would\"", "研究人員離職 人員", "模型 發布 研究人員", "研"}) {
    for (int chars : {10, 80, 200}) {
      for (const std::string& body : bodies) {
        INFO(query << " / " << chars << " / " << body.substr(0, 60));
        std::string ours, theirs;
        std::vector<std::pair<int, int>> ours_hl, theirs_hl;
        MakeSnippet(body, query, chars, &ours, &ours_hl);
        WholeBodySnippet(body, query, chars, &theirs, &theirs_hl);
        CHECK(ours == theirs);
        CHECK(ours_hl == theirs_hl);
        compared += !theirs_hl.empty();
      }
    }
  }
  CHECK(compared > 300);  // most cases highlight something
}

TEST_CASE("issue-9: a stored body inflated and decoded in steps reads as the whole body", "[store][search]") {
  // Long enough to be stored compressed; invalid bytes and four-byte
  // characters around the 1,024-byte inflating step (256, 512, 1024, ...).
  std::string text = Repeat("研究團隊表示，產品將在下月發布。", 20);  // 960 bytes
  text += "ab\xff\xfe\xe4\xb8";                                     // bad bytes, a cut sequence
  text += "\xf0\x9f\x98\x80" + Repeat("The lab said research would continue. 谷歌发布新模型。", 60);
  std::string stored = CompressBody(text);
  REQUIRE(stored.size() < text.size());
  std::u32string whole = Decode(text), folded;
  for (char32_t c : whole) folded.push_back(FoldCodePoint(c));
  for (size_t want : {size_t{0}, size_t{1}, size_t{300}, size_t{330}, size_t{331}, size_t{336}, size_t{1000}, whole.size(), whole.size() + 5}) {
    INFO(want);
    BodyPrefix body(stored, static_cast<int64_t>(text.size()));
    REQUIRE(body.Extend(want).ok());
    REQUIRE(body.text().size() >= std::min(want, whole.size()));
    CHECK(body.text() == whole.substr(0, body.text().size()));
    CHECK(body.folded() == folded.substr(0, body.text().size()));
    CHECK(body.complete() == (body.text().size() == whole.size()));
    REQUIRE(body.Extend(whole.size() + 1).ok());  // then the rest
    CHECK(body.text() == whole);
    CHECK(body.complete());
  }
  BodyPrefix raw(text);  // stored as is
  REQUIRE(raw.Extend(whole.size()).ok());
  CHECK(raw.text() == whole);
  // A damaged stream is an error, not a short text.
  BodyPrefix cut(std::string_view(stored).substr(0, stored.size() / 2), static_cast<int64_t>(text.size()));
  CHECK(cut.Extend(whole.size()).code() == StatusCode::kDataError);
  BodyPrefix garbage(std::string_view("not zlib at all"), 5000);
  CHECK(garbage.Extend(10).code() == StatusCode::kDataError);
  BodyPrefix negative(std::string_view("x"), -1);
  CHECK(negative.Extend(1).code() == StatusCode::kDataError);
}

TEST_CASE("issue-9: search snippets of compressed bodies equal snippets of the plain text", "[store][search]") {
  TempDir tmp;
  auto store = Store::Open(tmp / "snippets.db");
  REQUIRE(store.ok());
  // Different fillers (similar articles would be taken for duplicates).
  std::vector<std::string> filler = {Repeat("天氣晴朗，市場平穩，交通順暢。", 25), Repeat("會議延期，預算增加，報告完成。", 25),
                                     Repeat("城市擴建，人口成長，住房緊張。", 25), Repeat("Filler words without it. ", 40)};
  std::vector<Analysis> batch = {
      MakeAnalysis("early.txt", "離職", "2026-02-01", {"研究人員離職。", filler[0], filler[0]}),
      MakeAnalysis("late.txt", "新聞", "2026-02-02", {filler[1], filler[1], "多名研究人員本週離職。", filler[1]}),
      MakeAnalysis("end.txt", "新聞", "2026-02-03", {filler[2], filler[2], filler[2], "研究人員離職"}),
      MakeAnalysis("title.txt", "研究人員離職", "2026-02-04", {filler[3], filler[3]}, " "),
  };
  REQUIRE((*store)->WriteAnalyses(batch).ok());
  for (const char* query : {"離職", "研究人员", "研究"}) {
    INFO(query);
    auto hits = Search(**store, query, {});
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 4);
    for (const SearchHit& h : *hits) {
      auto body = (*store)->db().Prepare("SELECT newsminer_body(body, body_size), length(body) < body_size FROM articles WHERE id = ?");
      REQUIRE(body.ok());
      body->Bind(1, h.article_id);
      REQUIRE(body->Step().value());
      CHECK(body->Int(1) == 1);  // stored compressed
      std::string snippet;
      std::vector<std::pair<int, int>> highlights;
      WholeBodySnippet(body->Text(0), query, 80, &snippet, &highlights);
      CHECK(h.snippet == snippet);
      CHECK(h.highlights == highlights);
    }
  }
}
