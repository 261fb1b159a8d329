// Tone about research culture versus product culture: scores each sentence
// (polarity and aspect), then aggregates per entity and per article.
//
//   auto sa = SentimentAnalyzer::Create({.lexicon_dir = "lexicons"});
//   SentenceTone t = (*sa)->ScoreSentence("營收大幅增長");
//   (*sa)->Score(analysis);   // needs sentences and entities
//
// Lexicons: the TSV files in <lexicon_dir>/sentiment/ (sentiment_lexicon.h).
// Create() fails with kParseError (file:line) on a malformed lexicon; a
// missing directory gives an analyzer that finds every sentence neutral.
// Immutable after Create(); safe to call from several threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "common/status.h"
#include "model/analysis.h"

namespace news {

class SentimentAnalyzer {
 public:
  struct Options {
    std::string lexicon_dir;  // directory holding sentiment/aspect/negation lexicons
  };

  static StatusOr<std::unique_ptr<SentimentAnalyzer>> Create(const Options& options);
  virtual ~SentimentAnalyzer() = default;

  // Tone of one sentence of normalised text, in any of the three languages.
  virtual SentenceTone ScoreSentence(std::string_view sentence) const = 0;

  // Fills every a.sentences[i].tone, each entity's research/product tone and
  // a.tone (article aggregates with their top sentences).
  virtual void Score(Analysis& a) const = 0;
};

}  // namespace news
