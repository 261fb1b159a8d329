// The lexicon's term table and the length filters the scanner uses to skip
// lookups: they must never hide a term (the scan gives the same tokens with
// and without them, only faster).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "common/utf8.h"
#include "sentiment/sentence_scanner.h"
#include "sentiment/sentiment_lexicon.h"
#include "sentiment/term_table.h"
#include "test_support.h"
#include "text/match_key.h"

using namespace news;
using namespace news::testing;

TEST_CASE("TermTable finds every inserted key and nothing else", "[sentiment]") {
  TermTable<int> t;
  std::vector<std::string> keys;
  for (int i = 0; i < 5000; ++i) keys.push_back("term " + std::to_string(i * 7919));
  keys.push_back("");
  keys.push_back("營收大幅增長");
  keys.push_back("a somewhat longer phrase than eight bytes");
  for (size_t i = 0; i < keys.size(); ++i) t.Insert(keys[i]) = static_cast<int>(i) + 1;
  CHECK(t.size() == keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    INFO(keys[i]);
    const int* v = t.Find(keys[i]);
    REQUIRE(v != nullptr);
    CHECK(*v == static_cast<int>(i) + 1);
  }
  for (const char* absent : {"term 1", "term", "營收", "a somewhat longer phrase than eight byte", "營收大幅增長 "})
    CHECK(t.Find(absent) == nullptr);
  t.Insert("term 0") = -1;  // inserting again keeps one entry
  CHECK(t.size() == keys.size());
  CHECK(*t.Find("term 0") == -1);
  CHECK(TermTable<int>().Find("x") == nullptr);
}

TEST_CASE("Length filters list the lengths of the terms each first character or word starts", "[sentiment]") {
  TempDir dir;
  WriteFile(dir / "a.tsv",
            "term\tweight\n營收\t1\n營收大增\t2\n营运\t1\n好\t1\n𠀀字\t1\n"
            "revenue\t1\nrevenue rose sharply\t2\nrevenue fell\t-1\n");
  auto lex = SentimentLexicon::Load(dir.path().string());
  REQUIRE(lex.ok());
  // 營 and 营 fold to one key: lengths 2 and 4 (營收, 營收大增, 营运).
  std::string key = MatchKey("營");
  size_t pos = 0;
  uint32_t ying = DecodeUtf8(key, &pos);
  CHECK(lex->ChineseLengths(ying) == ((1u << 1) | (1u << 3)));
  CHECK(lex->ChineseLengths(U'好') == 1u);
  CHECK(lex->ChineseLengths(0x20000) == (1u << 1));  // outside the flat array
  CHECK(lex->ChineseLengths(U'差') == 0u);
  CHECK(lex->PhraseLengths("revenue") == ((1u << 1) | (1u << 2)));
  CHECK(lex->PhraseLengths("rose") == 0u);
  // The filters hide nothing: every term is still found by the scan.
  std::vector<ScanToken> toks = ScanSentence(MatchKey("營收大增，营运好。revenue rose sharply, revenue fell"), *lex);
  std::vector<float> pol;
  for (const ScanToken& t : toks)
    if (t.type == ScanToken::Type::kEntry) pol.push_back(t.entry->polarity);
  CHECK(pol == std::vector<float>{2, 1, 1, 2, -1});
}

TEST_CASE("A term longer than the scanner's limit is a parse error", "[sentiment]") {
  TempDir dir;
  std::string long_zh;
  for (int i = 0; i < SentimentLexicon::kMaxTermLength + 1; ++i) long_zh += "好";
  WriteFile(dir / "a.tsv", "term\tweight\n" + long_zh + "\t1\n");
  auto lex = SentimentLexicon::Load(dir.path().string());
  REQUIRE_FALSE(lex.ok());
  CHECK(lex.status().message().find("a.tsv:2: term longer than 32 characters") != std::string::npos);
}
