#include "report/digest_json.h"

#include "common/json.h"
#include "report/digest_format.h"

namespace news {

namespace {

void Str(JsonWriter& w, const char* key, const std::string& v) {
  w.Key(key);
  w.String(v);
}

void Num(JsonWriter& w, const char* key, double v) {
  w.Key(key);
  w.Double(v, 3);
}

void Strings(JsonWriter& w, const char* key, const std::vector<std::string>& items) {
  w.Key(key);
  w.BeginArray();
  for (const auto& s : items) w.String(s);
  w.EndArray();
}

void Link(JsonWriter& w, const DigestLink& l) {
  w.BeginObject();
  Str(w, "title", l.title);
  Str(w, "source", l.source);
  w.Key("url");
  if (l.url.empty()) w.Null();
  else w.String(l.url);
  w.Key("path");
  if (l.path.empty()) w.Null();
  else w.String(l.path);
  Str(w, "published", l.published);
  Str(w, "lang", l.lang);
  w.EndObject();
}

void Header(JsonWriter& w, const DigestHeader& h) {
  w.Key("header");
  w.BeginObject();
  w.Key("articles"); w.Int(h.articles);
  w.Key("sources"); w.Int(h.sources);
  w.Key("languages");
  w.BeginObject();
  for (const auto& [lang, n] : h.languages) { w.Key(lang); w.Int(n); }
  w.EndObject();
  w.Key("previous_weeks");
  w.BeginArray();
  for (const auto& p : h.previous) {
    w.BeginObject();
    Str(w, "week", p.week);
    w.Key("articles"); w.Int(p.articles);
    w.Key("sources"); w.Int(p.sources);
    w.EndObject();
  }
  w.EndArray();
  Num(w, "previous_mean_articles", h.previous_mean_articles);
  Num(w, "previous_mean_sources", h.previous_mean_sources);
  w.EndObject();
}

void Stories(JsonWriter& w, const std::vector<Story>& stories) {
  w.Key("stories");
  w.BeginArray();
  for (const auto& s : stories) {
    w.BeginObject();
    Str(w, "headline", s.headline);
    Str(w, "summary", s.summary);
    Str(w, "summary_lang", s.summary_lang);
    w.Key("summary_from"); Link(w, s.summary_link);
    Strings(w, "entities", s.entities);
    w.Key("event_type");
    if (s.event_type.empty()) w.Null();
    else w.String(s.event_type);
    Strings(w, "languages", s.languages);
    w.Key("article_count"); w.Int(s.articles);
    w.Key("sources"); w.Int(s.sources);
    w.Key("articles");
    w.BeginArray();
    for (const auto& l : s.links) Link(w, l);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

void Events(JsonWriter& w, const char* key, const std::vector<DigestEvent>& events) {
  w.Key(key);
  w.BeginArray();
  for (const auto& e : events) {
    w.BeginObject();
    Str(w, "date", e.date);
    Str(w, "type", e.type);
    Str(w, "person", e.person);
    Str(w, "organization", e.organization);
    Str(w, "counterpart", e.counterpart);
    Str(w, "product", e.product);
    Str(w, "description", DescribeEvent(e));
    Str(w, "evidence", e.evidence);
    Str(w, "evidence_lang", e.evidence_lang);
    w.Key("reports"); w.Int(e.reports);
    w.Key("article"); Link(w, e.link);
    w.EndObject();
  }
  w.EndArray();
}

void Moves(JsonWriter& w, const char* key, const std::vector<TalentMove>& moves) {
  w.Key(key);
  w.BeginArray();
  for (const auto& m : moves) {
    w.BeginObject();
    Str(w, "from", m.from);
    Str(w, "to", m.to);
    w.Key("count"); w.Int(m.count);
    Strings(w, "people", m.people);
    w.EndObject();
  }
  w.EndArray();
}

void Trend(JsonWriter& w, const char* key, const std::vector<std::optional<double>>& values) {
  w.Key(key);
  w.BeginArray();
  for (const auto& v : values) {
    if (v) w.Double(*v, 3);
    else w.Null();
  }
  w.EndArray();
}

void Tone(JsonWriter& w, const std::vector<OrgTone>& tone) {
  w.Key("tone");
  w.BeginArray();
  for (const auto& o : tone) {
    w.BeginObject();
    Str(w, "organization", o.organization);
    NullableNumber(w, "research", o.research);
    NullableNumber(w, "product", o.product);
    NullableNumber(w, "research_previous_week", o.research_prev);
    NullableNumber(w, "product_previous_week", o.product_prev);
    w.Key("research_sentences"); w.Int(o.research_n);
    w.Key("product_sentences"); w.Int(o.product_n);
    Strings(w, "weeks", o.weeks);
    Trend(w, "research_trend", o.research_trend);
    Trend(w, "product_trend", o.product_trend);
    w.Key("movers");
    w.BeginArray();
    for (const auto& m : o.movers) {
      w.BeginObject();
      Str(w, "aspect", m.aspect);
      Num(w, "score", m.score);
      Str(w, "text", m.text);
      Str(w, "lang", m.lang);
      w.Key("article"); Link(w, m.link);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

void MoverList(JsonWriter& w, const char* key, const std::vector<EntityMover>& movers) {
  w.Key(key);
  w.BeginArray();
  for (const auto& m : movers) {
    w.BeginObject();
    Str(w, "name", m.name);
    Str(w, "type", m.type);
    w.Key("mentions"); w.Int(m.mentions);
    Num(w, "previous_mean", m.previous);
    Num(w, "change", m.change);
    w.EndObject();
  }
  w.EndArray();
}

void Movers(JsonWriter& w, const Digest& d) {
  w.Key("entity_movers");
  w.BeginObject();
  MoverList(w, "rising", d.rising);
  MoverList(w, "falling", d.falling);
  w.Key("first_seen_total"); w.Int(d.first_seen_total);
  w.Key("first_seen");
  w.BeginArray();
  for (const auto& e : d.first_seen) {
    w.BeginObject();
    Str(w, "name", e.name);
    Str(w, "type", e.type);
    w.Key("known"); w.Bool(e.known);
    w.Key("mentions"); w.Int(e.mentions);
    w.Key("first_article"); Link(w, e.first);
    if (!e.known) Str(w, "hint", "review with `newsminer lexicon suggest` and add to lexicons/entities/");
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

void RenderDigestJson(const Digest& d, std::ostream& out, bool pretty) {
  JsonWriter w(out, pretty);
  w.BeginObject();
  Str(w, "week", d.header.week);
  Str(w, "monday", d.header.monday);
  Str(w, "sunday", d.header.sunday);
  Str(w, "tz", d.header.tz);
  w.Key("empty"); w.Bool(d.empty);
  if (d.empty) Str(w, "message", EmptyWeekText(d.header));
  Header(w, d.header);
  Stories(w, d.stories);
  Events(w, "events", d.events);
  Events(w, "earlier_events", d.earlier_events);
  w.Key("talent_flow");
  w.BeginObject();
  Moves(w, "week", d.talent.week);
  Moves(w, "quarter", d.talent.quarter);
  w.EndObject();
  Tone(w, d.tone);
  Movers(w, d);
  w.EndObject();
  out << '\n';
}

}  // namespace news
