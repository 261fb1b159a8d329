// Dated events from trigger phrases (lexicons/events/*.tsv): departure,
// hire, launch, funding and reorganisation. For each sentence with a
// trigger, the person and organisation come from that sentence (or the one
// before); `to`/`from` cues place organisations: in "離開OpenAI，加入
// Anthropic" OpenAI is the one left and Anthropic where the person went. A
// move naming both sides gives a departure and a hire. The date is the
// sentence's own date expression nearest the trigger, else the publication
// date. Precision over recall: no person (moves) or no organisation, no
// event; one event per (type, person, organisation) per article.
//
//   EventExtractor ev(lex);
//   ev.Extract(subject_lex_index, st);   // fills st.analysis().events
//
// Immutable after construction; Extract() is safe to call from several threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/event_cues.h"
#include "extract/extraction_state.h"
#include "lexicon/aho_corasick.h"
#include "lexicon/entity_lexicon.h"
#include "lexicon/snapshot.h"

namespace news {

class EventExtractor {
 public:
  explicit EventExtractor(const EntityLexicon& lex);
  // From a snapshot written by Save(); `r` is failed when it is malformed.
  EventExtractor(const EntityLexicon& lex, SnapshotReader& r, std::shared_ptr<const void> storage);
  bool Save(SnapshotWriter& w) const;
  void Extract(int subject_lex, ExtractionState& st) const;
  // The cue phrases (events/cues.tsv), for the roles stage's hirer verbs.
  const EventCues& cues() const { return cues_; }

  struct TriggerHit {
    size_t begin = 0, end = 0;  // folded bytes
    std::string_view type;      // points into the extractor's own strings
    bool needs_amount = false;  // see TriggerPhrase
  };

 private:
  const EntityLexicon& lex_;
  EventCues cues_;  // the cue phrases of events/cues.tsv
  AhoCorasick ac_;  // triggers, direction cues and silencers
  // Per automaton key: (trigger type, needs_amount) of every phrase with that key.
  std::vector<std::vector<std::pair<std::string, bool>>> key_types_;
};

}  // namespace news
