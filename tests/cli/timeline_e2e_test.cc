// End-to-end: timeline and entities output formats from the real binary.
#include <catch2/catch.hpp>

#include <sstream>

#include "common/json.h"
#include "report/text_width.h"
#include "test_support.h"

using namespace news::testing;

namespace {

std::string Db(const TempDir& dir) { return "--db " + ShellQuote(dir / "n.db"); }

void Ingest(const TempDir& dir) {
  WriteFile(dir / "in/a.txt",
            "Title: OpenAI 研究主管離職\nDate: 2026-02-14\n\n"
            "OpenAI 的研究主管本週離職，將加入 Anthropic。公司正在把重心從研究轉向產品。\n");
  WriteFile(dir / "in/b.txt", "Title: 谷歌发布新模型, \"Gemini\"\nDate: 2026-01-20\n\n谷歌今天发布了新一代模型。研究团队表示满意。\n");
  WriteFile(dir / "in/c.txt",
            "Title: Research lab opens\nDate: 2026-03-02\n\nA research lab opened in Taipei on Monday.\n");
  RunResult r = RunNewsminer(Db(dir) + " ingest " + ShellQuote(dir / "in"));
  REQUIRE(r.exit_code == 0);
}

}  // namespace

TEST_CASE("timeline table fits the terminal width with CJK text", "[cli][e2e][store]") {
  TempDir dir;
  Ingest(dir);
  for (int width : {60, 100}) {
    setenv("COLUMNS", std::to_string(width).c_str(), 1);
    RunResult r = RunNewsminer(Db(dir) + " timeline");
    unsetenv("COLUMNS");
    REQUIRE(r.exit_code == 0);
    std::istringstream lines(r.out);
    std::string line;
    int n = 0;
    while (std::getline(lines, line)) {
      INFO(line);
      CHECK(news::DisplayWidth(line) <= width);
      ++n;
    }
    CHECK(n == 2 + 3 * 2 + 1);
    CHECK(r.out.find("谷歌发布") != std::string::npos);
  }
}

TEST_CASE("timeline csv quotes fields and search finds Chinese across scripts", "[cli][e2e][store]") {
  TempDir dir;
  Ingest(dir);
  RunResult r = RunNewsminer(Db(dir) + " timeline --format csv --search 离职");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.rfind("date,kind,event,what,", 0) == 0);
  CHECK(r.out.find("2026-02-14,article,,OpenAI 研究主管離職,") != std::string::npos);
  CHECK(r.out.find("谷歌") == std::string::npos);
  r = RunNewsminer(Db(dir) + " timeline --format csv --search 模型");
  CHECK(r.out.find("\"谷歌发布新模型, \"\"Gemini\"\"\"") != std::string::npos);
  for (const char* q : {"'NEAR('", "'research OR'"}) {
    r = RunNewsminer(Db(dir) + " timeline --format json --search " + q);
    INFO(q);
    CHECK(r.exit_code == 0);
    CHECK(news::ParseJson(r.out).ok());
  }
  for (const char* q : {"'\"'", "'*'"}) {  // nothing searchable: bad usage (QA, session 6)
    r = RunNewsminer(Db(dir) + " timeline --format json --search " + q);
    INFO(q);
    CHECK(r.exit_code == 2);
    CHECK(r.out == "");
  }
  r = RunNewsminer(Db(dir) + " timeline --format json --search 'RESEARCH lab'");
  auto v = news::ParseJson(r.out);
  REQUIRE(v.ok());
  REQUIRE((*v)["rows"].size() == 1);
  CHECK((*v)["rows"][0]["article"]["title"].AsString() == "Research lab opens");
}

TEST_CASE("entities answers in every format and names unknown entities", "[cli][e2e][store]") {
  TempDir dir;
  Ingest(dir);
  RunResult r = RunNewsminer(Db(dir) + " entities --format json --top 5 --week 2026-W07");
  REQUIRE(r.exit_code == 0);
  auto v = news::ParseJson(r.out);
  REQUIRE(v.ok());
  CHECK((*v)["entities"].is_array());
  CHECK((*v)["count"].AsNumber() == (*v)["entities"].size());
  CHECK((*v)["entities"].size() <= 5);
  r = RunNewsminer(Db(dir) + " entities --format csv");
  CHECK(r.out.rfind("id,name,type,parent,known,articles,mentions,first_seen,last_seen,research,product\r\n", 0) == 0);
  r = RunNewsminer(Db(dir) + " entities show 'No Such Lab'");
  CHECK(r.exit_code == 1);
  CHECK(r.err == "newsminer: No Such Lab: no entity is known by this name\n");
  r = RunNewsminer(Db(dir) + " entities --week 2026-7");
  CHECK(r.exit_code == 2);
  // show lists every week: a list filter is refused, not dropped (QA, session 7).
  r = RunNewsminer(Db(dir) + " entities show 谷歌 --week bad");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "newsminer: entities: show takes no --week (it shows every week of the entity)\n");
  CHECK(r.out == "");
  r = RunNewsminer(Db(dir) + " entities show OpenAI --from 2026-01 --format json");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "newsminer: entities: show takes no --from (it shows every week of the entity)\n");
}
