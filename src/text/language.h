// Script and language of a text: "zh-Hant", "zh-Hans", "en" or "mixed".
//
//   DetectLanguage("OpenAI 的內部動態") == "zh-Hant"
//   DetectLanguage("香港的人工智能公司表示，這個模型") == "zh-Hant"
//   DetectLanguage("一句话") == "zh-Hans"
//   DetectLanguage("人工智能", "zh-Hant") == "zh-Hant"   // no evidence: the hint
//
// Chinese versus English compares Han characters with Latin letters, one Han
// character weighing about as much as a four-letter word (Chinese when Han
// x 4 >= letters, English when Han x 10 <= letters, "mixed" between), so a Chinese
// article full of English names is still Chinese. Traditional versus
// Simplified counts characters that exist in only one script (the table is
// derived from ICU's Hant-Hans transliterator, see match_key.h), not
// vocabulary: Hong Kong Traditional that writes 人工智能 is still Traditional.
//
// Text with neither Han nor Latin letters, and Chinese text without a single
// script-specific character, gets `hint` when it is given (the document's
// language, for a sentence), else "en" and "zh-Hans" respectively.
// Pure function; thread-safe; never fails.
#pragma once

#include <string>
#include <string_view>

namespace news {

std::string DetectLanguage(std::string_view utf8, std::string_view hint = "");

}  // namespace news
