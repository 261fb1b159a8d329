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

}  // namespace

// Written through a raw pointer held in a local (stores through char* may
// alias anything, so members would be reloaded on every byte) into a
// per-thread scratch buffer, then copied out at its real size: zero-filling
// a fresh string on every call cost more than the copy. The buffer holds the
// text plus some slack and grows when a character could overflow it: a fold
// may lengthen a character (U+023A is two bytes, its fold three), never
// beyond four bytes. ASCII goes eight bytes at a time. Only a fold that
// changes a character's length (full-width forms, invalid bytes) records a
// shift: a per-byte map cost four bytes written per byte folded.
FoldedText FoldForMatching(std::string_view text) {
  constexpr size_t kSlack = 16;
  thread_local std::vector<char> scratch;
  size_t cap = text.size() + kSlack;
  if (scratch.size() < cap) scratch.resize(cap);
  cap = scratch.size();
  char* key = scratch.data();
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  const char16_t* fold = BmpFoldTable();  // three-byte characters are all in the BMP
  FoldedText f;
  int64_t shift = 0;  // original offset minus key offset at the current character
  size_t n = 0, pos = 0;
  while (pos < size) {
    if (n + 8 > cap) {
      cap = cap * 2 + kSlack;
      scratch.resize(cap);
      key = scratch.data();
    }
    unsigned char c = p[pos];
    if (c < 0x80) {
      uint64_t w;
      if (pos + 8 <= size && (std::memcpy(&w, p + pos, 8), (w & 0x8080808080808080ULL) == 0)) {
        w = LowerAscii8(w);
        std::memcpy(key + n, &w, 8);
        n += 8, pos += 8;
      } else {
        key[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        ++pos;
      }
      continue;
    }
    char32_t cp = pos + 2 < size ? ThreeByteCodePoint(p + pos) : 0;
    char32_t folded;
    if (cp != 0) {
      folded = fold[cp];
      if (folded == cp) {  // most Han characters: copied as they are
        std::memcpy(key + n, p + pos, 3);
        n += 3, pos += 3;
        continue;
      }
      pos += 3;
    } else {
      size_t next = pos;  // a copy: pos stays in a register
      folded = FoldCodePoint(DecodeUtf8(text, &next));  // invalid bytes become U+FFFD
      pos = next;
    }
    n += EncodeUtf8(folded, key + n);
    if (static_cast<int64_t>(pos) - static_cast<int64_t>(n) != shift) {
      shift = static_cast<int64_t>(pos) - static_cast<int64_t>(n);
      f.shifts.push_back({static_cast<uint32_t>(n), static_cast<uint32_t>(pos)});
    }
  }
  f.key.assign(key, n);
  f.original_size = static_cast<uint32_t>(size);
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
