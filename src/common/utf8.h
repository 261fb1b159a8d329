// UTF-8 helpers shared by every stage: decoding one code point, repairing
// invalid input, and converting the library's byte offsets into the code
// point offsets that DESIGN.md's JSON promises.
//
//   size_t bad = 0;
//   std::string clean = SanitizeUtf8(raw, &bad);   // invalid bytes -> U+FFFD
//   CodePointIndex idx(body);
//   int cp = idx.ToCodePoints(byte_offset);
//
// Pure functions; CodePointIndex is immutable after construction and safe to
// share across threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace news {

constexpr uint32_t kReplacementChar = 0xFFFD;

void AppendUtf8(std::string& out, uint32_t cp);

// Decodes the code point starting at s[*pos] and advances *pos. An invalid or
// truncated sequence yields kReplacementChar and advances by one byte.
uint32_t DecodeUtf8(std::string_view s, size_t* pos);

// The code point of a well-formed three-byte character at p[0..2] (CJK,
// full-width forms, punctuation: most non-ASCII text), or 0 for anything
// else, overlong forms and surrogates included. The caller checks that three
// bytes are there.
inline char32_t ThreeByteCodePoint(const unsigned char* p) {
  if ((p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
  char32_t cp = (char32_t{p[0] & 0x0Fu} << 12) | (char32_t{p[1] & 0x3Fu} << 6) | (p[2] & 0x3Fu);
  return cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) ? 0 : cp;
}

bool IsValidUtf8(std::string_view s);

// Replaces every invalid sequence with U+FFFD; counts them in *invalid.
std::string SanitizeUtf8(std::string_view s, size_t* invalid = nullptr);

size_t CountCodePoints(std::string_view s);

// Byte offset -> code point offset for one string, in O(log n) per lookup.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view s);
  // `byte` must fall on a code point boundary or at s.size().
  size_t ToCodePoints(size_t byte) const;

 private:
  std::vector<uint32_t> checkpoints_;  // code point count at every 64th byte
  std::string_view s_;
};

// Truncates to at most max_bytes without cutting a code point in half.
std::string_view TruncateUtf8(std::string_view s, size_t max_bytes);

}  // namespace news
