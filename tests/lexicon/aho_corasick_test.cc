#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "lexicon/aho_corasick.h"
#include "lexicon/snapshot.h"

using news::AhoCorasick;

TEST_CASE("Aho-Corasick finds overlapping keys in one pass", "[lexicon]") {
  AhoCorasick ac;
  int he = ac.Add("he"), she = ac.Add("she"), hers = ac.Add("hers"), his = ac.Add("his");
  int zh = ac.Add("奥特曼");
  ac.Build();
  std::vector<AhoCorasick::Hit> hits;
  ac.FindAll("ushers 与奥特曼", &hits);
  auto has = [&](size_t b, size_t e, int k) {
    return std::any_of(hits.begin(), hits.end(), [&](const auto& h) { return h.begin == b && h.end == e && h.key == k; });
  };
  CHECK(has(1, 4, she));
  CHECK(has(2, 4, he));
  CHECK(has(2, 6, hers));
  CHECK(has(10, 19, zh));
  CHECK_FALSE(std::any_of(hits.begin(), hits.end(), [&](const auto& h) { return h.key == his; }));
  CHECK(hits.size() == 4);
}

TEST_CASE("Aho-Corasick rejects empty keys and keys after Build", "[lexicon]") {
  AhoCorasick ac;
  CHECK(ac.Add("") == -1);
  CHECK(ac.Add("a") == 0);
  CHECK(ac.Add("a") == 0);  // the same key keeps its index
  ac.Build();
  CHECK(ac.Add("b") == -1);
  std::vector<AhoCorasick::Hit> hits;
  ac.FindAll("", &hits);
  CHECK(hits.empty());
}

// Small automata scan with a dense transition table, very large ones (more
// than 65535 states) walk fail links: both must find exactly what a naive
// search finds.
TEST_CASE("Aho-Corasick dense and sparse automata agree with a naive search", "[lexicon]") {
  auto naive = [](const std::vector<std::string>& keys, std::string_view text) {
    std::vector<std::tuple<size_t, size_t, std::string>> out;
    for (const std::string& k : keys)
      for (size_t pos = text.find(k); pos != std::string_view::npos; pos = text.find(k, pos + 1))
        out.emplace_back(pos, pos + k.size(), k);
    std::sort(out.begin(), out.end());
    return out;
  };
  const std::string text = "研究副總裁abcab openai與google deepmind, abcabcab 阿里巴巴通義實驗室 k1234x";
  for (int n : {40, 14000}) {
    std::vector<std::string> keys = {"ab", "bca", "abcab", "openai", "google deepmind", "通義", "阿里巴巴", "副總裁", "巴巴通"};
    for (int i = 0; i < n; ++i) keys.push_back("k" + std::to_string(i) + "x" + std::to_string(i * 7919));
    AhoCorasick ac;
    for (const std::string& k : keys) ac.Add(k);
    ac.Build();
    INFO("keys " << keys.size() << ", states " << ac.state_count());
    if (n > 1000) CHECK(ac.state_count() > 65536);  // the sparse path
    // A dense automaton saved and loaded scans its class-major copy of the
    // table (see aho_corasick.h): it must find the same.
    news::SnapshotWriter w;
    bool saved = ac.Save(w);
    CHECK(saved == (n < 1000));
    std::string bytes(w.bytes().size() + 8, '\0');
    size_t pad = (8 - reinterpret_cast<uintptr_t>(bytes.data()) % 8) % 8;  // the reader wants 8-byte aligned tables
    bytes.replace(pad, w.bytes().size(), w.bytes());
    news::SnapshotReader r(std::string_view(bytes).substr(pad, w.bytes().size()));
    AhoCorasick loaded;
    if (saved) REQUIRE(loaded.Load(r, nullptr));
    // Every prefix: the dense scan takes four bytes a step, so hits must be
    // found at each position modulo four and in the tail; ordered by end.
    for (size_t len = 0; len <= text.size(); ++len) {
      std::string_view t = std::string_view(text).substr(0, len);
      INFO("prefix of " << len << " bytes");
      for (const AhoCorasick* a : {&ac, &loaded}) {
        if (a == &loaded && !saved) continue;
        std::vector<AhoCorasick::Hit> hits;
        a->FindAll(t, &hits);
        CHECK(std::is_sorted(hits.begin(), hits.end(), [](const auto& x, const auto& y) { return x.end < y.end; }));
        std::vector<std::tuple<size_t, size_t, std::string>> got;
        for (const auto& h : hits) got.emplace_back(h.begin, h.end, keys[h.key]);
        std::sort(got.begin(), got.end());
        CHECK(got == naive(keys, t));
      }
    }
  }
}

// A loaded snapshot is trusted only as far as its output chains are sound:
// every link to a smaller (shallower) state, through key states only.
TEST_CASE("Aho-Corasick Load rejects output chains that could loop or leave the table", "[lexicon]") {
  struct Tables {
    std::vector<int32_t> out, dict, key;
  };
  auto load = [](const Tables& t) {
    news::SnapshotWriter w;
    std::vector<uint8_t> byte_class(256, 0);
    byte_class['a'] = 1;
    w.U32(2);
    w.Array(byte_class);
    w.Array(std::vector<uint32_t>{1});  // one key, "a"
    w.Array(t.out);
    w.Array(t.dict);
    w.Array(t.key);
    w.Array(std::vector<uint16_t>{0, 0, 1, 1});  // class-major: other bytes -> 0, 'a' -> 1
    news::SnapshotReader r(w.bytes());
    AhoCorasick ac;
    return ac.Load(r, nullptr);
  };
  CHECK(load({{0, 1}, {-1, -1}, {-1, 0}}));
  CHECK_FALSE(load({{0, 1}, {-1, 1}, {-1, 0}}));   // a dict link to itself: a cycle
  CHECK_FALSE(load({{0, 1}, {-2, -1}, {-1, 0}}));  // a dict link below -1
  CHECK_FALSE(load({{0, 1}, {-1, -1}, {-1, 1}}));  // a key index past the keys
  CHECK_FALSE(load({{0, 1}, {-1, -1}, {-1, -1}})); // an output at a state that ends no key
  CHECK_FALSE(load({{1, 1}, {-1, -1}, {-1, 0}}));  // an output link to a later state
}
