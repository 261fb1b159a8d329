// End-to-end: the real binary ingests a folder into a temporary database,
// and `timeline --format json` reads it back.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "common/json.h"
#include "store/sqlite_db.h"
#include "test_support.h"

using namespace news::testing;

namespace {

void WriteSampleFolder(const TempDir& dir) {
  WriteFile(dir / "in/zh-Hant/a.txt",
            "Title: OpenAI 研究主管離職\nDate: 2026-02-14\n\n"
            "OpenAI 的研究主管本週離職，將加入 Anthropic。公司正在把重心從研究轉向產品。\n");
  WriteFile(dir / "in/zh-Hans/b.txt",
            "Title: 谷歌发布新模型\nDate: 2026-01-20\n\n谷歌今天发布了新一代模型。研究团队表示这是一次重要进展。\n");
  WriteFile(dir / "in/en/c.txt",
            "Title: Anthropic raises new funding\nDate: 2026-03-02\n\n"
            "Anthropic closed a new funding round on Monday. The company said it would expand its research team.\n");
  WriteFile(dir / "in/en/empty.txt", "");
}

std::string Db(const TempDir& dir) { return "--db " + ShellQuote(dir / "n.db"); }

}  // namespace

TEST_CASE("ingest stores a folder once and says so the second time", "[cli][e2e][store]") {
  TempDir dir;
  WriteSampleFolder(dir);
  RunResult r = RunNewsminer(Db(dir) + " ingest " + ShellQuote(dir / "in"));
  CHECK(r.exit_code == 1);  // the empty file failed, the rest were stored
  CHECK(r.out == "ingested 3, duplicate 0, failed 1 (empty file: 1)\n");
  CHECK(r.err == "newsminer: " + (dir / "in/en/empty.txt") + ": empty file\n");

  r = RunNewsminer(Db(dir) + " ingest " + ShellQuote(dir / "in/zh-Hant") + " " + ShellQuote(dir / "in/zh-Hans"));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "ingested 0, duplicate 2, failed 0\n");

  r = RunNewsminer(Db(dir) + " timeline --format json");
  REQUIRE(r.exit_code == 0);
  auto v = news::ParseJson(r.out);
  REQUIRE(v.ok());
  const auto& rows = (*v)["rows"];
  REQUIRE(rows.size() == 4);  // three articles and the funding round extracted from c.txt
  CHECK((*v)["count"].AsNumber() == 4);
  CHECK(rows[0]["date"].AsString() == "2026-01-20");
  CHECK(rows[0]["article"]["title"].AsString() == "谷歌发布新模型");
  CHECK(rows[0]["evidence"].is_string());
  CHECK(rows[1]["date"].AsString() == "2026-02-14");
  CHECK(rows[1]["kind"].AsString() == "article");
  CHECK(rows[1]["article"]["lang"].AsString() == "zh-Hant");
  CHECK(rows[2]["article"]["source"].AsString() == dir / "in/en/c.txt");
  CHECK(rows[3]["kind"].AsString() == "event");
  CHECK(rows[3]["date"].AsString() == "2026-03-02");
}

TEST_CASE("timeline filters by date and pages with limit and offset", "[cli][e2e][store]") {
  TempDir dir;
  WriteSampleFolder(dir);
  RunNewsminer(Db(dir) + " ingest " + ShellQuote(dir / "in"));
  RunResult r = RunNewsminer(Db(dir) + " timeline --format json --from 2026-02 --to 2026-W10");
  REQUIRE(r.exit_code == 0);
  auto v = news::ParseJson(r.out);
  REQUIRE(v.ok());
  REQUIRE((*v)["rows"].size() == 3);  // two articles and c.txt's funding event
  CHECK((*v)["rows"][0]["date"].AsString() == "2026-02-14");
  CHECK((*v)["rows"][1]["date"].AsString() == "2026-03-02");
  CHECK((*v)["rows"][2]["date"].AsString() == "2026-03-02");

  r = RunNewsminer(Db(dir) + " timeline --format json --limit 1 --offset 1");
  v = news::ParseJson(r.out);
  REQUIRE(v.ok());
  REQUIRE((*v)["rows"].size() == 1);
  CHECK((*v)["rows"][0]["date"].AsString() == "2026-02-14");

  r = RunNewsminer(Db(dir) + " timeline --format json --from 2026-13");
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("newsminer: timeline: --from expects", 0) == 0);
}

TEST_CASE("timeline on a missing database says to ingest first", "[cli][e2e][store]") {
  TempDir dir;
  RunResult r = RunNewsminer(Db(dir) + " timeline --format json");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "newsminer: " + (dir / "n.db") + ": no such database (run 'newsminer ingest' first)\n");
}

TEST_CASE("ingest refuses a database from a newer newsminer without touching it", "[cli][e2e][store]") {
  TempDir dir;
  WriteSampleFolder(dir);
  RunNewsminer(Db(dir) + " ingest " + ShellQuote(dir / "in/zh-Hans"));
  {
    auto db = news::Db::Open(dir / "n.db", {});
    REQUIRE(db.ok());
    REQUIRE((*db)->Exec("PRAGMA user_version = 99").ok());
  }
  RunResult r = RunNewsminer(Db(dir) + " ingest " + ShellQuote(dir / "in/en"));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("newer than this newsminer supports") != std::string::npos);
}

namespace {

// The lexicon version the store says its entities were synced from, and
// whether an entity id is stored.
std::string SyncedVersion(const TempDir& dir) {
  auto db = news::Db::Open(dir / "n.db", {});
  REQUIRE(db.ok());
  auto st = (*db)->Prepare("SELECT version FROM lexicon_sync");
  REQUIRE(st.ok());
  auto row = st->Step();
  return row.ok() && *row ? st->Text(0) : "";
}

bool HasEntity(const TempDir& dir, const std::string& id) {
  auto db = news::Db::Open(dir / "n.db", {});
  REQUIRE(db.ok());
  auto st = (*db)->Prepare("SELECT 1 FROM entities WHERE id = ?");
  REQUIRE(st.ok());
  st->Bind(1, id);
  auto row = st->Step();
  return row.ok() && *row;
}

}  // namespace

TEST_CASE("ingest syncs the lexicon entities again only when the lexicons changed", "[cli][e2e][store]") {
  TempDir dir;
  WriteSampleFolder(dir);
  std::filesystem::copy(SourcePath("lexicons"), dir / "lex", std::filesystem::copy_options::recursive);
  std::string lex = " --lexicons " + ShellQuote(dir / "lex");
  RunNewsminer(Db(dir) + lex + " ingest " + ShellQuote(dir / "in/zh-Hans"));
  std::string first = SyncedVersion(dir);
  CHECK_FALSE(first.empty());
  CHECK(HasEntity(dir, "org:openai"));  // from the lexicon, though no article names it
  CHECK_FALSE(HasEntity(dir, "org:zyxwv-labs"));

  // The same lexicons: the recorded version stands (the sync was skipped).
  RunResult r = RunNewsminer(Db(dir) + lex + " ingest " + ShellQuote(dir / "in/zh-Hans"));
  CHECK(r.out == "ingested 0, duplicate 1, failed 0\n");
  CHECK(SyncedVersion(dir) == first);

  // An edited lexicon is a new version: its new entity is synced.
  std::ofstream(dir / "lex/entities/organizations.tsv", std::ios::app) << "org:zyxwv-labs\tORG\tZyxwv Labs\t齊維實驗室\n";
  r = RunNewsminer(Db(dir) + lex + " ingest " + ShellQuote(dir / "in/zh-Hans"));
  CHECK(r.exit_code == 0);
  CHECK(HasEntity(dir, "org:zyxwv-labs"));
  CHECK(SyncedVersion(dir) != first);
  r = RunNewsminer(Db(dir) + " timeline --entity 齐维实验室 --format json");
  CHECK(r.exit_code == 0);
}
