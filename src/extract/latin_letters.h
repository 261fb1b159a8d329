// The letters of a Latin personal name, as the name patterns have always
// classed them (RE2's [A-ZÀ-ÖØ-ÞĀ-ſ] and [a-zß-öø-ÿĀ-ſ]: ASCII, Latin-1 and
// Latin Extended-A; Ā-ſ are in both), and a code point read at a byte
// offset. Shared by the two name scanners (person_patterns.cc after Chinese
// titles, english_title_patterns.cc after English ones).
#pragma once

#include <cstddef>
#include <string_view>

#include "common/utf8.h"

namespace news {

inline bool IsUpperLatin(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x100 && c <= 0x17F);
}

inline bool IsLowerLatin(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) || (c >= 0x100 && c <= 0x17F);
}

// The code point at `pos` (0 at the end; U+FFFD for invalid bytes, as
// DecodeUtf8), and in `next` where the following one starts. ASCII and a
// valid three-byte character (Han text) are decoded inline: names are read
// a character at a time.
inline char32_t PeekUtf8(std::string_view s, size_t pos, size_t* next) {
  *next = pos;
  if (pos >= s.size()) return 0;
  auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  if (byte(pos) < 0x80) {
    *next = pos + 1;
    return byte(pos);
  }
  if ((byte(pos) & 0xF0) == 0xE0 && pos + 2 < s.size() && (byte(pos + 1) & 0xC0) == 0x80 && (byte(pos + 2) & 0xC0) == 0x80) {
    char32_t c = (byte(pos) & 0x0F) << 12 | (byte(pos + 1) & 0x3F) << 6 | (byte(pos + 2) & 0x3F);
    if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {  // else invalid: DecodeUtf8 says how
      *next = pos + 3;
      return c;
    }
  }
  return DecodeUtf8(s, next);
}

}  // namespace news
