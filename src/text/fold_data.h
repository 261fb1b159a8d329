// Tables generated at build time from ICU's Hant-Hans transliterator by
// tools/gen/gen_text_data.cc (see cmake/wordlist.cmake). Internal to the
// text layer: use MatchKey/FoldCodePoint and DetectLanguage instead.
#pragma once

#include <cstddef>

namespace news {

struct FoldPair {
  char32_t traditional;
  char32_t simplified;
};

// Sorted by `traditional`; each maps one Han code point to one other.
extern const FoldPair kFoldPairs[];
extern const size_t kFoldPairCount;

// Sorted; Traditional characters that Simplified text does not use (folded,
// and not in GB2312), and the reverse (changed by Hans-Hant, not in Big5).
extern const char32_t kTraditionalOnly[];
extern const size_t kTraditionalOnlyCount;
extern const char32_t kSimplifiedOnly[];
extern const size_t kSimplifiedOnlyCount;

}  // namespace news
