#include <catch2/catch.hpp>

#include "lexicon/lexicon_matcher.h"
#include "lexicon/tsv.h"
#include "test_support.h"

using namespace news;

namespace {

EntityLexicon SmallLexicon() {
  EntityLexicon lex;
  auto add = [&lex](std::string id, std::string canonical, std::vector<std::string> aliases) {
    LexiconEntity e;
    e.id = id;
    e.canonical = canonical;
    e.aliases = aliases;
    e.aliases.push_back(canonical);
    lex.by_id[id] = static_cast<int>(lex.entities.size());
    lex.entities.push_back(e);
  };
  add("org:meta", "Meta", {"臉書公司"});
  add("org:google", "Google", {"谷歌"});
  add("org:google-deepmind", "Google DeepMind", {"DeepMind"});
  add("person:sam-altman", "Sam Altman", {"奧特曼", "Altman"});
  add("org:nvidia", "Nvidia", {"輝達", "英偉達"});
  add("div:fair", "FAIR", {});
  add("product:gpt-4", "GPT-4", {});
  add("product:gpt-4o", "GPT-4o", {});
  return lex;
}

std::vector<std::string> Surfaces(const LexiconMatcher& m, std::string_view text) {
  std::vector<std::string> out;
  for (const AliasMatch& x : m.Find(text)) out.emplace_back(text.substr(x.begin, x.end - x.begin));
  return out;
}

}  // namespace

TEST_CASE("Matcher respects Latin word boundaries and case", "[lexicon]") {
  EntityLexicon lex = SmallLexicon();
  LexiconMatcher m(lex);
  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"Meta released metadata tools.", {"Meta"}},
      {"the meta-analysis found nothing", {}},
      {"META shares rose", {"META"}},
      {"Meta的新模型", {"Meta"}},
      {"a fair share of FAIR researchers", {"FAIR"}},
      {"Fair enough, said the FAIR lead", {"FAIR"}},
      {"GPT-4o beats GPT-4 and GPT-4.5", {"GPT-4o", "GPT-4", "GPT-4"}},
      {"Google DeepMind and Google", {"Google DeepMind", "Google"}},
      {"Googlers at DeepMinds", {}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(Surfaces(m, c.text) == c.want);
  }
}

TEST_CASE("Matcher finds aliases in both Chinese scripts, on characters", "[lexicon]") {
  EntityLexicon lex = SmallLexicon();
  LexiconMatcher m(lex);
  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"奧特曼表示", {"奧特曼"}},
      {"奥特曼表示", {"奥特曼"}},       // Simplified text, Traditional alias
      {"英伟达与谷歌合作", {"英伟达", "谷歌"}},
      {"輝達執行長黃仁勳", {"輝達"}},
      {"OpenAI執行長Sam Altman說", {"Sam Altman"}},
      {"ALTMAN said", {"ALTMAN"}},
      {"谷歌DeepMind", {"谷歌", "DeepMind"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(Surfaces(m, c.text) == c.want);
  }
}

TEST_CASE("Matcher offsets point into the original text", "[lexicon]") {
  EntityLexicon lex = SmallLexicon();
  LexiconMatcher m(lex);
  std::string text = "據報導，英偉達（Nvidia）與谷歌";
  auto found = m.Find(text);
  REQUIRE(found.size() == 3);
  CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == "英偉達");
  CHECK(text.substr(found[1].begin, found[1].end - found[1].begin) == "Nvidia");
  CHECK(lex.entities[found[2].entities[0]].id == "org:google");
}

TEST_CASE("TSV reader keeps line numbers and splits alias lists", "[lexicon]") {
  auto f = ParseTsv("x.tsv", "# comment\n\nid\ttype\n a \t b \n\n# more\nc\td\n");
  REQUIRE(f.ok());
  CHECK(f->header_line == 3);
  REQUIRE(f->rows.size() == 2);
  CHECK(f->rows[0].cells == std::vector<std::string>{"a", "b"});
  CHECK(f->rows[1].line == 7);
  int empty = 0;
  CHECK(SplitList("a| b ||c", &empty) == std::vector<std::string>{"a", "b", "c"});
  CHECK(empty == 1);
  CHECK_FALSE(ParseTsv("y.tsv", "# only comments\n").ok());
  CHECK_FALSE(ParseTsv("z.tsv", "id\ttype\n\xff\xfe\n").ok());
}
