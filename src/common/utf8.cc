#include "common/utf8.h"

namespace news {

void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

uint32_t DecodeUtf8(std::string_view s, size_t* pos) {
  size_t i = *pos;
  unsigned char c = s[i];
  if (c < 0x80) { *pos = i + 1; return c; }
  int len = 0;
  uint32_t cp = 0, min = 0;
  if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
  else { *pos = i + 1; return kReplacementChar; }
  if (i + len > s.size()) { *pos = i + 1; return kReplacementChar; }
  for (int k = 1; k < len; ++k) {
    unsigned char cc = s[i + k];
    if ((cc & 0xC0) != 0x80) { *pos = i + 1; return kReplacementChar; }
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *pos = i + 1;
    return kReplacementChar;
  }
  *pos = i + len;
  return cp;
}

// A real U+FFFD in the input is three bytes EF BF BD; anything decoding to
// the replacement char in fewer steps than that was invalid.
static bool DecodedCleanly(std::string_view s, size_t start, size_t end, uint32_t cp) {
  return cp != kReplacementChar || (end - start == 3 && s.substr(start, 3) == "\xEF\xBF\xBD");
}

bool IsValidUtf8(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    uint32_t cp = DecodeUtf8(s, &pos);
    if (!DecodedCleanly(s, start, pos, cp)) return false;
  }
  return true;
}

std::string SanitizeUtf8(std::string_view s, size_t* invalid) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0, bad = 0;
  while (pos < s.size()) {
    size_t start = pos;
    uint32_t cp = DecodeUtf8(s, &pos);
    if (!DecodedCleanly(s, start, pos, cp)) ++bad;
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (DecodedCleanly(s, start, pos, cp)) out.append(s.substr(start, pos - start));
    else AppendUtf8(out, kReplacementChar);
  }
  if (invalid) *invalid = bad;
  return out;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

CodePointIndex::CodePointIndex(std::string_view s) : s_(s) {
  uint32_t count = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i % 64 == 0) checkpoints_.push_back(count);
    count += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  }
}

size_t CodePointIndex::ToCodePoints(size_t byte) const {
  if (byte > s_.size()) byte = s_.size();
  size_t block = byte / 64;
  if (block >= checkpoints_.size()) return CountCodePoints(s_);
  size_t n = checkpoints_[block];
  for (size_t i = block * 64; i < byte; ++i) n += (static_cast<unsigned char>(s_[i]) & 0xC0) != 0x80;
  return n;
}

std::string_view TruncateUtf8(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

}  // namespace news
