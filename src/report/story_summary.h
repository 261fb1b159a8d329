// Extractive one-sentence summaries: picks, from one article's sentences,
// the sentence that best says what the story is about. A sentence scores
// for each of the story's main entities it names, for carrying the event,
// for coming early (news puts the point first), and loses for being too
// short to say anything or too long to read at a glance. The sentence is
// returned as written, in the article's language; nothing is generated.
//
//   std::vector<SummaryCandidate> sentences = ...;  // one article, in order
//   int best = PickSummarySentence(sentences, {"org:openai", "person:jane-doe"});
//
// Deterministic: ties go to the earlier sentence. Pure, thread-safe.
#pragma once

#include <string>
#include <vector>

namespace news {

struct SummaryCandidate {
  int index = 0;                      // position in the article, 0-based
  std::string text;
  std::vector<std::string> entities;  // entity ids mentioned in the sentence
  bool has_event = false;             // an event was found in this sentence
};

// The position in `sentences` of the best summary, or -1 when empty.
int PickSummarySentence(const std::vector<SummaryCandidate>& sentences, const std::vector<std::string>& main_entities);

// The score behind the choice; exposed for tests.
double SummaryScore(const SummaryCandidate& s, const std::vector<std::string>& main_entities);

}  // namespace news
