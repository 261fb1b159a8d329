#include "report/story_summary.h"

#include <algorithm>

#include "common/utf8.h"

namespace news {

double SummaryScore(const SummaryCandidate& s, const std::vector<std::string>& main_entities) {
  double score = 0;
  for (const auto& e : main_entities) {
    if (std::find(s.entities.begin(), s.entities.end(), e) != s.entities.end()) score += 2;
  }
  if (s.has_event) score += 2;
  score += std::max(0.0, 3.0 - 1.0 * s.index);  // the lead carries the point (as much as an entity and the event)
  size_t length = CountCodePoints(s.text);
  // Chinese packs a clause in ~15 characters, English needs ~40: judge by
  // both bounds loosely rather than by language.
  if (length < 12) score -= 6;  // outweighs the lead bonus: a fragment says nothing
  if (length > 220) score -= 2;
  return score;
}

int PickSummarySentence(const std::vector<SummaryCandidate>& sentences, const std::vector<std::string>& main_entities) {
  int best = -1;
  double best_score = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    double score = SummaryScore(sentences[i], main_entities);
    if (best < 0 || score > best_score + 1e-9) {
      best = static_cast<int>(i);
      best_score = score;
    }
  }
  return best;
}

}  // namespace news
