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
//
// A built automaton can be saved into a snapshot and loaded back without
// rebuilding (see snapshot.h). Load() validates its small tables but trusts
// the transition table: callers verify the snapshot's checksum first.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace news {

class SnapshotReader;
class SnapshotWriter;

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
  size_t state_count() const { return out_.size(); }

  // Appends the scan tables; false (nothing written) when the automaton is
  // not built or too large for the dense table.
  bool Save(SnapshotWriter& w) const;
  // Reads what Save() wrote. The transition table stays in the snapshot's
  // buffer, which `storage` keeps alive. False on malformed data.
  bool Load(SnapshotReader& r, std::shared_ptr<const void> storage);

 private:
  struct Node {
    std::vector<std::pair<uint8_t, int32_t>> edges;  // sorted by byte after Build()
    int32_t fail = 0;
    int32_t dict = -1;    // nearest state on the fail chain that ends a key
    int32_t key = -1;     // key ending exactly here
  };
  int32_t Child(int32_t node, uint8_t byte) const;
  int32_t Step(int32_t state, uint8_t byte) const;
  void NumberBreadthFirst();
  void BuildDelta();
  template <class StepFn>
  void ScanDense(std::string_view text, std::vector<Hit>* hits, StepFn step) const;
  void Emit(int32_t state, size_t i, std::vector<Hit>* hits) const;

  std::vector<Node> nodes_{Node{}};
  std::vector<uint32_t> key_len_;
  std::vector<int32_t> root_next_;  // dense transitions of the root (256)
  // The full transition function (fail links already followed) over byte
  // classes: one class per byte that occurs in some key, one for all other
  // bytes. A step is then one table lookup instead of a walk down the fail
  // chain with a binary search per state. About 10k states x 114 classes for
  // the entity lexicon (~2.3 MB); built only for fewer than 65536 states.
  std::vector<uint8_t> byte_class_;  // 256 entries
  size_t classes_ = 0;
  std::unique_ptr<uint16_t[]> delta_;  // state * classes_ + class -> next state (< 65536 states)
  // A loaded snapshot keeps the table class-major instead (class * states +
  // state: written so by Save()), and column_[byte] = byte_class_[byte] *
  // states: a step is then a load and an add, no multiply. Empty when the
  // table is by state rows (built in this process: transposing it would cost
  // more than a process scans).
  std::vector<uint32_t> column_;
  const uint16_t* delta_data_ = nullptr;  // delta_, or the same table inside a loaded snapshot
  std::shared_ptr<const void> storage_;   // keeps a loaded snapshot's table alive
  // Per state: the first state of its output chain (itself when a key ends
  // there, else its dict link), 0 when no key ends at this position. Kept
  // apart from the nodes so that the scan loop touches two flat arrays only.
  std::vector<int32_t> out_;
  std::vector<int32_t> dict_, key_;  // per state: Node::dict and Node::key, flat for the scan
  bool built_ = false;
};

}  // namespace news
