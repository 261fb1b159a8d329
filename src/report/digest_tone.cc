// Research versus product: per organisation, the week's tone, the change
// from the week before, twelve weekly values for the trend, and the
// sentences that pulled each score the way it moved.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "report/digest_context.h"

namespace news {

namespace {

struct WeekTone {
  double research_sum = 0, product_sum = 0;
  int research_n = 0, product_n = 0;
  std::optional<double> Research() const { return research_n ? std::optional(research_sum / research_n) : std::nullopt; }
  std::optional<double> Product() const { return product_n ? std::optional(product_sum / product_n) : std::nullopt; }
};

std::map<std::string, std::vector<WeekTone>> OrganisationWeeks(const DigestContext& ctx) {
  std::map<std::string, std::vector<WeekTone>> out;
  for (const auto& r : ctx.rows.entity_days) {
    if (ctx.Type(r.entity) != "organization") continue;
    int week = ctx.WeekOfDay(r.day);
    if (week < 0) continue;
    auto& weeks = out[r.entity];
    weeks.resize(kTrendWeeks);
    weeks[week].research_sum += r.research_sum;
    weeks[week].research_n += r.research_n;
    weeks[week].product_sum += r.product_sum;
    weeks[week].product_n += r.product_n;
  }
  return out;
}

struct Candidate {
  double value, distance;
  int64_t article;
  int index;
  const DigestSentenceRow* sentence;
};

// Sentences about `org` this week on one aspect that pulled its score away
// from last week's value, strongest pull first.
std::vector<ToneEvidence> Movers(const DigestContext& ctx, const std::string& org, const std::string& aspect,
                                 std::optional<double> now, std::optional<double> before) {
  double reference = before.value_or(0);
  double direction = before && now ? (*now > *before ? 1 : *now < *before ? -1 : 0) : 0;
  std::vector<Candidate> found;
  for (const auto* a : ctx.week_articles) {
    auto it = ctx.sentences.find(a->id);
    if (it == ctx.sentences.end()) continue;
    for (const auto* s : it->second) {
      if (s->aspect != aspect && s->aspect != "both") continue;
      auto ids = ctx.sentence_entities.find({a->id, s->index});
      if (ids == ctx.sentence_entities.end() || std::find(ids->second.begin(), ids->second.end(), org) == ids->second.end())
        continue;
      double value = aspect == "research" ? s->research : s->product;
      if (s->aspect == aspect && value == 0) value = s->score;
      double pull = value - reference;
      if (direction != 0 && pull * direction <= 0) continue;
      found.push_back({value, std::fabs(pull), a->id, s->index, s});
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const Candidate& x, const Candidate& y) {
    if (x.distance != y.distance) return x.distance > y.distance;
    return std::tie(x.article, x.index) < std::tie(y.article, y.index);
  });
  std::vector<ToneEvidence> out;
  std::set<std::string> seen;  // reposts carry the same sentence
  for (const auto& c : found) {
    if (static_cast<int>(out.size()) >= ctx.options.movers_per_aspect) break;
    if (!seen.insert(c.sentence->text).second) continue;
    const DigestArticleRow& a = *ctx.article.at(c.article);
    out.push_back({aspect, c.value, c.sentence->text, c.sentence->lang.empty() ? a.lang : c.sentence->lang,
                   ctx.Link(c.article)});
  }
  return out;
}

OrgTone MakeOrgTone(const DigestContext& ctx, const std::string& org, const std::vector<WeekTone>& weeks) {
  OrgTone t;
  t.organization = ctx.Name(org);
  const WeekTone& now = weeks[kTrendWeeks - 1];
  const WeekTone& before = weeks[kTrendWeeks - 2];
  t.research = now.Research();
  t.product = now.Product();
  t.research_prev = before.Research();
  t.product_prev = before.Product();
  t.research_n = now.research_n;
  t.product_n = now.product_n;
  for (int i = 0; i < kTrendWeeks; ++i) {
    t.weeks.push_back(ctx.window.weeks[i].label);
    t.research_trend.push_back(weeks[i].Research());
    t.product_trend.push_back(weeks[i].Product());
  }
  t.movers = Movers(ctx, org, "research", t.research, t.research_prev);
  auto product = Movers(ctx, org, "product", t.product, t.product_prev);
  t.movers.insert(t.movers.end(), product.begin(), product.end());
  return t;
}

}  // namespace

std::vector<OrgTone> BuildTone(const DigestContext& ctx) {
  std::vector<std::pair<int, std::string>> ranked;  // (sentences this week, org id)
  auto weeks = OrganisationWeeks(ctx);
  for (const auto& [org, w] : weeks) {
    int n = w[kTrendWeeks - 1].research_n + w[kTrendWeeks - 1].product_n;
    if (n >= ctx.options.min_tone_sentences) ranked.push_back({n, org});
  }
  std::stable_sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return ctx.Name(a.second) < ctx.Name(b.second);
  });
  std::vector<OrgTone> out;
  for (const auto& [n, org] : ranked) {
    if (static_cast<int>(out.size()) >= ctx.options.max_organizations) break;
    out.push_back(MakeOrgTone(ctx, org, weeks[org]));
  }
  return out;
}

}  // namespace news
