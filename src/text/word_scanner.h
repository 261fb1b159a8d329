// The rules that keep Latin-script tokens whole: words with inner joiners
// (OpenAI's, state-of-the-art), model names (GPT-4.5, Llama-4, DALL-E 3),
// numbers with decimals, thousands, units and percent signs (3.5%, 1,000,
// 5GB), dates and times (2026-02-14, 10:30), URLs, e-mail addresses, and
// abbreviations with their final dot (U.S., e.g., Inc.). Internal to the text
// layer; the sentence splitter shares the abbreviation list.
//
//   size_t end = ScanWord(text, 0);   // text.folded[0, end) is one token
//
// Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string_view>

namespace news {

// A run of decoded code points: `folded` (MatchKey's fold, lower case) and
// `original` (as written), same length.
struct CodePoints {
  const char32_t* folded = nullptr;
  const char32_t* original = nullptr;
  size_t size = 0;
};

// End of the token that starts at `i`, where folded[i] is a letter or digit
// (CharClass::kWord). Always > i.
size_t ScanWord(const CodePoints& text, size_t i);

// True for a word (lower case, without its dot) that is usually followed by
// an abbreviation dot that does not end a sentence: "inc", "dr", "e.g", "u.s".
bool IsAbbreviation(std::u32string_view lower_word);

}  // namespace news
