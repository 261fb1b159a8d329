// Terminal display width of UTF-8 text: CJK ideographs, kana, Hangul and
// full-width forms take two columns, combining marks and zero-width
// characters none, everything else one. Used to align tables that mix
// Chinese and English. (The ranges follow Unicode's East Asian Width
// property, Wide and Fullwidth; no ICU needed for this.)
//
//   DisplayWidth("OpenAI 研究")          == 11
//   FitToWidth("研究人員離職", 7)        == "研究人…"   (6 + 1 columns)
//   PadToWidth("研究", 6)                == "研究  "
//
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace news {

int CodePointWidth(char32_t cp);
int DisplayWidth(std::string_view utf8);

// Cuts to at most `width` columns, ending in "…" when something was cut.
// Newlines and tabs become spaces.
std::string FitToWidth(std::string_view utf8, int width);

// FitToWidth, then spaces up to exactly `width` columns.
std::string PadToWidth(std::string_view utf8, int width);

}  // namespace news
