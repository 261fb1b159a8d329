#include <catch2/catch.hpp>

#include "lexicon/entity_lexicon.h"
#include "test_support.h"

using namespace news;
using namespace news::testing;

namespace {

const char* kHeader = "id\ttype\tcanonical\taliases\tparent\temployer\tsince\tcontext\tcues\n";

std::vector<LexiconProblem> Check(const std::string& entities, const std::string& competitors = "") {
  TempDir dir;
  std::string text = "# test\n";  // appended: GCC 12 flags a + chain on a literal (-Warray-bounds)
  WriteFile(dir / "entities/a.tsv", text.append(kHeader).append(entities));
  if (!competitors.empty()) WriteFile(dir / "competitors.tsv", "market\tmembers\n" + competitors);
  std::vector<LexiconProblem> problems;
  LoadLexicons(dir.path().string(), &problems);
  return problems;
}

}  // namespace

TEST_CASE("Lexicon check reports each kind of problem with its line", "[lexicon]") {
  struct Case {
    const char* rows;
    int line;
    const char* cause;
  };
  const Case cases[] = {
      {"org:openai\tORG\n", 3, "expected at least 4 columns"},
      {"org:openai\tCOMPANY\tOpenAI\t\n", 3, "unknown type \"COMPANY\""},
      {"person:openai\tORG\tOpenAI\t\n", 3, "must be lowercase and start with org:"},
      {"org:openai\tORG\tOpenAI\tOpen AI||開放AI\n", 3, "empty alias"},
      {"org:openai\tORG\tOpenAI\tOpen AI|Open AI\n", 3, "duplicate alias \"Open AI\""},
      {"org:openai\tORG\tOpenAI\t\norg:openai\tORG\tOpen AI\t\n", 4, "duplicate id org:openai"},
      {"product:sora\tPRODUCT\tSora\t\torg:openai\n", 3, "unknown parent org:openai"},
      {"product:sora\tPRODUCT\tSora\t\n", 3, "has no parent"},
      {"org:a\tORG\tAlpha\tAX\norg:b\tORG\tBeta\tAX\n", 4, "alias \"ax\" also belongs to org:a"},
      {"person:x\tPERSON\tX Y\t\t\torg:none\n", 3, "unknown employer org:none"},
      {"person:x\tPERSON\tX Y\t\t\t\t2026-13-99x\n", 3, "since \"2026-13-99x\""},
      {"org:a\tORG\tAlpha\tA1\t\t\t\tA2\n", 3, "context alias \"A2\" is not one of the aliases"},
      {"org:a\tORG\tAlpha\t\t\t\t\t\t\textra\n", 3, "10 columns but the header has 9"},
  };
  for (const Case& c : cases) {
    INFO(c.rows);
    auto problems = Check(c.rows);
    REQUIRE(problems.size() >= 1);
    CHECK(problems[0].line == c.line);
    CHECK(problems[0].cause.find(c.cause) != std::string::npos);
    CHECK(problems[0].ToString().find("a.tsv:" + std::to_string(c.line) + ": ") != std::string::npos);
  }
}

TEST_CASE("A shared alias is fine when both entities give it a context rule", "[lexicon]") {
  auto ok = Check(
      "org:apple\tORG\tApple\t蘋果\t\t\t\t蘋果\tiPhone\n"
      "product:apple-fruit\tPRODUCT\tApple fruit\t蘋果\torg:apple\t\t\t蘋果\t水果\n");
  CHECK(ok.empty());
  auto bad = Check(
      "org:apple\tORG\tApple\t蘋果\t\t\t\t蘋果\tiPhone\n"
      "product:apple-fruit\tPRODUCT\tApple fruit\t苹果\torg:apple\n");  // folds to the same key, no rule
  REQUIRE(bad.size() == 1);
  CHECK(bad[0].line == 4);
}

TEST_CASE("Competitor sets must name known entities", "[lexicon]") {
  auto problems = Check("org:a\tORG\tAlpha\t\norg:b\tORG\tBeta\t\n", "chat\torg:a|org:b\nchips\torg:a|org:zzz\nsolo\torg:a\n");
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].cause == "unknown entity org:zzz in market chips");
  CHECK(problems[1].cause == "market solo needs at least two members");
}

TEST_CASE("The project's lexicons load without problems and hold 300+ entities", "[lexicon]") {
  std::vector<LexiconProblem> problems;
  EntityLexicon lex = LoadLexicons(SourcePath("lexicons"), &problems);
  for (const auto& p : problems) UNSCOPED_INFO(p.ToString());
  CHECK(problems.empty());
  CHECK(lex.entities.size() >= 300);
  CHECK(lex.competitors.size() >= 5);
  CHECK(lex.triggers.size() >= 50);
}

TEST_CASE("lexicon check prints file:line errors and exits 1", "[lexicon][e2e]") {
  TempDir dir;
  std::string text = kHeader;
  WriteFile(dir / "entities/bad.tsv", text.append("org:a\tORG\n"));
  RunResult r = RunNewsminer("--lexicons " + ShellQuote(dir.path().string()) + " lexicon check");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("bad.tsv:2: expected at least 4 columns") != std::string::npos);
  RunResult ok = RunNewsminer("lexicon check");
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.rfind("lexicons ok: ", 0) == 0);
}

// A problem of a whole directory or file has no line: 'dir: cause', not 'dir:0: cause'.
TEST_CASE("lexicon check names a missing directory without a line number", "[lexicon][e2e]") {
  TempDir dir;
  std::string missing = dir / "nonexistent";
  RunResult r = RunNewsminer("--lexicons " + ShellQuote(missing) + " lexicon check");
  CHECK(r.exit_code == 1);
  CHECK(r.err == "newsminer: " + missing + "/entities: no entity lexicon directory\n");
}

// Extraction follows parents and competitor members by index: the loader
// fills them, -1 where the id is unknown.
TEST_CASE("The loader indexes parents and competitor members", "[lexicon]") {
  TempDir dir;
  std::string text = "# test\n";
  WriteFile(dir / "entities/a.tsv", text.append(kHeader).append("org:openai\tORG\tOpenAI\t\t\nproduct:sora\tPRODUCT\tSora\t\torg:openai\n"));
  WriteFile(dir / "competitors.tsv", "market\tmembers\nvideo\torg:openai|org:nobody\n");
  std::vector<LexiconProblem> problems;
  EntityLexicon lex = LoadLexicons(dir.path().string(), &problems);
  REQUIRE(lex.entities.size() == 2);
  CHECK(lex.entities[0].parent_index == -1);
  CHECK(lex.entities[1].parent_index == 0);
  REQUIRE(lex.competitors.size() == 1);
  CHECK(lex.competitors[0].member_indexes == std::vector<int>{0, -1});
}
