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

void Tone(news::JsonWriter& w, const news::SentenceTone& t) {
  w.Key("aspect");
  w.String(t.aspect);
  w.Key("score");
  w.Double(t.score);
  w.Key("r");
  w.Double(t.research);
  w.Key("p");
  w.Double(t.product);
  w.Key("re");
  w.Double(t.research_evidence);
  w.Key("pe");
  w.Double(t.product_evidence);
}

void Write(const std::string& file, const Analysis& a, const news::SentimentAnalyzer& sa,
           const news::SentimentLexicon& lex) {
  std::vector<int> orgs(a.sentences.size()), mine(a.sentences.size());
  Counts(a, orgs, mine);
  std::string subject = news::SubjectOrganization(a);
  std::ostringstream out;
  news::JsonWriter w(out);
  w.BeginObject();
  w.Key("file");
  w.String(file);
  w.Key("subject");
  w.String(subject);
  w.Key("title");
  w.BeginObject();
  Tone(w, sa.ScoreSentence(a.doc.title));
  w.EndObject();
  w.Key("label_r");
  w.Int(a.tone.research_label);
  w.Key("label_p");
  w.Int(a.tone.product_label);
  w.Key("sentences");
  w.BeginArray();
  for (const news::Sentence& s : a.sentences) {
    std::string_view text = std::string_view(a.doc.body).substr(s.begin, s.end - s.begin);
    news::ToneDetail d = news::ScoreTokens(news::ScanSentence(news::MatchKey(text), lex), {}, {});
    w.BeginObject();
    Tone(w, s.tone);
    w.Key("bg");
  w.Bool(d.background);
    w.Key("resp");
  w.Bool(d.response);
    w.Key("dep");
  w.Bool(d.departure);
    w.Key("orgs");
  w.Int(orgs[s.index]);
    w.Key("mine");
  w.Int(mine[s.index]);
    w.Key("text");
  w.String(text);
    w.EndObject();
  }
  w.EndArray();
  w.Key("events");
  w.BeginArray();
  for (const news::Event& e : a.events) {
    w.BeginObject();
    w.Key("type");
  w.String(e.type);
    w.Key("sentence");
  w.Int(e.sentence);
    w.Key("sign");
  w.Int(MoveSign(e, subject));
    w.Key("mine");
  w.Bool(e.organization == subject || subject.empty());
    w.EndObject();
  }
  w.EndArray();
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
