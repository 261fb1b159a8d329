#include <catch2/catch.hpp>

#include "common/json.h"
#include "store/article_queries.h"
#include "store/entity_queries.h"
#include "store/schema.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "store/timeline_query.h"
#include "store_test_util.h"
#include "test_support.h"

using namespace news;
using namespace news::testing;

namespace {

Analysis Departure() {
  Analysis a = MakeAnalysis("a.txt", "OpenAI 研究主管離職", "2026-02-14",
                            {"OpenAI 研究主管 Jane Doe 本週離職。", "她將加入 Anthropic。"});
  AddEntity(a, "org:openai", "OpenAI", "organization", "OpenAI").role = "subject";
  AddEntity(a, "org:anthropic", "Anthropic", "organization", "Anthropic").role = "competitor";
  AddEntity(a, "person:?:Jane Doe", "Jane Doe", "person", "Jane Doe").known = false;
  a.events.push_back({"2026-02", "", "departure", "Jane Doe", "OpenAI", "Anthropic", "", 0});
  return a;
}

Analysis Launch() {
  Analysis a = MakeAnalysis("b.txt", "谷歌发布新模型", "2026-01-20", {"谷歌今天发布了新模型。", "研究团队表示满意。"});
  AddEntity(a, "org:google", "Google", "organization", "谷歌");
  return a;
}

int64_t Count(Store& s, const std::string& table) { return s.CountRows(table).value(); }

std::vector<int64_t> Counts(Store& s) {
  std::vector<int64_t> out;
  for (const char* t : {"articles", "entities", "aliases", "sentences", "article_entities", "events",
                        "event_entities", "duplicates"})
    out.push_back(Count(s, t));
  return out;
}

}  // namespace

TEST_CASE("A new database gets the latest schema, WAL and foreign keys", "[store]") {
  TempDir dir;
  auto store = Store::Open(dir / "n.db");
  REQUIRE(store.ok());
  CHECK(SchemaVersion((*store)->db()).value() == LatestSchemaVersion());
  auto mode = (*store)->db().Prepare("PRAGMA journal_mode");
  REQUIRE(mode->Step().value());
  CHECK(mode->Text(0) == "wal");
  auto fk = (*store)->db().Prepare("PRAGMA foreign_keys");
  REQUIRE(fk->Step().value());
  CHECK(fk->Int(0) == 1);
}

TEST_CASE("Writing an analysis stores every row with code point offsets", "[store]") {
  auto store = Store::Open(":memory:");
  REQUIRE(store.ok());
  auto out = (*store)->WriteAnalyses({Departure()});
  REQUIRE(out.ok());
  REQUIRE(out->size() == 1);
  CHECK((*out)[0].kind == WriteOutcome::kStored);
  CHECK(Counts(**store) == std::vector<int64_t>{1, 3, 3, 2, 3, 1, 3, 0});
  // Mentions come back in code points (packed in article_entities.spans).
  auto article = GetArticle(**store, (*out)[0].article_id);
  REQUIRE(article.ok());
  REQUIRE(article->mentions.size() == 3);
  const StoredMention& m = article->mentions[2];
  CHECK(m.entity.id == "org:anthropic");
  CHECK(m.begin == 31);  // "OpenAI 研究主管 Jane Doe 本週離職。她將加入 " is 31 code points
  CHECK(m.end == 40);
  CHECK(m.surface == "Anthropic");
  CHECK(m.sentence == 1);
  // The README's recipe for the body text in the sqlite3 shell: sqlar-style zlib.
  auto st = (*store)->db().Prepare(
      "SELECT substr(CAST(sqlar_uncompress(a.body, a.body_size) AS TEXT), s.begin + 1, s.end - s.begin) "
      "FROM sentences s JOIN articles a ON a.id = s.article WHERE s.idx = 1");
  REQUIRE(st->Step().value());
  CHECK(st->Text(0) == "她將加入 Anthropic。");
  auto ev = (*store)->db().Prepare("SELECT date, sort_day, last_day FROM events");
  REQUIRE(ev->Step().value());
  CHECK(ev->Text(0) == "2026-02");
  CHECK(ev->Text(2) == "2026-02-28");
}

TEST_CASE("The same article twice is stored once and reported as a duplicate", "[store]") {
  TempDir dir;
  auto store = Store::Open(dir / "n.db");
  REQUIRE(store.ok());
  auto first = (*store)->WriteAnalyses({Departure(), Launch(), Departure()});
  REQUIRE(first.ok());
  CHECK((*first)[0].kind == WriteOutcome::kStored);
  CHECK((*first)[1].kind == WriteOutcome::kStored);
  CHECK((*first)[2].kind == WriteOutcome::kDuplicate);  // within one batch too
  CHECK((*first)[2].duplicate_kind == "exact");
  CHECK((*first)[2].article_id == (*first)[0].article_id);
  std::vector<int64_t> before = Counts(**store);
  auto again = (*store)->WriteAnalyses({Launch(), Departure()});
  REQUIRE(again.ok());
  CHECK((*again)[0].kind == WriteOutcome::kDuplicate);
  CHECK((*again)[1].kind == WriteOutcome::kDuplicate);
  CHECK(Counts(**store) == before);  // the same source again adds nothing at all

  Analysis copy = Launch();
  copy.doc.source = "mirror/b.txt";
  auto mirrored = (*store)->WriteAnalyses({copy});
  REQUIRE(mirrored.ok());
  CHECK((*mirrored)[0].kind == WriteOutcome::kDuplicate);
  CHECK(Count(**store, "duplicates") == 1);
  CHECK(Count(**store, "articles") == 2);
}

TEST_CASE("An article that fails halfway is rolled back alone; the rest of its batch is stored", "[store]") {
  auto store = Store::Open(":memory:");
  REQUIRE(store.ok());
  // The article row, its sentences and mentions are written before its
  // event, which this trigger refuses: the batch is retried article by
  // article with savepoints.
  REQUIRE((*store)->db().Exec("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.events WHEN NEW.type = 'explode' "
                              "BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END").ok());
  Analysis bad = Launch();
  bad.doc.source = "bad.txt";
  bad.doc.body += "另一句。";
  bad.sentences.push_back(Sentence{2, bad.sentences[1].end, bad.doc.body.size(), "zh-Hans", {}});
  AddEntity(bad, "org:deepmind", "Google DeepMind", "organization", "谷歌");
  Event e;
  e.date = "2026-01-20";
  e.type = "explode";
  e.organization = "Google";
  e.sentence = 2;
  bad.events.push_back(e);
  Analysis later = Departure();
  later.doc.source = "c.txt";
  later.doc.body += "補充。";
  later.doc.title = "另一篇";
  later.sentences.push_back(Sentence{2, later.sentences[1].end, later.doc.body.size(), "zh-Hant", {}});
  auto out = (*store)->WriteAnalyses({Departure(), bad, later});
  REQUIRE(out.ok());
  CHECK((*out)[0].kind == WriteOutcome::kStored);
  CHECK((*out)[1].kind == WriteOutcome::kFailed);
  CHECK((*out)[1].error.message().find("refused by test trigger") != std::string::npos);
  CHECK((*out)[2].kind == WriteOutcome::kStored);
  CHECK(Count(**store, "articles") == 2);
  CHECK(Count(**store, "events") == 2);
  CHECK(Count(**store, "sentences") == 5);
  // Nothing of the failed article is left: no DeepMind entity, no full-text row.
  CHECK(Count(**store, "entities") == 3);
  auto fts = (*store)->db().Prepare("SELECT count(*) FROM article_fts WHERE article_fts MATCH '谷歌'");
  REQUIRE(fts.ok());
  REQUIRE(fts->Step().value());
  CHECK(fts->Int(0) == 0);
  // Foreign keys are back on after the batch.
  auto fk = (*store)->db().Prepare("PRAGMA foreign_keys");
  REQUIRE(fk->Step().value());
  CHECK(fk->Int(0) == 1);
}

TEST_CASE("A failing insert rolls back that article only", "[store]") {
  auto store = Store::Open(":memory:");
  REQUIRE(store.ok());
  Analysis bad = Launch();
  bad.doc.source = "bad.txt";
  bad.doc.body += "另一句。";
  bad.sentences.push_back(Sentence{2, bad.sentences[1].end, bad.doc.body.size(), "zh-Hans", {}});
  // The event's sentence does not exist: refused before anything is written.
  Event e;
  e.date = "2026-01-20";
  e.type = "launch";
  e.organization = "Google";
  e.sentence = 7;
  bad.events.push_back(e);
  auto out = (*store)->WriteAnalyses({Departure(), bad});
  REQUIRE(out.ok());
  CHECK((*out)[0].kind == WriteOutcome::kStored);
  CHECK((*out)[1].kind == WriteOutcome::kFailed);
  CHECK((*out)[1].error.message().find("refers to sentence 7") != std::string::npos);
  CHECK(Counts(**store) == std::vector<int64_t>{1, 3, 3, 2, 3, 1, 3, 0});
  // The entity first written by the failed article is gone, and a later
  // article can still add it (the writer's cache did not keep it).
  out = (*store)->WriteAnalyses({Launch()});
  REQUIRE(out.ok());
  CHECK((*out)[0].kind == WriteOutcome::kStored);
  CHECK(Count(**store, "entities") == 4);
}

TEST_CASE("Malformed offsets are refused before anything is written", "[store]") {
  auto store = Store::Open(":memory:");
  REQUIRE(store.ok());
  Analysis a = Launch();
  a.entities[0].mentions[0].end = a.doc.body.size() + 5;
  auto out = (*store)->WriteAnalyses({a});
  REQUIRE(out.ok());
  CHECK((*out)[0].kind == WriteOutcome::kFailed);
  CHECK((*out)[0].error.message().find("invalid offsets") != std::string::npos);
  a = Launch();
  a.sentences[0].end = 1;  // inside the first character
  out = (*store)->WriteAnalyses({a});
  CHECK((*out)[0].kind == WriteOutcome::kFailed);
  CHECK(Count(**store, "articles") == 0);
}

TEST_CASE("A database from a newer newsminer is refused", "[store]") {
  TempDir dir;
  {
    auto store = Store::Open(dir / "n.db");
    REQUIRE(store.ok());
    REQUIRE((*store)->db().Exec("PRAGMA user_version = 999").ok());
  }
  auto again = Store::Open(dir / "n.db");
  REQUIRE_FALSE(again.ok());
  CHECK(again.status().code() == StatusCode::kUnsupported);
  CHECK(again.status().message().find("newer") != std::string::npos);
}

TEST_CASE("A file that is not SQLite is refused with a clear error", "[store]") {
  TempDir dir;
  WriteFile(dir / "n.db", std::string(4096, 'x'));
  auto store = Store::Open(dir / "n.db");
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().message().find("not a newsminer database") != std::string::npos);
  CHECK(ReadFile(dir / "n.db") == std::string(4096, 'x'));
}

TEST_CASE("Re-analysis replaces an article's rows and keeps its id", "[store]") {
  auto store = Store::Open(":memory:");
  REQUIRE(store.ok());
  auto out = (*store)->WriteAnalyses({Departure(), Launch()});
  REQUIRE(out.ok());
  auto stale = (*store)->DocumentsToReanalyze("test+2", false, 0, 10);
  REQUIRE(stale.ok());
  REQUIRE(stale->size() == 2);
  CHECK((*stale)[0].doc.body == Departure().doc.body);
  CHECK((*stale)[0].doc.published == "2026-02-14");
  Analysis fresh = Departure();
  fresh.analyzer_version = "test+2";
  fresh.events.clear();
  fresh.entities.pop_back();
  auto replaced = (*store)->ReplaceAnalyses({(*stale)[0].id}, {fresh});
  REQUIRE(replaced.ok());
  CHECK((*replaced)[0].kind == WriteOutcome::kUpdated);
  CHECK((*replaced)[0].article_id == (*out)[0].article_id);
  CHECK(Count(**store, "events") == 0);
  CHECK(Count(**store, "articles") == 2);
  auto still = (*store)->DocumentsToReanalyze("test+2", false, 0, 10);
  REQUIRE(still->size() == 1);
  CHECK((*store)->DocumentsToReanalyze("test+2", true, 0, 10)->size() == 2);
  auto missing = (*store)->ReplaceAnalyses({999}, {fresh});
  CHECK((*missing)[0].kind == WriteOutcome::kFailed);
}

TEST_CASE("Timeline resolves aliases across scripts and orders by date", "[store]") {
  auto store = Store::Open(":memory:");
  REQUIRE(store.ok());
  REQUIRE((*store)->WriteAnalyses({Departure(), Launch()}).ok());
  auto google = ResolveEntity(**store, "穀歌", false);  // not an alias: 穀 folds to 谷
  REQUIRE(google.ok());
  CHECK((*google)[0].id == "org:google");
  CHECK(ResolveEntity(**store, "openai", false)->at(0).id == "org:openai");
  CHECK(ResolveEntity(**store, "Nobody", false).status().code() == StatusCode::kNotFound);

  std::vector<TimelineRow> rows;
  auto collect = [&](const TimelineRow& r) { rows.push_back(r); return true; };
  REQUIRE(QueryTimeline(**store, {}, collect).ok());
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].date == "2026-01-20");
  CHECK(rows[1].kind == "event");  // dated 2026-02, before the article of 2026-02-14
  CHECK(rows[1].person == "Jane Doe");
  CHECK(rows[1].evidence == "OpenAI 研究主管 Jane Doe 本週離職。");
  CHECK(rows[2].title == "OpenAI 研究主管離職");

  rows.clear();
  TimelineFilter f;
  f.entity_ids = {"org:anthropic"};
  REQUIRE(QueryTimeline(**store, f, collect).ok());
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].entities.size() == 3);

  rows.clear();
  f = {};
  f.from = "2026-02-01";
  f.to = "2026-02-13";
  REQUIRE(QueryTimeline(**store, f, collect).ok());
  REQUIRE(rows.size() == 1);  // the month-dated event overlaps; the article of the 14th does not
  CHECK(rows[0].kind == "event");
}

TEST_CASE("The timeline's entity-type filter keeps rows naming an entity of that type", "[store]") {
  auto store = Store::Open(":memory:");
  REQUIRE(store.ok());
  REQUIRE((*store)->WriteAnalyses({Departure(), Launch()}).ok());
  auto kinds = [&](const std::string& type) {
    TimelineFilter f;
    f.entity_type = type;
    std::vector<std::string> out;
    REQUIRE(QueryTimeline(**store, f, [&](const TimelineRow& r) {
              out.push_back(r.kind + " " + r.title);
              return true;
            }).ok());
    return out;
  };
  // Only the departure article names a person (found by pattern: person:?:...),
  // in its article row and its event.
  CHECK(kinds("person") == std::vector<std::string>{"event OpenAI 研究主管離職", "article OpenAI 研究主管離職"});
  CHECK(kinds("organization").size() == 3);
  CHECK(kinds("division").empty());
  CHECK(kinds("planet").empty());  // an unknown type matches nothing
}
