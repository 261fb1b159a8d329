#include "extract/event_builder.h"

#include <cstdlib>
#include <optional>

namespace news::event_build {

// A hire by the organisation the same person leaves in this article is
// biography ("2018年赴美加入微軟" next to "離開微軟，加入博通"), not news;
// so is the departure it implied (same sentence, sides swapped). A hire with
// its own date is kept against a departure dated only by publication.
void DropHiresByOrganisationLeft(std::vector<Event>* events) {
  // (person, org) -> some departure has its own date; views into the events, which stay put until the end
  std::map<std::pair<std::string_view, std::string_view>, bool> left;
  for (const Event& e : *events)
    if (e.type == "departure") left[{e.person, e.organization}] |= e.date_rule != "published";
  if (left.empty()) return;
  std::vector<const Event*> dropped;
  for (const Event& e : *events) {
    if (e.type != "hire") continue;
    auto it = left.find({e.person, e.organization});
    if (it != left.end() && (e.date_rule == "published" || it->second)) dropped.push_back(&e);
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
  if (dropped.empty()) return;  // the usual case: nothing to copy
  std::vector<char> drop(events->size());
  for (size_t i = 0; i < events->size(); ++i) drop[i] = is_dropped((*events)[i]);
  size_t kept = 0;
  for (size_t i = 0; i < events->size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) (*events)[kept] = std::move((*events)[i]);
    ++kept;
  }
  events->resize(kept);
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
    // One move, one date: a side dated only by publication takes the other's
    // ("…上週離開百度。兩人均將加入阿里巴巴" is last week's move).
    if (d.date_rule == "published" && match->date_rule != "published") {
      d.date = match->date;
      d.date_rule = match->date_rule;
    } else if (match->date_rule == "published" && d.date_rule != "published") {
      match->date = d.date;
      match->date_rule = d.date_rule;
    }
  }
}

const std::vector<DateExpression>& Builder::Dates(int s) const {
  static const std::vector<DateExpression> kNone;  // a sentence past either end names no date
  if (s < 0 || static_cast<size_t>(s) >= memo_.size()) return kNone;
  SentenceMemo& m = Memo(s);
  if (!m.dates) m.dates = FindDateExpressions(st_.SentenceText(s), published_);
  return *m.dates;
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
  for (size_t k = 0; k < std::size(kEventTypes); ++k) {
    std::string_view other = kEventTypes[k];
    if ((sentence_types_[s - 1] >> k & 1) && other != type && !(continued && (other == "departure" || other == "hire")))
      return false;
  }
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
  std::optional<bool>& memo = Memo(s).next_dates;
  if (!memo) memo = NextSentenceRefersBack(s);
  return *memo;
}

bool Builder::NextSentenceRefersBack(int s) const {
  const auto& sentences = st_.analysis().sentences;
  std::string_view between = st_.body().substr(sentences[s].end, sentences[s + 1].begin - sentences[s].end);
  std::string_view next = st_.FoldedSentences(s + 1, s + 1);
  // A new paragraph that opens by referring back ("该轮融资已于11月20日完成交割",
  // "The round closed on Friday") still dates it: wire copy breaks every sentence.
  if (between.find('\n') != std::string_view::npos) return cues_.OpensWithBackReference(next);
  return cues_.RefersToEvent(next);
}

// Whether byte `pos` of a sentence lies inside a quotation opened before it
// (「…」, 『…』, “…”, "…"); a sentence can end inside one.
static bool InQuote(std::string_view text, size_t pos) {
  int depth = 0;
  bool ascii_open = false;  // "…": the same mark opens and closes
  std::string_view head = text.substr(0, std::min(pos, text.size()));
  for (size_t i = 0; i < head.size(); ++i) {
    unsigned char b = static_cast<unsigned char>(head[i]);
    if (b == '"') ascii_open = !ascii_open;
    // Only E2 (“ ”) and E3 (「 」 『 』) lead the marks; Han characters do not.
    if ((b != 0xE2 && b != 0xE3) || i + 3 > head.size()) continue;
    std::string_view c = head.substr(i, 3);
    if (c == "「" || c == "『" || c == "“") ++depth;
    else if ((c == "」" || c == "』" || c == "”") && depth > 0) --depth;
  }
  return depth > 0 || ascii_open;
}

bool Builder::DateQuoted(int s, size_t date) const {
  SentenceMemo& m = Memo(s);
  const std::vector<DateExpression>& dates = Dates(s);
  if (m.date_quoted.size() != dates.size()) {
    std::string_view text = st_.SentenceText(s);
    m.date_quoted.resize(dates.size());
    for (size_t i = 0; i < dates.size(); ++i) m.date_quoted[i] = InQuote(text, dates[i].begin);
  }
  return m.date_quoted[date];
}

// Whether byte `offset` of sentence `s` is quoted: both sides of a move and
// every repeat of a trigger ask it again.
bool Builder::OffsetQuoted(int s, size_t offset) const {
  std::vector<std::pair<size_t, bool>>& asked = Memo(s).offset_quoted;
  for (const auto& [at, quoted] : asked)
    if (at == offset) return quoted;
  bool quoted = InQuote(st_.SentenceText(s), offset);
  asked.push_back({offset, quoted});
  return quoted;
}

// The sentence's own cues, each looked for once: every trigger and both
// sides of a move ask again.
bool Builder::SentenceNamesEarlierTime(int s) const {
  std::optional<bool>& memo = Memo(s).earlier_time;
  if (!memo) {
    const Sentence& sent = st_.analysis().sentences[s];
    memo = published_ && NamesEarlierTime(Folded(st_.ToFolded(sent.begin), st_.ToFolded(sent.end)), published_->year);
  }
  return *memo;
}

bool Builder::SentenceRefersToPreviousDay(int s) const {
  std::optional<bool>& memo = Memo(s).previous_day;
  if (!memo) memo = cues_.RefersToPreviousDay(st_.FoldedSentences(s, s));
  return *memo;
}

size_t Builder::LastDayCueIn(int s) const {
  std::optional<size_t>& memo = Memo(s).last_day_cue;
  if (!memo) memo = cues_.LastDayCue(st_.FoldedSentences(s, s));
  return *memo;
}

// "Maya Okonkwo and Felix Brandauer have left Nvidia for Mistral, the company
// confirmed on Monday. Okonkwo finished at Nvidia on October 30 …", "…is
// leaving for Anthropic. Her final day at Microsoft was Friday, and she will
// start on December 7": the sentence after a move opens with its person (by
// name, or by pronoun when the move names nobody else) and gives the last
// day; that exact day dates the move (corpus/README.md: both sides of a move
// carry the day the person left). nullptr when the next sentence says none.
// Whether sentence s + 1 opens with the person: by name, or by a pronoun
// when neither sentence names anyone else.
bool Builder::NextSentenceOpensWith(int s, int person) const {
  const Analysis& a = st_.analysis();
  const Sentence& next = a.sentences[s + 1];
  for (const Mention& m : a.entities[person].mentions)
    if (m.sentence == s + 1 && m.begin <= next.begin + 1) return true;
  std::string_view text = st_.FoldedSentences(s + 1, s + 1);
  bool pronoun =
      StartsWithPronoun(text) || ContainsAnyOf(text.substr(0, 4), {"her ", "his "}) || text.substr(0, 3) == "其";
  if (!pronoun) return false;
  for (size_t i = 0; i < a.entities.size(); ++i)
    if (a.entities[i].type == "person" && static_cast<int>(i) != person)
      for (const Mention& m : a.entities[i].mentions)
        if (m.sentence == s || m.sentence == s + 1) return false;
  return true;
}

const DateExpression* Builder::LastDayNext(int s, int person) const {
  const Analysis& a = st_.analysis();
  if (person < 0 || s + 1 >= static_cast<int>(a.sentences.size())) return nullptr;
  // Across a paragraph break too: wire copy gives each sentence its own
  // paragraph, and the person (or a pronoun with nobody else named) ties them.
  // Asked before the cue scan: most sentences after a move are about someone else.
  if (!NextSentenceOpensWith(s, person)) return nullptr;
  const Sentence& next = a.sentences[s + 1];
  std::string_view text = st_.FoldedSentences(s + 1, s + 1);
  size_t cue = LastDayCueIn(s + 1);
  // In the main clause: "Vasquez, who resigned from OpenAI on February 6, led
  // …" recaps the departure in an apposition, it does not date the hire.
  if (cue == std::string_view::npos || HasClauseBreak(text.substr(0, cue))) return nullptr;
  // The day in the cue's clause, before or after it ("Solvang left … on
  // Friday", 林雅文11月6日離開聯發科); one past the next comma is the first
  // day somewhere else ("…was Friday, and she will start on December 7").
  size_t clause_end = text.size();
  for (std::string_view b : {",", "，", ";", "；"}) clause_end = std::min(clause_end, text.find(b, cue));
  size_t folded_begin = st_.ToFolded(next.begin);
  for (const DateExpression& d : Dates(s + 1))
    if (!d.vague && d.date.size() == 10 && st_.ToFolded(next.begin + d.begin) - folded_begin < clause_end) return &d;
  return nullptr;
}

Builder::Dated Builder::DateFor(int s, size_t trigger_folded, int person, const std::string& type) const {
  const Analysis& a = st_.analysis();
  if (type == "departure" || type == "hire")
    if (const DateExpression* last_day = LastDayNext(s, person)) return {last_day->date, last_day->rule, kOwnDate};
  size_t sentence_begin = a.sentences[s].begin;
  size_t trigger = st_.folded().ToOriginal(trigger_folded);
  const DateExpression* best = nullptr;
  size_t best_dist = SIZE_MAX;
  const std::vector<DateExpression>& dates = Dates(s);
  bool trigger_quoted = !dates.empty() && OffsetQuoted(s, trigger - sentence_begin);
  for (size_t i = 0; i < dates.size(); ++i) {
    const DateExpression& d = dates[i];
    // 「…喺今日唔算多」, "… these days": a date inside a quotation the
    // trigger is outside of is the speaker's, not the event's.
    if (!trigger_quoted && DateQuoted(s, i)) continue;
    size_t b = sentence_begin + d.begin, e = sentence_begin + d.end;
    size_t dist = e <= trigger ? trigger - e : (b >= trigger ? b - trigger : 0);
    if (dist < best_dist) { best_dist = dist; best = &d; }
  }
  if (best && best->vague) {
    // "told colleagues last week that she was leaving; her last day was
    // Friday": an exact day after the trigger says when; one before it is
    // another verb's ("昨日发布…，并宣布已于本月完成融资").
    for (size_t i = 0; i < dates.size(); ++i) {
      const DateExpression& d = dates[i];
      if (!d.vague && d.date.size() == 10 && sentence_begin + d.begin >= trigger && (trigger_quoted || !DateQuoted(s, i)))
        return {d.date, d.rule, kOwnDate};
    }
  }
  if (best) return {best->date, best->rule, kOwnDate};
  if (s > 0 && SentenceRefersToPreviousDay(s))
    if (const DateExpression* d = EarlierDate(s)) return {d->date, d->rule, kNeighbourDate};
  if (s > 0 && PreviousSentenceDates(s, person, type)) {
    const std::vector<DateExpression>& before = Dates(s - 1);
    if (!before.empty()) return {before.back().date, before.back().rule, kNeighbourDate};
    // "The day also brought a departure. Grace Whitaker … has left Meta":
    // the sentence before is itself dated by an earlier one.
    if (s > 1 && SentenceRefersToPreviousDay(s - 1))
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
  auto& events = st_.analysis().events;
  // The events added before with the same (type, person, organisation), in
  // the order added: a scan, as an article has a handful of events.
  auto same_key = [&e](const Event& x) {
    return x.type == e.type && x.person == e.person && x.organization == e.organization;
  };
  size_t first_same = std::find_if(events.begin(), events.end(), same_key) - events.begin();
  // A person moves once per article; an organisation may reorganise or raise
  // money twice (in January and again in March), so dated occasions differ.
  bool once = e.type == "departure" || e.type == "hire" || e.type == "launch";
  if (once && first_same < events.size() && strength_[first_same] >= kOwnDate) {
    Event& first = events[first_same];  // dated by its own sentence: only a missing counterpart can change
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
    if (SentenceNamesEarlierTime(e.sentence)) return;
  }
  e.date = d.date;
  e.date_rule = d.rule;
  for (size_t i = first_same; i < events.size(); ++i) {
    Event& first = events[i];
    if (!same_key(first) || (!once && !SameOccasion(first, e))) continue;
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
  strength_.push_back(strength);
  events.push_back(std::move(e));
}

// "Ashworth … has left the company for Meta Superintelligence Labs.
// Ashworth told colleagues earlier this month that he was leaving": the
// departure gets its date from a later sentence about it; the hire that is
// the other side of the same move, dated only by publication, takes it too.
void Builder::SyncMoveDates() {
  auto& events = st_.analysis().events;
  for (size_t i = 0; i < events.size(); ++i) {
    if (strength_[i] != kPublished || (events[i].type != "departure" && events[i].type != "hire")) continue;
    for (size_t j = 0; j < events.size(); ++j) {
      const Event &a = events[i], &b = events[j];
      bool other_side = b.type != a.type && (b.type == "departure" || b.type == "hire") && b.person == a.person &&
                        b.organization == a.counterpart && b.counterpart == a.organization && !a.counterpart.empty();
      if (!other_side || strength_[j] < kOwnDate) continue;
      events[i].date = b.date;
      events[i].date_rule = b.date_rule;
      strength_[i] = kNeighbourDate;
      break;
    }
  }
}

}  // namespace news::event_build
