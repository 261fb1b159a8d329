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

struct Moved {
  size_t read, written;  // bytes
};

// One character at p[pos] (pos < size) folded into out. ASCII goes eight
// bytes at a time while it lasts; a three-byte character that folds to
// itself (most Han characters) is copied as it is.
struct Folder {
  const unsigned char* p;
  size_t size;
  const char16_t* fold = BmpFoldTable();  // three-byte characters are all in the BMP

  Moved Ascii(size_t pos, char* out) const {
    uint64_t w;
    if (pos + 8 <= size && (std::memcpy(&w, p + pos, 8), (w & 0x8080808080808080ULL) == 0)) {
      w = LowerAscii8(w);
      std::memcpy(out, &w, 8);
      return {8, 8};
    }
    unsigned char c = p[pos];
    *out = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return {1, 1};
  }

  Moved Other(size_t pos, char* out) const {
    if (char32_t cp = pos + 2 < size ? ThreeByteCodePoint(p + pos) : 0; cp != 0) {
      if (fold[cp] != cp) return {3, EncodeUtf8(fold[cp], out)};
      std::memcpy(out, p + pos, 3);
      return {3, 3};
    }
    size_t next = pos;  // invalid bytes become U+FFFD
    size_t written = EncodeUtf8(FoldCodePoint(DecodeUtf8(std::string_view(reinterpret_cast<const char*>(p), size), &next)), out);
    return {next - pos, written};
  }
};

}  // namespace

// Written through a raw pointer held in a local (stores through char* may
// alias anything, so members would be reloaded on every byte) into a
// per-thread scratch buffer, then copied out at its real size: zero-filling
// a fresh string on every call cost more than the copy. The buffer holds the
// text plus some slack and grows when a character could overflow it: a fold
// may lengthen a character (U+023A is two bytes, its fold three), never
// beyond four bytes. Only a fold that changes a character's length
// (full-width forms, invalid bytes) records a shift: a per-byte map cost
// four bytes written per byte folded.
FoldedText FoldForMatching(std::string_view text) {
  constexpr size_t kSlack = 16;
  thread_local std::vector<char> scratch;
  if (scratch.size() < text.size() + kSlack) scratch.resize(text.size() + kSlack);
  char* key = scratch.data();
  size_t cap = scratch.size();
  const Folder folder{reinterpret_cast<const unsigned char*>(text.data()), text.size()};
  FoldedText f;
  size_t n = 0, pos = 0;
  while (pos < text.size()) {
    if (n + 8 > cap) {
      scratch.resize(cap * 2 + kSlack);
      key = scratch.data(), cap = scratch.size();
    }
    if (folder.p[pos] < 0x80) {
      Moved m = folder.Ascii(pos, key + n);
      pos += m.read, n += m.written;
      continue;
    }
    Moved m = folder.Other(pos, key + n);
    pos += m.read, n += m.written;
    if (m.read != m.written) f.shifts.push_back({static_cast<uint32_t>(n), static_cast<uint32_t>(pos)});
  }
  f.key.assign(key, n);
  f.original_size = static_cast<uint32_t>(text.size());
  return f;
}

static bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

size_t FoldedText::ToOriginal(size_t key_byte) const {
  size_t k = key_byte;
  while (k > 0 && k < key.size() && IsContinuation(key[k])) --k;  // the start of its character
  auto next = std::upper_bound(shifts.begin(), shifts.end(), k, [](size_t v, const Shift& s) { return v < s.key; });
  if (next == shifts.begin()) return k;
  --next;
  return k - next->key + next->original;
}

size_t FoldedText::ToFolded(size_t byte) const {
  if (byte > original_size) return key.size() + 1;
  auto next = std::upper_bound(shifts.begin(), shifts.end(), byte, [](size_t v, const Shift& s) { return v < s.original; });
  // The characters before the next shift keep their length, but the last of
  // them may not: a byte inside it goes to the next character.
  size_t limit = next == shifts.end() ? key.size() : next->key;
  size_t k = byte;
  if (next != shifts.begin()) k = byte - std::prev(next)->original + std::prev(next)->key;
  k = std::min(k, limit);
  while (k < key.size() && IsContinuation(key[k])) ++k;
  return k;
}

}  // namespace news
