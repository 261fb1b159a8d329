// Per-sentence tone features of whole articles, for tuning the article
// aggregate offline (tools/eval-sentiment --cv); not a test, not built by `all`.
//
//   tone_features LEXICON_DIR FILE...   > features.jsonl
//
// One JSON object a line per file: the headline's tone, every sentence's
// final tone (after event tone), its aspect evidence, its kind markers
// (background, response, departure word), how many organisations and how
// many of the subject's it names, and the article's events with the sign a
// move has for the subject (+1 gain, -1 loss, 0 neither).
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "common/json.h"
#include "ingest/file_loader.h"
#include "sentiment/event_tone.h"
#include "sentiment/sentence_scanner.h"
#include "sentiment/sentence_scorer.h"
#include "sentiment/sentiment_analyzer.h"
#include "sentiment/sentiment_lexicon.h"
#include "text/match_key.h"

namespace {

using news::Analysis;

int MoveSign(const news::Event& e, const std::string& subject) {
  bool departure = e.type == "departure";
  if (!departure && e.type != "hire") return 0;
  if (subject.empty()) return departure ? -1 : 1;
  if (e.organization == subject) return departure ? -1 : 1;
  if (e.counterpart == subject) return departure ? 1 : -1;
  return 0;
}

void Counts(const Analysis& a, std::vector<int>& orgs, std::vector<int>& mine) {
  std::string subject = news::SubjectOrganization(a);
  for (const news::EntityResult& e : a.entities) {
    bool org = e.type == "organization";
    if (!org && ((e.type != "product" && e.type != "division") || e.parent.empty())) continue;
    bool own = org ? e.role == "subject" : news::SameHouse(e.parent, subject);
    for (const news::Mention& m : e.mentions) {
      if (m.sentence < 0 || m.sentence >= static_cast<int>(orgs.size())) continue;
      ++orgs[m.sentence];
      if (own) ++mine[m.sentence];
    }
  }
}

void Field(news::JsonWriter& w, const char* key, double v) {
  w.Key(key);
  w.Double(v);
}

void Field(news::JsonWriter& w, const char* key, int v) {
  w.Key(key);
  w.Int(v);
}

void Field(news::JsonWriter& w, const char* key, std::string_view v) {
  w.Key(key);
  w.String(v);
}

void Flag(news::JsonWriter& w, const char* key, bool v) {
  w.Key(key);
  w.Bool(v);
}

void Tone(news::JsonWriter& w, const news::SentenceTone& t) {
  Field(w, "aspect", t.aspect);
  Field(w, "score", t.score);
  Field(w, "r", t.research);
  Field(w, "p", t.product);
  Field(w, "re", t.research_evidence);
  Field(w, "pe", t.product_evidence);
}

// Each sentence's final tone plus what the aggregate weighs it by: its kind
// markers (scored again from the lexicon alone) and the organisations in it.
void Sentences(news::JsonWriter& w, const Analysis& a, const news::SentimentLexicon& lex) {
  std::vector<int> orgs(a.sentences.size()), mine(a.sentences.size());
  Counts(a, orgs, mine);
  w.BeginArray();
  for (const news::Sentence& s : a.sentences) {
    std::string_view text = std::string_view(a.doc.body).substr(s.begin, s.end - s.begin);
    news::ToneDetail d = news::ScoreTokens(news::ScanSentence(news::MatchKey(text), lex), {}, {});
    w.BeginObject();
    Tone(w, s.tone);
    Flag(w, "bg", d.background);
    Flag(w, "resp", d.response);
    Flag(w, "dep", d.departure);
    Field(w, "orgs", orgs[s.index]);
    Field(w, "mine", mine[s.index]);
    Field(w, "text", text);
    w.EndObject();
  }
  w.EndArray();
}

void Events(news::JsonWriter& w, const Analysis& a, const std::string& subject) {
  w.BeginArray();
  for (const news::Event& e : a.events) {
    w.BeginObject();
    Field(w, "type", e.type);
    Field(w, "sentence", e.sentence);
    Field(w, "sign", MoveSign(e, subject));
    Flag(w, "mine", e.organization == subject || subject.empty());
    w.EndObject();
  }
  w.EndArray();
}

void Write(const std::string& file, const Analysis& a, const news::SentimentAnalyzer& sa,
           const news::SentimentLexicon& lex) {
  std::string subject = news::SubjectOrganization(a);
  std::ostringstream out;
  news::JsonWriter w(out);
  w.BeginObject();
  Field(w, "file", file);
  Field(w, "subject", subject);
  w.Key("title");
  w.BeginObject();
  Tone(w, sa.ScoreSentence(a.doc.title));
  w.EndObject();
  Field(w, "label_r", a.tone.research_label);
  Field(w, "label_p", a.tone.product_label);
  w.Key("sentences");
  Sentences(w, a, lex);
  w.Key("events");
  Events(w, a, subject);
  w.EndObject();
  std::printf("%s\n", out.str().c_str());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: tone_features LEXICON_DIR FILE...\n");
    return 2;
  }
  auto analyzer = news::Analyzer::Create({argv[1]});
  auto lex = news::SentimentLexicon::Load(std::string(argv[1]) + "/sentiment");
  if (!analyzer.ok() || !lex.ok()) {
    std::fprintf(stderr, "tone_features: %s: cannot load the lexicons\n", argv[1]);
    return 1;
  }
  for (int i = 2; i < argc; ++i) {
    auto d = news::LoadFile(argv[i]);
    if (!d.ok()) {
      std::fprintf(stderr, "tone_features: %s: %s\n", argv[i], d.status().message().c_str());
      continue;
    }
    Analysis a = (*analyzer)->Analyze(std::move(d).value());
    Write(argv[i], a, (*analyzer)->sentiment(), *lex);
  }
  return 0;
}
