// The matching view of a text: every code point folded by the text stage's
// MatchKey rules (Traditional -> Simplified, case fold), plus a byte map back
// to the original, so a lexicon hit in the folded text becomes an exact span
// of the original body even when a fold changes a character's UTF-8 length.
//
//   FoldedText f = FoldForMatching(body);
//   size_t begin = f.ToOriginal(hit_begin);  // bytes into body
//
// Pure function; FoldedText is plain data, safe to share across threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace news {

struct FoldedText {
  std::string key;                 // folded UTF-8
  std::vector<uint32_t> original;  // key byte offset -> original byte offset (size key.size() + 1)

  size_t ToOriginal(size_t key_byte) const { return original[key_byte]; }
};

FoldedText FoldForMatching(std::string_view text);

}  // namespace news
