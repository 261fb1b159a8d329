#include <catch2/catch.hpp>

#include <string>

#include "lexicon/folded_text.h"
#include "text/match_key.h"

using namespace news;

// The folded view must equal MatchKey's fold and map every byte back to the
// start of its original character, whatever the input (ASCII, both Chinese
// scripts, Latin-1, 4-byte characters, invalid bytes).
TEST_CASE("FoldForMatching folds like MatchKey and maps bytes back to characters", "[lexicon]") {
  struct Case {
    std::string text;
    bool valid;  // valid UTF-8: every mapped byte starts a character
  };
  const Case cases[] = {
      {"OpenAI研究副總裁Elena Vasquez請辭", true},
      {"奧特曼與Google DeepMind、字节跳动", true},
      {"Tomás Ferreira — ＡＢＣ１２３ 𠀀 end", true},
      {"", true},
      {std::string("bad \xff\xfe bytes \xe4\xb8 cut"), false},
      {"\xff\xff\xff\xff", false},
  };
  for (const auto& [text, valid] : cases) {
    INFO(text);
    FoldedText f = FoldForMatching(text);
    CHECK(f.key == MatchKey(text));
    REQUIRE(f.original.size() == f.key.size() + 1);
    CHECK(f.original.back() == text.size());
    for (size_t i = 0; i + 1 < f.original.size(); ++i) {
      CHECK(f.original[i] <= f.original[i + 1]);
      unsigned char start = static_cast<unsigned char>(text[f.original[i]]);
      if (valid) CHECK((start & 0xC0) != 0x80);  // never inside a character
    }
  }
}
