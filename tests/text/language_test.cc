#include <catch2/catch.hpp>

#include "text/language.h"

using namespace news;

TEST_CASE("Language and script of documents and sentences", "[text]") {
  struct Case { const char* text; const char* lang; };
  const Case cases[] = {
      {"OpenAI 的內部動態引起外界關注。", "zh-Hant"},
      {"OpenAI 的内部动态引起外界关注。", "zh-Hans"},
      // Hong Kong Traditional writes 人工智能 but is still Traditional.
      {"香港的人工智能公司表示，這個模型將於明年推出。", "zh-Hant"},
      // A Chinese sentence full of English names is still Chinese.
      {"OpenAI 執行長 Sam Altman 表示，GPT-5 與 ChatGPT Enterprise 將整合。", "zh-Hant"},
      {"Google DeepMind 和 Anthropic 发布了新的 Claude 与 Gemini 模型。", "zh-Hans"},
      {"OpenAI announced a new model on Tuesday, its chief executive said.", "en"},
      {"The startup, known in Chinese as 深度求索, released DeepSeek-V3 and a long technical report.", "en"},
      {"Sora 视频生成模型 launched today in the US market", "mixed"},
      {"一句话", "zh-Hans"},
      {"", "en"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(DetectLanguage(c.text) == c.lang);
  }
}

TEST_CASE("A sentence without script evidence takes the document's language", "[text]") {
  CHECK(DetectLanguage("人工智能", "zh-Hant") == "zh-Hant");
  CHECK(DetectLanguage("人工智能", "zh-Hans") == "zh-Hans");
  CHECK(DetectLanguage("……！", "zh-Hant") == "zh-Hant");
  CHECK(DetectLanguage("2026", "en") == "en");
  CHECK(DetectLanguage("這是繁體", "zh-Hans") == "zh-Hant");  // evidence beats the hint
}
