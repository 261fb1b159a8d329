// Script and language of a text: "zh-Hant", "zh-Hans", "en" or "mixed".
// A Chinese text full of English names is still Chinese; Traditional is
// decided by characters that only exist in Traditional, not by vocabulary.
//
//   DetectLanguage("OpenAI 的內部動態") == "zh-Hant"
//
// Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace news {

std::string DetectLanguage(std::string_view utf8);

}  // namespace news
