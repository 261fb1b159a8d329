#include <catch2/catch.hpp>

#include "store/fts_text.h"
#include "store/schema.h"
#include "store/search.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "store/timeline_query.h"
#include "store_test_util.h"
#include "test_support.h"

using namespace news;
using namespace news::testing;

namespace {

std::unique_ptr<Store> SearchFixture() {
  auto store = Store::Open(":memory:");
  REQUIRE(store.ok());
  std::vector<Analysis> batch = {
      MakeAnalysis("a.txt", "OpenAI 研究主管離職", "2026-02-14", {"多名研究人員本週離職。", "公司轉向產品。"}),
      MakeAnalysis("b.txt", "谷歌发布新模型", "2026-01-20", {"谷歌今天发布了新模型。", "研究团队表示满意。"}),
      MakeAnalysis("c.txt", "DeepMind opens a research lab", "2026-03-02",
                   {"Google DeepMind opened a new research lab in Taipei.", "Researchers will work on agents."}, " "),
      MakeAnalysis("d.txt", "Lab notes", "2026-03-03", {"The lab said research would continue."}, " "),
  };
  REQUIRE((*store)->WriteAnalyses(batch).ok());
  return std::move(store).value();
}

std::vector<std::string> Sources(Store& store, const std::string& q) {
  auto hits = Search(store, q, {});
  REQUIRE(hits.ok());
  std::vector<std::string> out;
  for (const SearchHit& h : *hits) out.push_back(h.source);
  return out;
}

}  // namespace

TEST_CASE("Index text is folded CJK bigrams and whole words", "[store][search]") {
  FtsColumns c = FtsColumnsFor("研究人員", "OpenAI 的研究。Lab");
  CHECK(c.title == "研究 究人 人员");
  CHECK(c.body == "openai 的研 研究 lab");
  CHECK(c.tails == "员 究");
  CHECK(FtsQuery("離職") == "\"离职\"");
  CHECK(FtsQuery("研究人員 \"Research Lab\"") == "\"研究 究人 人员\" \"research lab\"");
  CHECK(FtsQuery("職") == "\"职\" *");
  CHECK(FtsQuery("\" NEAR( * ) OR") == "\"near or\"");  // an odd quote opens a phrase to the end
  CHECK(FtsQuery("***").empty());
}

TEST_CASE("Chinese search finds words inside longer words and across scripts", "[store][search]") {
  auto store = SearchFixture();
  using V = std::vector<std::string>;
  CHECK(Sources(*store, "研究") == V{"a.txt", "b.txt"});   // 研究人員 (Traditional) and 研究团队
  CHECK(Sources(*store, "离职") == V{"a.txt"});            // Simplified query, Traditional text
  CHECK(Sources(*store, "離職") == V{"a.txt"});
  CHECK(Sources(*store, "職") == V{"a.txt"});              // one character, at the end of a run
  CHECK(Sources(*store, "谷") == V{"b.txt"});              // one character, inside a run
  CHECK(Sources(*store, "研究人员").size() == 1);
  CHECK(Sources(*store, "人員研究").empty());              // bigrams must be adjacent
}

TEST_CASE("English search is case-insensitive, unstemmed, with phrases", "[store][search]") {
  auto store = SearchFixture();
  using V = std::vector<std::string>;
  CHECK(Sources(*store, "DEEPMIND") == V{"c.txt"});
  CHECK(Sources(*store, "researcher").empty());
  CHECK(Sources(*store, "\"research lab\"") == V{"c.txt"});
  CHECK(Sources(*store, "lab research").size() == 2);      // AND, any order
  CHECK(Sources(*store, "lab")[0] == "d.txt");              // title hits rank first (bm25, title weighs 3x)
}

TEST_CASE("Search text never becomes FTS syntax", "[store][search]") {
  auto store = SearchFixture();
  for (const char* q : {"\"", "NEAR(", "*", "lab OR", "a AND", "(", ")", "^lab", "lab:", "-", "{body}: lab", "'"}) {
    INFO(q);
    auto hits = Search(*store, q, {});
    CHECK(hits.ok());
  }
  CHECK(Sources(*store, "lab:").size() == 2);
}

TEST_CASE("Search snippets highlight the matched text as written", "[store][search]") {
  auto store = SearchFixture();
  auto hits = Search(*store, "离职", {});
  REQUIRE(hits.ok());
  REQUIRE(hits->size() == 1);
  CHECK(HighlightSnippet((*hits)[0], "[", "]") == "多名研究人員本週[離職]。公司轉向產品。");
  SearchOptions short_snippets;
  short_snippets.snippet_chars = 20;
  hits = Search(*store, "Research", short_snippets);
  REQUIRE(hits.ok());
  for (const SearchHit& h : *hits) CHECK(HighlightSnippet(h, "[", "]").find("[research]") != std::string::npos);
}

TEST_CASE("Timeline --search combines with other filters", "[store][search]") {
  auto store = SearchFixture();
  std::vector<TimelineRow> rows;
  TimelineFilter f;
  f.search = "研究";
  f.from = "2026-02-01";
  REQUIRE(QueryTimeline(*store, f, [&](const TimelineRow& r) { rows.push_back(r); return true; }).ok());
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].source == "a.txt");
  rows.clear();
  f.search = "\"";
  REQUIRE(QueryTimeline(*store, f, [&](const TimelineRow& r) { rows.push_back(r); return true; }).ok());
  CHECK(rows.empty());
}

TEST_CASE("Opening a version 1 database adds and fills the full-text index", "[store][search]") {
  TempDir dir;
  {
    auto db = Db::Open(dir / "old.db", {});
    REQUIRE(db.ok());
    REQUIRE(MigrateTo(**db, 1).ok());
    REQUIRE(SchemaVersion(**db).value() == 1);
    REQUIRE((*db)->Exec(
        "INSERT INTO articles (source, content_hash, simhash, title, sort_day, lang, body, ingested_at, "
        "analyzer_version, research, product, overall, research_label, product_label, overall_label, research_n, "
        "product_n) VALUES ('old.txt', 'h1', 0, '舊文章', '2025-12-01', 'zh-Hant', '研究人員離職潮。', "
        "'2025-12-01T00:00:00Z', 'v0', 0, 0, 0, 0, 0, 0, 0, 0)").ok());
  }
  auto store = Store::Open(dir / "old.db");
  REQUIRE(store.ok());
  CHECK(SchemaVersion((*store)->db()).value() == LatestSchemaVersion());
  CHECK(Sources(**store, "离职潮") == std::vector<std::string>{"old.txt"});
  CHECK((*store)->CountRows("articles").value() == 1);
}

TEST_CASE("Search ranking orders hits exactly as FTS5's bm25", "[store][search]") {
  auto store = Store::Open(":memory:");
  REQUIRE(store.ok());
  // Articles of different lengths with the terms in the title, the body, or
  // both, and more than once: the order depends on counts, weights and length.
  std::vector<Analysis> batch = {
      MakeAnalysis("1.txt", "研究", "2026-01-01", {"研究人員說明研究進度。", "研究。"}),
      MakeAnalysis("2.txt", "新聞", "2026-01-02", {"研究團隊很長的一段話，其中只有一次提到這個詞，其他都是填充的文字內容。"}),
      MakeAnalysis("3.txt", "研究人員離職", "2026-01-03", {"離職潮持續。"}),
      MakeAnalysis("4.txt", "产品", "2026-01-04", {"研究与产品。", "产品发布。", "研究人员离职。"}),
      MakeAnalysis("5.txt", "Research lab", "2026-01-05", {"The research lab hired researchers.", "Research!"}, " "),
      MakeAnalysis("6.txt", "Lab", "2026-01-06", {"A lab without the word.", "Research once, and a long tail of words."}, " "),
  };
  REQUIRE((*store)->WriteAnalyses(batch).ok());
  auto order = [&](const std::string& function, const std::string& query) {
    auto st = (*store)->db().Prepare("SELECT rowid, " + function +
                                     "(article_fts, 3.0, 1.0, 0.5) AS s FROM article_fts WHERE article_fts MATCH ? "
                                     "ORDER BY s, rowid");
    REQUIRE(st.ok());
    st->Bind(1, FtsQuery(query));
    std::vector<std::pair<int64_t, double>> out;
    while (st->Step().value()) out.emplace_back(st->Int(0), st->Double(1));
    return out;
  };
  for (const char* q : {"研究", "离职", "研究人員", "研究 離職", "产品 研究", "research", "research lab", "lab"}) {
    INFO(q);
    auto ours = order("newsminer_rank", q), theirs = order("bm25", q);
    REQUIRE(ours.size() == theirs.size());
    REQUIRE_FALSE(ours.empty());
    for (size_t i = 0; i < ours.size(); ++i) CHECK(ours[i].first == theirs[i].first);
    // Several phrases: the same numbers as bm25. One phrase: bm25 without
    // its constant IDF factor, so the ratio is the same for every row.
    for (size_t i = 0; i < ours.size(); ++i)
      CHECK(theirs[i].second / ours[i].second == Approx(theirs[0].second / ours[0].second));
  }
  // Articles stored after a search on the same connection are ranked by
  // their own lengths too (the cached lengths are read again).
  REQUIRE((*store)->WriteAnalyses({MakeAnalysis("7.txt", "研究", "2026-01-07", {"研究。"})}).ok());
  auto ours = order("newsminer_rank", "研究"), theirs = order("bm25", "研究");
  REQUIRE(ours.size() == 5);
  for (size_t i = 0; i < ours.size(); ++i) CHECK(ours[i].first == theirs[i].first);
  CHECK(ours[0].first == 7);
}

TEST_CASE("issue-9: a search ranked in one call returns the row-by-row ranking's hits", "[store][search]") {
  auto store = Store::Open(":memory:");
  REQUIRE(store.ok());
  std::vector<Analysis> batch;
  // Forty articles: 研究 in the title or not, once or several times, bodies
  // of different lengths, two months of dates, and some without the word.
  const std::string kFiller = "這是一段沒有那個詞的填充文字，長短不一。";
  for (int i = 0; i < 40; ++i) {
    std::string title = i % 3 == 0 ? "研究進展 " + std::to_string(i) : "產業新聞 " + std::to_string(i);
    std::vector<std::string> sentences = {"研究團隊表示進度順利。"};
    for (int k = 0; k < i % 4; ++k) sentences.push_back("研究人員增加了" + std::to_string(k) + "位。");
    for (int k = 0; k < i % 5; ++k) sentences.push_back(kFiller);
    if (i % 7 == 0) sentences = {"這篇只談產品發布。"};
    batch.push_back(MakeAnalysis(std::to_string(i) + ".txt", title, i < 20 ? "2026-01-1" + std::to_string(i % 10) : "2026-02-1" + std::to_string(i % 10), sentences));
  }
  REQUIRE((*store)->WriteAnalyses(batch).ok());
  auto row_by_row = [&](const std::string& q, const std::string& from, const std::string& to) {
    auto st = (*store)->db().Prepare(
        "SELECT f.rowid, -newsminer_rank(article_fts, 3.0, 1.0, 0.5) AS s FROM article_fts f JOIN articles a ON "
        "a.id = f.rowid WHERE article_fts MATCH ?1 AND a.sort_day BETWEEN ?2 AND ?3 ORDER BY s DESC, f.rowid");
    REQUIRE(st.ok());
    st->Bind(1, FtsQuery(q)).Bind(2, from.empty() ? "0000" : from).Bind(3, to.empty() ? "9999" : to);
    std::vector<std::pair<int64_t, double>> out;
    while (st->Step().value()) out.emplace_back(st->Int(0), st->Double(1));
    return out;
  };
  struct Case {
    const char* query;
    int64_t limit, offset;
    const char* from;
    const char* to;
  };
  for (const Case& c : {Case{"研究", 10, 0, "", ""}, Case{"研究", 7, 5, "", ""}, Case{"研究", 100, 0, "", ""},
                        Case{"研究", 5, 0, "2026-02-01", "2026-02-28"}, Case{"研", 8, 2, "", ""},
                        Case{"研究人員", 6, 0, "", "2026-01-31"}, Case{"产品", 3, 0, "", ""},
                        // Several phrases (an AND): each counted for its IDF.
                        Case{"研究 填充", 6, 0, "", ""}, Case{"研究 進展 人員", 4, 1, "", ""},
                        Case{"產業 研究", 5, 0, "2026-02-01", "2026-02-28"}}) {
    INFO(c.query << " limit " << c.limit << " offset " << c.offset << " " << c.from << ".." << c.to);
    SearchOptions o;
    o.limit = c.limit, o.offset = c.offset, o.from = c.from, o.to = c.to;
    auto hits = Search(**store, c.query, o);
    REQUIRE(hits.ok());
    auto expected = row_by_row(c.query, c.from, c.to);
    REQUIRE_FALSE(expected.empty());
    size_t want = std::min<size_t>(static_cast<size_t>(c.limit), expected.size() - std::min<size_t>(expected.size(), c.offset));
    REQUIRE(hits->size() == want);
    for (size_t i = 0; i < hits->size(); ++i) {
      CHECK((*hits)[i].article_id == expected[i + c.offset].first);
      CHECK((*hits)[i].score == Approx(expected[i + c.offset].second));
    }
  }
  // An article stored after a search on the same connection is ranked with
  // its own length (the cached lengths are read again).
  REQUIRE((*store)->WriteAnalyses({MakeAnalysis("new.txt", "研究", "2026-03-01", {"研究。"})}).ok());
  auto hits = Search(**store, "研究", {.limit = 1});
  REQUIRE(hits.ok());
  REQUIRE(hits->size() == 1);
  CHECK((*hits)[0].source == "new.txt");
  CHECK((*hits)[0].article_id == row_by_row("研究", "", "")[0].first);
}
