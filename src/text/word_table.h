// Word lists for the segmenter, keyed on folded text (see MatchKey): the
// general list compiled at build time (newsminer-words.bin, mapped into
// memory, so opening it costs a few page faults, not a load) and a small
// in-memory overlay of project and user terms. Internal to the text layer.
//
//   StatusOr<WordTable> t = WordTable::Open(WordTable::DefaultPath());
//   uint64_t h = kWordHashSeed;
//   for (char32_t c : U"大型语言模型") {
//     h = WordHashStep(h, c);
//     WordTable::Entry e = t->Find(h);   // e.known: prefix or word; e.cost >= 0: word
//   }
//
// Immutable after construction (AddTerm is for setup only); safe to share
// across threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/status.h"
#include "text/word_table_format.h"

namespace news {

class WordTable {
 public:
  struct Entry {
    bool known = false;  // a word or the start of one
    int32_t cost = -1;   // word cost (kCostScale units), -1 for a prefix only
  };

  // Maps the compiled list at `path`; kIoError when it is missing, kDataError
  // when it is not a word table.
  static StatusOr<WordTable> Open(const std::string& path);

  // The compiled list next to the running binary, else where the build or
  // the installation put it (first that exists; the build path if none).
  static std::string DefaultPath();

  // Adds a term (any script; folded here) with a low cost so that it comes
  // out whole. Terms longer than kMaxWordLength code points are ignored.
  void AddTerm(std::string_view utf8);

  Entry Find(uint64_t hash) const {
    Entry e = FindCompiled(hash);
    if (overlay_.empty()) return e;
    auto it = overlay_.find(hash);
    if (it == overlay_.end()) return e;
    return {true, it->second >= 0 ? it->second : e.cost};
  }

  // Cost of a character that is in no list.
  int32_t unknown_cost() const { return unknown_cost_; }
  size_t word_count() const;

 private:
  struct Mapping;
  Entry FindCompiled(uint64_t hash) const {
    for (uint64_t i = WordSlot(hash, mask_);; i = (i + 1) & mask_) {
      uint64_t k = keys_[i];
      if (k == WordKey(hash)) return {true, values_[i]};
      if (k == 0) return {};
    }
  }

  std::shared_ptr<Mapping> mapping_;  // keeps the file mapped
  const uint64_t* keys_ = nullptr;
  const int32_t* values_ = nullptr;
  uint64_t mask_ = 0;
  int32_t unknown_cost_ = 0;
  std::unordered_map<uint64_t, int32_t> overlay_;  // folded term hash -> cost or kPrefixOnly
};

}  // namespace news
