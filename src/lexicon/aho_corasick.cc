#include "lexicon/aho_corasick.h"

#include <algorithm>
#include <cstring>
#include <deque>

#include "lexicon/snapshot.h"

namespace news {

int32_t AhoCorasick::Child(int32_t node, uint8_t byte) const {
  const auto& e = nodes_[node].edges;
  auto it = std::lower_bound(e.begin(), e.end(), std::make_pair(byte, int32_t{-1}));
  return it != e.end() && it->first == byte ? it->second : -1;
}

int AhoCorasick::Add(std::string_view key) {
  if (key.empty() || built_) return -1;
  int32_t node = 0;
  for (unsigned char c : key) {
    int32_t next = -1;
    for (auto& [b, n] : nodes_[node].edges)
      if (b == c) { next = n; break; }
    if (next < 0) {
      next = static_cast<int32_t>(nodes_.size());
      nodes_[node].edges.push_back({c, next});
      nodes_.emplace_back();
    }
    node = next;
  }
  // A key added twice keeps its first index: the caller maps indexes to
  // entities and handles shared keys itself.
  if (nodes_[node].key >= 0) return nodes_[node].key;
  nodes_[node].key = static_cast<int>(key_len_.size());
  key_len_.push_back(static_cast<uint32_t>(key.size()));
  return nodes_[node].key;
}

void AhoCorasick::Build() {
  for (Node& n : nodes_) std::sort(n.edges.begin(), n.edges.end());
  NumberBreadthFirst();
  root_next_.assign(256, 0);
  for (auto& [b, n] : nodes_[0].edges) root_next_[b] = n;
  std::deque<int32_t> queue;
  for (auto& [b, n] : nodes_[0].edges) queue.push_back(n);
  while (!queue.empty()) {
    int32_t u = queue.front();
    queue.pop_front();
    for (auto& [b, v] : nodes_[u].edges) {
      int32_t f = nodes_[u].fail;
      while (f != 0 && Child(f, b) < 0) f = nodes_[f].fail;
      int32_t c = f == 0 ? root_next_[b] : Child(f, b);
      nodes_[v].fail = (c >= 0 && c != v) ? c : 0;
      int32_t fs = nodes_[v].fail;
      nodes_[v].dict = nodes_[fs].key >= 0 ? fs : nodes_[fs].dict;
      queue.push_back(v);
    }
  }
  BuildDelta();
  out_.resize(nodes_.size());
  dict_.resize(nodes_.size());
  key_.resize(nodes_.size());
  for (size_t i = 0; i < nodes_.size(); ++i) {
    out_[i] = nodes_[i].key >= 0 ? static_cast<int32_t>(i) : std::max(nodes_[i].dict, 0);
    dict_[i] = nodes_[i].dict;
    key_[i] = nodes_[i].key;
  }
  delta_data_ = delta_.get();
  built_ = true;
}

// States are numbered as keys were added, so the shallow states a scan
// spends most of its steps in were spread over the whole table (a cache line
// each). Breadth-first numbers put them together at the start of each table
// column, and every fail or dict link goes to a smaller number.
void AhoCorasick::NumberBreadthFirst() {
  std::vector<int32_t> order{0}, number(nodes_.size());
  order.reserve(nodes_.size());
  for (size_t i = 0; i < order.size(); ++i)
    for (const auto& [b, child] : nodes_[order[i]].edges) order.push_back(child);
  for (size_t i = 0; i < order.size(); ++i) number[order[i]] = static_cast<int32_t>(i);
  std::vector<Node> renumbered(nodes_.size());
  for (size_t i = 0; i < order.size(); ++i) {
    Node& n = renumbered[i] = std::move(nodes_[order[i]]);
    for (auto& [b, child] : n.edges) child = number[child];
  }
  nodes_ = std::move(renumbered);
}

void AhoCorasick::BuildDelta() {
  constexpr size_t kMaxDenseEntries = size_t{1} << 24;  // 32 MB of uint16
  byte_class_.assign(256, 0);
  classes_ = 1;
  for (const Node& n : nodes_)
    for (const auto& [b, child] : n.edges)
      if (byte_class_[b] == 0) byte_class_[b] = static_cast<uint8_t>(classes_++);
  if (classes_ > 255 || nodes_.size() > 65535 || nodes_.size() * classes_ > kMaxDenseEntries) {
    classes_ = 0;
    return;
  }
  // Not zero-filled: every row is written below (the root's zeros and
  // children, every other row a copy of its fail state's row), and filling
  // a few hundred kB cost as much as the rest of the build.
  delta_.reset(new uint16_t[nodes_.size() * classes_]);
  // Breadth-first, so a state's fail target (shallower) already has its row.
  std::deque<int32_t> queue{0};
  while (!queue.empty()) {
    int32_t u = queue.front();
    queue.pop_front();
    uint16_t* row = &delta_[static_cast<size_t>(u) * classes_];
    if (u == 0) std::fill(row, row + classes_, uint16_t{0});
    else std::memcpy(row, &delta_[static_cast<size_t>(nodes_[u].fail) * classes_], classes_ * sizeof(uint16_t));
    for (const auto& [b, v] : nodes_[u].edges) {
      row[byte_class_[b]] = static_cast<uint16_t>(v);
      queue.push_back(v);
    }
  }
}

int32_t AhoCorasick::Step(int32_t state, uint8_t byte) const {
  while (true) {
    if (state == 0) return root_next_[byte];
    int32_t c = Child(state, byte);
    if (c >= 0) return c;
    state = nodes_[state].fail;
  }
}

// Out of line, so that the scan loop keeps its registers (hits are rare).
__attribute__((noinline)) void AhoCorasick::Emit(int32_t state, size_t i, std::vector<Hit>* hits) const {
  for (int32_t s = out_[state]; s > 0; s = dict_[s]) {
    int k = key_[s];
    if (key_len_[k] <= i + 1) hits->push_back({i + 1 - key_len_[k], i + 1, k});
  }
}

// `step(state, byte)` over the dense table. Raw pointers in locals: the loop
// writes through `hits`, and the compiler would otherwise reload every
// member on each byte. Four bytes per iteration: hits are rare, so the common
// path is four table steps and one combined output test.
template <class StepFn>
void AhoCorasick::ScanDense(std::string_view text, std::vector<Hit>* hits, StepFn step) const {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const int32_t* out = out_.data();
  size_t state = 0, i = 0, n = text.size();
  for (; i + 3 < n; i += 4) {
    size_t s0 = step(state, p[i]), s1 = step(s0, p[i + 1]), s2 = step(s1, p[i + 2]);
    state = step(s2, p[i + 3]);
    if ((out[s0] | out[s1] | out[s2] | out[state]) != 0) {
      if (out[s0] != 0) Emit(static_cast<int32_t>(s0), i, hits);
      if (out[s1] != 0) Emit(static_cast<int32_t>(s1), i + 1, hits);
      if (out[s2] != 0) Emit(static_cast<int32_t>(s2), i + 2, hits);
      if (out[state] != 0) Emit(static_cast<int32_t>(state), i + 3, hits);
    }
  }
  for (; i < n; ++i) {
    state = step(state, p[i]);
    if (out[state] != 0) Emit(static_cast<int32_t>(state), i, hits);
  }
}

void AhoCorasick::FindAll(std::string_view text, std::vector<Hit>* hits) const {
  if (!built_) return;
  const uint16_t* delta = delta_data_;
  if (!column_.empty()) {
    // Class-major (a loaded snapshot): the byte's column offset plus the state.
    const uint32_t* column = column_.data();
    ScanDense(text, hits, [delta, column](size_t s, unsigned char b) -> size_t { return delta[column[b] + s]; });
  } else if (classes_) {
    const uint8_t* byte_class = byte_class_.data();
    const size_t classes = classes_;
    ScanDense(text, hits,
              [delta, byte_class, classes](size_t s, unsigned char b) -> size_t { return delta[s * classes + byte_class[b]]; });
  } else {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
    int32_t state = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      state = Step(state, p[i]);
      if (out_[state] != 0) Emit(state, i, hits);
    }
  }
}

bool AhoCorasick::Save(SnapshotWriter& w) const {
  if (!built_ || classes_ == 0) return false;
  w.U32(static_cast<uint32_t>(classes_));
  w.Array(byte_class_);
  w.Array(key_len_);
  w.Array(out_);
  w.Array(dict_);
  w.Array(key_);
  // Class-major in the snapshot (see column_): transposed here, once per
  // cache file, not on every start.
  const size_t states = out_.size();
  if (!column_.empty()) {
    w.Array(delta_data_, states * classes_);
  } else {
    std::vector<uint16_t> by_class(states * classes_);
    for (size_t st = 0; st < states; ++st)
      for (size_t c = 0; c < classes_; ++c) by_class[c * states + st] = delta_data_[st * classes_ + c];
    w.Array(by_class);
  }
  return true;
}

// The small tables are checked here (every state index, every output chain);
// the transition table is not (checking its million entries cost more than
// the rest of loading): the snapshot file carries a checksum of its payload,
// verified before anything is read (lexicon_cache.cc).
bool AhoCorasick::Load(SnapshotReader& r, std::shared_ptr<const void> storage) {
  uint32_t classes = 0;
  const uint16_t* delta = nullptr;
  size_t delta_size = 0;
  if (!r.U32(&classes) || !r.Vector(&byte_class_) || !r.Vector(&key_len_) || !r.Vector(&out_) || !r.Vector(&dict_) ||
      !r.Vector(&key_) || !r.Array(&delta, &delta_size))
    return false;
  size_t states = out_.size(), keys = key_len_.size();
  bool ok = classes > 0 && classes <= 256 && byte_class_.size() == 256 && states > 0 && states <= 65535 &&
            dict_.size() == states && key_.size() == states && delta_size == states * classes;
  for (size_t i = 0; ok && i < 256; ++i) ok = byte_class_[i] < classes;
  // Output chains pass through key states only and end: states are numbered
  // breadth-first, so a dict link goes to a smaller number (a damaged table
  // could otherwise hold a cycle).
  for (size_t i = 0; ok && i < states; ++i)
    ok = out_[i] >= 0 && static_cast<size_t>(out_[i]) <= i && dict_[i] >= -1 && dict_[i] < static_cast<int32_t>(i) &&
         key_[i] >= -1 && key_[i] < static_cast<int32_t>(keys) && (out_[i] == 0 || key_[out_[i]] >= 0) &&
         (dict_[i] < 0 || key_[dict_[i]] >= 0);
  if (!ok) {
    r.Fail();
    return false;
  }
  classes_ = classes;
  delta_data_ = delta;
  column_.resize(256);
  for (size_t b = 0; b < 256; ++b) column_[b] = static_cast<uint32_t>(byte_class_[b] * states);
  storage_ = std::move(storage);
  nodes_.clear();
  built_ = true;
  return true;
}

}  // namespace news
