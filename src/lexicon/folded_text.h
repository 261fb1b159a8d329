// The matching view of a text: every code point folded by the text stage's
// MatchKey rules (Traditional -> Simplified, case fold), plus a map back to
// the original, so a lexicon hit in the folded text becomes an exact span of
// the original body even when a fold changes a character's UTF-8 length.
//
//   FoldedText f = FoldForMatching(body);
//   size_t begin = f.ToOriginal(hit_begin);  // bytes into body
//   size_t folded_begin = f.ToFolded(sentence.begin);
//
// Pure function; FoldedText is plain data, safe to share across threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace news {

struct FoldedText {
  std::string key;  // folded UTF-8 (always valid, whatever the input)
  // Folding keeps the length of almost every character, so the map is kept
  // as the few places where the offset between key and original changes:
  // from the character starting at key byte shifts[i].key on, a character
  // start k is at k + (shifts[i].original - shifts[i].key) in the original.
  // The end of the key (key.size()) is such a character start too.
  struct Shift {
    uint32_t key = 0, original = 0;
  };
  std::vector<Shift> shifts;
  uint32_t original_size = 0;

  // Original byte offset of the character holding key byte `key_byte`
  // (key.size() gives the original's size).
  size_t ToOriginal(size_t key_byte) const;
  // The first key byte whose character starts at or after original byte
  // `byte` (key.size() for the original's size, key.size() + 1 past it).
  size_t ToFolded(size_t byte) const;
};

FoldedText FoldForMatching(std::string_view text);

}  // namespace news
