// A byte-level Aho–Corasick automaton: finds every occurrence of a set of
// keys in one left-to-right pass, overlapping ones included. The lexicon
// matcher feeds it MatchKey-folded aliases and folded article text; the
// caller decides which hits survive (boundaries, longest match, context).
//
//   AhoCorasick ac;
//   int openai = ac.Add("openai");
//   ac.Build();
//   std::vector<AhoCorasick::Hit> hits;
//   ac.FindAll("openai 与 google", &hits);   // {0, 6, openai}
//
// Add() after Build() is not allowed (returns -1). FindAll() is const and
// safe to call from several threads once built.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace news {

class AhoCorasick {
 public:
  struct Hit {
    size_t begin = 0, end = 0;  // bytes into the searched text
    int key = 0;                // value returned by Add()
  };

  // Registers a key; returns its index, or -1 for an empty key or after Build().
  int Add(std::string_view key);
  void Build();
  // Appends every hit, ordered by end offset.
  void FindAll(std::string_view text, std::vector<Hit>* hits) const;

  size_t key_count() const { return key_len_.size(); }
  size_t state_count() const { return nodes_.size(); }

 private:
  struct Node {
    std::vector<std::pair<uint8_t, int32_t>> edges;  // sorted by byte after Build()
    int32_t fail = 0;
    int32_t dict = -1;    // nearest state on the fail chain that ends a key
    int32_t key = -1;     // key ending exactly here
  };
  int32_t Child(int32_t node, uint8_t byte) const;
  int32_t Step(int32_t state, uint8_t byte) const;
  void BuildDenseRows();

  std::vector<Node> nodes_{Node{}};
  std::vector<uint32_t> key_len_;
  std::vector<int32_t> root_next_;  // dense transitions of the root (256)
  // Full transition rows (256 each, fail links already followed) for the
  // shallow states that text keeps returning to: most steps in Chinese text
  // end there, and a row lookup replaces a fail-chain walk of binary searches.
  std::vector<int32_t> dense_row_;  // per node: row index into dense_, or -1
  std::vector<int32_t> dense_;
  bool built_ = false;
};

}  // namespace news
