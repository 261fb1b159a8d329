#include "extract/event_extractor.h"

#include <algorithm>

#include "extract/event_builder.h"
#include "lexicon/lexicon_matcher.h"
#include "text/match_key.h"

namespace news {

namespace {

using event_build::EventTypeIndex;
using event_build::IsEventType;

// The phrases the trigger automaton looks for: events, direction cues and
// silencers (the cue kinds of events/cues.tsv go to EventCues).
bool InTriggerAutomaton(std::string_view t) { return IsEventType(t) || t == "to" || t == "from" || t == "none"; }

}  // namespace

EventExtractor::EventExtractor(const EntityLexicon& lex) : lex_(lex), cues_(lex) {
  for (const TriggerPhrase& t : lex.triggers) {
    if (!InTriggerAutomaton(t.type)) continue;
    int k = ac_.Add(MatchKey(t.phrase));
    if (k < 0) continue;
    if (static_cast<size_t>(k) >= key_types_.size()) key_types_.resize(k + 1);
    key_types_[k].push_back({t.type, t.needs_amount});
  }
  ac_.Build();
}

EventExtractor::EventExtractor(const EntityLexicon& lex, SnapshotReader& r, std::shared_ptr<const void> storage)
    : lex_(lex) {
  uint32_t n = 0;
  if (!ac_.Load(r, storage) || !r.U32(&n) || n != ac_.key_count()) {
    r.Fail();
    return;
  }
  key_types_.resize(n);
  for (auto& types : key_types_) {
    std::vector<std::string> names;
    const uint8_t* amounts = nullptr;
    size_t count = 0;
    if (!r.Strs(&names) || !r.Array(&amounts, &count) || count != names.size()) {
      r.Fail();
      return;
    }
    for (size_t i = 0; i < count; ++i) types.push_back({names[i], amounts[i] != 0});
  }
  if (!cues_.Load(r, storage)) r.Fail();
}

bool EventExtractor::Save(SnapshotWriter& w) const {
  if (!ac_.Save(w)) return false;
  w.U32(static_cast<uint32_t>(key_types_.size()));
  for (const auto& types : key_types_) {
    std::vector<std::string> names;
    std::vector<uint8_t> amounts;
    for (const auto& [type, needs_amount] : types) {
      names.push_back(type);
      amounts.push_back(needs_amount ? 1 : 0);
    }
    w.Strs(names);
    w.Array(amounts);
  }
  return cues_.Save(w);
}

void EventExtractor::Extract(int subject_lex, ExtractionState& st) const {
  using event_build::Builder;
  using event_build::FactsBefore;
  using event_build::SentenceFacts;
  const auto& sentences = st.analysis().sentences;
  std::vector<std::vector<TriggerHit>> hits(sentences.size());
  std::vector<char> has_event(sentences.size(), 0);
  std::vector<uint8_t> types(sentences.size());  // bit k: kEventTypes[k]
  // One automaton pass over the whole folded body, hits shared out to the
  // sentence they lie in (a hit across a sentence end is none).
  std::vector<size_t> starts(sentences.size()), ends(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    starts[i] = st.ToFolded(sentences[i].begin);
    ends[i] = st.ToFolded(sentences[i].end);
  }
  std::string_view folded = st.folded().key;
  std::vector<AhoCorasick::Hit> all;
  ac_.FindAll(folded, &all);
  for (const AhoCorasick::Hit& h : all) {
    auto it = std::upper_bound(starts.begin(), starts.end(), h.begin);
    if (it == starts.begin()) continue;
    size_t i = static_cast<size_t>(it - starts.begin()) - 1;
    if (h.end > ends[i] || !LexiconMatcher::BoundaryOk(folded, h.begin, h.end)) continue;
    for (const auto& [type, needs_amount] : key_types_[h.key]) {
      hits[i].push_back({h.begin, h.end, type, needs_amount});
      if (int k = EventTypeIndex(type); k >= 0) types[i] |= 1 << k;
    }
  }
  for (size_t i = 0; i < sentences.size(); ++i) has_event[i] = types[i] != 0;
  Builder b(lex_, cues_, subject_lex, st, std::move(types));
  // Facts (mentions placed by cues) only where a trigger needs them: in its
  // own sentence, and in the one before when a trigger looks back.
  SentenceFacts prev;  // of sentence i - 1 when it has an event
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (!has_event[i]) continue;
    SentenceFacts f = b.Facts(sentences[i].index, hits[i]);
    FactsBefore before = i == 0                ? FactsBefore()
                         : has_event[i - 1] ? FactsBefore(&prev)
                                            : FactsBefore(&b, sentences[i - 1].index, &hits[i - 1]);
    b.Emit(sentences[i].index, f, before);
    prev = std::move(f);
  }
  b.SyncMoveDates();
  event_build::DropHiresByOrganisationLeft(&st.analysis().events);
  event_build::PairMoves(&st.analysis().events);
}

}  // namespace news
