#include "lexicon/aho_corasick.h"

#include <algorithm>
#include <deque>

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
  BuildDenseRows();
  built_ = true;
}

// Rows for states of depth 1 and 2 (breadth-first, so a state's fail target
// is shallower and already resolved), at most kMaxDenseRows of them.
void AhoCorasick::BuildDenseRows() {
  constexpr size_t kMaxDenseRows = 1024;
  dense_row_.assign(nodes_.size(), -1);
  std::vector<int32_t> level = {0}, next;
  for (int depth = 1; depth <= 2; ++depth) {
    next.clear();
    for (int32_t u : level)
      for (auto& [b, v] : nodes_[u].edges) next.push_back(v);
    for (int32_t v : next) {
      if (dense_.size() / 256 >= kMaxDenseRows) return;
      int32_t row = static_cast<int32_t>(dense_.size() / 256);
      dense_.resize(dense_.size() + 256);
      for (int b = 0; b < 256; ++b) {
        int32_t c = Child(v, static_cast<uint8_t>(b));
        dense_[row * 256 + b] = c >= 0 ? c : Step(nodes_[v].fail, static_cast<uint8_t>(b));
      }
      dense_row_[v] = row;
    }
    level.swap(next);
  }
}

int32_t AhoCorasick::Step(int32_t state, uint8_t byte) const {
  while (true) {
    if (state == 0) return root_next_[byte];
    if (!dense_row_.empty() && dense_row_[state] >= 0) return dense_[dense_row_[state] * 256 + byte];
    int32_t c = Child(state, byte);
    if (c >= 0) return c;
    state = nodes_[state].fail;
  }
}

void AhoCorasick::FindAll(std::string_view text, std::vector<Hit>* hits) const {
  if (!built_) return;
  int32_t state = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    state = Step(state, static_cast<uint8_t>(text[i]));
    for (int32_t s = nodes_[state].key >= 0 ? state : nodes_[state].dict; s > 0; s = nodes_[s].dict) {
      int k = nodes_[s].key;
      hits->push_back({i + 1 - key_len_[k], i + 1, k});
    }
  }
}

}  // namespace news
