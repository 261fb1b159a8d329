// The tone rules over one scanned piece of text: weighted polarity words,
// negation scoped to the clause, intensifiers and diminishers, contrast (the
// clauses after but/但是 weigh more, those before less), hedges and reported
// speech, and metric-and-direction pairs ("revenue rose", "虧損收窄",
// "from 5.7 % to 2.4 %"). Then the aspect: research, product, both or none,
// from aspect terms and entity hints, with each side's polarity when both.
//
//   ToneDetail d = ScoreTokens(ScanSentence(key, lex), hints, {});
//
// Pure function; safe to call from several threads.
#pragma once

#include <cstdint>
#include <vector>

#include "model/analysis.h"
#include "sentiment/sentence_scanner.h"

namespace news {

struct ScoringOptions {
  double negation_scale = 0.8;      // a negated word keeps this share of its weight, flipped
  double negated_negative_scale = 0.3;  // ... and a negated negative word this share
  double contrast_before = 0.5;     // weight of the clauses before but/但是
  double contrast_after = 1.5;      // weight of the clauses after it
  double lone_direction = 0.4;      // "rose" with no metric anywhere in its sentence
  double metric_pair = 1.6;         // weight of a metric paired with a direction
  double squash_alpha = 4.0;        // score = S / sqrt(S^2 + alpha)
  double neutral_below = 0.25;      // |score| under this is label 0
  double side_floor = 0.4;          // "X over Y": least magnitude each side gets
  double dangling_negator = -0.3;   // a negator that found nothing to flip in its clause
  double question = -0.3;           // added to a sentence that ends in a question mark
  double open_question = 0.3;       // a hedge this weak or weaker (能否, whether) asks, not tells:
                                    // an over/shift cue in its clause decides no side
};

// An aspect cue that does not come from the text's words, e.g. an entity
// mention (a research division, a product) at code point `cp`.
struct AspectHint {
  uint32_t cp = 0;
  double research = 0, product = 0;
};

struct ToneDetail {
  SentenceTone tone;
  double raw = 0;                       // unsquashed sum
  double research_weight = 0, product_weight = 0;  // aspect evidence
  // The aspect to show when only one fits (the CLI): the heavier side.
  const char* dominant = "none";
  bool background = false;  // holds a background marker (a career, earlier work): tells the past
  bool response = false;    // holds a response marker: an organisation answering the news
  bool departure = false;   // holds a departure word ("her exit", "離職"): speaks of someone leaving
};

ToneDetail ScoreTokens(const std::vector<ScanToken>& tokens, const std::vector<AspectHint>& hints,
                       const ScoringOptions& options);

// Label in {-1, 0, 1} for a score, with the options' neutral band.
int LabelFor(double score, const ScoringOptions& options);

}  // namespace news
