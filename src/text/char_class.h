// Character classes for the tokenizer, on folded code points (see MatchKey).
// Internal to the text layer. Pure functions; thread-safe.
#pragma once

#include <cstdint>

namespace news {

enum class CharClass : uint8_t {
  kSpace,  // white space, control and format characters: never in a token
  kCjk,    // Han, kana, 々, 〇: segmented with the word lists
  kWord,   // letters and digits of other scripts (Latin, Cyrillic, Hangul, ...)
  kSouthEastAsian,  // Thai, Lao, Khmer, Myanmar: no spaces between words; ICU's word break cuts them
  kMark,   // combining marks, ZWJ, variation selectors, emoji modifiers: attach left
  kOther,  // punctuation, symbols, emoji
};

CharClass ClassOf(char32_t cp);

}  // namespace news
