#include "sentiment/tone_aggregator.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace news {
namespace {

bool HasResearch(const SentenceTone& t) { return (t.aspect == "research" || t.aspect == "both") && t.research != 0; }
bool HasProduct(const SentenceTone& t) { return (t.aspect == "product" || t.aspect == "both") && t.product != 0; }

int Label(double v, const AggregateOptions& o) { return v >= o.neutral_below ? 1 : v <= -o.neutral_below ? -1 : 0; }

// Mean of the side's polarities over `indexes`; counts them in *n.
template <typename Get, typename Has>
double MeanSide(const Analysis& a, const std::vector<int>& indexes, Get get, Has has, int* n) {
  double sum = 0;
  *n = 0;
  for (int i : indexes) {
    const SentenceTone& t = a.sentences[i].tone;
    if (!has(t)) continue;
    sum += get(t);
    ++*n;
  }
  return *n ? sum / *n : 0;
}

// The sentences that pull the aggregate hardest in its own direction.
template <typename Get, typename Has>
std::vector<int> TopSentences(const Analysis& a, double aggregate, Get get, Has has, size_t k) {
  std::vector<int> idx;
  for (const Sentence& s : a.sentences)
    if (has(s.tone) && (aggregate == 0 || get(s.tone) * aggregate > 0)) idx.push_back(s.index);
  std::stable_sort(idx.begin(), idx.end(), [&](int x, int y) {
    return std::fabs(get(a.sentences[x].tone)) > std::fabs(get(a.sentences[y].tone));
  });
  if (idx.size() > k) idx.resize(k);
  return idx;
}

}  // namespace

void AggregateTone(Analysis& a, const AggregateOptions& o) {
  auto research = [](const SentenceTone& t) { return t.research; };
  auto product = [](const SentenceTone& t) { return t.product; };
  auto overall = [](const SentenceTone& t) { return t.score; };
  auto any = [](const SentenceTone& t) { return t.score != 0; };
  std::vector<int> all;
  for (const Sentence& s : a.sentences) all.push_back(s.index);
  ToneSummary& tone = a.tone;
  tone.research = MeanSide(a, all, research, HasResearch, &tone.research_n);
  tone.product = MeanSide(a, all, product, HasProduct, &tone.product_n);
  int n = 0;
  tone.overall = MeanSide(a, all, overall, any, &n);
  tone.research_label = Label(tone.research, o);
  tone.product_label = Label(tone.product, o);
  tone.overall_label = Label(tone.overall, o);
  tone.research_top = TopSentences(a, tone.research, research, HasResearch, o.top_sentences);
  tone.product_top = TopSentences(a, tone.product, product, HasProduct, o.top_sentences);
  for (EntityResult& e : a.entities) {
    std::set<int> seen;
    std::vector<int> mine;
    for (const Mention& m : e.mentions)
      if (m.sentence >= 0 && m.sentence < static_cast<int>(a.sentences.size()) && seen.insert(m.sentence).second)
        mine.push_back(m.sentence);
    e.research = MeanSide(a, mine, research, HasResearch, &e.research_n);
    e.product = MeanSide(a, mine, product, HasProduct, &e.product_n);
  }
}

}  // namespace news
