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
  if (pos + 2 < s.size()) {
    if (char32_t c = ThreeByteCodePoint(reinterpret_cast<const unsigned char*>(s.data()) + pos)) {
      *next = pos + 3;
      return c;
    }
  }
  return DecodeUtf8(s, next);  // other lengths, and invalid bytes as DecodeUtf8 reads them
}

}  // namespace news
