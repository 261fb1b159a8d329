#include "lexicon/folded_text.h"

#include "common/utf8.h"
#include "text/match_key.h"

namespace news {

namespace {

// The common case of CJK text, decoded inline (the shared decoder is a call
// per character); leaves *pos unchanged for anything else.
char32_t DecodeThreeByte(std::string_view s, size_t* pos) {
  size_t i = *pos;
  if (i + 2 >= s.size()) return 0;
  unsigned char a = s[i], b = s[i + 1], c = s[i + 2];
  if ((a & 0xF0) != 0xE0 || (b & 0xC0) != 0x80 || (c & 0xC0) != 0x80) return 0;
  char32_t cp = (char32_t{a & 0x0Fu} << 12) | (char32_t{b & 0x3Fu} << 6) | (c & 0x3Fu);
  if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;  // overlong or surrogate: let DecodeUtf8 judge
  *pos = i + 3;
  return cp;
}

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

}  // namespace

FoldedText FoldForMatching(std::string_view text) {
  // Written through raw pointers into per-thread scratch buffers sized for
  // the worst case (an invalid byte becomes the 3-byte U+FFFD; no fold grows
  // a character more), then copied out at their real size: the per-byte
  // push_backs cost more than the folding itself, and zero-filling fresh
  // worst-case buffers on every call cost as much again.
  thread_local std::vector<char> key_scratch;
  thread_local std::vector<uint32_t> orig_scratch;
  if (key_scratch.size() < 3 * text.size() + 4) key_scratch.resize(3 * text.size() + 4);
  if (orig_scratch.size() < 3 * text.size() + 5) orig_scratch.resize(3 * text.size() + 5);
  char* key = key_scratch.data();
  uint32_t* orig = orig_scratch.data();
  size_t n = 0, pos = 0;
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {  // ASCII folds to itself or its lower case: no decoding
      key[n] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
      orig[n++] = static_cast<uint32_t>(pos++);
      continue;
    }
    size_t start = pos;
    char32_t cp = DecodeThreeByte(text, &pos);
    if (pos == start) cp = DecodeUtf8(text, &pos);
    size_t len = EncodeUtf8(FoldCodePoint(cp), key + n);
    // Every byte of the folded character points at the start of the original
    // one, so spans never split a code point.
    for (size_t i = 0; i < len; ++i) orig[n + i] = static_cast<uint32_t>(start);
    n += len;
  }
  orig[n] = static_cast<uint32_t>(text.size());
  FoldedText f;
  f.key.assign(key, n);
  f.original.assign(orig, orig + n + 1);
  return f;
}

}  // namespace news
