// A string-keyed table for the sentiment lexicons: open addressing over one
// flat array of (hash, index) slots, a power-of-two size kept under half
// full, and a multiply-mix hash that reads eight bytes at a time. A lookup
// allocates nothing and usually touches one slot and one key. The scanner
// looks up every candidate phrase of every sentence, and std::unordered_map
// (a modulo, a bucket and a node per lookup) was over a third of the CPU of
// `newsminer sentiment`.
//
//   TermTable<LexEntry> t;
//   t.Insert("revenue").metric = 1;
//   const LexEntry* e = t.Find("revenue");   // nullptr when absent
//
// Pointers returned by Find() stay valid until the next Insert(). Find() on
// a table nobody inserts into is safe to call from several threads.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace news {

// 64-bit hash of a short string; not for adversarial input (keys are lexicon terms).
inline uint64_t TermHash(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xff51afd7ed558ccdull);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  uint64_t w = 0;
  std::memcpy(&w, p, n);
  h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 29;
  h *= 0xff51afd7ed558ccdull;
  return h ^ (h >> 32);
}

template <typename Value>
class TermTable {
 public:
  // The value for `key`, inserted value-initialised when absent.
  Value& Insert(std::string_view key) {
    if ((keys_.size() + 1) * 2 > slots_.size()) Rehash(slots_.empty() ? 64 : slots_.size() * 2);
    uint64_t h = TermHash(key);
    size_t i = Probe(key, h);
    if (slots_[i].index == 0) {
      keys_.emplace_back(key);
      values_.emplace_back();
      slots_[i] = {h, static_cast<uint32_t>(keys_.size())};
    }
    return values_[slots_[i].index - 1];
  }

  const Value* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    size_t i = Probe(key, TermHash(key));
    return slots_[i].index == 0 ? nullptr : &values_[slots_[i].index - 1];
  }

  size_t size() const { return keys_.size(); }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t index = 0;  // 1-based into keys_/values_; 0 = empty
  };

  // The slot holding `key`, or the empty slot where it would go.
  size_t Probe(std::string_view key, uint64_t h) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.index == 0 || (s.hash == h && keys_[s.index - 1] == key)) return i;
    }
  }

  void Rehash(size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    for (const Slot& s : old) {
      if (s.index == 0) continue;
      size_t i = s.hash & (capacity - 1);
      while (slots_[i].index != 0) i = (i + 1) & (capacity - 1);
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string> keys_;
  std::vector<Value> values_;
};

}  // namespace news
