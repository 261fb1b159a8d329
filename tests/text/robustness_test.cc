#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "common/utf8.h"
#include "test_support.h"
#include "text/language.h"
#include "text/match_key.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

using namespace news;

// Random mixtures of the fragments real and broken input is made of; every
// function of the text layer must keep its invariants on all of them.
TEST_CASE("Text layer keeps its invariants on random mixed input", "[text]") {
  const std::string fragments[] = {
      "大型語言模型", "生成式人工智能", "OpenAI", "GPT-4.5", " ", "\n", "\r\n", "\t", "。", "！", "」", "『",
      "…", "3.5%", "https://x.org/a", "a@b.co", "U.S.", "Dr.", "😀", "👍🏽", "\u200d", "\u0301", "שלום",
      "مرحبا", std::string(1, '\0'), "\xff", "\xe4\xb8", "\xf0\x9f", "\xc0\xaf", "ＧＰＴ", "\u3000", "\ufeff",
      "\u202e", "；", ".", "...", "(", ")", "“", "”", "0", "2026-02-14"};
  auto tokenizer = Tokenizer::Create({news::testing::SourcePath("lexicons"), "", ""});
  REQUIRE(tokenizer.ok());
  std::mt19937 rng(20260214);
  std::uniform_int_distribution<size_t> pick(0, std::size(fragments) - 1), count(0, 60);
  for (int round = 0; round < 400; ++round) {
    std::string text;
    for (size_t n = count(rng); n > 0; --n) text += fragments[pick(rng)];
    INFO(text);

    size_t last = 0;
    bool tokens_ok = true;
    for (const Token& t : (*tokenizer)->Tokenize(text)) {
      std::string_view tok = std::string_view(text).substr(t.begin, t.end - t.begin);
      tokens_ok = tokens_ok && t.begin >= last && t.end > t.begin && t.end <= text.size() &&
                  tok.find_first_of(std::string(" \t\r\n\0", 5)) == std::string_view::npos;
      last = t.end;
    }
    CHECK(tokens_ok);

    last = 0;
    for (TextSpan s : SplitSentences(text)) {
      CHECK((s.begin >= last && s.end > s.begin && s.end <= text.size()));
      last = s.end;
    }

    NormalizeStats stats;
    std::string norm = NormalizeText(text, &stats);
    CHECK(IsValidUtf8(norm));
    CHECK(norm.find('\0') == std::string::npos);
    CHECK(NormalizeText(norm) == norm);  // idempotent
    CHECK(CountCodePoints(MatchKey(norm)) == CountCodePoints(norm));
    std::string lang = DetectLanguage(norm);
    CHECK((lang == "zh-Hant" || lang == "zh-Hans" || lang == "en" || lang == "mixed"));
  }
}
