#include <catch2/catch.hpp>

#include <algorithm>

#include "lexicon/aho_corasick.h"

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
