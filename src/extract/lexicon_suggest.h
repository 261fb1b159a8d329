// `newsminer lexicon suggest`: proposes lexicon entries from stored
// articles. Two sources:
//   - people named with a title or role cue (FindTitledPeople) who are in
//     no lexicon, counted over articles;
//   - frequent terms the lexicons do not know: Chinese new words found by
//     frequency, cohesion (the weakest pointwise mutual information over the
//     term's split points) and boundary entropy (how varied the characters
//     on each side are), minus words of the general word list, and
//     capitalised Latin names seen mid-sentence.
// Each suggestion keeps its counts and one example sentence; FormatSuggestions
// prints them as TSV rows, with a `#` comment line above each, ready to paste
// into lexicons/entities/.
//
//   LexiconSuggester s(lexicon, {.min_count = 2});
//   for (const Document& d : docs) s.Add(d);
//   std::cout << FormatSuggestions(s.Suggestions());
//
// Not thread-safe (Add accumulates counts); Suggestions() is const.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lexicon/entity_lexicon.h"
#include "lexicon/lexicon_matcher.h"
#include "text/word_table.h"
#include "model/document.h"

namespace news {

struct Suggestion {
  std::string kind;      // "person" or "term"
  std::string text;      // the name or term as written
  std::string type;      // PERSON, ORG, PRODUCT (a guess for terms)
  int count = 0;         // occurrences
  int articles = 0;      // distinct articles
  double cohesion = 0;   // terms: weakest split PMI (natural log)
  double entropy = 0;    // terms: min(left, right) boundary entropy (nats)
  std::string example;   // one sentence where it occurs
};

class LexiconSuggester {
 public:
  struct Options {
    int min_count = 3;          // fewer occurrences are not suggested
    int limit = 40;             // per kind
    double min_cohesion = 2.0;  // Chinese terms: weakest split PMI
    double min_entropy = 0.9;   // Chinese terms: boundary entropy on both sides
    // The general word list (newsminer-words.bin): a term that is one of its
    // words, or is made only of its common words (研究+人员, 数据+中心), is
    // an ordinary word and not a new name (深度+求索 has a rare part and
    // stays). nullptr: no such filter.
    const WordTable* general_words = nullptr;
  };

  LexiconSuggester(const EntityLexicon& lex, const Options& options);
  void Add(const Document& doc);
  std::vector<Suggestion> Suggestions() const;

 private:
  struct Gram {
    int count = 0;
    std::map<std::string, int> left, right;  // neighbouring characters
    std::string example;
    int last_doc = -1, articles = 0;
  };
  void Count(std::map<std::string, Gram>& table, const std::string& key, std::string_view sentence);
  double Cohesion(const std::string& term, const std::vector<std::string>& chars) const;
  void AddPeople(std::string_view sentence);
  void AddHanRun(const std::vector<std::string>& chars, std::string_view sentence);
  void AddLatinNames(std::string_view sentence);
  bool Known(const std::string& text) const;
  bool OrdinaryWord(const std::string& term) const;
  bool IsPersonName(const std::string& text) const;
  std::vector<Suggestion> PeopleSuggestions() const;
  std::vector<Suggestion> TermSuggestions() const;

  const EntityLexicon& lex_;
  LexiconMatcher matcher_;
  Options options_;
  std::string known_keys_;  // every folded alias, one per line
  int doc_index_ = -1;
  long total_chars_ = 0;
  std::map<std::string, Gram> grams_;   // Han n-grams, n = 1..4 (n = 1 for the PMI denominators)
  std::map<std::string, Gram> people_;  // titled names
  std::map<std::string, Gram> latin_;   // capitalised Latin names mid-sentence
};

// TSV rows with a `#` comment above each; ids are new-N placeholders to edit.
std::string FormatSuggestions(const std::vector<Suggestion>& suggestions);

}  // namespace news
