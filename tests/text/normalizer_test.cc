#include <catch2/catch.hpp>

#include <string>

#include "common/utf8.h"
#include "text/normalizer.h"

using namespace news;

TEST_CASE("Normalisation folds width, drops invisible characters and tidies white space", "[text]") {
  struct Case { std::string in, out; };
  const Case cases[] = {
      {"ＯｐｅｎＡＩ　發布ＧＰＴ－５", "OpenAI 發布GPT-5"},           // full-width Latin, ideographic space
      {"模型，真的！？", "模型,真的!?"},                                  // NFKC folds full-width punctuation
      {"大型語言模型\u200b與\u200d對齊\ufeff", "大型語言模型與對齊"},      // zero-width characters
      {"soft\u00adhyphen and\u202e bidi", "softhyphen and bidi"},
      {"line one\r\nline two\rline three", "line one\nline two\nline three"},
      {"para one\r\n\r\n\r\n\r\npara two", "para one\n\npara two"},
      {"  too   many\t\tspaces  \n  indented ", "too many spaces\nindented"},
      {"研究员\u2028产品经理", "研究员\n产品经理"},
      {"ﬁnancial ①", "financial 1"},
      {"café", "café"},                                                  // NFC composition
      {"", ""},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(NormalizeText(c.in) == c.out);
  }
}

TEST_CASE("Normalisation repairs and counts bad input", "[text]") {
  NormalizeStats stats;
  std::string out = NormalizeText(std::string("AI\0\x01模型\xff\xfe.", 13), &stats);
  CHECK(out == "AI模型\xEF\xBF\xBD\xEF\xBF\xBD.");
  CHECK(stats.invalid_utf8 == 2);
  CHECK(stats.removed_controls == 2);
  CHECK(IsValidUtf8(out));

  CHECK(NormalizeText("😀👍🏽 שלום עולם") == "😀👍🏽 שלום עולם");
  CHECK(NormalizeText("，。！？……") == ",。!?......");
  std::string big(5u << 20, 'a');
  CHECK(NormalizeText(big).size() == big.size());
}
