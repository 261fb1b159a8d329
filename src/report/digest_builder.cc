#include "report/digest_builder.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "report/digest_context.h"
#include "report/story_grouping.h"

namespace news {

std::string PublisherOf(const std::string& url, const std::string& source) {
  for (const std::string* s : {&url, &source}) {
    size_t scheme = s->find("://");
    if (scheme == std::string::npos || (s->rfind("http", 0) != 0)) continue;
    std::string host = s->substr(scheme + 3);
    host = host.substr(0, host.find_first_of("/?#"));
    if (size_t at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
    host = host.substr(0, host.find(':'));
    std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return std::tolower(c); });
    if (host.rfind("www.", 0) == 0) host = host.substr(4);
    if (!host.empty()) return host;
  }
  return "local file";
}

DigestQuery MakeDigestQuery(const DigestWindow& w, const TimeZone& tz) {
  long margin = tz.offset_minutes == 0 ? 0 : 1;
  DigestQuery q;
  q.window_first = FormatDay(AddDays(w.first, -margin));
  q.window_last = FormatDay(AddDays(w.last, margin));
  q.volume_first = FormatDay(AddDays(w.week.monday, -7L * kCompareWeeks - margin));
  q.week_first = FormatDay(AddDays(w.week.monday, -margin));
  q.week_last = q.window_last;
  return q;
}

// ---- context -------------------------------------------------------------

DigestContext::DigestContext(const DigestRows& r, const DigestWindow& w, const TimeZone& z, const DigestOptions& o)
    : rows(r), window(w), tz(z), options(o) {
  for (const auto& a : r.articles) {
    article[a.id] = &a;
    if (auto day = LocalDay(a.published, z)) local_day[a.id] = FormatDay(*day);
  }
  std::string monday = FormatDay(w.week.monday), sunday = FormatDay(w.week.sunday);
  for (const auto& a : r.articles) {
    auto it = local_day.find(a.id);
    if (it != local_day.end() && it->second >= monday && it->second <= sunday) week_articles.push_back(&a);
  }
  std::stable_sort(week_articles.begin(), week_articles.end(), [&](const auto* x, const auto* y) {
    return std::tie(local_day[x->id], x->id) < std::tie(local_day[y->id], y->id);
  });
  for (const auto& e : r.entities) entity[e.id] = &e;
  for (const auto& s : r.sentences) sentences[s.article].push_back(&s);
  for (auto& [id, list] : sentences) {
    std::sort(list.begin(), list.end(), [](const auto* x, const auto* y) { return x->index < y->index; });
  }
  for (const auto& ae : r.article_entities) article_entities[ae.article].push_back(&ae);
  for (const auto& m : r.mentions) {
    auto& ids = sentence_entities[{m.article, m.sentence}];
    if (std::find(ids.begin(), ids.end(), m.entity) == ids.end()) ids.push_back(m.entity);
  }
  for (const auto& e : r.events) {
    if (InWeek(e.article)) events[e.article].push_back(&e);
  }
}

bool DigestContext::InWeek(int64_t id) const {
  auto it = local_day.find(id);
  return it != local_day.end() && it->second >= FormatDay(window.week.monday) &&
         it->second <= FormatDay(window.week.sunday);
}

int DigestContext::WeekOfDay(const std::string& day) const {
  auto d = LocalDay(day, tz);
  return d ? WeekIndex(window, *d) : -1;
}

std::string DigestContext::Name(const std::string& id) const {
  auto it = entity.find(id);
  return it == entity.end() ? id : it->second->canonical;
}

std::string DigestContext::Type(const std::string& id) const {
  auto it = entity.find(id);
  return it == entity.end() ? "" : it->second->type;
}

DigestLink DigestContext::Link(int64_t id) const {
  DigestLink l;
  auto it = article.find(id);
  if (it == article.end()) return l;
  const DigestArticleRow& a = *it->second;
  l.title = a.title;
  l.source = PublisherOf(a.url.empty() ? a.canonical_url : a.url, a.source);
  // A file's own URL: header (stored as its canonical URL) is still its address.
  for (const std::string* u : {&a.url, &a.canonical_url, &a.source}) {
    if (u->rfind("http://", 0) == 0 || u->rfind("https://", 0) == 0) {
      l.url = *u;
      break;
    }
  }
  if (a.source.rfind("http://", 0) != 0 && a.source.rfind("https://", 0) != 0) l.path = a.source;
  auto day = local_day.find(id);
  if (day != local_day.end()) l.published = day->second;
  l.lang = a.lang;
  return l;
}

const DigestSentenceRow* DigestContext::FindSentence(int64_t id, int index) const {
  auto it = sentences.find(id);
  if (it == sentences.end()) return nullptr;
  for (const auto* s : it->second) {
    if (s->index == index) return s;
  }
  return nullptr;
}

// ---- header --------------------------------------------------------------

namespace {

DigestHeader BuildHeader(const DigestContext& ctx) {
  DigestHeader h;
  h.week = ctx.window.week.label;
  h.monday = FormatDay(ctx.window.week.monday);
  h.sunday = FormatDay(ctx.window.week.sunday);
  h.tz = ctx.tz.label;
  std::vector<std::set<std::string>> sources(kCompareWeeks + 1);
  std::vector<int> counts(kCompareWeeks + 1, 0);
  for (const auto& a : ctx.rows.articles) {
    int week = ctx.WeekOfDay(a.published) - (kTrendWeeks - 1 - kCompareWeeks);
    if (week < 0 || week > kCompareWeeks) continue;
    ++counts[week];
    sources[week].insert(PublisherOf(a.url.empty() ? a.canonical_url : a.url, a.source));
    if (week == kCompareWeeks) ++h.languages[a.lang.empty() ? "unknown" : a.lang];
  }
  h.articles = counts[kCompareWeeks];
  h.sources = static_cast<int>(sources[kCompareWeeks].size());
  for (int i = 0; i < kCompareWeeks; ++i) {
    const WeekRange& wr = ctx.window.weeks[kTrendWeeks - 1 - kCompareWeeks + i];
    h.previous.push_back({wr.label, counts[i], static_cast<int>(sources[i].size())});
    h.previous_mean_articles += counts[i] / static_cast<double>(kCompareWeeks);
    h.previous_mean_sources += sources[i].size() / static_cast<double>(kCompareWeeks);
  }
  return h;
}

// ---- events --------------------------------------------------------------

std::string EventIdentity(const DigestEventRow& e) {
  return e.type + "|" + e.person + "|" + e.organization + "|" + e.product;
}

// The week's events, merged across the articles that report them; those
// dated before the week go to `earlier` (a March article recalling a
// February hire is background, not this week's news).
void BuildEvents(const DigestContext& ctx, std::vector<DigestEvent>* events, std::vector<DigestEvent>* earlier) {
  std::map<std::string, DigestEvent> merged;
  std::map<std::string, int64_t> first_article;
  for (const auto* a : ctx.week_articles) {
    auto it = ctx.events.find(a->id);
    if (it == ctx.events.end()) continue;
    for (const auto* e : it->second) {
      std::string key = EventIdentity(*e);
      auto [m, inserted] = merged.try_emplace(key);
      DigestEvent& d = m->second;
      if (!inserted) {
        ++d.reports;
        if (e->date.size() > d.date.size()) d.date = e->date;  // keep the most precise date
        if (d.counterpart.empty()) d.counterpart = e->counterpart;
        continue;
      }
      d = {e->date, e->type, e->person, e->organization, e->counterpart, e->product, e->evidence, "", ctx.Link(a->id), 1};
      const DigestSentenceRow* s = ctx.FindSentence(a->id, e->sentence);
      d.evidence_lang = s && !s->lang.empty() ? s->lang : a->lang;
    }
  }
  for (auto& [key, e] : merged) {
    (DatedBeforeWeek(e.date, ctx.window.week) ? earlier : events)->push_back(std::move(e));
  }
  for (auto* out : {events, earlier}) {
    std::stable_sort(out->begin(), out->end(), [](const DigestEvent& a, const DigestEvent& b) {
      return std::tie(a.date, a.type, a.organization, a.person) < std::tie(b.date, b.type, b.organization, b.person);
    });
    if (static_cast<int>(out->size()) > ctx.options.max_events) out->resize(ctx.options.max_events);
  }
}

// ---- entity movers and first-seen ---------------------------------------

void BuildMovers(const DigestContext& ctx, Digest* d) {
  std::map<std::string, std::vector<int>> weekly;  // entity -> mentions per compared week (last = this week)
  for (const auto& r : ctx.rows.entity_days) {
    int week = ctx.WeekOfDay(r.day) - (kTrendWeeks - 1 - kCompareWeeks);
    if (week < 0 || week > kCompareWeeks) continue;
    auto& counts = weekly[r.entity];
    counts.resize(kCompareWeeks + 1, 0);
    counts[week] += r.mentions;
  }
  std::vector<EntityMover> all;
  for (const auto& [id, counts] : weekly) {
    EntityMover m{ctx.Name(id), ctx.Type(id), counts[kCompareWeeks], 0, 0};
    for (int i = 0; i < kCompareWeeks; ++i) m.previous += counts[i] / static_cast<double>(kCompareWeeks);
    m.change = m.mentions - m.previous;
    all.push_back(m);
  }
  auto by_change = [](const EntityMover& a, const EntityMover& b) {
    if (a.change != b.change) return a.change > b.change;
    return std::tie(a.name, a.type) < std::tie(b.name, b.type);
  };
  std::sort(all.begin(), all.end(), by_change);
  for (const auto& m : all) {
    if (m.change > 0 && m.mentions >= ctx.options.min_mover_mentions &&
        static_cast<int>(d->rising.size()) < ctx.options.max_entity_movers)
      d->rising.push_back(m);
  }
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    if (it->change < 0 && it->previous >= ctx.options.min_mover_mentions &&
        static_cast<int>(d->falling.size()) < ctx.options.max_entity_movers)
      d->falling.push_back(*it);
  }
}

void BuildFirstSeen(const DigestContext& ctx, Digest* d) {
  std::set<std::string> earlier(ctx.rows.earlier_entities.begin(), ctx.rows.earlier_entities.end());
  std::map<std::string, NewEntity> found;
  for (const auto* a : ctx.week_articles) {  // in (day, id) order: the first article wins
    auto it = ctx.article_entities.find(a->id);
    if (it == ctx.article_entities.end()) continue;
    for (const auto* ae : it->second) {
      if (earlier.count(ae->entity) || ae->mentions <= 0) continue;  // implied (a parent), not named
      auto info = ctx.entity.find(ae->entity);
      auto [e, inserted] = found.try_emplace(ae->entity);
      if (inserted) {
        e->second = {ctx.Name(ae->entity), ctx.Type(ae->entity),
                     info == ctx.entity.end() || info->second->known, 0, ctx.Link(a->id)};
      }
      e->second.mentions += ae->mentions;
    }
  }
  for (auto& [id, e] : found) d->first_seen.push_back(std::move(e));
  std::stable_sort(d->first_seen.begin(), d->first_seen.end(), [](const NewEntity& a, const NewEntity& b) {
    if (a.known != b.known) return !a.known;  // people no lexicon knows first: they need action
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return std::tie(a.name, a.type) < std::tie(b.name, b.type);
  });
  d->first_seen_total = static_cast<int>(d->first_seen.size());
  if (static_cast<int>(d->first_seen.size()) > ctx.options.max_first_seen) d->first_seen.resize(ctx.options.max_first_seen);
}

}  // namespace

Digest BuildDigest(const DigestRows& rows, const DigestWindow& window, const TimeZone& tz, const DigestOptions& options) {
  DigestContext ctx(rows, window, tz, options);
  Digest d;
  d.header = BuildHeader(ctx);
  d.empty = ctx.week_articles.empty();
  if (d.empty) return d;
  d.stories = BuildStories(ctx);
  BuildEvents(ctx, &d.events, &d.earlier_events);
  d.talent = BuildTalentFlow(ctx);
  d.tone = BuildTone(ctx);
  BuildMovers(ctx, &d);
  BuildFirstSeen(ctx, &d);
  return d;
}

}  // namespace news
