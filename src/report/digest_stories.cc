// Top stories: groups the week's articles (report/story_grouping.h), ranks
// the groups by coverage and writes each one's headline, extractive summary,
// main entities and links.
#include <algorithm>
#include <map>
#include <set>

#include "report/digest_context.h"
#include "report/story_grouping.h"
#include "report/story_summary.h"

namespace news {

namespace {

StoryArticle ToStoryArticle(const DigestContext& ctx, const DigestArticleRow& a) {
  StoryArticle s;
  if (auto it = ctx.article_entities.find(a.id); it != ctx.article_entities.end()) {
    for (const auto* ae : it->second) {
      if (ae->role == "subject") s.subject = ae->entity;
      if (ae->role != "competitor") s.entities.push_back(ae->entity);
    }
  }
  if (auto it = ctx.events.find(a.id); it != ctx.events.end()) {
    for (const auto* e : it->second) s.events.push_back(EventKey(e->type, e->person, e->organization, e->product));
  }
  s.text = a.title;
  if (auto it = ctx.sentences.find(a.id); it != ctx.sentences.end()) {
    for (const auto* sen : it->second) {
      if (sen->index < 2) s.text += " " + sen->text;
    }
  }
  s.simhash = a.simhash;
  return s;
}

// Entities ordered by how many of the group's articles name them, then by
// total mentions, then by name.
std::vector<std::string> MainEntities(const DigestContext& ctx, const std::vector<const DigestArticleRow*>& group) {
  std::map<std::string, std::pair<int, int>> count;  // id -> (articles, mentions)
  for (const auto* a : group) {
    auto it = ctx.article_entities.find(a->id);
    if (it == ctx.article_entities.end()) continue;
    for (const auto* ae : it->second) {
      ++count[ae->entity].first;
      count[ae->entity].second += ae->mentions;
    }
  }
  std::vector<std::string> ids;
  for (const auto& [id, c] : count) ids.push_back(id);
  std::stable_sort(ids.begin(), ids.end(), [&](const std::string& x, const std::string& y) {
    if (count[x] != count[y]) return count[x] > count[y];
    return ctx.Name(x) < ctx.Name(y);
  });
  if (ids.size() > 5) ids.resize(5);
  return ids;
}

// The article that shares most with the rest of its group (earliest on ties).
const DigestArticleRow* Representative(const DigestContext& ctx, const std::vector<const DigestArticleRow*>& group,
                                       const std::vector<std::string>& main) {
  const DigestArticleRow* best = group.front();
  int best_score = -1;
  for (const auto* a : group) {
    int score = 0;
    if (auto it = ctx.article_entities.find(a->id); it != ctx.article_entities.end()) {
      for (const auto* ae : it->second) score += std::count(main.begin(), main.end(), ae->entity);
    }
    if (ctx.events.count(a->id)) score += 1;
    if (score > best_score) {
      best = a;
      best_score = score;
    }
  }
  return best;
}

void Summarise(const DigestContext& ctx, const DigestArticleRow& a, const std::vector<std::string>& main, Story* st) {
  std::vector<SummaryCandidate> candidates;
  std::set<int> event_sentences;
  if (auto it = ctx.events.find(a.id); it != ctx.events.end()) {
    for (const auto* e : it->second) event_sentences.insert(e->sentence);
  }
  std::vector<const DigestSentenceRow*> rows;
  if (auto it = ctx.sentences.find(a.id); it != ctx.sentences.end()) rows = it->second;
  for (const auto* s : rows) {
    SummaryCandidate c{s->index, s->text, {}, event_sentences.count(s->index) > 0};
    if (auto m = ctx.sentence_entities.find({a.id, s->index}); m != ctx.sentence_entities.end()) c.entities = m->second;
    candidates.push_back(std::move(c));
  }
  int best = PickSummarySentence(candidates, main);
  if (best < 0) return;
  st->summary = rows[best]->text;
  st->summary_lang = rows[best]->lang.empty() ? a.lang : rows[best]->lang;
}

// The subject organisation's name in one article; empty when none.
std::string SubjectName(const DigestContext& ctx, int64_t article) {
  auto it = ctx.article_entities.find(article);
  if (it == ctx.article_entities.end()) return "";
  for (const auto* ae : it->second) {
    if (ae->role == "subject") return ctx.Name(ae->entity);
  }
  return "";
}

// The story's kind: the event type most of its articles report; on a tie,
// the one reported earliest in an article (the lead names the news), then
// the one whose organisation is the article's subject ("Anthropic hires X"
// also records X's departure from Google, in the same sentence).
std::string CommonEventType(const DigestContext& ctx, const std::vector<const DigestArticleRow*>& group) {
  struct Score { int articles = 0, lead = -1000000, subject = 0; };
  std::map<std::string, Score> types;
  for (const auto* a : group) {
    auto it = ctx.events.find(a->id);
    if (it == ctx.events.end()) continue;
    std::string subject = SubjectName(ctx, a->id);
    std::map<std::string, int> first;  // type -> earliest sentence in this article
    for (const auto* e : it->second) {
      auto [f, inserted] = first.emplace(e->type, e->sentence);
      if (!inserted) f->second = std::min(f->second, e->sentence);
      if (!subject.empty() && e->organization == subject) ++types[e->type].subject;
    }
    for (const auto& [type, sentence] : first) {
      ++types[type].articles;
      types[type].lead = std::max(types[type].lead, -sentence);
    }
  }
  std::string best;
  auto key = [](const Score& s) { return std::make_tuple(s.articles, s.lead, s.subject); };
  for (const auto& [type, score] : types) {
    if (best.empty() || key(score) > key(types[best])) best = type;
  }
  return best;
}

Story MakeStory(const DigestContext& ctx, const std::vector<const DigestArticleRow*>& group) {
  Story st;
  std::vector<std::string> main = MainEntities(ctx, group);
  const DigestArticleRow* rep = Representative(ctx, group, main);
  st.headline = rep->title;
  st.summary_link = ctx.Link(rep->id);
  Summarise(ctx, *rep, main, &st);
  for (const auto& id : main) st.entities.push_back(ctx.Name(id));
  st.event_type = CommonEventType(ctx, group);
  std::set<std::string> langs, sources;
  for (const auto* a : group) {
    st.links.push_back(ctx.Link(a->id));
    langs.insert(a->lang);
    sources.insert(st.links.back().source);
  }
  for (const auto& d : ctx.rows.duplicates) {  // the same article seen at other addresses
    for (const auto* a : group) {
      if (d.article != a->id) continue;
      DigestLink l = ctx.Link(a->id);
      l.url = d.canonical_url.rfind("http", 0) == 0 ? d.canonical_url : (d.source.rfind("http", 0) == 0 ? d.source : "");
      l.path = l.url.empty() ? d.source : "";
      l.source = PublisherOf(l.url, d.source);
      sources.insert(l.source);
      st.links.push_back(l);
    }
  }
  st.articles = static_cast<int>(group.size());
  st.languages.assign(langs.begin(), langs.end());
  st.sources = static_cast<int>(sources.size());
  return st;
}

}  // namespace

std::vector<Story> BuildStories(const DigestContext& ctx) {
  std::vector<StoryArticle> input;
  for (const auto* a : ctx.week_articles) input.push_back(ToStoryArticle(ctx, *a));
  std::vector<std::vector<int>> groups = GroupStories(input, {});
  // Rank by articles, then sources, then languages; groups come ordered by
  // their earliest article, which breaks the remaining ties.
  std::vector<Story> stories;
  std::vector<std::vector<const DigestArticleRow*>> members;
  for (const auto& g : groups) {
    members.emplace_back();
    for (int i : g) members.back().push_back(ctx.week_articles[i]);
  }
  std::vector<size_t> order(groups.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::pair<int, int>> coverage;
  for (const auto& m : members) {
    std::set<std::string> sources, langs;
    for (const auto* a : m) {
      sources.insert(ctx.Link(a->id).source);
      langs.insert(a->lang);
    }
    coverage.push_back({static_cast<int>(m.size()) * 1000 + static_cast<int>(sources.size()), static_cast<int>(langs.size())});
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return coverage[a] > coverage[b]; });
  for (size_t i = 0; i < order.size() && static_cast<int>(stories.size()) < ctx.options.max_stories; ++i) {
    stories.push_back(MakeStory(ctx, members[order[i]]));
  }
  return stories;
}

}  // namespace news
