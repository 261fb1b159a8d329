#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "lexicon/folded_text.h"
#include "text/match_key.h"

using namespace news;

// The folded view must equal MatchKey's fold and map every byte back to the
// start of its original character (and every original byte forward to the
// first folded character at or after it), whatever the input (ASCII, both
// Chinese scripts, Latin-1, full-width forms, 4-byte characters, invalid bytes).
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
      {"ＯｐｅｎＡＩ：「字节」，（Ｇｏｏｇｌｅ）ok", true},
      {std::string("\xc8\xba\xe0\x80\x80x\xe4\xb8\xad\xc8"), false},
      // Runs of eight and more ASCII bytes are folded eight at a time: every
      // letter, the bytes around 'A'..'Z' and 'a'..'z', and runs cut by CJK.
      {"ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{ abcdefghijklmnopqrstuvwxyz 0123456789", true},
      {"OpenAI CEO Sam Altman said字节跳动ByteDance Seed TEAM 2026年3月", true},
      // A fold that lengthens characters (U+023A, two bytes, folds to the
      // three-byte U+2C65), many times over: the buffers must grow.
      {[] {
         std::string s(40, 'x');
         for (int i = 0; i < 100; ++i) s += "\xC8\xBA";
         return s + "TAIL 尾巴";
       }(),
       true},
  };
  for (const auto& [text, valid] : cases) {
    INFO(text);
    FoldedText f = FoldForMatching(text);
    CHECK(f.key == MatchKey(text));
    // Character by character, the map the fold must give: each folded byte
    // points at the start of the character it came from.
    std::vector<uint32_t> expected;
    for (size_t pos = 0; pos < text.size();) {
      size_t start = pos;
      DecodeUtf8(text, &pos);
      expected.insert(expected.end(), MatchKey(text.substr(start, pos - start)).size(), static_cast<uint32_t>(start));
    }
    expected.push_back(static_cast<uint32_t>(text.size()));
    // Byte by byte, the sparse map answers as the full one would, both ways.
    std::vector<uint32_t> got;
    for (size_t k = 0; k <= f.key.size(); ++k) got.push_back(static_cast<uint32_t>(f.ToOriginal(k)));
    CHECK(got == expected);
    for (size_t b = 0; b <= text.size() + 1; ++b) {
      size_t want = std::lower_bound(expected.begin(), expected.end(), static_cast<uint32_t>(b)) - expected.begin();
      CHECK(f.ToFolded(b) == want);
    }
    for (size_t i = 0; i + 1 < expected.size(); ++i) {
      unsigned char start = static_cast<unsigned char>(text[expected[i]]);
      if (valid) CHECK((start & 0xC0) != 0x80);  // never inside a character
    }
  }
}
