#include "sentiment/tone_aggregator.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "sentiment/event_tone.h"

namespace news {
namespace {

bool HasResearch(const SentenceTone& t) { return (t.aspect == "research" || t.aspect == "both") && t.research != 0; }
bool HasProduct(const SentenceTone& t) { return (t.aspect == "product" || t.aspect == "both") && t.product != 0; }

int Label(double v, const AggregateOptions& o) { return v >= o.neutral_below ? 1 : v <= -o.neutral_below ? -1 : 0; }

// How much a sentence counts for one side: fully, unless it names both
// sides and this one much less than the other ("researchers weighing higher
// pay" is about researchers more than about income).
double SideShare(const SentenceTone& t, double evidence, const AggregateOptions& o) {
  if (evidence <= 0) return 1;  // the side came from an event, not from words
  double weak = std::pow(std::min(1.0, evidence), 1);
  if (t.aspect != "both") return weak;
  double top = std::max(t.research_evidence, t.product_evidence);
  return weak * std::pow(evidence / top, o.lesser_side_power);
}

// How much evidence a side needs before it gets a score: its sentences'
// total weight, and how many of them weigh at least `counted_weight`.
struct SideNeed {
  double min_weight = 0;
  int min_sentences = 0;
  double counted_weight = 0;
  double clear_tone = 0;  // least |tone| of one counted sentence in the mean's direction
};

// Weighted mean of the side's polarities over `indexes`, shrunk towards 0 by
// `prior` (as if that much neutral evidence had been seen too), so that one
// passing remark does not make an article's tone; counts them in *n.
// Sides without the evidence `need` asks for come out 0.
template <typename Get, typename Has, typename Share>
double MeanSide(const Analysis& a, const std::vector<int>& indexes, const std::vector<double>& weight, Get get,
                Has has, Share share, double prior, int* n, const SideNeed& need = {}) {
  double sum = 0, total = 0, clearest_up = 0, clearest_down = 0;
  int counted = 0;
  *n = 0;
  for (int i : indexes) {
    const SentenceTone& t = a.sentences[i].tone;
    if (!has(t)) continue;
    double w = weight[i] * share(t);
    sum += get(t) * w;
    total += w;
    ++*n;
    if (w < need.counted_weight) continue;
    ++counted;
    clearest_up = std::max(clearest_up, get(t));
    clearest_down = std::max(clearest_down, -get(t));
  }
  bool enough = total > 0 && total >= need.min_weight && counted >= need.min_sentences &&
                (sum > 0 ? clearest_up : clearest_down) >= need.clear_tone;
  return enough ? sum / (total + prior) : 0;
}

// A sentence about other organisations only (a rival's freeze, a
// competitor's launch, a rival's product named in passing) says less about
// the subject's culture; so does a background sentence without an event, and
// an organisation's answer to the news (it rarely says things went badly).
std::vector<double> SentenceWeights(const Analysis& a, const AggregateOptions& o, const std::vector<SentenceKind>& kinds) {
  std::vector<double> w(a.sentences.size(), 1.0);
  std::vector<int> orgs(a.sentences.size(), 0), subject(a.sentences.size(), 0);
  std::string subject_name = SubjectOrganization(a);
  for (const EntityResult& e : a.entities) {
    bool org = e.type == "organization";
    if (!org && ((e.type != "product" && e.type != "division") || e.parent.empty())) continue;
    bool mine = org ? e.role == "subject" : SameHouse(e.parent, subject_name);
    for (const Mention& m : e.mentions) {
      if (m.sentence < 0 || m.sentence >= static_cast<int>(w.size())) continue;
      ++orgs[m.sentence];
      if (mine) ++subject[m.sentence];
    }
  }
  std::vector<bool> has_event(a.sentences.size(), false);
  for (const Event& e : a.events)
    if (e.sentence >= 0 && e.sentence < static_cast<int>(w.size())) has_event[e.sentence] = true;
  for (size_t i = 0; i < w.size(); ++i) {
    if (orgs[i] > 0 && subject[i] == 0) w[i] = o.other_organization_weight;
    if (i >= kinds.size()) continue;
    if (kinds[i].background && !has_event[i]) w[i] *= o.background_weight;
    if (kinds[i].response) w[i] *= o.response_weight;
  }
  return w;
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

// The side a lead event speaks to: a move is news for the side its sentence
// took (ApplyEventTone puts it on research unless the sentence is about
// product: a finance chief), a launch or a funding round product news.
ArticleSide EventSide(const Analysis& a, const Event& e) {
  if (e.type == "hire" || e.type == "departure")
    return a.sentences[e.sentence].tone.aspect == "product" ? ArticleSide::kProduct : ArticleSide::kResearch;
  if (e.type == "launch" || e.type == "funding") return ArticleSide::kProduct;
  return ArticleSide::kNone;
}

}  // namespace

ArticleSide MainSide(const Analysis& a, const SentenceTone& headline) {
  if (headline.research_evidence > headline.product_evidence) return ArticleSide::kResearch;
  if (headline.product_evidence > headline.research_evidence) return ArticleSide::kProduct;
  const Event* first = nullptr;
  for (const Event& e : a.events)
    if (e.sentence >= 0 && e.sentence <= 1 && e.sentence < static_cast<int>(a.sentences.size()) &&
        EventSide(a, e) != ArticleSide::kNone &&
        (first == nullptr || e.sentence < first->sentence))
      first = &e;
  return first ? EventSide(a, *first) : ArticleSide::kNone;
}

void AggregateTone(Analysis& a, const AggregateOptions& o, const std::vector<SentenceKind>& kinds,
                   const SentenceTone& headline) {
  auto research = [](const SentenceTone& t) { return t.research; };
  auto product = [](const SentenceTone& t) { return t.product; };
  auto overall = [](const SentenceTone& t) { return t.score; };
  auto any = [](const SentenceTone& t) { return t.score != 0; };
  std::vector<int> all;
  for (const Sentence& s : a.sentences) all.push_back(s.index);
  std::vector<double> weight = SentenceWeights(a, o, kinds);
  std::vector<double> flat(a.sentences.size(), 1.0);
  ToneSummary& tone = a.tone;
  auto research_share = [&](const SentenceTone& t) { return SideShare(t, t.research_evidence, o); };
  auto product_share = [&](const SentenceTone& t) { return SideShare(t, t.product_evidence, o); };
  auto full = [](const SentenceTone&) { return 1.0; };
  ArticleSide main = MainSide(a, headline);
  auto need = [&](ArticleSide side) {
    bool secondary = main != ArticleSide::kNone && main != side;
    return SideNeed{o.min_side_weight, secondary ? o.secondary_min_sentences : 0, o.counted_sentence_weight,
                    o.clear_sentence_tone};
  };
  tone.research = MeanSide(a, all, weight, research, HasResearch, research_share, o.prior_weight, &tone.research_n,
                           need(ArticleSide::kResearch));
  tone.product = MeanSide(a, all, weight, product, HasProduct, product_share, o.prior_weight, &tone.product_n,
                          need(ArticleSide::kProduct));
  int n = 0;
  tone.overall = MeanSide(a, all, weight, overall, any, full, o.prior_weight, &n);
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
    e.research = MeanSide(a, mine, flat, research, HasResearch, research_share, 0.0, &e.research_n);
    e.product = MeanSide(a, mine, flat, product, HasProduct, product_share, 0.0, &e.product_n);
  }
}

}  // namespace news
