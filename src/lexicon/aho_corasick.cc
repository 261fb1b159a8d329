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
  if (std::unique_ptr<uint16_t[]> delta = BuildDelta()) {
    // Only a table too large for the caches is compacted: a small one needs
    // no dense/deep test on each step, nor the compaction in every process
    // that builds it (the person cues).
    if ((nodes_.size() << row_shift_) * sizeof(uint16_t) > compact_above_bytes_) {
      Compact(delta.get());
    } else {
      own_rows_ = std::move(delta);
      rows_ = own_rows_.get();
      dense_states_ = nodes_.size();
    }
  }
  FillOutputs();
  longest_key_ = key_len_.empty() ? 0 : *std::max_element(key_len_.begin(), key_len_.end());
  if (rows_) nodes_ = {};  // the scan tables hold everything a scan needs
  built_ = true;
}

// States are numbered as keys were added, so the shallow states a scan
// spends most of its steps in were spread over the whole table (a cache line
// each). Breadth-first numbers put them together, and every fail link goes
// to a smaller number (BuildDelta and Fallbacks rely on it).
void AhoCorasick::NumberBreadthFirst() {
  std::vector<int32_t> order{0}, number(nodes_.size());
  order.reserve(nodes_.size());
  for (size_t i = 0; i < order.size(); ++i)
    for (const auto& [b, child] : nodes_[order[i]].edges) order.push_back(child);
  for (size_t i = 0; i < order.size(); ++i) number[order[i]] = static_cast<int32_t>(i);
  Renumber(number);
}

// State i becomes state number[i] (the root stays 0); links follow.
void AhoCorasick::Renumber(const std::vector<int32_t>& number) {
  std::vector<Node> renumbered(nodes_.size());
  for (size_t i = 0; i < nodes_.size(); ++i) {
    Node& n = renumbered[number[i]] = std::move(nodes_[i]);
    for (auto& [b, child] : n.edges) child = number[child];
    n.fail = number[n.fail];
    if (n.dict >= 0) n.dict = number[n.dict];
  }
  nodes_ = std::move(renumbered);
}

// The full transition table, by state rows, or null when the automaton is
// too large for one (then classes_ is 0 and scans walk the fail links).
std::unique_ptr<uint16_t[]> AhoCorasick::BuildDelta() {
  constexpr size_t kMaxDenseEntries = size_t{1} << 24;  // 32 MB of uint16
  std::vector<char> used(256, 0);
  for (const Node& n : nodes_)
    for (const auto& [b, child] : n.edges) used[b] = 1;
  byte_class_.assign(256, 0);
  classes_ = 1;
  for (size_t b = 0; b < 256; ++b)
    if (used[b]) byte_class_[b] = static_cast<uint8_t>(classes_++);
  for (row_shift_ = 0; (size_t{1} << row_shift_) < classes_;) ++row_shift_;
  if (classes_ >= kNoClass || nodes_.size() > 65535 || (nodes_.size() << row_shift_) > kMaxDenseEntries) {
    classes_ = 0;
    return nullptr;
  }
  // Not zero-filled: every row is written below (the root's zeros and
  // children, every other row a copy of its fail state's row), and filling
  // a few hundred kB cost as much as the rest of the build.
  const size_t stride = size_t{1} << row_shift_;
  std::unique_ptr<uint16_t[]> delta(new uint16_t[nodes_.size() * stride]);
  // Breadth-first, so a state's fail target (shallower) already has its row.
  std::deque<int32_t> queue{0};
  while (!queue.empty()) {
    int32_t u = queue.front();
    queue.pop_front();
    uint16_t* row = &delta[static_cast<size_t>(u) * stride];
    if (u == 0) std::fill(row, row + stride, uint16_t{0});  // the padding past classes_ stays 0 in every row
    else std::memcpy(row, &delta[static_cast<size_t>(nodes_[u].fail) * stride], stride * sizeof(uint16_t));
    for (const auto& [b, v] : nodes_[u].edges) {
      row[byte_class_[b]] = static_cast<uint16_t>(v);
      queue.push_back(v);
    }
  }
  return delta;
}

// States up to this depth get a full row: a scan spends ~90% of its steps
// there (text rarely shares more than three bytes with a key). Depth 2 made
// a smaller table (260 kB) that scanned as fast right after the other stages
// had run and ~20% slower warm (more steps through DeepStates).
constexpr int kDenseDepth = 3;

// Per state: itself up to kDenseDepth, else the first state of at most that
// depth on its fail chain. Fail links go to smaller (breadth-first) numbers.
std::vector<int32_t> AhoCorasick::Fallbacks() const {
  std::vector<int> depth(nodes_.size(), 0);
  std::vector<int32_t> fallback(nodes_.size(), 0);
  for (size_t s = 0; s < nodes_.size(); ++s) {
    for (const auto& [b, child] : nodes_[s].edges) depth[child] = depth[s] + 1;
    fallback[s] = depth[s] <= kDenseDepth ? static_cast<int32_t>(s) : fallback[nodes_[s].fail];
  }
  return fallback;
}

// The classes (at most kMax; the count returned may be kMax + 1) where state
// s steps otherwise than its fallback: only bytes on which s or a state on
// its fail chain before the fallback has an edge can differ.
int AhoCorasick::Differences(const uint16_t* delta, int32_t s, int32_t fallback, uint8_t classes[kMaxDifferences]) const {
  const uint16_t *row = delta + (static_cast<size_t>(s) << row_shift_), *fb = delta + (static_cast<size_t>(fallback) << row_shift_);
  int n = 0;
  for (int32_t t = s; t != fallback; t = nodes_[t].fail)
    for (const auto& [b, child] : nodes_[t].edges) {
      uint8_t c = byte_class_[b];
      if (row[c] == fb[c] || std::find(classes, classes + n, c) != classes + n) continue;
      if (n == kMaxDifferences) return n + 1;
      classes[n++] = c;
    }
  return n;
}

// Which states keep a full row: the shallow ones, and the deeper ones that
// differ from their fallback in more classes than a DeepState holds.
std::vector<char> AhoCorasick::DenseStates(const uint16_t* delta, const std::vector<int32_t>& fallback) const {
  std::vector<char> dense(nodes_.size(), 0);
  uint8_t classes[kMaxDifferences];
  for (size_t s = 0; s < nodes_.size(); ++s)
    dense[s] = fallback[s] == static_cast<int32_t>(s) ||
               Differences(delta, static_cast<int32_t>(s), fallback[s], classes) > kMaxDifferences;
  return dense;
}

// Dense states first, in breadth-first order; then the deep ones depth-first
// (preorder), so that the states along one key are neighbours in deep_.
std::vector<int32_t> AhoCorasick::CompactNumbers(const std::vector<char>& dense) const {
  std::vector<int32_t> number(nodes_.size(), -1);
  int32_t next = 0;
  for (size_t s = 0; s < nodes_.size(); ++s)
    if (dense[s]) number[s] = next++;
  std::vector<int32_t> stack{0};
  while (!stack.empty()) {
    int32_t s = stack.back();
    stack.pop_back();
    if (!dense[s]) number[s] = next++;
    const auto& e = nodes_[s].edges;
    for (auto it = e.rbegin(); it != e.rend(); ++it) stack.push_back(it->second);
  }
  return number;
}

// Turns the full table into dense rows and DeepStates (see aho_corasick.h),
// and renumbers the states to match.
void AhoCorasick::Compact(const uint16_t* delta) {
  std::vector<int32_t> fallback = Fallbacks();
  std::vector<char> dense = DenseStates(delta, fallback);
  std::vector<int32_t> number = CompactNumbers(dense);
  dense_states_ = static_cast<size_t>(std::count(dense.begin(), dense.end(), 1));
  const size_t stride = size_t{1} << row_shift_;
  own_rows_.reset(new uint16_t[dense_states_ * stride]);  // every entry is written below
  own_deep_.assign(nodes_.size() - dense_states_, DeepState{});
  for (size_t s = 0; s < nodes_.size(); ++s) {
    const uint16_t* row = delta + s * stride;
    if (dense[s]) {
      for (size_t c = 0; c < stride; ++c) own_rows_[number[s] * stride + c] = static_cast<uint16_t>(number[row[c]]);
      continue;
    }
    DeepState& d = own_deep_[number[s] - dense_states_];
    d.fallback = static_cast<uint16_t>(number[fallback[s]]);
    uint8_t differ[kMaxDifferences];
    int count = Differences(delta, static_cast<int32_t>(s), fallback[s], differ);
    if (count > 0) d.class0 = differ[0], d.next0 = static_cast<uint16_t>(number[row[differ[0]]]);
    if (count > 1) d.class1 = differ[1], d.next1 = static_cast<uint16_t>(number[row[differ[1]]]);
  }
  rows_ = own_rows_.get();
  deep_ = own_deep_.data();
  Renumber(number);
}

void AhoCorasick::FillOutputs() {
  size_t n = nodes_.size();
  out_.resize(n);
  dict_.resize(n);
  key_.resize(n);
  own_has_output_.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    out_[i] = nodes_[i].key >= 0 ? static_cast<int32_t>(i) : std::max(nodes_[i].dict, 0);
    dict_[i] = nodes_[i].dict;
    key_[i] = nodes_[i].key;
    own_has_output_[i] = out_[i] != 0;
  }
  has_output_ = own_has_output_.data();
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

// The scan tables in locals: the scan loops write through the hit vector,
// and the compiler would otherwise reload every member on each byte.
struct AhoCorasick::Scanner {
  const uint8_t* byte_class;
  const uint16_t* rows;
  const DeepState* deep;
  const uint8_t* output;
  size_t row_shift, dense;

  // kDeep: the table is compacted (some states are DeepStates).
  template <bool kDeep>
  size_t Step(size_t s, unsigned char byte) const {
    size_t c = byte_class[byte];
    if (!kDeep || s < dense) return rows[(s << row_shift) + c];
    const DeepState& d = deep[s - dense];
    if (c == d.class0) return d.next0;
    if (c == d.class1) return d.next1;
    return rows[(size_t{d.fallback} << row_shift) + c];
  }
};

AhoCorasick::Scanner AhoCorasick::scanner() const {
  return {byte_class_.data(), rows_, deep_, has_output_, row_shift_, dense_states_};
}

// Four bytes per iteration: hits are rare, so the common path is four steps
// and one combined output test.
template <bool kDeep>
void AhoCorasick::ScanOne(std::string_view text, std::vector<Hit>* hits) const {
  const Scanner sc = scanner();
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  size_t state = 0, i = 0, n = text.size();
  for (; i + 3 < n; i += 4) {
    size_t s0 = sc.Step<kDeep>(state, p[i]), s1 = sc.Step<kDeep>(s0, p[i + 1]), s2 = sc.Step<kDeep>(s1, p[i + 2]);
    state = sc.Step<kDeep>(s2, p[i + 3]);
    if ((sc.output[s0] | sc.output[s1] | sc.output[s2] | sc.output[state]) != 0) {
      if (sc.output[s0]) Emit(static_cast<int32_t>(s0), i, hits);
      if (sc.output[s1]) Emit(static_cast<int32_t>(s1), i + 1, hits);
      if (sc.output[s2]) Emit(static_cast<int32_t>(s2), i + 2, hits);
      if (sc.output[state]) Emit(static_cast<int32_t>(state), i + 3, hits);
    }
  }
  for (; i < n; ++i) {
    state = sc.Step<kDeep>(state, p[i]);
    if (sc.output[state]) Emit(static_cast<int32_t>(state), i, hits);
  }
}

// A scan is a chain of dependent table loads, and between articles the
// other stages evict the tables: one chain waits for each miss in turn. So a
// long text is cut into kLanes parts scanned side by side, their misses
// overlapping. A part starts longest_key_ - 1 bytes early (no hit is taken
// there): the state after a key's length of bytes is the whole text's state
// (a state is a suffix of at most that many bytes), so the hits are the same.
// Lane j takes the hits ending in [from[j], end[j]); lanes after the first
// collect theirs apart, appended in lane order at the end.
template <bool kDeep>
void AhoCorasick::ScanLanes(std::string_view text, std::vector<Hit>* hits) const {
  constexpr size_t kLanes = 4;
  const Scanner sc = scanner();
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size(), warmup = longest_key_ > 0 ? longest_key_ - 1 : 0;
  thread_local std::vector<Hit> scratch[kLanes];
  size_t state[kLanes] = {}, pos[kLanes], from[kLanes], end[kLanes];
  std::vector<Hit>* out[kLanes];
  for (size_t j = 0; j < kLanes; ++j) {
    from[j] = j * n / kLanes;
    end[j] = (j + 1) * n / kLanes;
    pos[j] = from[j] - std::min(from[j], warmup);
    out[j] = j == 0 ? hits : &scratch[j];
    out[j]->resize(j == 0 ? out[j]->size() : 0);
  }
  size_t common = end[0];
  for (size_t j = 1; j < kLanes; ++j) common = std::min(common, end[j] - pos[j]);
  for (size_t k = 0; k < common; ++k) {
    uint8_t any = 0;
#pragma GCC unroll 4  // the lanes' states stay in registers
    for (size_t j = 0; j < kLanes; ++j) any |= sc.output[state[j] = sc.Step<kDeep>(state[j], p[pos[j] + k])];
    if (any)
      for (size_t j = 0; j < kLanes; ++j)
        if (sc.output[state[j]] && pos[j] + k >= from[j]) Emit(static_cast<int32_t>(state[j]), pos[j] + k, out[j]);
  }
  for (size_t j = 0; j < kLanes; ++j) {
    for (size_t i = pos[j] + common; i < end[j]; ++i) {
      state[j] = sc.Step<kDeep>(state[j], p[i]);
      if (sc.output[state[j]] && i >= from[j]) Emit(static_cast<int32_t>(state[j]), i, out[j]);
    }
    if (j > 0) hits->insert(hits->end(), out[j]->begin(), out[j]->end());
  }
}

void AhoCorasick::FindAll(std::string_view text, std::vector<Hit>* hits) const {
  if (!built_) return;
  if (rows_) {
    // Lanes only where the warm-up bytes they add are few.
    constexpr size_t kMinLanesBytes = 1024;
    bool lanes = text.size() >= std::max<size_t>(kMinLanesBytes, 16 * longest_key_);
    if (dense_states_ < out_.size()) lanes ? ScanLanes<true>(text, hits) : ScanOne<true>(text, hits);
    else lanes ? ScanLanes<false>(text, hits) : ScanOne<false>(text, hits);
    return;
  }
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  int32_t state = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    state = Step(state, p[i]);
    if (out_[state] != 0) Emit(state, i, hits);
  }
}

bool AhoCorasick::Save(SnapshotWriter& w) const {
  if (!built_ || !rows_) return false;
  size_t states = out_.size();
  w.U32(static_cast<uint32_t>(classes_));
  w.Array(byte_class_);
  w.Array(key_len_);
  w.Array(out_);
  w.Array(dict_);
  w.Array(key_);
  w.U32(static_cast<uint32_t>(dense_states_));
  w.Array(rows_, dense_states_ << row_shift_);
  w.Array(deep_, states - dense_states_);
  w.Array(has_output_, states);
  return true;
}

// Every state index, class and output chain is checked here; the dense rows
// are not (checking them cost more than the rest of loading): the snapshot
// file carries a checksum of its payload, verified before anything is read
// (lexicon_cache.cc).
bool AhoCorasick::Load(SnapshotReader& r, std::shared_ptr<const void> storage) {
  uint32_t classes = 0, dense = 0;
  const uint16_t* rows = nullptr;
  const DeepState* deep = nullptr;
  const uint8_t* has_output = nullptr;
  size_t rows_size = 0, deep_size = 0, output_words = 0;
  if (!r.U32(&classes) || !r.Vector(&byte_class_) || !r.Vector(&key_len_) || !r.Vector(&out_) || !r.Vector(&dict_) ||
      !r.Vector(&key_) || !r.U32(&dense) || !r.Array(&rows, &rows_size) || !r.Array(&deep, &deep_size) ||
      !r.Array(&has_output, &output_words))
    return false;
  size_t states = out_.size(), row_shift = 0;
  while ((size_t{1} << row_shift) < classes) ++row_shift;
  bool ok = classes > 0 && classes < kNoClass && byte_class_.size() == 256 && states > 0 && states <= 65535 &&
            dict_.size() == states && key_.size() == states && dense > 0 && dense <= states &&
            rows_size == size_t{dense} << row_shift && deep_size == states - dense && output_words == states;
  for (size_t i = 0; ok && i < 256; ++i) ok = byte_class_[i] < classes;
  for (size_t i = 0; ok && i < deep_size; ++i) {
    const DeepState& d = deep[i];
    ok = d.fallback < dense && (d.class0 < classes || d.class0 == kNoClass) && (d.class1 < classes || d.class1 == kNoClass) &&
         d.next0 < states && d.next1 < states;
  }
  if (!ok || !ValidOutputs(has_output)) {
    r.Fail();
    return false;
  }
  classes_ = classes;
  row_shift_ = row_shift;
  dense_states_ = dense;
  rows_ = rows;
  deep_ = deep;
  has_output_ = has_output;
  longest_key_ = key_len_.empty() ? 0 : *std::max_element(key_len_.begin(), key_len_.end());
  storage_ = std::move(storage);
  nodes_.clear();
  built_ = true;
  return true;
}

// Output chains pass through key states only, and end: each link must go
// to a shorter key (a damaged table could otherwise hold a cycle). The
// output flags must agree with the chains.
bool AhoCorasick::ValidOutputs(const uint8_t* has_output) const {
  const uint32_t states = static_cast<uint32_t>(out_.size()), keys = static_cast<uint32_t>(key_len_.size());
  // Unsigned, so that one compare checks both ends (-1 + 1 = 0 for "none").
  auto in = [](int32_t v, uint32_t bound) { return static_cast<uint32_t>(v) < bound; };
  for (uint32_t i = 0; i < states; ++i) {
    int32_t out = out_[i], dict = dict_[i], key = key_[i];
    if (!in(out, states) || !in(dict + 1, states + 1) || !in(key + 1, keys + 1) || has_output[i] != (out != 0)) return false;
    if ((out != 0 && key_[out] < 0) || (dict >= 0 && key_[dict] < 0)) return false;
    if (key >= 0 && dict >= 0 && key_len_[key_[dict]] >= key_len_[key]) return false;
  }
  return true;
}

}  // namespace news
