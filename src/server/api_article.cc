// GET /api/articles/{id} and GET /api/stats.
#include <charconv>
#include <map>
#include <sstream>

#include "server/api_handlers.h"
#include "server/query_params.h"
#include "store/article_queries.h"
#include "store/server_queries.h"

namespace news {
namespace {

void WriteSentences(JsonWriter& w, const ArticleRecord& a) {
  w.Key("sentences"); w.BeginArray();
  for (const StoredSentence& s : a.sentences) {
    w.BeginObject();
    w.Key("index"); w.Int(s.index);
    w.Key("start"); w.Int(s.begin);
    w.Key("end"); w.Int(s.end);
    w.Key("lang"); w.String(s.lang);
    w.Key("aspect"); w.String(s.tone.aspect);
    w.Key("score"); w.Double(s.tone.score);
    w.Key("label"); w.Int(s.tone.label);
    w.EndObject();
  }
  w.EndArray();
}

// Entities with their mentions nested, as `newsminer analyze` prints them.
void WriteEntities(JsonWriter& w, const ArticleRecord& a) {
  std::map<std::string, std::vector<const StoredMention*>> by_entity;
  for (const StoredMention& m : a.mentions) by_entity[m.entity.id].push_back(&m);
  w.Key("entities"); w.BeginArray();
  for (const StoredArticleEntity& e : a.entities) {
    w.BeginObject();
    w.Key("id"); w.String(e.entity.id);
    w.Key("canonical"); w.String(e.entity.canonical);
    w.Key("type"); w.String(e.entity.type);
    w.Key("role"); w.String(e.role);
    NullableNumber(w, "research", e.research);
    NullableNumber(w, "product", e.product);
    w.Key("mentions"); w.BeginArray();
    for (const StoredMention* m : by_entity[e.entity.id]) {
      w.BeginObject();
      w.Key("surface"); w.String(m->surface);
      w.Key("sentence"); w.Int(m->sentence);
      w.Key("start"); w.Int(m->begin);
      w.Key("end"); w.Int(m->end);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

void WriteEvents(JsonWriter& w, const ArticleRecord& a) {
  w.Key("events"); w.BeginArray();
  for (const TimelineRow& e : a.events) {
    w.BeginObject();
    w.Key("date"); w.String(e.date);
    w.Key("type"); w.String(e.event_type);
    w.Key("person"); w.String(e.person);
    w.Key("organization"); w.String(e.organization);
    w.Key("counterpart"); w.String(e.counterpart);
    w.Key("product"); w.String(e.product);
    w.Key("sentence"); w.Int(e.sentence);
    w.EndObject();
  }
  w.EndArray();
}

void WriteTone(JsonWriter& w, const ToneSummary& t) {
  w.Key("sentiment"); w.BeginObject();
  w.Key("research"); t.research_n ? w.Double(t.research) : w.Null();
  w.Key("product"); t.product_n ? w.Double(t.product) : w.Null();
  w.Key("overall"); w.Double(t.overall);
  w.Key("research_label"); w.Int(t.research_label);
  w.Key("product_label"); w.Int(t.product_label);
  w.Key("research_n"); w.Int(t.research_n);
  w.Key("product_n"); w.Int(t.product_n);
  w.EndObject();
}

}  // namespace

ApiResponse HandleArticle(Store& store, const ApiRequest& req, const std::string& id_text) {
  if (Status st = QueryParams(req.params).AllowOnly({}); !st.ok()) return ErrorFromStatus(st);
  int64_t id = 0;
  auto [end, ec] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
  if (ec != std::errc() || end != id_text.data() + id_text.size() || id <= 0)
    return JsonError(400, "bad_request", "article id must be a positive whole number");
  StatusOr<ArticleRecord> a = GetArticle(store, id);
  if (!a.ok() && a.status().code() == StatusCode::kNotFound) return JsonError(404, "not_found", "no article " + id_text);
  if (!a.ok()) return ErrorFromStatus(a.status());
  std::ostringstream out;
  JsonWriter w(out);
  w.BeginObject();
  w.Key("id"); w.Int(a->id);
  w.Key("title"); w.String(a->title);
  w.Key("source"); w.String(a->source);
  w.Key("url"); w.String(a->url);
  NullableString(w, "published", a->published);
  w.Key("date_rule"); w.String(a->date_rule);
  w.Key("author"); w.String(a->author);
  w.Key("lang"); w.String(a->lang);
  w.Key("charset"); w.String(a->charset);
  w.Key("body"); w.String(a->body);
  WriteSentences(w, *a);
  WriteEntities(w, *a);
  WriteEvents(w, *a);
  WriteTone(w, a->tone);
  w.Key("duplicate_sources"); w.BeginArray();
  for (const auto& s : a->duplicate_sources) w.String(s);
  w.EndArray();
  w.EndObject();
  return JsonOk(out.str());
}

ApiResponse HandleStats(Store& store, const ApiRequest& req) {
  if (Status st = QueryParams(req.params).AllowOnly({}); !st.ok()) return ErrorFromStatus(st);
  StatusOr<StoreStats> s = GetStats(store);
  if (!s.ok()) return ErrorFromStatus(s.status());
  StatusOr<std::vector<std::string>> weeks = ArticleWeeks(store);
  if (!weeks.ok()) return ErrorFromStatus(weeks.status());
  std::ostringstream out;
  JsonWriter w(out);
  w.BeginObject();
  w.Key("articles"); w.Int(s->articles);
  w.Key("entities"); w.Int(s->entities);
  w.Key("mentions"); w.Int(s->mentions);
  w.Key("events"); w.Int(s->events);
  w.Key("duplicates"); w.Int(s->duplicates);
  NullableString(w, "first_day", s->first_published);
  NullableString(w, "last_day", s->last_published);
  NullableString(w, "latest_week", s->latest_week);
  w.Key("weeks"); w.BeginArray();
  for (const auto& wk : *weeks) w.String(wk);
  w.EndArray();
  w.Key("languages"); w.BeginObject();
  for (const auto& [lang, n] : s->languages) { w.Key(lang); w.Int(n); }
  w.EndObject();
  w.Key("file_bytes"); w.Int(s->file_bytes);
  w.EndObject();
  return JsonOk(out.str());
}

}  // namespace news
