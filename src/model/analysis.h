// Analysis: everything the pipeline learns about one Document — sentences
// with their tone, entities with their mentions, dated events and the
// article's tone summary. Plain data, produced by analysis/analyzer.h and
// stored by store/. All offsets here are UTF-8 byte offsets into doc.body;
// analysis_json.h converts them to code points for output.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace news {

// Tone of one sentence. `aspect` is "research", "product", "both" or "none";
// when both, `research` and `product` carry each side's polarity and `score`
// is their mean. Scores are in [-1, 1]; labels in {-1, 0, 1}.
struct SentenceTone {
  std::string aspect = "none";
  double score = 0;
  int label = 0;
  double research = 0;  // meaningful when aspect is research or both
  double product = 0;   // meaningful when aspect is product or both
  std::string dominant = "none";  // the aspect with more evidence (research/product/none), for one-aspect displays
  // How much the sentence speaks of each side (sum of its aspect terms' and
  // entity hints' weights); the article means weigh a two-sided sentence's
  // lesser side by it. Not stored.
  double research_evidence = 0, product_evidence = 0;
};

struct Sentence {
  int index = 0;
  size_t begin = 0, end = 0;  // bytes into body
  std::string lang;           // zh-Hant, zh-Hans, en, mixed
  SentenceTone tone;
};

struct Mention {
  std::string surface;   // as written in body
  int sentence = 0;
  size_t begin = 0, end = 0;  // bytes into body
};

struct EntityResult {
  std::string id;         // lexicon id (e.g. "org:openai"); "person:?:<name>" for unknown people, "org:?:<name>" for unknown organisations
  std::string canonical;  // English common name, or the name as written when unknown
  std::string type;       // organization, division, product, person
  std::string role;       // organizations: subject, competitor, other; empty otherwise
  std::string parent;     // canonical name of the parent organisation, if any
  bool known = true;
  std::vector<Mention> mentions;
  double research = 0, product = 0;  // mean tone of the sentences that mention it
  int research_n = 0, product_n = 0;   // how many sentences carried each
};

struct Event {
  std::string date;          // YYYY-MM-DD or YYYY-MM
  std::string date_rule;     // "absolute", "partial", "relative", "published"
  std::string type;          // departure, hire, launch, funding, reorganization, other
  std::string person;        // canonical or as written; may be empty for launch/funding
  std::string organization;  // the organisation the event is about (the one left, the one hiring, ...)
  std::string counterpart;   // departure: where the person went; hire: where they came from
  std::string product;       // launch: what was launched
  int sentence = 0;
};

struct ToneSummary {
  double research = 0, product = 0, overall = 0;
  int research_label = 0, product_label = 0, overall_label = 0;
  int research_n = 0, product_n = 0;    // sentences behind each score
  std::vector<int> research_top, product_top;  // sentence indexes carrying most weight
};

struct Analysis {
  Document doc;
  std::string lang;  // document language
  std::vector<Sentence> sentences;
  std::vector<EntityResult> entities;
  std::vector<Event> events;
  ToneSummary tone;
  std::string analyzer_version;  // lexicon + model version used
};

}  // namespace news
