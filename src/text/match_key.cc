#include "text/match_key.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "common/utf8.h"
#include "text/fold_data.h"

namespace news {
namespace {

// The fold of one BMP code point before the Traditional -> Simplified pairs:
// full-width ASCII and the ideographic space to ASCII, then case folding.
char16_t WidthAndCaseFold(uint32_t cp) {
  uint32_t c = cp;
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // full-width ASCII
  if (c == 0x3000) c = ' ';
  UChar32 f = u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT);
  return (f >= 0xD800 && f <= 0xDFFF) || f > 0xFFFF ? static_cast<char16_t>(c) : static_cast<char16_t>(f);
}

// Blocks without letter case, which u_foldCase leaves as they are: CJK
// ideographs (and extension A), Yi, Hangul syllables, surrogates and private
// use. Filling them directly skips 48k of the 64k ICU calls, which were most
// of building the table (once per process).
constexpr std::pair<uint32_t, uint32_t> kCaseless[] = {
    {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA48C}, {0xAC00, 0xD7A3}, {0xD800, 0xF8FF}};

// Fold results for the whole Basic Multilingual Plane, computed once from the
// generated pairs and ICU's case folding: the tokenizer folds every character
// it reads, so this must be one array access.
struct BmpFold {
  std::vector<char16_t> fold;
  std::vector<uint8_t> script;  // bit 0: Traditional-only, bit 1: Simplified-only

  BmpFold() : fold(0x10000), script(0x10000, 0) {
    uint32_t cp = 0;
    for (const auto& [first, last] : kCaseless) {
      for (; cp < first; ++cp) fold[cp] = WidthAndCaseFold(cp);
      for (; cp <= last; ++cp) fold[cp] = static_cast<char16_t>(cp);
    }
    for (; cp < 0x10000; ++cp) fold[cp] = WidthAndCaseFold(cp);
    for (size_t i = 0; i < kFoldPairCount; ++i) {
      const FoldPair& p = kFoldPairs[i];
      if (p.traditional < 0x10000 && p.simplified < 0x10000) fold[p.traditional] = static_cast<char16_t>(p.simplified);
    }
    for (size_t i = 0; i < kTraditionalOnlyCount; ++i)
      if (kTraditionalOnly[i] < 0x10000) script[kTraditionalOnly[i]] |= 1;
    for (size_t i = 0; i < kSimplifiedOnlyCount; ++i)
      if (kSimplifiedOnly[i] < 0x10000) script[kSimplifiedOnly[i]] |= 2;
  }
};

const BmpFold& Bmp() {
  static const BmpFold* table = new BmpFold();  // never destroyed: used until exit
  return *table;
}

const FoldPair* FindPair(char32_t cp) {
  const FoldPair* end = kFoldPairs + kFoldPairCount;
  const FoldPair* it = std::lower_bound(kFoldPairs, end, cp,
                                        [](const FoldPair& p, char32_t c) { return p.traditional < c; });
  return it != end && it->traditional == cp ? it : nullptr;
}

}  // namespace

const char16_t* BmpFoldTable() { return Bmp().fold.data(); }

char32_t FoldCodePoint(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
  if (cp < 0x10000) return Bmp().fold[cp];
  const FoldPair* p = FindPair(cp);
  if (p) return p->simplified;
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
}

char32_t ToSimplified(char32_t cp) {
  const FoldPair* p = FindPair(cp);
  return p ? p->simplified : cp;
}

bool IsTraditionalOnly(char32_t cp) {
  if (cp < 0x10000) return Bmp().script[cp] & 1;
  return std::binary_search(kTraditionalOnly, kTraditionalOnly + kTraditionalOnlyCount, cp);
}

bool IsSimplifiedOnly(char32_t cp) {
  if (cp < 0x10000) return Bmp().script[cp] & 2;
  return std::binary_search(kSimplifiedOnly, kSimplifiedOnly + kSimplifiedOnlyCount, cp);
}

// ASCII folds only A-Z (the table agrees: tested), so it skips the decode,
// table and encode steps that cost ~40 instructions a byte; keys and
// headlines are mostly ASCII. A three-byte character that folds to itself
// (most Han characters) is copied as it is.
std::string MatchKey(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  const unsigned char* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const char16_t* fold = BmpFoldTable();
  size_t pos = 0;
  while (pos < utf8.size()) {
    char c = utf8[pos];
    if (static_cast<unsigned char>(c) < 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      ++pos;
      continue;
    }
    if (char32_t cp = pos + 2 < utf8.size() ? ThreeByteCodePoint(p + pos) : 0; cp != 0 && fold[cp] == cp) {
      out.append(utf8.data() + pos, 3);
      pos += 3;
      continue;
    }
    AppendUtf8(out, FoldCodePoint(DecodeUtf8(utf8, &pos)));
  }
  return out;
}

}  // namespace news
