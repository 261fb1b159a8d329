// The event builder's inside, shared by its parts (extract/event_*.cc; not
// for other modules): the facts one sentence offers to its triggers
// (organisations placed by direction cues, people, products), and Builder,
// which turns triggers into events of one article and dates them.
//   event_facts.cc   facts of a sentence, who a trigger is about, organisation lookups
//   event_emit.cc    moves, launches, funding and reorganisations
//   event_dating.cc  dates of events, merging repeats, pairing moves
// Offsets are folded bytes (lexicon/folded_text.h) unless a name says
// otherwise. A Builder serves one Extract() call; not shared across threads.
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/date_expressions.h"
#include "extract/event_cues.h"
#include "extract/event_extractor.h"
#include "extract/extraction_state.h"
#include "lexicon/entity_lexicon.h"

namespace news::event_build {

enum class Place { kNeutral, kTo, kFrom };

struct OrgMention {
  size_t begin = 0, end = 0;  // folded bytes
  int org = -1;               // lexicon index at organisation level (past the lexicon: unknown, see Builder::UnknownOrgId)
  Place place = Place::kNeutral;
  bool merged = false;        // "谷歌旗下的Google DeepMind": the parent named before its unit; or the founder in 由…創辦的X: no party to the move
  bool founded = false;       // "left to co-found X", "离开…，创办了X": where the person went, but no hire by X
};

struct PersonMention {
  size_t begin = 0, end = 0;  // folded bytes
  int entity = -1;            // analysis().entities index
};

constexpr size_t kCueReach = 12;     // bytes between a direction cue and its organisation
constexpr size_t kLaunchReach = 36;  // bytes between a launch trigger and the product

inline const char* const kEventTypes[] = {"departure", "hire", "launch", "funding", "reorganization"};

// Where `t` stands in kEventTypes, or -1.
inline int EventTypeIndex(std::string_view t) {
  auto it = std::find(std::begin(kEventTypes), std::end(kEventTypes), t);
  return it == std::end(kEventTypes) ? -1 : static_cast<int>(it - std::begin(kEventTypes));
}

inline bool IsEventType(std::string_view t) { return EventTypeIndex(t) >= 0; }

inline bool ContainsAnyOf(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

// Where the text after the last clause break in [from, to) starts, or `from`
// when there is none.
// One backward scan: the first break end met is the last one (a search per
// mark compared bytes at every position, for every person before a trigger).
inline size_t LastClauseBreakEnd(std::string_view folded, size_t from, size_t to) {
  std::string_view text = folded.substr(from, to - from);
  for (size_t end = text.size(); end > 0; --end) {
    char c = text[end - 1];
    if (c == ',' || c == ';' || c == ':') return from + end;
    if (end < 3 || text[end - 3] != '\xEF') continue;  // ，；： are EF BC 8C, EF BC 9B, EF BC 9A
    std::string_view mark = text.substr(end - 3, 3);
    if (mark == "，" || mark == "；" || mark == "：") return from + end;
  }
  return from;
}

inline bool GapIsTight(std::string_view gap) { return gap.size() <= kCueReach && !HasClauseBreak(gap); }

// Everything one sentence offers to its triggers.
struct SentenceFacts {
  std::vector<OrgMention> orgs;
  std::vector<PersonMention> people;
  std::vector<std::pair<size_t, int>> products;  // folded begin, analysis entity index
  std::vector<EventExtractor::TriggerHit> triggers, to_cues, from_cues;
};

class Builder;

// The facts of the sentence before an event sentence, which a trigger may
// look back at for its person or organisation: worked out on first use
// (most never do) unless that sentence has an event too and they are ready.
// Reads like a pointer: false when there is no sentence before.
class FactsBefore {
 public:
  FactsBefore() = default;  // none: the event sentence is the first
  explicit FactsBefore(const SentenceFacts* ready) : ready_(ready) {}
  FactsBefore(const Builder* b, int s, const std::vector<EventExtractor::TriggerHit>* hits) : builder_(b), s_(s), hits_(hits) {}
  explicit operator bool() const { return ready_ || builder_; }
  const SentenceFacts& operator*() const;
  const SentenceFacts* operator->() const { return &**this; }

 private:
  const SentenceFacts* ready_ = nullptr;
  const Builder* builder_ = nullptr;
  int s_ = -1;
  const std::vector<EventExtractor::TriggerHit>* hits_ = nullptr;
  mutable std::optional<SentenceFacts> made_;
};

class Builder {
 public:
  using Trigger = EventExtractor::TriggerHit;
  // sentence_types: per sentence, the event types its triggers name (bit k:
  // kEventTypes[k]).
  Builder(const EntityLexicon& lex, const EventCues& cues, int subject_lex, ExtractionState& st,
          std::vector<uint8_t> sentence_types);

  SentenceFacts Facts(int s, const std::vector<Trigger>& hits) const;
  void Emit(int s, const SentenceFacts& f, const FactsBefore& prev);
  // After the last sentence: the two sides of one move share the better date.
  void SyncMoveDates();

 private:
  void PlaceOrg(const SentenceFacts& f, OrgMention& o) const;
  void Place(SentenceFacts& f) const;
  bool AfterFormerCue(size_t folded_begin) const;
  bool AfterFoundingVerb(size_t folded_begin) const;
  bool IsFounded(const SentenceFacts& f, const Clause& c, int org) const;
  bool NamesTeam(size_t folded_end) const;
  int NextSentencePastEmployer(int s, int person, int hirer) const;
  bool IsAcademic(int org) const;
  size_t NearestPerson(const SentenceFacts& f, const Clause& c, const Trigger& t) const;
  std::vector<int> PeopleFor(int s, const SentenceFacts& f, const Clause& c, const Trigger& t,
                             const FactsBefore& prev) const;
  std::vector<int> Coordinated(const SentenceFacts& f, const Clause& c, size_t first) const;
  bool HasPronoun(int s) const;
  int FirstOrg(const SentenceFacts& f, const Clause& c, ::news::event_build::Place place, int exclude) const;
  int NearestOrgBefore(const SentenceFacts& f, const Clause& c, size_t pos, int exclude) const;
  int OrgAfter(const SentenceFacts& f, const Clause& c, size_t pos, int exclude) const;
  int OrgRightAfter(const SentenceFacts& f, const Clause& c, size_t pos) const;
  int PersonOrg(int person, int s) const;
  bool DescribesPerson(const SentenceFacts& f, const Clause& c, int org, int person, size_t trigger) const;
  int Employer(int person) const;
  bool WorksThereAlready(const SentenceFacts& f, const Clause& c, int org, int person) const;
  int SingleOrg(const FactsBefore& f) const;
  std::vector<int> OrgsInOrder(const SentenceFacts& f, const Clause& c, ::news::event_build::Place place) const;
  int OwnFrom(const SentenceFacts& f, const Clause& c, int person, int fallback) const;
  int SentenceOpeningOrg(int s, const SentenceFacts& f, int fallback) const;
  int GroupDepartureOrg(const SentenceFacts& f, const FactsBefore& prev, const Trigger& hire) const;
  bool LaterMentionOfFrom(const SentenceFacts& f, const Clause& c, int to) const;
  bool WithoutBackgroundMoves(int s, const SentenceFacts& f, SentenceFacts* out) const;
  void EmitMove(int s, const SentenceFacts& f, const Clause& c, const Trigger& t, const FactsBefore& prev,
                std::map<int, int>* hired_at);
  void InWrittenOrder(const SentenceFacts& f, const Clause& c, std::vector<int>* people) const;
  void EmitDeparture(int s, const SentenceFacts& f, const Clause& c, const Trigger& t, const FactsBefore& prev, int person,
                     int from, int to, const std::map<int, int>& hired_at);
  int Hirer(int s, const SentenceFacts& f, const Clause& c, const Trigger& t, int person, int to, int* described_by) const;
  void EmitHire(int s, const SentenceFacts& f, const Clause& c, const Trigger& t, const FactsBefore& prev, int person,
                int from, int to, std::map<int, int>* hired_at);
  void EmitHireFromNextSentence(int s, int person, int org, int next_from, size_t trigger);
  const std::pair<size_t, int>* LaunchedProduct(const SentenceFacts& f, const Clause& c, const Trigger& t) const;
  void EmitLaunch(int s, const SentenceFacts& f, const Clause& c, const Trigger& t);
  int OrgEventOrg(int s, const SentenceFacts& f, const Clause& c, const Trigger& t) const;
  void EmitOrgEvent(int s, const SentenceFacts& f, const Clause& c, const Trigger& t);
  int FundedOrgBefore(const SentenceFacts& f, const Clause& c, size_t trigger) const;
  void Move(int s, const std::string& type, int person, int org, int counterpart, size_t trigger, bool mirror = true);
  void Add(Event e, size_t trigger_folded, int person, bool mirror = false);
  bool MentionsSubjectNearby(int s) const;
  const std::vector<DateExpression>& Dates(int s) const;
  bool DateQuoted(int s, size_t date) const;
  bool OffsetQuoted(int s, size_t offset) const;
  bool SentenceNamesEarlierTime(int s) const;
  bool SentenceRefersToPreviousDay(int s) const;
  size_t LastDayCueIn(int s) const;
  bool PreviousSentenceDates(int s, int person, const std::string& type) const;
  const DateExpression* EarlierDate(int s) const;
  // How directly an event's date was stated: its own sentence, a neighbouring
  // one, or only the publication date.
  static constexpr int kPublished = 0, kNeighbourDate = 2, kOwnDate = 3;
  struct Dated {
    std::string date, rule;
    int strength = kPublished;
  };
  Dated DateFor(int s, size_t trigger_folded, int person, const std::string& type) const;
  bool NextSentenceDates(int s) const;
  bool NextSentenceRefersBack(int s) const;
  bool NextSentenceOpensWith(int s, int person) const;
  const DateExpression* LastDayNext(int s, int person) const;
  // Organisation ids: a lexicon index, or for an organisation in no lexicon
  // (found by pattern, known=false) the lexicon size plus its analysis index.
  int UnknownOrgId(size_t entity) const { return static_cast<int>(lex_.entities.size() + entity); }
  bool IsUnknownOrg(int org) const { return org >= static_cast<int>(lex_.entities.size()); }
  // The top of an organisation's parent chain (an unknown one is its own).
  int Top(int org) const { return IsUnknownOrg(org) ? org : RootOrganization(lex_, org, true); }
  std::string Name(int org) const {
    if (org < 0) return "";
    return IsUnknownOrg(org) ? st_.analysis().entities[org - lex_.entities.size()].canonical : lex_.entities[org].canonical;
  }
  std::string_view Folded(size_t begin, size_t end) const {
    return std::string_view(st_.folded().key).substr(begin, end > begin ? end - begin : 0);
  }

  // What dating and the facts ask of one sentence again and again (for
  // every trigger and both sides of a move), computed on first use: each is a
  // pure function of the sentence. Not-yet-asked is an empty optional.
  struct SentenceMemo {
    std::optional<std::vector<DateExpression>> dates;
    std::vector<char> date_quoted;       // per date: inside a quotation (InQuote), once dates are known
    std::vector<std::pair<size_t, bool>> offset_quoted;  // InQuote of the sentence bytes asked so far (triggers)
    std::optional<bool> earlier_time;    // NamesEarlierTime of the whole sentence
    std::optional<bool> previous_day;    // EventCues::RefersToPreviousDay
    std::optional<bool> next_dates;      // NextSentenceDates
    std::optional<size_t> last_day_cue;  // EventCues::LastDayCue
  };
  SentenceMemo& Memo(int s) const { return memo_[s]; }
  // (entity, mention) of every mention in sentence `s`, in entity order.
  std::span<const std::pair<int, int>> SentenceMentions(int s) const;

  const EntityLexicon& lex_;
  const EventCues& cues_;
  int subject_;
  ExtractionState& st_;
  std::vector<uint8_t> sentence_types_;
  std::optional<Day> published_;
  mutable std::vector<SentenceMemo> memo_;  // per sentence
  // The mentions of each sentence, (entity, mention) in entity order: Facts()
  // reads one sentence's instead of every mention of the article.
  std::vector<std::pair<int, int>> mentions_;
  std::vector<size_t> mentions_begin_;  // per sentence: its first entry in mentions_ (one past the end: size)
  mutable std::map<int, bool> academic_;                      // organisation -> IsAcademic
  std::vector<int> strength_;                                 // per event: how its date was stated
  std::map<int, int> hires_;                                  // person entity -> organisation hiring them
};

// A hire by the organisation the same person leaves in this article is
// biography, not news (see event_dating.cc); so is the departure it implied.
void DropHiresByOrganisationLeft(std::vector<Event>* events);

// A departure and a hire of the same person a sentence or two apart, neither
// naming the other side, are one move: each is the other's counterpart.
void PairMoves(std::vector<Event>* events);

}  // namespace news::event_build
