// Word lists for the segmenter, keyed on folded text (see MatchKey): the
// general list compiled at build time (newsminer-words.bin, mapped into
// memory, so opening it costs a few page faults, not a load) and a small
// in-memory overlay of project and user terms. Internal to the text layer.
//
//   StatusOr<WordTable> t = WordTable::Open(WordTable::DefaultPath());
//   WordTable::Entry e = t->FindFirst(U'大');     // e.known: prefix or word; e.cost >= 0: word
//   uint64_t h = WordHashStep(kWordHashSeed, U'大');
//   for (char32_t c : U"型语言模型") e = t->Find(h = WordHashStep(h, c));
//
// Immutable after construction (AddTerm is for setup only); safe to share
// across threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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

  // The entry for the string whose hash is `hash` (see WordHashStep).
  Entry Find(uint64_t hash) const { return WithOverlay(hash, FindCompiled(hash)); }

  // The entry for the one-character string `cp` (the same as Find of its
  // hash, from a direct table for the Basic Multilingual Plane).
  Entry FindFirst(char32_t cp) const {
    uint64_t h = WordHashStep(kWordHashSeed, cp);
    if (cp >= kFirstTableSize) return Find(h);
    int32_t v = first_[cp];
    return WithOverlay(h, v == kAbsent ? Entry{} : Entry{true, v});
  }

  // Cost of a character that is in no list.
  int32_t unknown_cost() const { return unknown_cost_; }
  size_t word_count() const;

 private:
  struct Mapping;
  Entry FindCompiled(uint64_t hash) const {
    uint32_t check = WordCheck(hash);
    for (uint64_t i = WordSlot(hash, mask_);; i = (i + 1) & mask_) {
      if (slots_[i].check == check) return {true, slots_[i].value};
      if (slots_[i].check == 0) return {};
    }
  }

  // Terms are few: a bit filter answers "not a term" without hashing twice.
  Entry WithOverlay(uint64_t hash, Entry e) const {
    if (overlay_.empty() || !(overlay_filter_[(hash >> 40) & (kFilterWords - 1)] >> (hash & 63) & 1)) return e;
    auto it = overlay_.find(hash);
    if (it == overlay_.end()) return e;
    return {true, it->second >= 0 ? it->second : e.cost};
  }

  static constexpr uint64_t kFilterWords = 4096;  // 64-bit words in the filter: 32 KiB

  std::shared_ptr<Mapping> mapping_;  // keeps the file mapped
  const WordSlotEntry* slots_ = nullptr;
  const int32_t* first_ = nullptr;
  uint64_t mask_ = 0;
  int32_t unknown_cost_ = 0;
  std::unordered_map<uint64_t, int32_t> overlay_;  // folded term hash -> cost or kPrefixOnly
  std::vector<uint64_t> overlay_filter_ = std::vector<uint64_t>(kFilterWords);
};

}  // namespace news
