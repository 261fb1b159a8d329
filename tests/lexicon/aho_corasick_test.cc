#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
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
    AhoCorasick ac(0);  // the small one compacted, as the entity lexicon's is
    for (const std::string& k : keys) ac.Add(k);
    ac.Build();
    INFO("keys " << keys.size() << ", states " << ac.state_count());
    if (n > 1000) CHECK(ac.state_count() > 65536);  // the sparse path
    // A dense automaton saved and loaded scans the snapshot's copy of its
    // tables: it must find the same.
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

// Random keys and texts over a few bytes (a UTF-8 lead byte and
// continuation bytes among them, so that texts hold invalid UTF-8 too): deep
// states then differ from their fallback in one, two or more classes, and
// the full rows, the compacted rows with their DeepStates and a loaded copy
// must all find exactly what a naive search finds. Texts of 400 bytes are
// scanned in one lane, of 4000 in four.
TEST_CASE("Aho-Corasick compact tables agree with a naive search on random keys", "[lexicon]") {
  std::mt19937 rng(5);
  const std::string alphabet = "ab c\xe4\xb8\x80";
  auto random_string = [&](size_t len) {
    std::string s;
    for (size_t i = 0; i < len; ++i) s += alphabet[rng() % alphabet.size()];
    return s;
  };
  for (int round = 0; round < 20; ++round) {
    std::vector<std::string> keys;
    AhoCorasick ac(round % 2 == 0 ? 0 : AhoCorasick::kCompactAboveBytes);  // compacted, and full rows
    for (int i = 0; i < 60; ++i) {
      std::string k = random_string(1 + rng() % 9);
      if (std::find(keys.begin(), keys.end(), k) == keys.end() && ac.Add(k) == static_cast<int>(keys.size())) keys.push_back(k);
    }
    ac.Build();
    news::SnapshotWriter w;
    REQUIRE(ac.Save(w));
    std::string bytes(w.bytes().size() + 8, '\0');
    size_t pad = (8 - reinterpret_cast<uintptr_t>(bytes.data()) % 8) % 8;
    bytes.replace(pad, w.bytes().size(), w.bytes());
    news::SnapshotReader r(std::string_view(bytes).substr(pad, w.bytes().size()));
    AhoCorasick loaded;
    REQUIRE(loaded.Load(r, nullptr));
    std::string text = random_string(round % 4 < 2 ? 400 : 4000);
    std::vector<std::tuple<size_t, size_t, int>> want;
    for (size_t k = 0; k < keys.size(); ++k)
      for (size_t pos = text.find(keys[k]); pos != std::string::npos; pos = text.find(keys[k], pos + 1))
        want.emplace_back(pos, pos + keys[k].size(), static_cast<int>(k));
    std::sort(want.begin(), want.end());
    for (const AhoCorasick* a : {&ac, &loaded}) {
      std::vector<AhoCorasick::Hit> hits;
      a->FindAll(text, &hits);
      std::vector<std::tuple<size_t, size_t, int>> got;
      for (const auto& h : hits) got.emplace_back(h.begin, h.end, h.key);
      std::sort(got.begin(), got.end());
      CHECK(got == want);
    }
  }
}

// A loaded snapshot is trusted only as far as its small tables are sound:
// output chains through key states only that end, links inside the table,
// the output bits matching the chains.
TEST_CASE("Aho-Corasick Load rejects output chains that could loop or leave the table", "[lexicon]") {
  struct Tables {
    std::vector<int32_t> out, dict, key;
    std::vector<uint32_t> key_len = {1};  // one key, "a"
  };
  auto load = [](const Tables& t) {
    news::SnapshotWriter w;
    std::vector<uint8_t> byte_class(256, 0);
    byte_class['a'] = 1;
    w.U32(2);
    w.Array(byte_class);
    w.Array(t.key_len);
    w.Array(t.out);
    w.Array(t.dict);
    w.Array(t.key);
    size_t states = t.out.size();
    w.U32(static_cast<uint32_t>(states));  // every state dense
    std::vector<uint16_t> rows;
    for (size_t s = 0; s < states; ++s) rows.insert(rows.end(), {0, 1});  // other bytes -> 0, 'a' -> 1
    w.Array(rows);
    w.Array(std::vector<uint64_t>{});  // no deep states
    std::vector<uint8_t> has_output;
    for (int32_t out : t.out) has_output.push_back(out != 0);
    w.Array(has_output);
    news::SnapshotReader r(w.bytes());
    AhoCorasick ac;
    return ac.Load(r, nullptr);
  };
  CHECK(load({{0, 1}, {-1, -1}, {-1, 0}}));
  CHECK_FALSE(load({{0, 1}, {-1, 1}, {-1, 0}}));   // a dict link to itself: a cycle
  CHECK_FALSE(load({{0, 1}, {-2, -1}, {-1, 0}}));  // a dict link below -1
  CHECK_FALSE(load({{0, 1}, {-1, 2}, {-1, 0}}));   // a dict link past the table
  CHECK_FALSE(load({{0, 1}, {-1, -1}, {-1, 1}}));  // a key index past the keys
  CHECK_FALSE(load({{0, 1}, {-1, -1}, {-1, -1}})); // an output at a state that ends no key
  CHECK_FALSE(load({{0, 2}, {-1, -1}, {-1, 0}}));  // an output link past the table
  // Two keys whose states link to each other: a loop of two.
  CHECK(load({{0, 1, 2}, {-1, -1, 1}, {-1, 0, 1}, {1, 2}}));
  CHECK_FALSE(load({{0, 1, 2}, {-1, 2, 1}, {-1, 0, 1}, {1, 2}}));
}
