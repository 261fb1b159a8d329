#include "report/story_grouping.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <unordered_map>

#include "common/utf8.h"

namespace news {

namespace {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  int Find(int x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Join(int a, int b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<int> parent_;
};

bool IsWordChar(uint32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  return cp >= 0x2E80 && !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFF00 && cp <= 0xFF20);
}

uint64_t Fnv(const uint32_t* cps, size_t n, uint64_t seed) {
  uint64_t h = 1469598103934665603ULL ^ seed;
  for (size_t i = 0; i < n; ++i) {
    h ^= cps[i];
    h *= 1099511628211ULL;
  }
  return h;
}

// Hashes of the distinct character 3-grams, sorted.
std::vector<uint64_t> Shingles(const std::string& text) {
  std::vector<uint32_t> cps;
  for (size_t pos = 0; pos < text.size();) {
    uint32_t cp = DecodeUtf8(text, &pos);
    if (IsWordChar(cp)) cps.push_back(cp < 0x80 ? (cp | 0x20) : cp);
  }
  std::vector<uint64_t> out;
  for (size_t i = 0; i + 3 <= cps.size(); ++i) out.push_back(Fnv(&cps[i], 3, 0));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t i = 0, j = 0, both = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) { ++both; ++i; ++j; }
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both);
}

constexpr int kBands = 10, kRows = 2;  // P(candidate | Jaccard 0.5) ≈ 0.94

uint64_t Mix(uint64_t x) {  // splitmix64 finaliser
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// MinHash band signatures of one shingle set.
std::vector<uint64_t> Bands(const std::vector<uint64_t>& shingles) {
  std::vector<uint64_t> bands;
  if (shingles.empty()) return bands;
  for (int b = 0; b < kBands; ++b) {
    uint64_t sig = static_cast<uint64_t>(b) * 0x100000001B3ULL;
    for (int r = 0; r < kRows; ++r) {
      uint64_t seed = Mix(static_cast<uint64_t>(b * kRows + r + 1)), lo = UINT64_MAX;
      for (uint64_t s : shingles) lo = std::min(lo, Mix(s ^ seed));
      sig = Mix(sig ^ lo);
    }
    bands.push_back(sig);
  }
  return bands;
}

void LinkNearDuplicates(const std::vector<StoryArticle>& articles, double threshold, UnionFind& uf) {
  std::vector<std::vector<uint64_t>> shingles(articles.size());
  std::map<uint64_t, std::vector<int>> buckets;
  for (size_t i = 0; i < articles.size(); ++i) {
    shingles[i] = Shingles(articles[i].text);
    for (uint64_t band : Bands(shingles[i])) buckets[band].push_back(static_cast<int>(i));
  }
  for (const auto& [band, members] : buckets) {
    for (size_t a = 0; a < members.size(); ++a) {
      for (size_t b = a + 1; b < members.size() && b < a + 50; ++b) {
        if (uf.Find(members[a]) == uf.Find(members[b])) continue;
        if (Jaccard(shingles[members[a]], shingles[members[b]]) >= threshold) uf.Join(members[a], members[b]);
      }
    }
  }
}

void LinkSharedEntities(const std::vector<StoryArticle>& articles, const StoryGroupingOptions& o, UnionFind& uf) {
  std::unordered_map<std::string, std::vector<int>> postings;
  for (size_t i = 0; i < articles.size(); ++i) {
    for (const auto& e : articles[i].entities) postings[e].push_back(static_cast<int>(i));
  }
  std::map<std::pair<int, int>, int> shared;
  for (const auto& [entity, list] : postings) {
    if (static_cast<int>(list.size()) > o.max_entity_df) continue;
    for (size_t a = 0; a < list.size(); ++a) {
      for (size_t b = a + 1; b < list.size(); ++b) ++shared[{list[a], list[b]}];
    }
  }
  for (const auto& [pair, both] : shared) {
    const std::string& sa = articles[pair.first].subject;
    const std::string& sb = articles[pair.second].subject;
    if (!sa.empty() && !sb.empty() && sa != sb) continue;
    size_t na = articles[pair.first].entities.size(), nb = articles[pair.second].entities.size();
    double jaccard = static_cast<double>(both) / static_cast<double>(na + nb - both);
    if (both >= o.min_shared_entities && jaccard >= o.entity_jaccard) uf.Join(pair.first, pair.second);
  }
}

void LinkSharedEvents(const std::vector<StoryArticle>& articles, UnionFind& uf) {
  std::map<std::string, int> first;  // event key -> first article reporting it
  for (size_t i = 0; i < articles.size(); ++i) {
    for (const auto& key : articles[i].events) {
      if (key.empty()) continue;
      auto [it, inserted] = first.emplace(key, static_cast<int>(i));
      if (!inserted) uf.Join(it->second, static_cast<int>(i));
    }
  }
}

// Two hashes within `bits` (≤ 3) differ in at most 3 of 4 16-bit blocks, so
// they share at least one block exactly: bucket by each block.
void LinkSimHashes(const std::vector<StoryArticle>& articles, int bits, UnionFind& uf) {
  std::map<std::pair<int, uint64_t>, std::vector<int>> buckets;
  for (size_t i = 0; i < articles.size(); ++i) {
    if (articles[i].simhash == 0) continue;
    for (int b = 0; b < 4; ++b) buckets[{b, (articles[i].simhash >> (16 * b)) & 0xFFFF}].push_back(static_cast<int>(i));
  }
  for (const auto& [key, members] : buckets) {
    for (size_t a = 0; a < members.size(); ++a) {
      for (size_t b = a + 1; b < members.size() && b < a + 50; ++b) {
        uint64_t diff = articles[members[a]].simhash ^ articles[members[b]].simhash;
        if (__builtin_popcountll(diff) <= bits) uf.Join(members[a], members[b]);
      }
    }
  }
}

}  // namespace

std::string EventKey(const std::string& type, const std::string& person, const std::string& organization,
                     const std::string& product) {
  if (!person.empty()) return type + "|" + person;
  if (organization.empty()) return "";
  if (type == "launch" && !product.empty()) return type + "|" + organization + "|" + product;
  // "OpenAI hired someone" names no story; a funding round or a reorganisation does.
  if (type == "funding" || type == "reorganization") return type + "|" + organization;
  return "";
}

double TextSimilarity(const std::string& a, const std::string& b) { return Jaccard(Shingles(a), Shingles(b)); }

std::vector<std::vector<int>> GroupStories(const std::vector<StoryArticle>& articles,
                                           const StoryGroupingOptions& options) {
  UnionFind uf(articles.size());
  LinkSimHashes(articles, options.simhash_bits, uf);
  LinkSharedEvents(articles, uf);
  LinkSharedEntities(articles, options, uf);
  LinkNearDuplicates(articles, options.text_jaccard, uf);
  std::map<int, std::vector<int>> by_root;
  for (size_t i = 0; i < articles.size(); ++i) by_root[uf.Find(static_cast<int>(i))].push_back(static_cast<int>(i));
  std::vector<std::vector<int>> groups;
  for (auto& [root, members] : by_root) groups.push_back(std::move(members));
  return groups;
}

}  // namespace news
