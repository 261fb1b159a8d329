#include "extract/event_extractor.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "extract/date_expressions.h"
#include "extract/event_cues.h"
#include "extract/roles.h"
#include "lexicon/lexicon_matcher.h"
#include "text/match_key.h"

namespace news {

namespace {

enum class Place { kNeutral, kTo, kFrom };

struct OrgMention {
  size_t begin = 0, end = 0;  // folded bytes
  int org = -1;               // lexicon index at organisation level
  Place place = Place::kNeutral;
  bool merged = false;        // "谷歌旗下的Google DeepMind": the parent named before its unit
};

struct PersonMention {
  size_t begin = 0, end = 0;  // folded bytes
  int entity = -1;            // analysis().entities index
};

constexpr size_t kCueReach = 12;     // bytes between a direction cue and its organisation
constexpr size_t kLaunchReach = 36;  // bytes between a launch trigger and the product

const char* const kEventTypes[] = {"departure", "hire", "launch", "funding", "reorganization"};

bool IsEventType(std::string_view t) {
  return std::find(std::begin(kEventTypes), std::end(kEventTypes), t) != std::end(kEventTypes);
}

// The phrases the trigger automaton looks for: events, direction cues and
// silencers (the cue kinds of events/cues.tsv go to EventCues).
bool InTriggerAutomaton(std::string_view t) { return IsEventType(t) || t == "to" || t == "from" || t == "none"; }

bool ContainsAnyOf(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

bool GapIsTight(std::string_view gap) { return gap.size() <= kCueReach && !HasClauseBreak(gap); }

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
    : lex_(lex), cues_(lex) {
  uint32_t n = 0;
  if (!ac_.Load(r, std::move(storage)) || !r.U32(&n) || n != ac_.key_count()) {
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
  return true;
}

namespace {

// Everything one sentence offers to its triggers.
struct SentenceFacts {
  std::vector<OrgMention> orgs;
  std::vector<PersonMention> people;
  std::vector<std::pair<size_t, int>> products;  // folded begin, analysis entity index
  std::vector<EventExtractor::TriggerHit> triggers, to_cues, from_cues;
};

class Builder {
 public:
  using Trigger = EventExtractor::TriggerHit;
  // sentence_types: per sentence, the event types its triggers name.
  Builder(const EntityLexicon& lex, const EventCues& cues, int subject_lex, ExtractionState& st,
          std::vector<std::set<std::string>> sentence_types)
      : lex_(lex), cues_(cues), subject_(subject_lex), st_(st), sentence_types_(std::move(sentence_types)) {}

  SentenceFacts Facts(int s, const std::vector<Trigger>& hits) const;
  void Emit(int s, const SentenceFacts& f, const SentenceFacts* prev);

 private:
  void Place(SentenceFacts& f) const;
  bool AfterFormerCue(size_t folded_begin) const;
  bool NamesTeam(size_t folded_end) const;
  int NextSentencePastEmployer(int s, int person, int hirer) const;
  bool IsAcademic(int org) const;
  std::vector<int> PeopleFor(int s, const SentenceFacts& f, const Clause& c, const Trigger& t,
                             const SentenceFacts* prev) const;
  std::vector<int> Coordinated(const SentenceFacts& f, const Clause& c, size_t first) const;
  bool HasPronoun(int s) const;
  int FirstOrg(const SentenceFacts& f, const Clause& c, ::news::Place place, int exclude) const;
  int NearestOrgBefore(const SentenceFacts& f, const Clause& c, size_t pos, int exclude) const;
  int OrgAfter(const SentenceFacts& f, const Clause& c, size_t pos, int exclude) const;
  int OrgRightAfter(const SentenceFacts& f, const Clause& c, size_t pos) const;
  int PersonOrg(int person, int s) const;
  bool DescribesPerson(const SentenceFacts& f, const Clause& c, int org, int person, size_t trigger) const;
  int Employer(int person) const;
  int SingleOrg(const SentenceFacts* f) const;
  std::vector<int> OrgsInOrder(const SentenceFacts& f, const Clause& c, ::news::Place place) const;
  int SentenceOpeningOrg(int s, const SentenceFacts& f, int fallback) const;
  void EmitMove(int s, const SentenceFacts& f, const Clause& c, const Trigger& t, const SentenceFacts* prev,
                std::map<int, int>* hired_at);
  void EmitLaunch(int s, const SentenceFacts& f, const Clause& c, const Trigger& t);
  void EmitOrgEvent(int s, const SentenceFacts& f, const Clause& c, const Trigger& t);
  void Move(int s, const std::string& type, int person, int org, int counterpart, size_t trigger, bool mirror = true);
  void Add(Event e, size_t trigger_folded, int person, bool mirror = false);
  bool MentionsSubjectNearby(int s) const;
  const std::vector<DateExpression>& Dates(int s) const;
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

  const EntityLexicon& lex_;
  const EventCues& cues_;
  int subject_;
  ExtractionState& st_;
  std::vector<std::set<std::string>> sentence_types_;
  mutable std::map<int, std::vector<DateExpression>> dates_;  // per sentence, computed once
  std::map<std::string, std::vector<size_t>> seen_;           // event key -> indexes into events
  std::vector<int> strength_;                                 // per event: how its date was stated
  std::map<int, int> hires_;                                  // person entity -> organisation hiring them
};

// A hire by the organisation the same person leaves in this article is
// biography ("2018年赴美加入微軟" next to "離開微軟，加入博通"), not news;
// so is the departure it implied (same sentence, sides swapped). A hire with
// its own date is kept against a departure dated only by publication.
void DropHiresByOrganisationLeft(std::vector<Event>* events) {
  std::map<std::pair<std::string, std::string>, bool> left;  // (person, org) -> some departure has its own date
  for (const Event& e : *events)
    if (e.type == "departure") left[{e.person, e.organization}] |= e.date_rule != "published";
  std::vector<const Event*> dropped;
  for (const Event& e : *events) {
    auto it = left.find({e.person, e.organization});
    if (e.type == "hire" && it != left.end() && (e.date_rule == "published" || it->second)) dropped.push_back(&e);
  }
  auto is_dropped = [&](const Event& e) {
    for (const Event* h : dropped) {
      if (&e == h) return true;
      if (e.type == "departure" && e.person == h->person && e.sentence == h->sentence && e.organization == h->counterpart &&
          e.counterpart == h->organization)
        return true;
    }
    return false;
  };
  std::vector<Event> kept;
  for (const Event& e : *events)
    if (!is_dropped(e)) kept.push_back(e);
  *events = std::move(kept);
}

// "研究院首席科學家梁卓謙已經離職。…梁卓謙將加盟阿里巴巴": a departure and a
// hire of the same person a sentence or two apart, neither naming the other
// side, are one move: each is the other's counterpart.
void PairMoves(std::vector<Event>* events) {
  constexpr int kReach = 2;  // sentences
  for (Event& d : *events) {
    if (d.type != "departure" || !d.counterpart.empty() || d.person.empty()) continue;
    Event* match = nullptr;
    int candidates = 0;
    for (Event& h : *events)
      if (h.type == "hire" && h.person == d.person && h.counterpart.empty() && h.organization != d.organization &&
          std::abs(h.sentence - d.sentence) <= kReach) {
        match = &h;
        ++candidates;
      }
    if (candidates != 1) continue;
    d.counterpart = match->organization;
    match->counterpart = d.organization;
  }
}

SentenceFacts Builder::Facts(int s, const std::vector<EventExtractor::TriggerHit>& hits) const {
  SentenceFacts f;
  auto silenced = [&hits](const EventExtractor::TriggerHit& t) {
    return std::any_of(hits.begin(), hits.end(), [&](const auto& n) {
      return n.type == "none" && n.begin < t.end && t.begin < n.end;
    });
  };
  for (const auto& h : hits) {
    if (h.type == "to") f.to_cues.push_back(h);
    else if (h.type == "from") f.from_cues.push_back(h);
    else if (IsEventType(h.type) && !silenced(h)) f.triggers.push_back(h);
  }
  const Analysis& a = st_.analysis();
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const EntityResult& e = a.entities[i];
    for (const Mention& m : e.mentions) {
      if (m.sentence != s) continue;
      size_t b = st_.ToFolded(m.begin), en = st_.ToFolded(m.end);
      if (e.type == "person") f.people.push_back({b, en, static_cast<int>(i)});
      else if (e.type == "product") {
        f.products.push_back({b, static_cast<int>(i)});
        // "前腾讯混元大模型团队负责人齐亮", "former Sora lead": a product after a
        // former-cue names where the person worked: its maker.
        // "加入小米MiMo团队", "joined the Gemini team": a team named after a
        // product is its maker's.
        if (int maker = RootOrganization(lex_, st_.lex_index(i), false); maker >= 0 && (AfterFormerCue(b) || NamesTeam(en)))
          f.orgs.push_back({b, en, maker});
      }
      else if (int root = RootOrganization(lex_, st_.lex_index(i), false); root >= 0) f.orgs.push_back({b, en, root});
      else if (e.type == "organization" && !e.known) f.orgs.push_back({b, en, UnknownOrgId(i)});
    }
  }
  auto by_pos = [](const auto& x, const auto& y) { return x.begin < y.begin; };
  std::sort(f.orgs.begin(), f.orgs.end(), by_pos);
  std::sort(f.people.begin(), f.people.end(), by_pos);
  Place(f);
  return f;
}

// A university or college (the `academic` cue words of events/cues.tsv in its names).
bool Builder::IsAcademic(int org) const { return org >= 0 && !IsUnknownOrg(org) && cues_.IsAcademic(lex_.entities[org]); }

bool Builder::NamesTeam(size_t folded_end) const {
  std::string_view after = Folded(folded_end, folded_end + 6);
  for (std::string_view w : {"团队", "部门", " team", "team"})
    if (after.substr(0, w.size()) == w) return true;
  return false;
}

// The sentence after `s` opens with the person (name or pronoun) and places
// them in the past at an organisation other than `hirer` ("Osei, 41, was
// until last month director of applied research at Cohere", "他此前在百度工作"):
// that organisation, else -1. Same paragraph only.
int Builder::NextSentencePastEmployer(int s, int person, int hirer) const {
  const Analysis& a = st_.analysis();
  if (s + 1 >= static_cast<int>(a.sentences.size())) return -1;
  const Sentence& next = a.sentences[s + 1];
  if (st_.body().substr(a.sentences[s].end, next.begin - a.sentences[s].end).find('\n') != std::string_view::npos) return -1;
  std::string_view text = st_.FoldedSentences(s + 1, s + 1);
  bool opens_with_person = StartsWithPronoun(text);
  for (const Mention& m : a.entities[person].mentions)
    opens_with_person = opens_with_person || (m.sentence == s + 1 && m.begin <= next.begin + 1);
  if (!opens_with_person || !cues_.SaysFormerly(text)) return -1;
  int best = -1;
  size_t best_begin = SIZE_MAX;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (a.entities[i].type != "organization" && a.entities[i].type != "division") continue;
    int root = RootOrganization(lex_, st_.lex_index(i), false);
    if (root < 0 || root == hirer) continue;
    for (const Mention& m : a.entities[i].mentions)
      if (m.sentence == s + 1 && m.begin < best_begin) { best_begin = m.begin; best = root; }
  }
  return best;
}

bool Builder::AfterFormerCue(size_t folded_begin) const {
  std::string_view before = Folded(folded_begin > 8 ? folded_begin - 8 : 0, folded_begin);
  auto ends_with = [&](std::string_view w) { return before.size() >= w.size() && before.substr(before.size() - w.size()) == w; };
  return ends_with("前") || ends_with("原") || ends_with("former ") || ends_with("ex-");
}

void Builder::Place(SentenceFacts& f) const {
  std::string_view folded = st_.folded().key;
  for (OrgMention& o : f.orgs) {
    // "轉往Anthropic", "轉往由前技術長Mira Murati創辦的Thinking Machines Lab":
    // right after the cue, or after a relative clause closed by 的.
    auto cue_before = [&](const std::vector<EventExtractor::TriggerHit>& cues) {
      return std::any_of(cues.begin(), cues.end(), [&](const auto& c) {
        if (c.end > o.begin) return false;
        std::string_view gap = folded.substr(c.end, o.begin - c.end);
        bool relative = gap.size() <= 60 && gap.size() >= 3 && gap.substr(gap.size() - 3) == "的" && !HasClauseBreak(gap);
        return GapIsTight(gap) || relative;
      });
    };
    if (cue_before(f.to_cues)) o.place = ::news::Place::kTo;
    else if (cue_before(f.from_cues) || folded.compare(o.end, 3, "前") == 0 || AfterFormerCue(o.begin))
      o.place = ::news::Place::kFrom;
    else if (cues_.PastEmployerCue(folded.substr(o.begin > 90 ? o.begin - 90 : 0, std::min<size_t>(o.begin, 90))))
      o.place = ::news::Place::kFrom;
  }
  // "轉往Meta、OpenAI與Amazon": a list after a cue shares its place.
  for (size_t i = 0; i + 1 < f.orgs.size(); ++i) {
    OrgMention &a = f.orgs[i], &b = f.orgs[i + 1];
    if (a.place == ::news::Place::kNeutral || b.place != ::news::Place::kNeutral || b.begin < a.end) continue;
    std::string_view gap = folded.substr(a.end, b.begin - a.end);
    if (gap == "、" || gap == "与" || gap == "和" || gap == "及" || gap == ", " || gap == " and " || gap == ", and ")
      b.place = a.place;
  }
  // "加入谷歌旗下的Google DeepMind", "joined Alphabet's Google DeepMind": the
  // unit named right after its parent takes the parent's place.
  for (size_t i = 0; i + 1 < f.orgs.size(); ++i) {
    OrgMention &a = f.orgs[i], &b = f.orgs[i + 1];
    if (a.org == b.org || b.begin < a.end || Top(a.org) != Top(b.org)) continue;
    std::string_view gap = folded.substr(a.end, b.begin - a.end);
    if (gap.size() > 15 || HasClauseBreak(gap)) continue;
    if (gap.find("旗下") == std::string_view::npos && gap.find("'s") == std::string_view::npos &&
        gap.find("’s") == std::string_view::npos && gap.find("的") == std::string_view::npos)
      continue;
    if (b.place == ::news::Place::kNeutral) b.place = a.place;
    a.merged = true;
  }
}

std::vector<int> Builder::PeopleFor(int s, const SentenceFacts& f, const Clause& c, const Trigger& t,
                                   const SentenceFacts* prev) const {
  size_t best = SIZE_MAX, best_dist = SIZE_MAX;
  std::string_view folded = st_.folded().key;
  // A person with another move trigger between them and this one belongs to
  // that trigger ("A joined Anthropic, and image research lead B joined
  // Google DeepMind").
  auto other_trigger_between = [&](size_t from, size_t to) {
    return std::any_of(f.triggers.begin(), f.triggers.end(), [&](const Trigger& o) {
      return o.begin != t.begin && (o.type == "departure" || o.type == "hire") && o.begin >= from && o.end <= to;
    });
  };
  for (size_t i = 0; i < f.people.size(); ++i) {
    const PersonMention& p = f.people[i];
    if (p.begin < c.begin || p.end > c.end) continue;
    if (p.end <= t.begin ? other_trigger_between(p.end, t.begin) : other_trigger_between(t.end, p.begin)) continue;
    // "加上馬斯克頻繁調整目標，不少早期成員已陸續出走": past a clause break, a
    // group of others is the trigger's subject.
    if (p.end <= t.begin && HasClauseBreak(folded.substr(p.end, t.begin - p.end)) &&
        cues_.NamesAGroup(folded.substr(p.end, t.begin - p.end)))
      continue;
    // After the trigger and past a comma, a person starts another clause
    // ("本月初正式到職，將向技術長王海峰匯報", "left OpenAI, Jane Doe said").
    if (p.begin >= t.end && HasClauseBreak(folded.substr(t.end, p.begin - t.end)) &&
        !ContainsAnyOf(folded.substr(t.end, p.begin - t.end), {"among", "including", "such as", "包括", "其中"}))
      continue;
    // A person before the trigger is its subject; after it, a little farther,
    // except the object of "hired X" / "延攬…X", close behind the trigger.
    size_t dist = p.end <= t.begin ? t.begin - p.end : (p.begin - t.begin) * 2 + 8;
    if (t.type == "hire" && p.begin >= t.end && p.begin - t.end <= 40 && !HasClauseBreak(folded.substr(t.end, p.begin - t.end)))
      dist = (p.begin - t.end) / 4;
    if (dist < best_dist) { best_dist = dist; best = i; }
  }
  // "She is joining Thinking Machines Lab, the start-up founded by … Mira
  // Murati", "她将加入由Mira Murati创办的…": a pronoun opening the clause,
  // with nobody named before the trigger, is the subject even when the
  // sentence names someone else after it.
  bool pronoun_subject = prev && StartsWithPronoun(Folded(c.begin, t.begin)) &&
                         std::none_of(f.people.begin(), f.people.end(),
                                      [&](const PersonMention& p) { return p.begin >= c.begin && p.end <= t.begin; });
  if (best != SIZE_MAX && !pronoun_subject) return Coordinated(f, c, best);
  if (!prev) return {};
  if (!f.people.empty() && !pronoun_subject) return {};
  std::vector<int> distinct;
  for (const PersonMention& p : prev->people)
    if (std::find(distinct.begin(), distinct.end(), p.entity) == distinct.end()) distinct.push_back(p.entity);
  // "…韩子墨、…许嘉诺。两人均于近日加入深度求索", "Both started last Thursday":
  // everyone the sentence before named.
  if (distinct.size() >= 2 && StartsWithPluralPronoun(Folded(c.begin, t.begin))) return distinct;
  // "Another senior researcher, … left … her own company": someone else.
  if (distinct.size() == 1 && HasPronoun(s) && !cues_.NamesAGroup(Folded(c.begin, t.begin))) return distinct;
  if (best != SIZE_MAX) return Coordinated(f, c, best);  // a pronoun with nobody to refer to
  return {};
}

// The chosen person and everyone joined to them by coordination: "A與B離開",
// "A、B和C", "A and former OpenAI researcher B left".
std::vector<int> Builder::Coordinated(const SentenceFacts& f, const Clause& c, size_t first) const {
  std::vector<int> out{f.people[first].entity};
  auto add = [&out](int e) {
    if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  };
  // A bare comma joins only inside a list that ends with a conjunction
  // ("A, B and C"); "Besides Vasquez, Daniel Okafor ... left" is one person.
  auto link = [&](size_t left) -> int {  // 0 none, 1 comma, 2 conjunction
    const PersonMention &a = f.people[left], &b = f.people[left + 1];
    if (a.end > b.begin || !IsCoordination(Folded(a.end, b.begin))) return 0;
    std::string_view gap = Folded(a.end, b.begin);
    return gap.find_first_not_of(' ') != std::string_view::npos && gap.substr(gap.find_first_not_of(' ')) .rfind(",", 0) == 0 &&
                   gap.find("and") == std::string_view::npos
               ? 1
               : 2;
  };
  bool conjunction = false;
  std::vector<int> pending;
  for (size_t j = first; j + 1 < f.people.size() && f.people[j + 1].end <= c.end; ++j) {
    int l = link(j);
    if (l == 0) break;
    pending.push_back(f.people[j + 1].entity);
    if (l == 2) {
      conjunction = true;
      for (int e : pending) add(e);
      pending.clear();
    }
  }
  for (size_t j = first; j > 0 && f.people[j - 1].begin >= c.begin; --j) {
    int l = link(j - 1);
    if (l == 0 || (l == 1 && !conjunction)) break;
    conjunction = conjunction || l == 2;
    add(f.people[j - 1].entity);
  }
  return out;
}

// "她在3月27日宣布離開OpenAI", "He did not say": the sentence continues
// about a person named before.
bool Builder::HasPronoun(int s) const {
  static const std::vector<std::string> kPronouns = {"他", "她", "其"};
  std::string_view text = st_.FoldedSentences(s, s);
  for (const std::string& p : kPronouns)
    if (text.find(p) != std::string_view::npos) return true;
  for (std::string_view w : {"he", "she", "his", "her"}) {
    for (size_t pos = text.find(w); pos != std::string_view::npos; pos = text.find(w, pos + 1))
      if (LexiconMatcher::BoundaryOk(text, pos, pos + w.size())) return true;
  }
  return false;
}

int Builder::FirstOrg(const SentenceFacts& f, const Clause& c, ::news::Place place, int exclude) const {
  for (const OrgMention& o : f.orgs)
    if (!o.merged && o.begin >= c.begin && o.end <= c.end && o.place == place && o.org != exclude) return o.org;
  return -1;
}

std::vector<int> Builder::OrgsInOrder(const SentenceFacts& f, const Clause& c, ::news::Place place) const {
  std::vector<int> out;
  for (const OrgMention& o : f.orgs)
    if (!o.merged && o.begin >= c.begin && o.end <= c.end && o.place == place) out.push_back(o.org);
  return out;
}

// The organisation a sentence opens with ("Sakana AI, the Tokyo start-up,
// said …"): what "the company" later in it refers to. Else `fallback`.
int Builder::SentenceOpeningOrg(int s, const SentenceFacts& f, int fallback) const {
  size_t begin = st_.ToFolded(st_.analysis().sentences[s].begin);
  for (const OrgMention& o : f.orgs)
    if (o.begin <= begin + 3) return o.org;
  return fallback;
}

int Builder::NearestOrgBefore(const SentenceFacts& f, const Clause& c, size_t pos, int exclude) const {
  int best = -1;
  for (const OrgMention& o : f.orgs)
    if (!o.merged && o.begin >= c.begin && o.end <= pos && o.place == ::news::Place::kNeutral && o.org != exclude) best = o.org;
  return best;
}

int Builder::OrgAfter(const SentenceFacts& f, const Clause& c, size_t pos, int exclude) const {
  for (const OrgMention& o : f.orgs)
    if (!o.merged && o.begin >= pos && o.end <= c.end && o.place != ::news::Place::kTo && o.org != exclude) return o.org;
  return -1;
}

// The organisation a trigger governs directly: "left Google DeepMind", "離開OpenAI".
int Builder::OrgRightAfter(const SentenceFacts& f, const Clause& c, size_t pos) const {
  for (const OrgMention& o : f.orgs)
    if (!o.merged && o.begin >= pos && o.end <= c.end && o.place != ::news::Place::kTo)
      return GapIsTight(Folded(pos, o.begin)) ? o.org : -1;
  return -1;
}

// Whether the last mention of `org` before the trigger sits in the person's
// title, right before their name ("清华大学计算机系副教授罗文博", "former
// Baidu researcher Du Wei"): no clause break and a short gap.
bool Builder::DescribesPerson(const SentenceFacts& f, const Clause& c, int org, int person, size_t trigger) const {
  constexpr size_t kTitleReach = 45;  // bytes: "计算机系副教授", "senior research scientist"
  for (const PersonMention& p : f.people) {
    if (p.entity != person || p.begin < c.begin || p.end > trigger) continue;
    for (const OrgMention& o : f.orgs) {
      if (o.org != org || o.end > p.begin || o.begin < c.begin) continue;
      std::string_view gap = Folded(o.end, p.begin);
      if (gap.size() <= kTitleReach && !HasClauseBreak(gap) && !IsCoordination(gap) && !cues_.ReportsSpeech(gap)) return true;
    }
  }
  return false;
}

// The organisation a sentence (this one or the one before) ties the person to.
int Builder::PersonOrg(int person, int s) const {
  for (const Mention& m : st_.analysis().entities[person].mentions)
    if (m.sentence == s || m.sentence == s - 1)
      if (int org = LinkedOrganization(lex_, st_, m); org >= 0) return org;
  return -1;
}

// The lexicon employer of a known person, at organisation level; -1 if none.
int Builder::Employer(int person) const {
  int lex_i = st_.lex_index(person);
  if (lex_i < 0 || lex_.entities[lex_i].employer.empty()) return -1;
  auto it = lex_.by_id.find(lex_.entities[lex_i].employer);
  return it == lex_.by_id.end() ? -1 : RootOrganization(lex_, it->second, false);
}

int Builder::SingleOrg(const SentenceFacts* f) const {
  if (!f) return -1;
  std::set<int> distinct;
  // Where someone went in a move sentence is not where they were ("...
  // departed to join Mistral AI. Priya Raman ... is leaving").
  bool move = std::any_of(f->triggers.begin(), f->triggers.end(),
                          [](const auto& t) { return t.type == "departure" || t.type == "hire"; });
  for (const OrgMention& o : f->orgs)
    if (!move || o.place != ::news::Place::kTo) distinct.insert(o.org);
  return distinct.size() == 1 ? *distinct.begin() : -1;
}

const std::vector<DateExpression>& Builder::Dates(int s) const {
  auto it = dates_.find(s);
  if (it == dates_.end())
    it = dates_.emplace(s, FindDateExpressions(st_.SentenceText(s), ParseIsoDay(st_.analysis().doc.published))).first;
  return it->second;
}

// The date "the same day" / 同日 / 同一天 refers to: the nearest of the few
// sentences before `s` that names one (the sentences between are often
// undated context: "The merger comes with a departure."), its last exact
// day first; else none.
const DateExpression* Builder::EarlierDate(int s) const {
  constexpr int kLookBack = 4;
  for (int i = s - 1; i >= 0 && i >= s - kLookBack; --i) {
    const std::vector<DateExpression>& dates = Dates(i);
    for (auto it = dates.rbegin(); it != dates.rend(); ++it)
      if (it->date.size() == 10) return &*it;
    if (!dates.empty()) return &dates.back();
  }
  return nullptr;
}

// Whether an undated event sentence takes the date of the sentence before:
// same paragraph, no other person named there, and no trigger of another
// event type ("The change was presented to staff last week. ... hiring is
// frozen", "腾讯近期完成了一次人才引进。…郭子涵已正式加入腾讯").
bool Builder::PreviousSentenceDates(int s, int person, const std::string& type) const {
  if (s <= 0) return false;
  const auto& sentences = st_.analysis().sentences;
  std::string_view between = st_.body().substr(sentences[s - 1].end, sentences[s].begin - sentences[s - 1].end);
  if (between.find('\n') != std::string_view::npos) return false;
  // A move continued by pronoun ("…told colleagues she was leaving; her last
  // day was Friday. She is joining Thinking Machines Lab") is one move.
  bool is_move = type == "departure" || type == "hire";
  bool continued = is_move && StartsWithPronoun(st_.FoldedSentences(s, s));
  for (const std::string& other : sentence_types_[s - 1])
    if (other != type && !(continued && (other == "departure" || other == "hire"))) return false;
  const Analysis& a = st_.analysis();
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (a.entities[i].type != "person" || static_cast<int>(i) == person) continue;
    for (const Mention& m : a.entities[i].mentions)
      if (m.sentence == s - 1) return false;
  }
  return true;
}

// The next sentence refers back to the event and says when: "Amazon has hired
// Owen McAllister ... . Amazon confirmed the hire on Tuesday."
bool Builder::NextSentenceDates(int s) const {
  const auto& sentences = st_.analysis().sentences;
  if (s + 1 >= static_cast<int>(sentences.size())) return false;
  std::string_view between = st_.body().substr(sentences[s].end, sentences[s + 1].begin - sentences[s].end);
  if (between.find('\n') != std::string_view::npos) return false;
  return cues_.RefersToEvent(st_.FoldedSentences(s + 1, s + 1));
}

Builder::Dated Builder::DateFor(int s, size_t trigger_folded, int person, const std::string& type) const {
  const Analysis& a = st_.analysis();
  size_t sentence_begin = a.sentences[s].begin;
  size_t trigger = st_.folded().ToOriginal(trigger_folded);
  const DateExpression* best = nullptr;
  size_t best_dist = SIZE_MAX;
  for (const DateExpression& d : Dates(s)) {
    size_t b = sentence_begin + d.begin, e = sentence_begin + d.end;
    size_t dist = e <= trigger ? trigger - e : (b >= trigger ? b - trigger : 0);
    if (dist < best_dist) { best_dist = dist; best = &d; }
  }
  if (best && best->vague) {
    // "told colleagues last week that she was leaving; her last day was
    // Friday": an exact day after the trigger says when; one before it is
    // another verb's ("昨日发布…，并宣布已于本月完成融资").
    for (const DateExpression& d : Dates(s))
      if (!d.vague && d.date.size() == 10 && sentence_begin + d.begin >= trigger) return {d.date, d.rule, kOwnDate};
  }
  if (best) return {best->date, best->rule, kOwnDate};
  if (s > 0 && cues_.RefersToPreviousDay(st_.FoldedSentences(s, s)))
    if (const DateExpression* d = EarlierDate(s)) return {d->date, d->rule, kNeighbourDate};
  if (s > 0 && PreviousSentenceDates(s, person, type)) {
    const std::vector<DateExpression>& before = Dates(s - 1);
    if (!before.empty()) return {before.back().date, before.back().rule, kNeighbourDate};
    // "The day also brought a departure. Grace Whitaker … has left Meta":
    // the sentence before is itself dated by an earlier one.
    if (s > 1 && cues_.RefersToPreviousDay(st_.FoldedSentences(s - 1, s - 1)))
      if (const DateExpression* d = EarlierDate(s - 1)) return {d->date, d->rule, kNeighbourDate};
  }
  if (NextSentenceDates(s)) {
    const std::vector<DateExpression>& after = Dates(s + 1);
    if (!after.empty()) return {after.front().date, after.front().rule, kNeighbourDate};
  }
  return {a.doc.published, "published", kPublished};
}

// Two dates of one organisation event are the same occasion when either is
// only the publication date or one contains the other (2026-03 and 2026-03-02).
static bool SameOccasion(const Event& a, const Event& b) {
  if (a.date_rule == "published" || b.date_rule == "published") return true;
  return a.date.compare(0, b.date.size(), b.date) == 0 || b.date.compare(0, a.date.size(), a.date) == 0;
}

void Builder::Add(Event e, size_t trigger_folded, int person, bool mirror) {
  if (e.organization.empty()) return;
  std::string key = e.type + "\t" + e.person + "\t" + e.organization;
  auto& events = st_.analysis().events;
  std::vector<size_t>& same = seen_[key];
  // A person moves once per article; an organisation may reorganise or raise
  // money twice (in January and again in March), so dated occasions differ.
  bool once = e.type == "departure" || e.type == "hire" || e.type == "launch";
  if (once && !same.empty() && strength_[same[0]] >= kOwnDate) {
    Event& first = events[same[0]];  // dated by its own sentence: only a missing counterpart can change
    if (first.counterpart.empty()) first.counterpart = e.counterpart;
    return;
  }
  Dated d = DateFor(e.sentence, trigger_folded, person, e.type);
  // A mirrored event (the departure implied by a hire) is dated by the other
  // side's sentence: a sentence about this side itself says it better
  // ("…已正式加入腾讯" then "他于今年1月从阿里巴巴离职").
  int strength = d.strength - (mirror && d.strength > kPublished ? 1 : 0);
  if (d.strength == kPublished) {
    // Undated, but a bare earlier year near the trigger: background ("2021年
    // 从学术界加入字节跳动"), not news of this article.
    // Anywhere in the sentence ("柯志遠早年在台積電擔任…，2018年赴美加入微軟"),
    // and "last year" or "years ago" count as well.
    const Sentence& sent = st_.analysis().sentences[e.sentence];
    std::optional<Day> pub = ParseIsoDay(st_.analysis().doc.published);
    if (pub && NamesEarlierTime(Folded(st_.ToFolded(sent.begin), st_.ToFolded(sent.end)), pub->year)) return;
  }
  e.date = d.date;
  e.date_rule = d.rule;
  for (size_t i : same) {
    Event& first = events[i];
    if (!once && !SameOccasion(first, e)) continue;
    // The same event again: keep the first, but let a sentence that says
    // when more directly replace its date.
    if (strength > strength_[i]) {
      first.date = e.date;
      first.date_rule = e.date_rule;
      strength_[i] = strength;
    }
    if (first.counterpart.empty()) first.counterpart = e.counterpart;
    return;
  }
  same.push_back(events.size());
  strength_.push_back(strength);
  events.push_back(std::move(e));
}

// A reorganisation sentence without an organisation ("The reorganisation was
// announced on Wednesday") belongs to the subject when the sentence before
// names it.
bool Builder::MentionsSubjectNearby(int s) const {
  if (s == 0) return false;
  const Analysis& a = st_.analysis();
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (st_.lex_index(i) < 0 || RootOrganization(lex_, st_.lex_index(i), false) != subject_) continue;
    for (const Mention& m : a.entities[i].mentions)
      if (m.sentence == s - 1) return true;
  }
  return false;
}

void Builder::Move(int s, const std::string& type, int person, int org, int counterpart, size_t trigger, bool mirror_move) {
  const std::string& name = st_.analysis().entities[person].canonical;
  Event e;
  e.type = type;
  e.person = name;
  e.organization = Name(org);
  e.counterpart = Name(counterpart);
  e.sentence = s;
  Add(e, trigger, person);
  // Where the person went, for later sentences that only say "已加入": the
  // first reported move (later ones are often biography).
  if (type == "hire") hires_.emplace(person, org);
  else if (counterpart >= 0) hires_.emplace(person, counterpart);
  if (counterpart < 0 || !mirror_move) return;
  Event mirror = e;  // a move naming both sides is a departure and a hire
  mirror.type = type == "departure" ? "hire" : "departure";
  mirror.organization = Name(counterpart);
  mirror.counterpart = Name(org);
  Add(mirror, trigger, person, true);
}

void Builder::EmitMove(int s, const SentenceFacts& f, const Clause& c, const Trigger& t, const SentenceFacts* prev,
                       std::map<int, int>* hired_at) {
  // The destination this trigger governs: the first `to` organisation after
  // it ("…轉往Meta、OpenAI與Amazon，…也轉戰亞馬遜" gives Amazon to 轉戰),
  // else the clause's first.
  if (cues_.MoveIsNotNews(Folded(c.begin, t.begin))) return;  // 传出…可能转战, "is expected to join"
  Clause after_trigger{t.begin, c.end};
  int to = FirstOrg(f, after_trigger, ::news::Place::kTo, -1);
  if (to < 0) to = FirstOrg(f, c, ::news::Place::kTo, -1);
  int from = FirstOrg(f, c, ::news::Place::kFrom, to);
  std::vector<int> people = PeopleFor(s, f, c, t, prev);
  // "A和B分别加入快手和小红书", "left for Anthropic and Thinking Machines Lab
  // respectively": the n-th person goes to the n-th destination.
  std::vector<int> tos = OrgsInOrder(f, after_trigger, ::news::Place::kTo);
  bool paired = people.size() >= 2 && tos.size() == people.size() && SaysRespectively(Folded(c.begin, c.end));
  if (paired) {  // in the order they are written
    auto first_at = [&](int person) {
      for (const PersonMention& p : f.people)
        if (p.entity == person && p.begin >= c.begin) return p.begin;
      return SIZE_MAX;
    };
    std::stable_sort(people.begin(), people.end(), [&](int a, int b) { return first_at(a) < first_at(b); });
  }
  for (size_t n = 0; n < people.size(); ++n) {
    int person = people[n];
    if (paired) to = tos[n];
    if (t.type == "departure") {
      // The place left: a `from` cue, the organisation the trigger governs,
      // the nearest one before it, then the person's own ties.
      int org = from >= 0 ? from : OrgRightAfter(f, c, t.end);
      if (org < 0) org = NearestOrgBefore(f, c, t.begin, to);
      if (org < 0) org = FirstOrg(f, c, ::news::Place::kNeutral, to);
      // The person's own ties, unless they name where the person went
      // ("Wierzbicki left on Friday to join ElevenLabs, … for ElevenLabs said").
      if (org < 0 || org == to) org = PersonOrg(person, s);
      if (org < 0 || org == to) org = SingleOrg(prev);
      if (org < 0) org = subject_;
      // Never a departure from where the same sentence hires them
      // ("Anthropic hired X, who left last month").
      if (org == to || (hired_at->count(person) && hired_at->at(person) == org)) continue;
      Move(s, "departure", person, org, to, t.begin);
    } else {
      int org = to;
      // "have joined the company": the organisation the sentence opens with, else the subject.
      if (org < 0 && cues_.RefersToCompany(Folded(t.end, std::min(c.end, t.end + 24)))) org = SentenceOpeningOrg(s, f, subject_);
      // "…本月初正式到職": the person's move an earlier sentence reported.
      if (org < 0 && hires_.count(person)) org = hires_.at(person);
      int described_by = -1;
      if (org < 0) {
        org = NearestOrgBefore(f, c, t.begin, -1);
        // "清华大学计算机系副教授罗文博已正式加入": the organisation in the
        // person's title is where they come from; the hirer is the one the
        // sentence opens with, else the subject.
        if (org >= 0 && DescribesPerson(f, c, org, person, t.begin)) {
          described_by = org;
          org = SentenceOpeningOrg(s, f, subject_);
          if (org == described_by) org = subject_ == described_by ? -1 : subject_;
        }
      }
      if (org < 0 || Employer(person) == org) continue;  // already works there: the hirer, not the hire
      int counterpart = from >= 0 ? from : described_by >= 0 ? described_by : OrgAfter(f, c, t.end, org);
      if (counterpart < 0) counterpart = PersonOrg(person, s);
      if (counterpart < 0) counterpart = NearestOrgBefore(f, c, t.begin, org);
      if (counterpart == org) counterpart = -1;
      (*hired_at)[person] = org;
      // A title with no former-cue is a post the person may keep (a professor
      // joining part time): where they come from, but no departure.
      // Academics keep or take leave from their posts ("an associate
      // professor at Stanford University", "will take leave from Stanford"):
      // a university named without a former-cue is no departure either.
      bool keeps_post = (described_by >= 0 && counterpart == described_by) || (from < 0 && IsAcademic(counterpart));
      // "Mistral named Amara Osei its chief scientist. Osei, 41, was until
      // last month director of applied research at Cohere": the next
      // sentence says where the person came from, and when they left.
      int next_from = counterpart < 0 ? NextSentencePastEmployer(s, person, org) : -1;
      if (next_from >= 0) {
        Move(s, "hire", person, org, next_from, t.begin, /*mirror=*/false);
        if (!IsAcademic(next_from)) {
          Event left;
          left.type = "departure";
          left.person = st_.analysis().entities[person].canonical;
          left.organization = Name(next_from);
          left.counterpart = Name(org);
          left.sentence = s + 1;
          Add(left, st_.ToFolded(st_.analysis().sentences[s + 1].begin), person);
        }
        continue;
      }
      Move(s, "hire", person, org, counterpart, t.begin, /*mirror=*/!keeps_post);
    }
  }
}

void Builder::EmitLaunch(int s, const SentenceFacts& f, const Clause& c, const Trigger& t) {
  // The product launched sits right next to its trigger ("發表新一代Claude
  // 模型", "released DeepSeek-V4", "Qwen3.5正式开源"); one farther away is
  // context, not the thing launched. One before the trigger is its subject
  // only without a coordination in between ("put it at the centre of X and
  // released").
  const std::pair<size_t, int>* product = nullptr;
  size_t best = kLaunchReach + 1;
  std::string_view word = Folded(t.begin, t.end);
  bool noun_trigger = word == "launch" || word == "launches" || word == "releases";
  for (const auto& p : f.products) {
    if (p.first < c.begin || p.first >= c.end) continue;
    bool after = p.first >= t.end;
    size_t gap_begin = after ? t.end : p.first, gap_end = after ? p.first : t.begin;
    if (gap_end < gap_begin) continue;
    std::string_view gap = Folded(gap_begin, gap_end);
    if (gap.size() > kLaunchReach || gap.size() >= best || gap.find("。") != std::string_view::npos) continue;
    if (!after && (HasClauseBreak(gap) || IsListOrPlural(gap) || IsListOrPlural(Folded(p.first > 20 ? p.first - 20 : 0, p.first))))
      continue;
    // "从公开评测来看,阶跃星辰的Step系列模型…": past a comma the product is in another clause.
    if (after && ContainsAnyOf(gap, {",", "，", ";", "；"})) continue;
    // "the last two Grok releases", "the Gemini launch": before a trigger
    // that is also a noun, the product names it, it does not launch.
    if (!after && noun_trigger) continue;
    // "豆包近期上线的视频生成功能": what was launched is the noun after 的.
    if (!after && Folded(t.end, t.end + 3) == "的") continue;
    best = gap.size();
    product = &p;
  }
  if (!product) return;
  size_t lead = t.begin > c.begin + 40 ? t.begin - 40 : c.begin;
  if (cues_.LaunchIsNotNews(Folded(lead, t.begin))) return;
  int lex_i = st_.lex_index(product->second);
  int maker = lex_i >= 0 ? RootOrganization(lex_, lex_i, false) : -1;
  int maker_top = lex_i >= 0 ? RootOrganization(lex_, lex_i, true) : -1;
  const OrgMention* named = nullptr;
  for (const OrgMention& o : f.orgs)
    if (o.org == maker || Top(o.org) == maker_top) { named = &o; break; }
  int org = named ? named->org : (maker == subject_ ? maker : -1);
  bool named_is_subject = named && named->end <= t.begin && t.begin - named->end <= 40 && !HasClauseBreak(Folded(named->end, t.begin));
  // Gemini is Google's, but in an article about Google DeepMind the launch
  // is the subject's unless the sentence names its maker as the actor.
  if (subject_ >= 0 && maker_top >= 0 && Top(subject_) == maker_top && !named_is_subject) org = subject_;
  if (org < 0) return;
  // The subject's launches are the article's news; another maker's only when
  // it is the subject of the sentence, right before the trigger ("Google
  // released Gemini 3", "字节跳动发布了豆包1.6"), not context ("since ChatGPT ...").
  bool subject_side = org == subject_ || Top(org) == Top(subject_);
  if (!subject_side && !named_is_subject) return;
  Event e;
  e.type = "launch";
  e.organization = Name(org);
  e.product = st_.analysis().entities[product->second].canonical;
  e.sentence = s;
  Add(e, t.begin, -1);
}

void Builder::EmitOrgEvent(int s, const SentenceFacts& f, const Clause& c, const Trigger& t) {
  if (t.needs_amount && !cues_.HasAmountCue(Folded(c.begin, c.end))) return;
  // 传出…洽谈新一轮募资, "is said to be in talks to raise": not (yet) news.
  if (cues_.OrgEventIsNotNews(Folded(c.begin, t.begin))) return;
  // "由紅杉領投": the organisation before 領投 is the investor, not the one funded.
  bool investor_before = Folded(t.begin, t.end) == "领投";
  // "Google將Google研究院旗下多個團隊併入Google DeepMind": the organisation
  // after 併入/into absorbs the units; the event is the one before it.
  auto absorbs = [&](const OrgMention& o) {
    return t.type == "reorganization" && o.begin >= t.end && cues_.MovesInto(Folded(t.begin, o.begin));
  };
  bool into = std::any_of(f.orgs.begin(), f.orgs.end(), absorbs);
  // The organisation right next to the trigger ("FAIR機器人團隊解散", "Mistral
  // raised"), else the subject anywhere in the clause.
  int org = -1;
  size_t best = SIZE_MAX;
  bool subject_in_clause = false;
  for (const OrgMention& o : f.orgs) {
    if (o.begin < c.begin || o.end > c.end) continue;
    subject_in_clause = subject_in_clause || o.org == subject_;
    size_t before_reach = into ? SIZE_MAX : 24;  // bytes
    bool before = o.end <= t.begin && t.begin - o.end <= before_reach && !HasClauseBreak(Folded(o.end, t.begin));
    bool after = o.begin >= t.end && o.begin - t.end <= 24 && !HasClauseBreak(Folded(t.end, o.begin));
    // The absorber only when nobody before it is the event's (此次并入微信事业群后).
    size_t dist = before ? t.begin - o.end : after ? o.begin - t.end + 4 + (absorbs(o) ? 1000 : 0) : SIZE_MAX;
    if (dist >= best) continue;
    if ((t.type == "reorganization" && (before || after)) || (t.type == "funding" && before && !investor_before)) {
      best = dist;
      org = o.org;
    }
  }
  if (org < 0 && subject_in_clause) org = subject_;
  if (org < 0 && t.type == "reorganization" && f.orgs.empty() && subject_ >= 0 && MentionsSubjectNearby(s)) org = subject_;
  if (org < 0) return;
  Event e;
  e.type = std::string(t.type);
  e.organization = Name(org);
  e.sentence = s;
  Add(e, t.begin, -1);
}

void Builder::Emit(int s, const SentenceFacts& f, const SentenceFacts* prev) {
  const Sentence& sent = st_.analysis().sentences[s];
  std::vector<Clause> clauses = SplitClauses(st_.folded().key, st_.ToFolded(sent.begin), st_.ToFolded(sent.end));
  Clause whole{st_.ToFolded(sent.begin), st_.ToFolded(sent.end)};
  auto clause_of = [&](const Trigger& t) {
    for (const Clause& x : clauses)
      if (t.begin >= x.begin && t.end <= x.end) return x;
    return whole;
  };
  // Hires first, so that a departure in the same sentence never names the
  // organisation that is hiring the person.
  std::map<int, int> hired_at;  // person entity -> hiring organisation
  for (const auto& t : f.triggers)
    if (t.type == "hire") EmitMove(s, f, clause_of(t), t, prev, &hired_at);
  for (const auto& t : f.triggers) {
    Clause c = clause_of(t);
    if (t.type == "departure") EmitMove(s, f, c, t, prev, &hired_at);
    else if (t.type == "launch") EmitLaunch(s, f, c, t);
    else if (t.type != "hire") EmitOrgEvent(s, f, c, t);
  }
}

}  // namespace

void EventExtractor::Extract(int subject_lex, ExtractionState& st) const {
  const auto& sentences = st.analysis().sentences;
  std::vector<std::vector<TriggerHit>> hits(sentences.size());
  std::vector<char> has_event(sentences.size() + 1, 0);
  std::vector<std::set<std::string>> types(sentences.size());
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
      if (IsEventType(type)) types[i].insert(type);
    }
  }
  for (size_t i = 0; i < sentences.size(); ++i) has_event[i] = !types[i].empty();
  Builder b(lex_, cues_, subject_lex, st, std::move(types));
  // Facts (mentions placed by cues) only where a trigger needs them: in its
  // own sentence and the one before.
  SentenceFacts prev;
  bool has_prev = false;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (!has_event[i] && !has_event[i + 1]) {
      has_prev = false;
      continue;
    }
    SentenceFacts f = b.Facts(sentences[i].index, hits[i]);
    if (has_event[i]) b.Emit(sentences[i].index, f, has_prev ? &prev : nullptr);
    prev = std::move(f);
    has_prev = true;
  }
  DropHiresByOrganisationLeft(&st.analysis().events);
  PairMoves(&st.analysis().events);
}

}  // namespace news
