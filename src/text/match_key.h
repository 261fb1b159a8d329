// The matching key: text folded from Traditional to Simplified Chinese and
// case-folded, so that a lexicon entry in one script matches text in the
// other. The fold maps each code point to exactly one code point, so a match
// at code point i of the key is at code point i of the original.
//
//   MatchKey("OpenAI 內部動態") == "openai 内部动态"
//
// Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace news {

std::string MatchKey(std::string_view utf8);

// Folds one code point (Traditional -> Simplified, then simple case fold).
char32_t FoldCodePoint(char32_t cp);

}  // namespace news
