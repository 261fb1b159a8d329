#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/sentence_splitter.h"

using namespace news;

namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (TextSpan s : SplitSentences(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("Chinese sentences end at 。！？；… and keep their closing quotes", "[text]") {
  struct Case { const char* text; Lines sentences; };
  const Case cases[] = {
      {"OpenAI 宣布重組。研究團隊將併入產品部門！這是真的嗎？",
       {"OpenAI 宣布重組。", "研究團隊將併入產品部門！", "這是真的嗎？"}},
      {"他說：「我們會繼續研究。」隨後離開了會場。", {"他說：「我們會繼續研究。」", "隨後離開了會場。"}},
      {"她表示：『产品优先。』（记者 王明）接着发言。", {"她表示：『产品优先。』", "（记者 王明）接着发言。"}},
      {"他問：「要走嗎？」「不。」", {"他問：「要走嗎？」", "「不。」"}},
      {"研究放緩；產品加速。", {"研究放緩；", "產品加速。"}},
      {"市場在等待……新模型終於來了。", {"市場在等待……", "新模型終於來了。"}},
      {"營收成長3.5%，GPT-4.5 將於下月上線。", {"營收成長3.5%，GPT-4.5 將於下月上線。"}},
      {"好!他说?对;走", {"好!", "他说?", "对;", "走"}},  // NFKC turns ！？；into ASCII
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Sentences(c.text) == c.sentences);
  }
}

TEST_CASE("English sentences respect abbreviations, decimals and versions", "[text]") {
  struct Case { const char* text; Lines sentences; };
  const Case cases[] = {
      {"Dr. Smith joined OpenAI Inc. in May. She left in June.",
       {"Dr. Smith joined OpenAI Inc. in May.", "She left in June."}},
      {"The U.S. Commerce Department agreed. Prices rose 3.5% after GPT-4.5 shipped.",
       {"The U.S. Commerce Department agreed.", "Prices rose 3.5% after GPT-4.5 shipped."}},
      {"He works at Acme Corp. The company makes chips.", {"He works at Acme Corp.", "The company makes chips."}},
      {"Labs (e.g. DeepMind) publish more. \"Really?\" she asked.",
       {"Labs (e.g. DeepMind) publish more.", "\"Really?\" she asked."}},
      {"Version 2.0 is out! Is it good?", {"Version 2.0 is out!", "Is it good?"}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Sentences(c.text) == c.sentences);
  }
}

TEST_CASE("Headings and list lines end at the line break", "[text]") {
  std::string text = "AI 產業週報\n\n- 研究人員離職\n- 新產品發布\nThe week in AI\n  indented line  \n";
  CHECK(Sentences(text) == Lines{"AI 產業週報", "- 研究人員離職", "- 新產品發布", "The week in AI", "indented line"});
}

TEST_CASE("Sentence spans are ordered, trimmed and never empty on odd input", "[text]") {
  const std::string inputs[] = {
      "", "   \n\n  ", "。。。！！", "😀👍🏽 🇹🇼", "שלום עולם. مرحبا بالعالم.", std::string("a\0b. c", 6),
      "bad \xff\xfe bytes. ok", "e\u0301\u0301\u0301.",
  };
  for (const std::string& text : inputs) {
    INFO(text);
    size_t last = 0;
    for (TextSpan s : SplitSentences(text)) {
      CHECK(s.begin >= last);
      CHECK(s.end > s.begin);
      CHECK(s.end <= text.size());
      last = s.end;
    }
  }
  CHECK(Sentences("שלום עולם. مرحبا بالعالم.") == Lines{"שלום עולם.", "مرحبا بالعالم."});
}

TEST_CASE("Load: sentence splitting a 20 MB line", "[text]") {
  std::string text;
  while (text.size() < (20u << 20)) text += "研究團隊發布了新模型。It shipped on Jan. 5 in the U.S. market. ";
  std::vector<TextSpan> spans = SplitSentences(text);
  CHECK(spans.size() > 300000);
  CHECK(spans.back().end <= text.size());
}
