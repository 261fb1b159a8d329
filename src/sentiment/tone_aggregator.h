// Article and entity aggregates of sentence tones: the research, product and
// overall tone of an article (mean of the sentences that carry a polarity on
// that side), the sentences that carry most of each, and each entity's tone
// from the sentences that mention it. In the article means, a sentence that
// names organisations but not the subject weighs less (other_organization_weight;
// a product or division counts as its parent organisation), and so does a
// background sentence (a career, earlier work) that holds no event, and an
// organisation's response to the news (damage control: "the team remains
// stable", "we will keep investing"). The side the article is not about
// (MainSide: its headline's, else its lead event's) needs two sentences for
// a label, so a passing remark on the other side reads 0; and any label needs
// one sentence that says it clearly, not only faint remarks.
//
//   AggregateTone(analysis, {}, kinds, headline);   // after every sentence has its tone
//
// Pure function on the Analysis it is given.
#pragma once

#include <vector>

#include "model/analysis.h"

namespace news {

struct AggregateOptions {
  double neutral_below = 0.05;  // |aggregate| under this is label 0 (after the prior shrinks it)
  size_t top_sentences = 3;    // how many sentences research_top/product_top list
  double other_organization_weight = 0.35;  // sentences naming organisations but not the subject
  double prior_weight = 1.0;   // neutral pseudo-evidence each article mean starts with
  // A side whose sentences weigh less than this in all (one sentence that
  // names the side in passing, another organisation's news, a background
  // line) gets label 0 and score 0: a label needs that much evidence.
  double min_side_weight = 0.5;
  // The side the article is not about (see MainSide) needs this many
  // sentences that carry it, each weighing at least counted_sentence_weight
  // (a rival's or a background line does not count): one passing product
  // remark in a hire article, or one line about researchers in a funding
  // article, reads 0 to an analyst. Chosen by leave-one-set-out
  // cross-validation over the six tuning sets (tools/eval-sentiment --cv).
  int secondary_min_sentences = 2;
  double counted_sentence_weight = 0.3;
  // A label needs at least one sentence that says it clearly: a counted
  // sentence whose tone on the side, in the direction of the mean, is at
  // least this (a launch's or a favoured side's least tone; one plain polar
  // word scores 0.45). A mean made only of faint, hedged or reported remarks
  // ("the hire is part of an effort to depend less on OpenAI", 0.37) is
  // an analyst's neutral. Leave-one-set-out over the seven tuning sets: no
  // fold loses, dev gains four neutral labels (tools/eval-sentiment --cv).
  double clear_sentence_tone = 0.4;
  // A two-sided sentence counts (lesser side's evidence / greater's)^power
  // for its lesser side; 0 counts both sides fully.
  double lesser_side_power = 1;
  double background_weight = 0.3;  // a background sentence without an event of its own
  double response_weight = 0.5;    // an organisation's response to the news
};

// What the sentence markers say a sentence is (sentence_scorer.h's ToneDetail).
struct SentenceKind {
  bool background = false;  // tells the past (a career, earlier work)
  bool response = false;    // an organisation answers the news
};

// Which side an article is about: the side its headline names more (by
// aspect evidence), else the side of the first move, launch or funding round
// in its first two sentences (a move is research news unless its sentence is
// about product, as a finance chief's is; a launch or a round is product
// news), else none.
enum class ArticleSide { kNone, kResearch, kProduct };
ArticleSide MainSide(const Analysis& a, const SentenceTone& headline);

// Fills a.tone and every entity's research/product tone and counts.
// `kinds[i]` is sentence i's kind (missing entries: neither); `headline` is
// the headline's tone (its aspect evidence picks the article's MainSide).
void AggregateTone(Analysis& a, const AggregateOptions& options, const std::vector<SentenceKind>& kinds = {},
                   const SentenceTone& headline = {});

}  // namespace news
