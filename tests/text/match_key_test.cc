#include <catch2/catch.hpp>

#include "common/utf8.h"
#include "text/match_key.h"

using namespace news;

TEST_CASE("Matching key folds Traditional to Simplified, width and case", "[text]") {
  struct Case { const char* in; const char* key; };
  const Case cases[] = {
      {"內部動態", "内部动态"},                    // the stored body keeps the original script
      {"OpenAI 執行長", "openai 执行长"},
      {"大型語言模型", "大型语言模型"},
      {"生成式人工智慧", "生成式人工智慧"},        // 慧 is the same in both scripts
      {"強化學習與對齊", "强化学习与对齐"},
      {"黃仁勳", "黄仁勋"},
      {"大型语言模型", "大型语言模型"},            // Simplified stays as it is
      {"ＧＰＴ－５", "gpt-5"},                    // full-width Latin and digits
      {"Sam ALTMAN", "sam altman"},
      {"", ""},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(MatchKey(c.in) == c.key);
    CHECK(CountCodePoints(MatchKey(c.in)) == CountCodePoints(c.in));
  }
}

TEST_CASE("Folding maps one code point to one code point", "[text]") {
  CHECK(FoldCodePoint(U'們') == U'们');
  CHECK(FoldCodePoint(U'臺') == U'台');
  CHECK(FoldCodePoint(U'A') == U'a');
  CHECK(FoldCodePoint(U'人') == U'人');
  CHECK(FoldCodePoint(U'😀') == U'😀');
  CHECK(ToSimplified(U'A') == U'A');
  CHECK(ToSimplified(U'機') == U'机');
  CHECK(IsTraditionalOnly(U'這'));
  CHECK_FALSE(IsTraditionalOnly(U'这'));
  CHECK(IsSimplifiedOnly(U'这'));
  CHECK_FALSE(IsSimplifiedOnly(U'人'));
  // Folding is idempotent: a key folds to itself.
  const char* texts[] = {"關於這個變化", "OpenAI 發佈 Sora", "組織重整，員工離職"};
  for (const char* t : texts) CHECK(MatchKey(MatchKey(t)) == MatchKey(t));
}

TEST_CASE("Matching key survives invalid UTF-8", "[text]") {
  std::string bad = std::string("AB\xff") + "內";
  CHECK(MatchKey(bad) == "ab\xEF\xBF\xBD内");
}

// MatchKey folds ASCII without the table: both must agree on every byte.
TEST_CASE("Matching key folds ASCII as the table does", "[text]") {
  for (char32_t c = 0; c < 0x80; ++c) {
    INFO(static_cast<int>(c));
    std::string one(1, static_cast<char>(c)), folded;
    AppendUtf8(folded, FoldCodePoint(c));
    CHECK(MatchKey(one) == folded);
  }
}

TEST_CASE("The BMP fold table is FoldCodePoint", "[text]") {
  const char16_t* table = BmpFoldTable();
  int differ = 0;
  for (char32_t cp = 0; cp < 0x10000; ++cp) differ += table[cp] != FoldCodePoint(cp);
  CHECK(differ == 0);
}

// The table skips ICU for the caseless blocks: those stay as they are, and
// cased scripts around them still fold.
TEST_CASE("Caseless blocks fold to themselves, cased scripts still fold", "[text]") {
  for (char32_t cp : {U'㐀', U'中', U'鿿', U'ꀀ', U'한', U'\uE000'}) CHECK(FoldCodePoint(cp) == cp);
  CHECK(FoldCodePoint(U'Ω') == U'ω');
  CHECK(FoldCodePoint(U'Д') == U'д');
  CHECK(FoldCodePoint(U'É') == U'é');
  CHECK(FoldCodePoint(U'Ａ') == U'a');
  CHECK(FoldCodePoint(U'\u3000') == U' ');
  CHECK(FoldCodePoint(U'Ⓐ') == U'ⓐ');  // U+24B6, before the first caseless block
  CHECK(FoldCodePoint(U'Ꙁ') == U'ꙁ');  // U+A640 Cyrillic extended-B, between Yi and Hangul
}
