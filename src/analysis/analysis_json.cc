#include "analysis/analysis_json.h"

#include "common/utf8.h"

namespace news {

static void StringOrNull(JsonWriter& w, const std::string& s) {
  if (s.empty()) w.Null(); else w.String(s);
}

static void WriteSentences(JsonWriter& w, const Analysis& a, const CodePointIndex& cp) {
  w.BeginArray();
  for (const Sentence& s : a.sentences) {
    w.BeginObject();
    w.Key("index"); w.Int(s.index);
    w.Key("start"); w.Int(cp.ToCodePoints(s.begin));
    w.Key("end"); w.Int(cp.ToCodePoints(s.end));
    w.Key("text"); w.String(std::string_view(a.doc.body).substr(s.begin, s.end - s.begin));
    w.Key("lang"); w.String(s.lang);
    w.Key("aspect"); w.String(s.tone.aspect);
    w.Key("score"); w.Double(s.tone.score);
    w.Key("label"); w.Int(s.tone.label);
    if (s.tone.aspect == "both") {
      w.Key("research"); w.Double(s.tone.research);
      w.Key("product"); w.Double(s.tone.product);
    }
    w.EndObject();
  }
  w.EndArray();
}

static void WriteEntity(JsonWriter& w, const EntityResult& e, const CodePointIndex& cp) {
  w.BeginObject();
  w.Key("canonical"); w.String(e.canonical);
  w.Key("type"); w.String(e.type);
  if (!e.role.empty()) { w.Key("role"); w.String(e.role); }
  if (!e.parent.empty()) { w.Key("parent"); w.String(e.parent); }
  w.Key("known"); w.Bool(e.known);
  w.Key("mentions");
  w.BeginArray();
  for (const Mention& m : e.mentions) {
    w.BeginObject();
    w.Key("surface"); w.String(m.surface);
    w.Key("sentence"); w.Int(m.sentence);
    w.Key("start"); w.Int(cp.ToCodePoints(m.begin));
    w.Key("end"); w.Int(cp.ToCodePoints(m.end));
    w.EndObject();
  }
  w.EndArray();
  w.Key("research"); w.Double(e.research);
  w.Key("product"); w.Double(e.product);
  w.EndObject();
}

static void WriteEvent(JsonWriter& w, const Event& e) {
  w.BeginObject();
  w.Key("date"); StringOrNull(w, e.date);
  w.Key("type"); w.String(e.type);
  w.Key("person"); StringOrNull(w, e.person);
  w.Key("organization"); StringOrNull(w, e.organization);
  if (!e.counterpart.empty()) { w.Key("counterpart"); w.String(e.counterpart); }
  if (!e.product.empty()) { w.Key("product"); w.String(e.product); }
  w.Key("sentence"); w.Int(e.sentence);
  w.Key("date_rule"); w.String(e.date_rule);
  w.EndObject();
}

static void WriteTone(JsonWriter& w, const ToneSummary& t) {
  w.BeginObject();
  w.Key("research"); w.Double(t.research);
  w.Key("product"); w.Double(t.product);
  w.Key("overall"); w.Double(t.overall);
  w.Key("research_label"); w.Int(t.research_label);
  w.Key("product_label"); w.Int(t.product_label);
  w.Key("research_sentences"); w.BeginArray(); for (int i : t.research_top) w.Int(i); w.EndArray();
  w.Key("product_sentences"); w.BeginArray(); for (int i : t.product_top) w.Int(i); w.EndArray();
  w.EndObject();
}

void WriteAnalysisJson(JsonWriter& w, const Analysis& a) {
  CodePointIndex cp(a.doc.body);
  w.BeginObject();
  w.Key("source"); w.String(a.doc.source);
  w.Key("title"); w.String(a.doc.title);
  w.Key("published"); StringOrNull(w, a.doc.published);
  w.Key("lang"); w.String(a.lang);
  w.Key("body"); w.String(a.doc.body);
  w.Key("sentences"); WriteSentences(w, a, cp);
  w.Key("entities");
  w.BeginArray();
  for (const EntityResult& e : a.entities) WriteEntity(w, e, cp);
  w.EndArray();
  w.Key("events");
  w.BeginArray();
  for (const Event& e : a.events) WriteEvent(w, e);
  w.EndArray();
  w.Key("sentiment"); WriteTone(w, a.tone);
  w.Key("analyzer_version"); w.String(a.analyzer_version);
  w.EndObject();
}

void WriteDocumentJson(JsonWriter& w, const Document& d, const std::string& lang) {
  w.BeginObject();
  w.Key("source"); w.String(d.source);
  w.Key("title"); w.String(d.title);
  w.Key("published"); StringOrNull(w, d.published);
  w.Key("author"); StringOrNull(w, d.author);
  w.Key("lang"); w.String(lang);
  w.Key("body"); w.String(d.body);
  if (!d.url.empty()) { w.Key("url"); w.String(d.url); }
  if (!d.canonical_url.empty()) { w.Key("canonical_url"); w.String(d.canonical_url); }
  if (!d.charset.empty()) { w.Key("charset"); w.String(d.charset); }
  if (!d.date_rule.empty()) { w.Key("date_rule"); w.String(d.date_rule); }
  w.EndObject();
}

}  // namespace news
