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
// the dense transition rows: callers verify the snapshot's checksum first.
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

  // A transition table larger than `compact_above_bytes` is compacted (see
  // rows_ below); tests pass 0 to compact a small one.
  static constexpr size_t kCompactAboveBytes = size_t{1} << 20;
  explicit AhoCorasick(size_t compact_above_bytes = kCompactAboveBytes) : compact_above_bytes_(compact_above_bytes) {}

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
  // A state past the dense rows: the transitions where it differs from
  // `fallback`, a shallow state on its fail chain (at most two: a state
  // inside one key mostly has one next byte); every other class steps as
  // `fallback` does. 8 bytes instead of a ~230-byte row.
  static constexpr uint8_t kNoClass = 0xff;
  struct DeepState {
    uint16_t fallback = 0;
    uint8_t class0 = kNoClass, class1 = kNoClass;
    uint16_t next0 = 0, next1 = 0;
  };
  int32_t Child(int32_t node, uint8_t byte) const;
  int32_t Step(int32_t state, uint8_t byte) const;
  void NumberBreadthFirst();
  void Renumber(const std::vector<int32_t>& number);
  std::unique_ptr<uint16_t[]> BuildDelta();
  void Compact(const uint16_t* delta);
  std::vector<int32_t> Fallbacks() const;
  static constexpr int kMaxDifferences = 2;  // per DeepState
  int Differences(const uint16_t* delta, int32_t s, int32_t fallback, uint8_t classes[kMaxDifferences]) const;
  std::vector<char> DenseStates(const uint16_t* delta, const std::vector<int32_t>& fallback) const;
  std::vector<int32_t> CompactNumbers(const std::vector<char>& dense) const;
  void FillOutputs();
  bool ValidOutputs(const uint8_t* has_output) const;
  struct Scanner;
  Scanner scanner() const;
  template <bool kDeep>
  void ScanOne(std::string_view text, std::vector<Hit>* hits) const;
  template <bool kDeep>
  void ScanLanes(std::string_view text, std::vector<Hit>* hits) const;
  void Emit(int32_t state, size_t i, std::vector<Hit>* hits) const;

  std::vector<Node> nodes_{Node{}};  // until Build() has made the scan tables
  std::vector<uint32_t> key_len_;
  uint32_t longest_key_ = 0;  // bytes
  std::vector<int32_t> root_next_;  // dense transitions of the root (256), for Step()
  // The transition function (fail links already followed) over byte
  // classes: one class per byte that occurs in some key, numbered in byte
  // order (so a-z, or the UTF-8 continuation bytes, sit side by side in a
  // row), and class 0 for all other bytes. A small automaton keeps a full row
  // per state. A large one (the entity lexicon: 13k states, 3 MB of rows,
  // evicted by the other stages between articles) is compacted: a scan
  // spends ~90% of its steps in states of depth 0-3, which (with the few
  // deeper ones with many transitions) keep full rows and come first (1300
  // rows, 325 kB); the ~12k deeper ones are DeepStates (93 kB), numbered
  // depth-first so that the states along one key sit together. Built only for fewer than 65536 states; larger
  // automata walk the fail links (Step()).
  std::vector<uint8_t> byte_class_;  // 256 entries
  size_t classes_ = 0;
  size_t row_shift_ = 0;                 // a row is 2^row_shift_ >= classes_ entries: a shift, not a multiply, a step
  size_t dense_states_ = 0;              // all states when the table is not compacted
  const uint16_t* rows_ = nullptr;       // (state << row_shift_) + class -> next state, for dense states
  const DeepState* deep_ = nullptr;      // state dense_states_ + i -> deep_[i]
  const uint8_t* has_output_ = nullptr;  // per state: out_[state] != 0 (13 kB, not out_'s 53 kB)
  std::unique_ptr<uint16_t[]> own_rows_; // the tables above when built in this process;
  std::vector<DeepState> own_deep_;      // a loaded snapshot's stay in its buffer,
  std::vector<uint8_t> own_has_output_;  // which storage_ keeps alive
  std::shared_ptr<const void> storage_;
  // Per state: the first state of its output chain (itself when a key ends
  // there, else its dict link), 0 when no key ends at this position.
  std::vector<int32_t> out_;
  std::vector<int32_t> dict_, key_;  // per state: Node::dict and Node::key, flat for Emit
  size_t compact_above_bytes_;
  bool built_ = false;
};

}  // namespace news
