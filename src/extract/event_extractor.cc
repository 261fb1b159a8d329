#include "extract/event_extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <set>

#include "extract/date_expressions.h"
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
};

struct PersonMention {
  size_t begin = 0, end = 0;  // folded bytes
  int entity = -1;            // analysis().entities index
};

// The part of a sentence a trigger governs: clauses split at semicolons, so
// "A請辭；B離職，將轉戰C" keeps C away from A's departure.
struct Clause {
  size_t begin = 0, end = 0;  // folded bytes
};

constexpr size_t kCueReach = 12;     // bytes between a direction cue and its organisation
constexpr size_t kLaunchReach = 36;  // bytes between a launch trigger and the product

const char* const kEventTypes[] = {"departure", "hire", "launch", "funding", "reorganization"};

bool IsEventType(const std::string& t) {
  return std::find(std::begin(kEventTypes), std::end(kEventTypes), t) != std::end(kEventTypes);
}

std::vector<Clause> SplitClauses(std::string_view folded, size_t begin, size_t end) {
  std::vector<Clause> out;
  size_t start = begin;
  for (size_t i = begin; i < end;) {
    size_t len = 0;
    if (folded[i] == ';') len = 1;
    else if (folded.compare(i, 3, "；") == 0) len = 3;
    if (len) {
      out.push_back({start, i});
      start = i + len;
      i += len;
    } else {
      ++i;
    }
  }
  out.push_back({start, end});
  return out;
}

bool RefersToPreviousDay(std::string_view sentence) {
  for (std::string_view w : {"same day", "Same day", "同日", "同一天", "當天", "当天", "當日", "当日", "同一日"})
    if (sentence.find(w) != std::string_view::npos) return true;
  return false;
}

bool HasClauseBreak(std::string_view gap) {
  for (std::string_view p : {"，", "。", ",", "、", "；", ";"})
    if (gap.find(p) != std::string_view::npos) return true;
  return false;
}

bool GapIsTight(std::string_view gap) { return gap.size() <= kCueReach && !HasClauseBreak(gap); }

}  // namespace

EventExtractor::EventExtractor(const EntityLexicon& lex) : lex_(lex) {
  for (const TriggerPhrase& t : lex.triggers) {
    int k = ac_.Add(MatchKey(t.phrase));
    if (k < 0) continue;
    if (static_cast<size_t>(k) >= key_types_.size()) key_types_.resize(k + 1);
    key_types_[k].push_back(t.type);
  }
  ac_.Build();
}

std::vector<EventExtractor::TriggerHit> EventExtractor::Triggers(std::string_view folded_sentence, size_t offset) const {
  std::vector<AhoCorasick::Hit> hits;
  ac_.FindAll(folded_sentence, &hits);
  std::vector<TriggerHit> out;
  for (const auto& h : hits) {
    if (!LexiconMatcher::BoundaryOk(folded_sentence, h.begin, h.end)) continue;
    for (const std::string& type : key_types_[h.key]) out.push_back({h.begin + offset, h.end + offset, type});
  }
  return out;
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
  Builder(const EntityLexicon& lex, int subject_lex, ExtractionState& st) : lex_(lex), subject_(subject_lex), st_(st) {}

  SentenceFacts Facts(int s, const std::vector<EventExtractor::TriggerHit>& hits) const;
  void Emit(int s, const SentenceFacts& f, const SentenceFacts* prev);

 private:
  void Place(SentenceFacts& f) const;
  int PersonFor(int s, const SentenceFacts& f, const Clause& c, const EventExtractor::TriggerHit& t,
                const SentenceFacts* prev) const;
  bool HasPronoun(int s) const;
  int FirstOrg(const SentenceFacts& f, const Clause& c, ::news::Place place, int exclude) const;
  int NearestOrgBefore(const SentenceFacts& f, const Clause& c, size_t pos, int exclude) const;
  int OrgAfter(const SentenceFacts& f, const Clause& c, size_t pos, int exclude) const;
  int PersonOrg(int person, int s) const;
  int Employer(int person) const;
  int SingleOrg(const SentenceFacts* f) const;
  void Move(int s, const std::string& type, int person, int org, int counterpart, size_t trigger);
  void Add(Event e, size_t trigger_folded);
  bool MentionsSubjectNearby(int s) const;
  std::pair<std::string, std::string> DateFor(int s, size_t trigger_folded) const;
  std::string Name(int lex_index) const { return lex_index >= 0 ? lex_.entities[lex_index].canonical : ""; }

  const EntityLexicon& lex_;
  int subject_;
  ExtractionState& st_;
  std::map<std::string, size_t> seen_;  // event key -> index into events
};

SentenceFacts Builder::Facts(int s, const std::vector<EventExtractor::TriggerHit>& hits) const {
  SentenceFacts f;
  for (const auto& h : hits) {
    if (h.type == "to") f.to_cues.push_back(h);
    else if (h.type == "from") f.from_cues.push_back(h);
    else if (IsEventType(h.type)) f.triggers.push_back(h);
  }
  const Analysis& a = st_.analysis();
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const EntityResult& e = a.entities[i];
    for (const Mention& m : e.mentions) {
      if (m.sentence != s) continue;
      size_t b = st_.ToFolded(m.begin), en = st_.ToFolded(m.end);
      if (e.type == "person") f.people.push_back({b, en, static_cast<int>(i)});
      else if (e.type == "product") f.products.push_back({b, static_cast<int>(i)});
      else if (int root = RootOrganization(lex_, st_.lex_index(i), false); root >= 0) f.orgs.push_back({b, en, root});
    }
  }
  auto by_pos = [](const auto& x, const auto& y) { return x.begin < y.begin; };
  std::sort(f.orgs.begin(), f.orgs.end(), by_pos);
  std::sort(f.people.begin(), f.people.end(), by_pos);
  Place(f);
  return f;
}

void Builder::Place(SentenceFacts& f) const {
  std::string_view folded = st_.folded().key;
  for (OrgMention& o : f.orgs) {
    auto cue_before = [&](const std::vector<EventExtractor::TriggerHit>& cues) {
      return std::any_of(cues.begin(), cues.end(), [&](const auto& c) {
        return c.end <= o.begin && GapIsTight(folded.substr(c.end, o.begin - c.end));
      });
    };
    if (cue_before(f.to_cues)) o.place = ::news::Place::kTo;
    else if (cue_before(f.from_cues) || folded.compare(o.end, 3, "前") == 0) o.place = ::news::Place::kFrom;
  }
}

int Builder::PersonFor(int s, const SentenceFacts& f, const Clause& c, const EventExtractor::TriggerHit& t,
                       const SentenceFacts* prev) const {
  int best = -1;
  size_t best_dist = SIZE_MAX;
  std::string_view folded = st_.folded().key;
  for (const PersonMention& p : f.people) {
    if (p.begin < c.begin || p.end > c.end) continue;
    // A person before the trigger is its subject; after it, a little farther,
    // except the object of "hired X" / "延攬…X", close behind the trigger.
    size_t dist = p.end <= t.begin ? t.begin - p.end : (p.begin - t.begin) * 2 + 8;
    if (t.type == "hire" && p.begin >= t.end && p.begin - t.end <= 40 && !HasClauseBreak(folded.substr(t.end, p.begin - t.end)))
      dist = (p.begin - t.end) / 4;
    if (dist < best_dist) { best_dist = dist; best = p.entity; }
  }
  if (best >= 0 || !f.people.empty() || !prev || !HasPronoun(s)) return best;
  std::set<int> distinct;
  for (const PersonMention& p : prev->people) distinct.insert(p.entity);
  return distinct.size() == 1 ? *distinct.begin() : -1;
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
    if (o.begin >= c.begin && o.end <= c.end && o.place == place && o.org != exclude) return o.org;
  return -1;
}

int Builder::NearestOrgBefore(const SentenceFacts& f, const Clause& c, size_t pos, int exclude) const {
  int best = -1;
  for (const OrgMention& o : f.orgs)
    if (o.begin >= c.begin && o.end <= pos && o.place == ::news::Place::kNeutral && o.org != exclude) best = o.org;
  return best;
}

int Builder::OrgAfter(const SentenceFacts& f, const Clause& c, size_t pos, int exclude) const {
  for (const OrgMention& o : f.orgs)
    if (o.begin >= pos && o.end <= c.end && o.place != ::news::Place::kTo && o.org != exclude) return o.org;
  return -1;
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
  for (const OrgMention& o : f->orgs) distinct.insert(o.org);
  return distinct.size() == 1 ? *distinct.begin() : -1;
}

std::pair<std::string, std::string> Builder::DateFor(int s, size_t trigger_folded) const {
  const Analysis& a = st_.analysis();
  std::optional<Day> pub = ParseIsoDay(a.doc.published);
  std::string_view text = st_.SentenceText(s);
  size_t sentence_begin = a.sentences[s].begin;
  size_t trigger = st_.folded().ToOriginal(trigger_folded);
  const DateExpression* best = nullptr;
  size_t best_dist = SIZE_MAX;
  std::vector<DateExpression> dates = FindDateExpressions(text, pub);
  for (const DateExpression& d : dates) {
    size_t b = sentence_begin + d.begin, e = sentence_begin + d.end;
    size_t dist = e <= trigger ? trigger - e : (b >= trigger ? b - trigger : 0);
    if (dist < best_dist) { best_dist = dist; best = &d; }
  }
  if (best) return {best->date, best->rule};
  if (s > 0 && RefersToPreviousDay(text)) {
    std::vector<DateExpression> before = FindDateExpressions(st_.SentenceText(s - 1), pub);
    if (!before.empty()) return {before.back().date, before.back().rule};
  }
  return {a.doc.published, "published"};
}

void Builder::Add(Event e, size_t trigger_folded) {
  if (e.organization.empty()) return;
  std::string key = e.type + "\t" + e.person + "\t" + e.organization;
  std::tie(e.date, e.date_rule) = DateFor(e.sentence, trigger_folded);
  auto& events = st_.analysis().events;
  if (auto it = seen_.find(key); it != seen_.end()) {
    // The same event again: keep the first, but let a sentence that says
    // when replace a date that was only the publication date.
    Event& first = events[it->second];
    if (first.date_rule == "published" && e.date_rule != "published") {
      first.date = e.date;
      first.date_rule = e.date_rule;
    }
    if (first.counterpart.empty()) first.counterpart = e.counterpart;
    return;
  }
  seen_[key] = events.size();
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

void Builder::Move(int s, const std::string& type, int person, int org, int counterpart, size_t trigger) {
  const std::string& name = st_.analysis().entities[person].canonical;
  Event e;
  e.type = type;
  e.person = name;
  e.organization = Name(org);
  e.counterpart = Name(counterpart);
  e.sentence = s;
  Add(e, trigger);
  if (counterpart < 0) return;
  Event mirror = e;  // a move naming both sides is a departure and a hire
  mirror.type = type == "departure" ? "hire" : "departure";
  mirror.organization = Name(counterpart);
  mirror.counterpart = Name(org);
  Add(mirror, trigger);
}

void Builder::Emit(int s, const SentenceFacts& f, const SentenceFacts* prev) {
  const Sentence& sent = st_.analysis().sentences[s];
  std::vector<Clause> clauses = SplitClauses(st_.folded().key, st_.ToFolded(sent.begin), st_.ToFolded(sent.end));
  Clause whole{st_.ToFolded(sent.begin), st_.ToFolded(sent.end)};
  for (const auto& t : f.triggers) {
    Clause c = whole;
    for (const Clause& x : clauses)
      if (t.begin >= x.begin && t.end <= x.end) c = x;
    if (t.type == "departure" || t.type == "hire") {
      int person = PersonFor(s, f, c, t, prev);
      if (person < 0) continue;
      int to = FirstOrg(f, c, ::news::Place::kTo, -1);
      int from = FirstOrg(f, c, ::news::Place::kFrom, to);
      if (t.type == "departure") {
        int org = from >= 0 ? from : FirstOrg(f, c, ::news::Place::kNeutral, to);
        if (org < 0) org = PersonOrg(person, s);
        if (org < 0) org = SingleOrg(prev);
        if (org < 0) org = subject_;
        if (org == to) continue;
        Move(s, "departure", person, org, to, t.begin);
      } else {
        int org = to >= 0 ? to : NearestOrgBefore(f, c, t.begin, -1);
        if (org < 0 || Employer(person) == org) continue;  // already works there: the hirer, not the hire
        int counterpart = from >= 0 ? from : OrgAfter(f, c, t.end, org);
        if (counterpart < 0) counterpart = PersonOrg(person, s);
        if (counterpart < 0) counterpart = NearestOrgBefore(f, c, t.begin, org);
        if (counterpart == org) counterpart = -1;
        Move(s, "hire", person, org, counterpart, t.begin);
      }
    } else if (t.type == "launch") {
      // The product launched sits right next to its trigger ("發表新一代Claude
      // 模型", "released DeepSeek-V4", "Qwen3.5正式开源"); one farther away is
      // context, not the thing launched.
      const std::pair<size_t, int>* product = nullptr;
      size_t best = kLaunchReach + 1;
      std::string_view folded = st_.folded().key;
      for (const auto& p : f.products) {
        if (p.first < c.begin || p.first >= c.end) continue;
        size_t gap_begin = p.first >= t.end ? t.end : p.first, gap_end = p.first >= t.end ? p.first : t.begin;
        if (gap_end < gap_begin) continue;
        size_t dist = gap_end - gap_begin;
        if (dist <= kLaunchReach && dist < best && folded.substr(gap_begin, dist).find("。") == std::string_view::npos) {
          best = dist;
          product = &p;
        }
      }
      if (!product) continue;
      int lex_i = st_.lex_index(product->second);
      int maker = lex_i >= 0 ? RootOrganization(lex_, lex_i, false) : -1;
      int maker_top = lex_i >= 0 ? RootOrganization(lex_, lex_i, true) : -1;
      int org = -1;
      for (const OrgMention& o : f.orgs)
        if (o.org == maker || RootOrganization(lex_, o.org, true) == maker_top) { org = o.org; break; }
      if (org < 0 && maker == subject_) org = maker;
      // Launches the article reports are the subject's; other products are
      // context ("since ChatGPT launched ...").
      if (org < 0 || (org != subject_ && RootOrganization(lex_, org, true) != RootOrganization(lex_, subject_, true))) continue;
      Event e;
      e.type = "launch";
      e.organization = Name(org);
      e.product = st_.analysis().entities[product->second].canonical;
      e.sentence = s;
      Add(e, t.begin);
    } else {
      int org = -1;
      for (const OrgMention& o : f.orgs) {
        if (o.begin < c.begin || o.end > c.end) continue;
        if (o.org == subject_) { org = subject_; break; }
        bool near = (o.end <= t.begin && t.begin - o.end <= 24) || (o.begin >= t.end && o.begin - t.end <= 24);
        if (org < 0 && near && t.type == "reorganization") org = o.org;
      }
      if (org < 0 && t.type == "reorganization" && f.orgs.empty() && subject_ >= 0 && MentionsSubjectNearby(s)) org = subject_;
      if (org < 0) continue;
      Event e;
      e.type = t.type;
      e.organization = Name(org);
      e.sentence = s;
      Add(e, t.begin);
    }
  }
}

}  // namespace

void EventExtractor::Extract(int subject_lex, ExtractionState& st) const {
  Builder b(lex_, subject_lex, st);
  const auto& sentences = st.analysis().sentences;
  std::vector<std::vector<TriggerHit>> hits(sentences.size());
  std::vector<char> has_event(sentences.size() + 1, 0);
  for (size_t i = 0; i < sentences.size(); ++i) {
    size_t fb = st.ToFolded(sentences[i].begin), fe = st.ToFolded(sentences[i].end);
    hits[i] = Triggers(std::string_view(st.folded().key).substr(fb, fe - fb), fb);
    has_event[i] = std::any_of(hits[i].begin(), hits[i].end(), [](const TriggerHit& h) { return IsEventType(h.type); });
  }
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
}

}  // namespace news
