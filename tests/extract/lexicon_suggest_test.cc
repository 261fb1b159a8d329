#include <catch2/catch.hpp>

#include <algorithm>

#include "extract/lexicon_suggest.h"
#include "lexicon/entity_lexicon.h"
#include "test_support.h"

using namespace news;
using namespace news::testing;

namespace {

EntityLexicon ProjectLexicon() {
  std::vector<LexiconProblem> problems;
  EntityLexicon lex = LoadLexicons(SourcePath("lexicons"), &problems);
  REQUIRE(problems.empty());
  return lex;
}

Document Doc(std::string body) {
  Document d;
  d.body = std::move(body);
  return d;
}

int CountKind(const std::vector<Suggestion>& all, const std::string& text, const std::string& kind) {
  return static_cast<int>(std::count_if(all.begin(), all.end(),
                                        [&](const Suggestion& s) { return s.text == text && s.kind == kind; }));
}

const Suggestion* Find(const std::vector<Suggestion>& all, const std::string& text) {
  for (const auto& s : all)
    if (s.text == text) return &s;
  return nullptr;
}

}  // namespace

TEST_CASE("lexicon suggest proposes titled people and new Chinese terms", "[extract]") {
  EntityLexicon lex = ProjectLexicon();
  LexiconSuggester s(lex, {.min_count = 3, .limit = 50, .min_cohesion = 1.0, .min_entropy = 0.5});
  const char* articles[] = {
      "星河智算研究院首席科学家周明远表示，星河智算将在下月开源新模型。OpenAI 执行长 Sam Altman 也表示关注。",
      "据报道，星河智算的新模型在推理测试中表现突出。周明远说，团队规模扩大了一倍。",
      "多家机构开始试用星河智算的模型。研究员周明远此前在百度工作。",
      "Meta hired Lena Fischer, a principal researcher at Google DeepMind. Fischer will lead a new group.",
      "Lena Fischer, who led the video group, starts on Monday.",
  };
  for (const char* a : articles) s.Add(Doc(a));
  auto all = s.Suggestions();
  const Suggestion* zhou = Find(all, "周明远");
  REQUIRE(zhou);
  CHECK(zhou->kind == "person");
  CHECK(zhou->count >= 2);
  CHECK(zhou->articles >= 2);
  CHECK(Find(all, "Lena Fischer"));
  CHECK(CountKind(all, "周明远", "term") == 0);  // a person, not also a product term
  CHECK(CountKind(all, "Lena Fischer", "term") == 0);
  const Suggestion* term = Find(all, "星河智算");
  REQUIRE(term);
  CHECK(term->kind == "term");
  CHECK(term->count == 4);
  CHECK(term->articles == 3);
  CHECK(!term->example.empty());
  CHECK_FALSE(Find(all, "Sam Altman"));  // already in the lexicons
  CHECK_FALSE(Find(all, "OpenAI"));
  CHECK_FALSE(Find(all, "星河智"));     // a piece of a longer term with the same count

  std::string text = FormatSuggestions(all);
  CHECK(text.find("person:new-1\tPERSON\t") != std::string::npos);
  CHECK(text.find("\tPERSON\tLena Fischer\tFischer\n") != std::string::npos);
}

TEST_CASE("lexicon suggest leaves out ordinary words of the general word list", "[extract]") {
  EntityLexicon lex = ProjectLexicon();
  StatusOr<WordTable> words = WordTable::Open(WordTable::DefaultPath());
  REQUIRE(words.ok());
  const char* articles[] = {
      "多名研究人员离开了星河智算。研究人员表示，数据中心的算力不足。",
      "星河智算的研究人员扩充了一倍，新数据中心也已启用。",
      "研究人员称，星河智算仍在招聘。该公司的数据中心位于贵州。",
      "研究人員指出，星河智算的模型已經開源。數據中心的建設仍在進行。",
  };
  const WordTable* general_list = &*words;
  for (const WordTable* general : {static_cast<const WordTable*>(nullptr), general_list}) {
    LexiconSuggester s(lex, {.min_count = 3, .limit = 50, .min_cohesion = 0.5, .min_entropy = 0.3, .general_words = general});
    for (const char* a : articles) s.Add(Doc(a));
    auto all = s.Suggestions();
    INFO((general ? "with" : "without") << " the general word list");
    CHECK(Find(all, "星河智算"));  // a new name survives either way
    if (general) {
      CHECK_FALSE(Find(all, "研究人员"));
      CHECK_FALSE(Find(all, "数据中心"));
    } else {
      CHECK(Find(all, "研究人员"));  // what the filter is for
    }
  }
}

TEST_CASE("lexicon suggest over a stored database prints paste-ready lines", "[extract][e2e]") {
  TempDir dir;
  WriteFile(dir / "in/a.txt", "Title: 星河智算发布新模型\nDate: 2026-02-01\n\n星河智算研究院首席科学家周明远表示，星河智算将开源新模型。\n");
  WriteFile(dir / "in/b.txt", "Title: 星河智算扩招\nDate: 2026-02-02\n\n研究员周明远说，星河智算团队扩大了一倍。星河智算的模型受到关注。\n");
  std::string db = "--db " + ShellQuote(dir / "n.db");
  REQUIRE(RunNewsminer(db + " ingest " + ShellQuote(dir / "in")).exit_code == 0);
  RunResult r = RunNewsminer(db + " lexicon suggest --min-count 2");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("\tPERSON\t周明远\t") != std::string::npos);
  CHECK(r.out.find("星河智算") != std::string::npos);
  RunResult missing = RunNewsminer("--db " + ShellQuote(dir / "none.db") + " lexicon suggest");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("no such database") != std::string::npos);
}
