#include "sentiment/sentence_scorer.h"

#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

namespace news {
namespace {

using Type = ScanToken::Type;

struct MetricHit {
  size_t index;
  int polarity;
  double weight;
  bool negated;
  bool paired = false;
};

struct DirectionHit {
  size_t index;
  double value;  // signed, negation and intensity applied
  double lone;   // its tone when no metric pairs with it
};

// What one clause's words add up to before metrics pair with directions:
// the items found, and the modifiers still waiting for an item.
struct ClauseItems {
  double mult = 1, clause_factor = 1;
  double reported = 1;  // a reported-speech marker with nothing said after it yet
  bool negated = false;
  bool names_aspect = false;
  double* last = nullptr;  // the item a trailing intensifier ("rose sharply") scales
  double* last_lone = nullptr;
  std::vector<double> values;  // plain polar words
  std::vector<MetricHit> metrics;
  std::vector<DirectionHit> dirs;

  // Folds a modifier into the state; false when `x` is not a modifier.
  bool ApplyModifier(const LexEntry& x) {
    switch (x.modifier) {
      case Modifier::kNone: return false;
      case Modifier::kNegator: negated = !negated; return true;
      case Modifier::kIntensifier:
      case Modifier::kDiminisher: mult *= x.factor; return true;
      case Modifier::kHedge: clause_factor *= x.factor; return true;
      case Modifier::kReported:
        clause_factor *= x.factor;
        reported = x.factor;
        return true;
      default: return true;  // contrast, blockers, cues: not summed in the clause
    }
  }

  // Adds token i's direction, metric or polar word, which spends the
  // modifiers before it; a word that is none of these changes nothing.
  void AddItem(size_t i, const LexEntry& x, const ScoringOptions& o) {
    if (x.direction != 0) {
      double sign = mult * (negated ? -o.negation_scale : 1.0);
      // "improve", "改善" judge on their own; "rose" alone says little.
      double lone = x.polarity != 0 ? x.polarity : x.direction * x.direction_weight * o.lone_direction;
      dirs.push_back({i, x.direction * x.direction_weight * sign, lone * sign});
      last = &dirs.back().value;
      last_lone = &dirs.back().lone;
    } else if (x.metric != 0) {
      metrics.push_back({i, x.metric, x.metric_weight * mult, negated});
    } else if (x.polarity != 0) {
      // "not good" is bad news; "not bad" is only faintly good.
      double flip = x.polarity < 0 ? o.negated_negative_scale : o.negation_scale;
      values.push_back(x.polarity * mult * (negated ? -flip : 1.0));
      last = &values.back();
      last_lone = nullptr;
    } else {
      return;
    }
    if (x.metric == 0) negated = false;
    mult = 1;
    reported = 1;
  }
};

// Walks the tokens clause by clause; keeps what a sentence carries across its
// clauses (contrast weighting, the last metric and direction named).
class ClauseWalker {
 public:
  ClauseWalker(const std::vector<ScanToken>& t, const ScoringOptions& o) : toks_(t), opt_(o) {}

  // Each clause's final share of the total, with the code points it spans.
  struct ClauseShare {
    uint32_t cp_begin, cp_end;
    double value;
  };
  const std::vector<ClauseShare>& clauses() const { return clauses_; }

  double Run() {
    size_t begin = 0;
    StartSentence(0);
    for (size_t i = 0; i <= toks_.size(); ++i) {
      bool end = i == toks_.size();
      bool contrast = !end && toks_[i].type == Type::kEntry && toks_[i].entry->modifier == Modifier::kContrast;
      if (!end && toks_[i].type != Type::kClauseEnd && toks_[i].type != Type::kSentenceEnd && !contrast) continue;
      double v = EvalClause(begin, i) * clause_weight_;
      sentence_ += v;
      // A clause spans from the boundary before it to its own, so entity
      // mentions between lexicon words fall inside it too.
      clauses_.push_back({begin == 0 ? 0 : toks_[begin - 1].cp, end ? UINT32_MAX : toks_[i].cp, v});
      begin = i + 1;
      if (contrast) {
        sentence_ *= opt_.contrast_before;
        for (size_t k = sentence_first_clause_; k < clauses_.size(); ++k) clauses_[k].value *= opt_.contrast_before;
        clause_weight_ = opt_.contrast_after * toks_[i].entry->factor;
      } else if (end || toks_[i].type == Type::kSentenceEnd) {
        // Questions in news are mostly doubts ("Why did nobody ask?").
        if (!end && toks_[i].number == 1) sentence_ += opt_.question;
        EndSentence();
        StartSentence(i + 1);
      }
    }
    return total_;
  }

 private:
  // Figures compared across the clauses of a sentence ("was 4.1 %, from 6.3 %").
  void StartSentence(size_t b) {
    sentence_first_clause_ = clauses_.size();
    size_t e = b;
    bool has_direction = false;
    for (; e < toks_.size() && toks_[e].type != Type::kSentenceEnd; ++e)
      has_direction |= toks_[e].type == Type::kEntry && toks_[e].entry->direction != 0;
    // Only when no word names the direction: figures are a weaker witness.
    sentence_direction_ = has_direction ? 0 : NumbersDirection(b, e);
  }

  void EndSentence() {
    total_ += sentence_;
    sentence_ = 0;
    clause_weight_ = 1;
    carry_metric_ = 0;
    carry_direction_ = 0;
    carried_reported_ = 1;
  }

  double EvalClause(size_t b, size_t e);
  double FinishClause(ClauseItems& c, size_t b, size_t e);
  int NumbersDirection(size_t b, size_t e) const;
  double PairMetrics(std::vector<MetricHit>& metrics, const std::vector<DirectionHit>& dirs, size_t b, size_t e);

  const std::vector<ScanToken>& toks_;
  const ScoringOptions& opt_;
  double total_ = 0, sentence_ = 0, clause_weight_ = 1;
  double carried_reported_ = 1;  // a reported-speech marker that ended its clause
  int carry_metric_ = 0, carry_direction_ = 0, sentence_direction_ = 0;
  std::vector<ClauseShare> clauses_;
  size_t sentence_first_clause_ = 0;
};

double ClauseWalker::EvalClause(size_t b, size_t e) {
  ClauseItems c;
  // Reserved up front: `last` and `last_lone` point into these.
  c.values.reserve(e - b);
  c.dirs.reserve(e - b);
  for (size_t i = b; i < e; ++i) {
    if (toks_[i].type != Type::kEntry) continue;
    const LexEntry& x = *toks_[i].entry;
    c.names_aspect |= x.research > 0 || x.product > 0;
    if (!c.ApplyModifier(x)) c.AddItem(i, x, opt_);
  }
  return FinishClause(c, b, e);
}

// The clause's value from its items and what its modifiers left open.
double ClauseWalker::FinishClause(ClauseItems& c, size_t b, size_t e) {
  double sum = 0;
  // A negator with nothing left to negate ("nobody came", "it wasn't") leans
  // negative, unless it negates an aspect ("no product targets", "不設KPI",
  // "work that will not ship"): that says which side is absent, not bad news.
  if (c.negated && !c.names_aspect) sum += opt_.dangling_negator;
  if (c.mult != 1 && c.last) *c.last *= c.mult;
  if (c.mult != 1 && c.last_lone) *c.last_lone *= c.mult;
  for (double v : c.values) sum += v;
  sum += PairMetrics(c.metrics, c.dirs, b, e);
  double value = sum * c.clause_factor * carried_reported_;
  // "公司回應稱，X" / "According to the company, X": what was said follows
  // in the next clauses of the sentence.
  if (c.reported != 1) carried_reported_ *= c.reported;
  return value;
}

// Each direction pairs with the nearest metric of its clause (preceding
// first), else with the metric named earlier in the sentence.
double ClauseWalker::PairMetrics(std::vector<MetricHit>& metrics, const std::vector<DirectionHit>& dirs,
                                 size_t b, size_t e) {
  double sum = 0;
  for (const DirectionHit& d : dirs) {
    MetricHit* best = nullptr;
    for (MetricHit& m : metrics)
      if (m.index < d.index || !best) best = &m;
    int polarity = best ? best->polarity : carry_metric_;
    if (best) best->paired = true;
    sum += polarity != 0 ? polarity * d.value * opt_.metric_pair : d.lone;
  }
  if (!dirs.empty()) carry_direction_ = dirs.back().value > 0 ? 1 : dirs.back().value < 0 ? -1 : 0;
  int implied = dirs.empty() ? NumbersDirection(b, e) : 0;
  if (implied == 0 && dirs.empty()) implied = carry_direction_ ? carry_direction_ : sentence_direction_;
  for (const MetricHit& m : metrics) {
    if (m.paired) continue;
    if (implied != 0) sum += m.polarity * implied * opt_.metric_pair;
    else sum += m.negated ? -m.weight * opt_.negation_scale : m.weight;
  }
  if (!metrics.empty()) carry_metric_ = metrics.back().polarity;
  return sum;
}

// "from 5.7 to 2.4", "to 2.4 from 5.7", "2.4 compared with 5.7": the sign of
// the change, or 0 when the clause holds no such pair.
int ClauseWalker::NumbersDirection(size_t b, size_t e) const {
  // Years ("compared with 2007") are dates, not figures.
  auto figure = [&](size_t k) {
    if (toks_[k].type != Type::kNumber) return false;
    double v = toks_[k].number;
    return !(v >= 1900 && v <= 2100 && v == static_cast<int>(v));
  };
  auto number_after = [&](size_t i, double* v) {
    for (size_t k = i + 1; k < e && k <= i + 3; ++k)
      if (figure(k)) { *v = toks_[k].number; return true; }
    return false;
  };
  double from = 0, to = 0, before = 0, after = 0;
  bool has_from = false, has_to = false, has_before = false, has_cmp = false;
  for (size_t i = b; i < e; ++i) {
    if (figure(i) && !has_cmp && !has_from) { before = toks_[i].number; has_before = true; }
    if (toks_[i].type != Type::kEntry) continue;
    Modifier m = toks_[i].entry->modifier;
    if (m == Modifier::kFrom && !has_from) has_from = number_after(i, &from);
    if (m == Modifier::kTo && !has_to) has_to = number_after(i, &to);
    if (m == Modifier::kCompared && has_before && !has_cmp) has_cmp = number_after(i, &after);
  }
  double delta = has_from && has_to ? to - from
                 : has_from && has_before ? before - from
                 : has_cmp                ? before - after
                                          : 0;
  return delta > 0 ? 1 : delta < 0 ? -1 : 0;
}

}  // namespace

int LabelFor(double score, const ScoringOptions& o) {
  return score >= o.neutral_below ? 1 : score <= -o.neutral_below ? -1 : 0;
}

// Aspect evidence before and after the first "X over Y" / "shift to X" cue.
struct AspectSides {
  double r_before = 0, p_before = 0, r_after = 0, p_after = 0;
  Modifier cue = Modifier::kNone;
  uint32_t cue_cp = 0;

  void Add(uint32_t cp, double r, double p) {
    bool after = cue != Modifier::kNone && cp > cue_cp;
    (after ? r_after : r_before) += r;
    (after ? p_after : p_before) += p;
  }
};

// Aspect evidence split at the cue that starts at `cue_index` (or at none),
// counting only what lies in code points [lo, hi).
static AspectSides CollectAspects(const std::vector<ScanToken>& toks, const std::vector<AspectHint>& hints,
                                  size_t cue_index, uint32_t lo = 0, uint32_t hi = UINT32_MAX) {
  AspectSides s;
  if (cue_index < toks.size()) {
    s.cue = toks[cue_index].entry->modifier;
    s.cue_cp = toks[cue_index].cp;
  }
  for (const ScanToken& t : toks)
    if (t.type == Type::kEntry && (t.entry->research > 0 || t.entry->product > 0) && t.cp >= lo && t.cp < hi)
      s.Add(t.cp, t.entry->research, t.entry->product);
  for (const AspectHint& h : hints)
    if (h.cp >= lo && h.cp < hi) s.Add(h.cp, h.research, h.product);
  return s;
}

// Code points of the clause holding token i: from the boundary before it to
// the one after it.
static std::pair<uint32_t, uint32_t> ClauseAround(const std::vector<ScanToken>& toks, size_t i) {
  auto boundary = [&](size_t k) { return toks[k].type == Type::kClauseEnd || toks[k].type == Type::kSentenceEnd; };
  uint32_t lo = 0, hi = UINT32_MAX;
  for (size_t k = i; k-- > 0;)
    if (boundary(k)) { lo = toks[k].cp; break; }
  for (size_t k = i + 1; k < toks.size(); ++k)
    if (boundary(k)) { hi = toks[k].cp; break; }
  return {lo, hi};
}

// The aspect named nearest the cue, before or after it, within its clause
// ("puts product deadlines over long-term research": deadlines), as code
// points [lo, hi) of the evidence to keep; empty when that side names none.
static std::pair<uint32_t, uint32_t> NearestAspect(const std::vector<ScanToken>& toks,
                                                   const std::vector<AspectHint>& hints, size_t cue, bool before) {
  auto [lo, hi] = ClauseAround(toks, cue);
  uint32_t at = toks[cue].cp, best = before ? 0 : UINT32_MAX;
  bool found = false;
  auto consider = [&](uint32_t cp) {
    if (cp < lo || cp >= hi || (before ? cp >= at : cp <= at)) return;
    if (!found || (before ? cp > best : cp < best)) best = cp;
    found = true;
  };
  for (const ScanToken& t : toks)
    if (t.type == Type::kEntry && (t.entry->research > 0 || t.entry->product > 0)) consider(t.cp);
  for (const AspectHint& h : hints) consider(h.cp);
  if (!found) return {0, 0};
  return {best, best + 1};
}

static bool IsCue(const ScanToken& t) {
  return t.type == Type::kEntry && (t.entry->modifier == Modifier::kFavorBefore ||
                                    t.entry->modifier == Modifier::kFavorAfter || t.entry->modifier == Modifier::kMerge);
}

// Which side the cue favours: +1 research, -1 product, 0 undecided.
static int FavouredSide(const AspectSides& s) {
  double r = s.cue == Modifier::kFavorBefore ? s.r_before : s.r_after;
  double p = s.cue == Modifier::kFavorBefore ? s.p_before : s.p_after;
  if (s.cue == Modifier::kNone || r == p) return 0;
  return r > p ? 1 : -1;
}

// True when the clause of token i asks an open question ("能否把示範轉為
//出貨", "whether it shifts to products"): a hedge of open-question weight.
// A shift asked about has not happened, so its cue decides nothing.
static bool InOpenQuestion(const std::vector<ScanToken>& toks, size_t i, double question_factor) {
  auto [lo, hi] = ClauseAround(toks, i);
  for (const ScanToken& t : toks)
    if (t.type == Type::kEntry && t.entry->modifier == Modifier::kHedge && t.entry->factor <= question_factor &&
        t.cp >= lo && t.cp < hi)
      return true;
  return false;
}

// The merge verb earlier in the clause of a favour-after cue ("merged its
// Llama team into MSL": `merged` for `into`), or npos.
static size_t MergeVerbBefore(const std::vector<ScanToken>& toks, size_t cue) {
  if (toks[cue].entry->modifier != Modifier::kFavorAfter) return std::string::npos;
  for (size_t k = cue; k-- > 0;) {
    if (toks[k].type == Type::kClauseEnd || toks[k].type == Type::kSentenceEnd) break;
    if (toks[k].type == Type::kEntry && toks[k].entry->modifier == Modifier::kMergeVerb) return k;
  }
  return std::string::npos;
}

// True when token i merges what comes before it into what follows: a merge
// cue (并入, "merged into"), or "into" after a merge verb in its clause.
static bool IsMerge(const std::vector<ScanToken>& toks, size_t i) {
  return toks[i].type == Type::kEntry &&
         (toks[i].entry->modifier == Modifier::kMerge || MergeVerbBefore(toks, i) != std::string::npos);
}

// The side of the unit a merge cue merges away ("將研究院併入產品事業群":
// research), judged like a favoured side but before the cue: +1 research,
// -1 product, 0 undecided.
static int MergedSide(const std::vector<ScanToken>& toks, const std::vector<AspectHint>& hints, size_t cue) {
  auto side = [](const AspectSides& s) { return s.r_before == s.p_before ? 0 : s.r_before > s.p_before ? 1 : -1; };
  // The unit's head, the aspect named nearest before the cue ("merged its
  // consumer Copilot research team into X": research team), else all of it;
  // after a merge verb, only what lies between the verb and "into".
  size_t verb = MergeVerbBefore(toks, cue);
  uint32_t from = verb == std::string::npos ? 0 : toks[verb].cp;
  auto [lo, hi] = NearestAspect(toks, hints, cue, true);
  if (lo >= from)
    if (int merged = side(CollectAspects(toks, hints, cue, lo, hi)); merged != 0) return merged;
  return side(CollectAspects(toks, hints, cue, from));
}

// What a sentence's first deciding cue says: the side it favours (+1
// research, -1 product, 0 none), and whether only the other side's loss is
// news (a merge within one side: a research group folded into another lab
// loses its independence, and product gains nothing).
struct Decision {
  int favoured = 0;
  bool loser_only = false;
};

// The first cue that decides a side ("優先考慮 ChatGPT 而非研究": 而非 does),
// judged by the aspect named next to it in its clause, else by all the
// sentence's aspect words on that side. A merge cue that merges a research
// unit away makes research lose, whichever unit takes it in (annotators
// label a research group folded into DeepMind or MSL research -1, as one
// folded into ChatGPT); product wins only when it is the receiver.
static Decision DecidingSide(const std::vector<ScanToken>& toks, const std::vector<AspectHint>& hints,
                             const ScoringOptions& o) {
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!IsCue(toks[i]) || InOpenQuestion(toks, i, o.open_question)) continue;
    Modifier cue = toks[i].entry->modifier;
    // The aspect named next to the cue first: "a lab member said the team
    // now leans to the app" favours the app, whoever spoke.
    auto [lo, hi] = NearestAspect(toks, hints, i, cue == Modifier::kFavorBefore);
    int side = FavouredSide(CollectAspects(toks, hints, i, lo, hi));
    if (side == 0) side = FavouredSide(CollectAspects(toks, hints, i));
    // A research unit merged away loses; a product team merged into a
    // business group is consolidation, judged like a shift to the receiver.
    if (IsMerge(toks, i) && MergedSide(toks, hints, i) > 0) return {-1, side != -1};
    if (side != 0) return {side, false};
  }
  return {};
}

// True when the sentence's first merge cue merges a research unit away: in
// a research-only sentence ("將三個研究小組併入另一個實驗室") research loses too.
static bool MergesResearchAway(const std::vector<ScanToken>& toks, const std::vector<AspectHint>& hints,
                               const ScoringOptions& o) {
  for (size_t i = 0; i < toks.size(); ++i)
    if (IsMerge(toks, i) && !InOpenQuestion(toks, i, o.open_question))
      return MergedSide(toks, hints, i) > 0;
  return false;
}

static double Squash(double raw, const ScoringOptions& o) { return raw / std::sqrt(raw * raw + o.squash_alpha); }

// Each side of a two-sided sentence gets the clauses that name it ("the
// research budget was frozen, while subscriptions soared"); a clause that
// names neither goes with the clause before it (or with both sides, first).
static void SplitByClause(const std::vector<ClauseWalker::ClauseShare>& clauses, const std::vector<ScanToken>& toks,
                          const std::vector<AspectHint>& hints, const ScoringOptions& o, SentenceTone* t) {
  double r_raw = 0, p_raw = 0;
  bool last_r = true, last_p = true;
  for (const auto& c : clauses) {
    double r = 0, p = 0;
    for (const ScanToken& k : toks)
      if (k.type == Type::kEntry && k.cp >= c.cp_begin && k.cp < c.cp_end) r += k.entry->research, p += k.entry->product;
    for (const AspectHint& h : hints)
      if (h.cp >= c.cp_begin && h.cp < c.cp_end) r += h.research, p += h.product;
    // A clause that names both goes to the side it names at least twice as much.
    if (r > 0 || p > 0) last_r = r > 0 && r * 2 > p, last_p = p > 0 && p * 2 > r;
    if (last_r) r_raw += c.value;
    if (last_p) p_raw += c.value;
  }
  t->research = Squash(r_raw, o);
  t->product = Squash(p_raw, o);
}

// A sentence naming both aspects: the side a cue favours wins and the other
// loses, each by at least side_floor; else each side gets the clauses that
// name it, and a side that only loses (a research unit merged away) stays
// at least that negative.
static void ScoreBothSides(const ClauseWalker& walker, const std::vector<ScanToken>& tokens,
                           const std::vector<AspectHint>& hints, const ScoringOptions& o, double score, ToneDetail* d) {
  SentenceTone& t = d->tone;
  t.aspect = "both";
  Decision decision = DecidingSide(tokens, hints, o);
  double mag = std::max(std::fabs(score), o.side_floor);
  if (decision.favoured != 0 && !decision.loser_only) {
    t.research = decision.favoured * mag;
    t.product = -decision.favoured * mag;
    // "X over Y" speaks of both sides in full.
    d->research_weight = d->product_weight = std::max(d->research_weight, d->product_weight);
  } else {
    SplitByClause(walker.clauses(), tokens, hints, o, &t);
    double& lost = decision.favoured > 0 ? t.product : t.research;
    if (decision.loser_only) lost = std::min(lost, -mag);
  }
  t.score = (t.research + t.product) / 2;
}

// Which sentence kinds the words mark (background, a response, a departure).
static void MarkContexts(const std::vector<ScanToken>& tokens, ToneDetail* d) {
  for (const ScanToken& k : tokens) {
    if (k.type != Type::kEntry) continue;
    d->background |= k.entry->context == Context::kBackground;
    d->response |= k.entry->context == Context::kResponse;
    d->departure |= k.entry->context == Context::kDeparture;
  }
}

ToneDetail ScoreTokens(const std::vector<ScanToken>& tokens, const std::vector<AspectHint>& hints,
                       const ScoringOptions& o) {
  ToneDetail d;
  ClauseWalker walker(tokens, o);
  d.raw = walker.Run();
  double score = Squash(d.raw, o);
  AspectSides sides = CollectAspects(tokens, hints, tokens.size());
  d.research_weight = sides.r_before + sides.r_after;
  d.product_weight = sides.p_before + sides.p_after;
  SentenceTone& t = d.tone;
  t.research = d.research_weight > 0 ? score : 0;
  t.product = d.product_weight > 0 ? score : 0;
  if (d.research_weight > 0 && d.product_weight > 0) {
    ScoreBothSides(walker, tokens, hints, o, score, &d);
  } else {
    t.aspect = d.research_weight > 0 ? "research" : d.product_weight > 0 ? "product" : "none";
    t.score = score;
    if (t.aspect == "research" && MergesResearchAway(tokens, hints, o))
      t.research = t.score = std::min(score, -o.side_floor);
  }
  d.dominant = d.research_weight == 0 && d.product_weight == 0 ? "none"
               : d.research_weight >= d.product_weight     ? "research"
                                                            : "product";
  t.label = LabelFor(t.score, o);
  MarkContexts(tokens, &d);
  t.research_evidence = d.research_weight;
  t.product_evidence = d.product_weight;
  return d;
}

}  // namespace news
