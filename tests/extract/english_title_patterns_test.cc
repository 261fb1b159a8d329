#include <catch2/catch.hpp>

#include <string>

#include "extract/english_title_patterns.h"

using namespace news;

namespace {

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string Name(std::optional<TextSpan> span, std::string_view s) {
  return span ? std::string(s.substr(span->begin, span->end - span->begin)) : "";
}

}  // namespace

// The names RE2's leftmost-first matching of the title patterns gave
// (english_title_patterns.h keeps them byte for byte).
TEST_CASE("A title's variable words take what RE2 gave them", "[extract]") {
  struct Case {
    const char* text;
    const char* name;  // after the title at the start
  };
  const Case cases[] = {
      {"head of research Jane Doe told staff", "Jane Doe"},
      // the title may swallow capitalised words ((?i) [a-z]+), longest first
      {"head of research Jane Doe Smith said", "Doe Smith"},
      {"head of research Jane Doe Smith Brown said", "Smith Brown"},
      {"Head of AI Research Jane Doe told staff", "Jane Doe"},
      {"vice president of AI Safety Ana Ruiz left", "Ana Ruiz"},
      {"Director of Engineering Priya Natarajan left", "Priya Natarajan"},
      {"Chief Technology Officer Jane Doe resigned", "Jane Doe"},
      {"technical lead Jane Doe left", "Jane Doe"},
      {"research fellow Jane Doe left", "Jane Doe"},
      {"senior research fellow Jane Doe left", ""},  // one word before "fellow": the cue "research" finds her
      {"chief scientist Ursula von der Leyen said", "Ursula von der Leyen"},
      {"spokesperson Sun-hee Park said", "Sun-hee Park"},
      {"spokesperson Ana Ruiz-3 said", "Ana Ruiz"},
      {"spokesperson Jane  Doe said", ""},  // one space between the words of a name
      {"head of research-Jane Doe", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::string lower = Lower(c.text);
    CHECK(Name(TitleThenName({c.text, lower}, 0), c.text) == c.name);
  }
}

TEST_CASE("Names before a comma and patterns cut at their window", "[extract]") {
  std::string s = "said McAllister-smith, then xJane Doe";
  CHECK(Name(LatinNameEndingAt(s, 0), s) == "Jane Doe");  // the leftmost start that reaches the end, mid-word too
  CHECK(!LatinNameEndingAt("Jane Doe-3", 0));
  // "founded in 2024 by", "founded in March 2024 by"
  for (std::string t :
       {"founded in 2024 by Jane Doe", "founded in March 2024 by Jane Doe", "founded last year by Jane Doe"}) {
    std::string lower = Lower(t);
    CHECK(Name(ByThenName({t, lower}, 0), t) == "Jane Doe");
  }
  // \b looks past the window: a title cut inside a word is no title.
  std::string post = "joined Meta as head of research";
  std::string lower = Lower(post);
  CHECK(PostTaken({post, lower, false}, 0));
  CHECK(!PostTaken({post, lower, true}, 0));
  // words between a title and its comma are read as RE2 read them: an invalid
  // UTF-8 byte there is no character, so no name
  std::string plural = "researchers who report to her, Jane Doe and Ann Lee";
  CHECK(Name(PluralThenNames({plural, Lower(plural)}, 0), plural) == "Jane Doe");
  plural[16] = '\x80';
  CHECK(!PluralThenNames({plural, Lower(plural)}, 0));
  // a plural apposition ends after its noun's s: "the lead engineers", not "the lead"
  std::string app = ", the lead engineers at X";
  std::optional<TextSpan> m = Apposition({app, Lower(app)}, 0);
  REQUIRE(m);
  CHECK(app.substr(m->begin, m->end - m->begin) == ", the lead engineers");
}
