#include <catch2/catch.hpp>

#include "common/json.h"
#include "test_support.h"

using namespace news::testing;

TEST_CASE("Every command answers --help with exit 0", "[cli][e2e]") {
  for (const char* cmd : {"ingest", "analyze", "extract", "tokenize", "sentiment", "timeline", "entities",
                          "digest", "serve", "lexicon"}) {
    RunResult r = RunNewsminer(std::string(cmd) + " --help");
    INFO(cmd);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("usage: newsminer") != std::string::npos);
  }
}

TEST_CASE("Bad usage exits 2 with one error line", "[cli][e2e]") {
  RunResult r = RunNewsminer("frobnicate");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "newsminer: frobnicate: unknown command (see: newsminer --help)\n");
  r = RunNewsminer("timeline --no-such-option");
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("newsminer: ", 0) == 0);
}

TEST_CASE("analyze prints the DESIGN.md shape with code point offsets", "[cli][e2e]") {
  TempDir dir;
  WriteFile(dir / "a.txt", "Title: 測試\nDate: 2026-02-14\n\n研究人員離職。OpenAI 發布新產品。\n");
  RunResult r = RunNewsminer("analyze " + ShellQuote(dir / "a.txt") + " --format json");
  REQUIRE(r.exit_code == 0);
  auto v = news::ParseJson(r.out);
  REQUIRE(v.ok());
  CHECK((*v)["title"].AsString() == "測試");
  CHECK((*v)["published"].AsString() == "2026-02-14");
  CHECK((*v)["lang"].AsString() == "zh-Hant");
  REQUIRE((*v)["sentences"].size() == 2);
  CHECK((*v)["sentences"][1]["start"].AsNumber() == 7);
}

TEST_CASE("analyze names the source of a missing file", "[cli][e2e]") {
  RunResult r = RunNewsminer("analyze /nonexistent/x.txt");
  CHECK(r.exit_code == 1);
  CHECK(r.err == "newsminer: /nonexistent/x.txt: no such file or directory\n");
}
