#include "lexicon/folded_text.h"

#include <algorithm>
#include <cstring>

#include "common/utf8.h"
#include "text/match_key.h"

namespace news {

namespace {

size_t EncodeUtf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

// Lower-cases eight ASCII bytes at once. Each byte is < 0x80, so the sums
// never carry into the next byte.
inline uint64_t LowerAscii8(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  uint64_t at_least_a = w + (0x80 - 'A') * kOnes, above_z = w + (0x80 - 'Z' - 1) * kOnes;
  return w | ((at_least_a & ~above_z & kHigh) >> 2);  // 0x80 >> 2 == 'a' - 'A'
}

// A well-formed three-byte character at p[0..2] (CJK, full-width forms,
// punctuation), or 0 for anything else, overlong forms and surrogates included.
inline char32_t ThreeByteAt(const unsigned char* p) {
  if ((p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
  char32_t cp = (char32_t{p[0] & 0x0Fu} << 12) | (char32_t{p[1] & 0x3Fu} << 6) | (p[2] & 0x3Fu);
  return cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) ? 0 : cp;
}

}  // namespace

// Written through raw pointers held in locals (stores through char* may alias
// anything, so members would be reloaded on every byte) into per-thread
// scratch buffers, then copied out at their real size: zero-filling fresh
// buffers on every call cost more than the copy. The buffers hold the text
// plus some slack and grow when a character could overflow them: a fold may
// lengthen a character (U+023A is two bytes, its fold three), never beyond
// four bytes. ASCII goes eight bytes at a time.
FoldedText FoldForMatching(std::string_view text) {
  constexpr size_t kSlack = 16;
  thread_local std::vector<char> key_scratch;
  thread_local std::vector<uint32_t> orig_scratch;
  size_t cap = text.size() + kSlack;
  if (key_scratch.size() < cap) key_scratch.resize(cap);
  if (orig_scratch.size() < cap + 1) orig_scratch.resize(cap + 1);
  cap = std::min(key_scratch.size(), orig_scratch.size() - 1);
  char* key = key_scratch.data();
  uint32_t* orig = orig_scratch.data();
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t n = 0, pos = 0;
  while (pos < size) {
    if (n + 8 > cap) {
      cap = cap * 2 + kSlack;
      key_scratch.resize(cap);
      orig_scratch.resize(cap + 1);
      key = key_scratch.data();
      orig = orig_scratch.data();
    }
    unsigned char c = p[pos];
    if (c < 0x80) {
      uint64_t w;
      if (pos + 8 <= size && (std::memcpy(&w, p + pos, 8), (w & 0x8080808080808080ULL) == 0)) {
        w = LowerAscii8(w);
        std::memcpy(key + n, &w, 8);
        for (uint32_t k = 0; k < 8; ++k) orig[n + k] = static_cast<uint32_t>(pos) + k;
        n += 8, pos += 8;
      } else {
        key[n] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        orig[n++] = static_cast<uint32_t>(pos++);
      }
      continue;
    }
    // Every byte of the folded character points at the start of the original
    // one, so spans never split a code point.
    uint32_t start = static_cast<uint32_t>(pos);
    char32_t cp = pos + 2 < size ? ThreeByteAt(p + pos) : 0;
    char32_t folded;
    if (cp != 0) {
      folded = FoldCodePoint(cp);
      pos += 3;
      if (folded == cp) {  // most Han characters: copied as they are
        key[n] = static_cast<char>(p[start]), key[n + 1] = static_cast<char>(p[start + 1]);
        key[n + 2] = static_cast<char>(p[start + 2]);
        orig[n] = orig[n + 1] = orig[n + 2] = start;
        n += 3;
        continue;
      }
    } else {
      size_t next = pos;  // a copy: pos stays in a register
      folded = FoldCodePoint(DecodeUtf8(text, &next));  // invalid bytes become U+FFFD
      pos = next;
    }
    size_t len = EncodeUtf8(folded, key + n);
    for (size_t k = 0; k < len; ++k) orig[n + k] = start;
    n += len;
  }
  orig[n] = static_cast<uint32_t>(size);
  FoldedText f;
  f.key.assign(key, n);
  f.original.assign(orig, orig + n + 1);
  return f;
}

}  // namespace news
