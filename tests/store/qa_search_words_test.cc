// QA (session 6): `--search research-led` found 23 articles, every one with
// "research" and "led" anywhere in it; the one article that says
// "research-led" was among them. A word written with punctuation inside, or
// with a change of script, is now searched as written (its pieces adjacent).
#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "store/fts_text.h"
#include "test_support.h"

namespace news {
namespace {

using testing::RunNewsminer;
using testing::RunResult;
using testing::ShellQuote;
using testing::TempDir;
using testing::WriteFile;

TEST_CASE("QA: a hyphenated or mixed-script word is searched as a phrase", "[store][search]") {
  struct Row { const char* query; const char* fts; };
  const Row rows[] = {
      {"research-led", "\"research led\""},
      {"GPT-4o launch", "\"gpt 4o\" \"launch\""},
      {"OpenAI的研究", "\"openai 的研 研究\""},
      {"研究/產品", "\"研究 产品\""},
      {"research led", "\"research\" \"led\""},  // two words: both, anywhere
      {"離職", "\"离职\""},
  };
  for (const Row& r : rows) {
    INFO(r.query);
    CHECK(FtsQuery(r.query) == r.fts);
  }
}

TEST_CASE("QA: timeline --search research-led finds the article that says it", "[store][search][e2e]") {
  TempDir dir;
  WriteFile(dir / "in/a.txt",
            "Title: Anthropic stays research-led\nDate: 2026-02-10\n\n"
            "Anthropic told staff it would stay research-led even as its products grow.\n");
  WriteFile(dir / "in/b.txt",
            "Title: OpenAI product push\nDate: 2026-02-11\n\n"
            "The research group led by a new chief will move to the product team, OpenAI said.\n");
  WriteFile(dir / "in/c.txt",
            "Title: 研究導向\nDate: 2026-02-12\n\nOpenAI的研究團隊本週重組，部分研究人員轉往產品部門。\n");
  std::string db = "--db " + ShellQuote(dir / "n.db");
  REQUIRE(RunNewsminer(db + " ingest " + ShellQuote(dir / "in")).exit_code == 0);
  struct Row { const char* query; std::vector<std::string> titles; };
  const Row rows[] = {
      {"research-led", {"Anthropic stays research-led"}},
      {"research led", {"Anthropic stays research-led", "OpenAI product push"}},
      {"OpenAI的研究", {"研究導向"}},
  };
  for (const Row& r : rows) {
    INFO(r.query);
    RunResult res = RunNewsminer(db + " timeline --format json --search " + ShellQuote(r.query));
    CHECK(res.exit_code == 0);
    for (const char* t : {"Anthropic stays research-led", "OpenAI product push", "研究導向"}) {
      bool want = std::find(r.titles.begin(), r.titles.end(), t) != r.titles.end();
      CHECK((res.out.find(std::string("\"title\":\"") + t + "\"") != std::string::npos) == want);
    }
  }
}

}  // namespace
}  // namespace news
