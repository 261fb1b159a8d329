#include "extract/event_cues.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>

#include "lexicon/snapshot.h"
#include "text/match_key.h"

namespace news {

namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

// `w` as a whole Latin word somewhere in `text`.
bool HasWord(std::string_view text, std::string_view w) {
  for (size_t pos = text.find(w); pos != std::string_view::npos; pos = text.find(w, pos + 1)) {
    bool start_ok = pos == 0 || !std::isalpha(static_cast<unsigned char>(text[pos - 1]));
    size_t end = pos + w.size();
    bool end_ok = end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
    if (start_ok && end_ok) return true;
  }
  return false;
}

bool IsLatinLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

const char* const kKindNames[] = {"same-day", "formerly", "past-verb", "group", "speech", "back-reference", "move-word",
                                  "rumour", "modal", "negation", "not-yet", "amount", "company", "academic",
                                  "into", "hedge", "temporal", "hirer", "last-day", "headline-move",
                                  "headline-funding"};

}  // namespace

bool IsWholeWordHit(std::string_view text, size_t begin, size_t end) {
  if (IsLatinLetter(text[begin]) && begin > 0 && IsLatinLetter(text[begin - 1])) return false;
  if (IsLatinLetter(text[end - 1]) && end < text.size() && IsLatinLetter(text[end])) return false;
  return true;
}

EventCues::EventCues(const EntityLexicon& lex) {
  static_assert(std::size(kKindNames) == kKinds);
  for (const TriggerPhrase& t : lex.triggers) {
    auto it = std::find(std::begin(kKindNames), std::end(kKindNames), t.type);
    if (it == std::end(kKindNames)) continue;
    size_t kind = static_cast<size_t>(it - std::begin(kKindNames));
    std::string key = MatchKey(t.phrase);
    if (sets_[kind].Add(key) >= 0) phrases_[kind].push_back(std::move(key));
  }
  for (AhoCorasick& set : sets_) set.Build();
}

// A kind without phrases has an empty automaton, which has nothing to save:
// a flag says whether one follows.
bool EventCues::Save(SnapshotWriter& w) const {
  for (size_t k = 0; k < kKinds; ++k) {
    w.U32(phrases_[k].empty() ? 0 : 1);
    if (!phrases_[k].empty() && !sets_[k].Save(w)) return false;
    w.Strs(phrases_[k]);
  }
  return true;
}

bool EventCues::Load(SnapshotReader& r, const std::shared_ptr<const void>& storage) {
  for (size_t k = 0; k < kKinds; ++k) {
    uint32_t has = 0;
    if (!r.U32(&has)) return false;
    if (has == 0) sets_[k].Build();
    else if (!sets_[k].Load(r, storage)) return false;
    if (!r.Strs(&phrases_[k])) return false;
  }
  return true;
}

bool EventCues::InLast(Kind kind, std::string_view text, size_t cjk_reach, size_t latin_reach) const {
  // Only the last bytes a phrase may start in are scanned (the caller's
  // text is often a whole clause).
  size_t window = std::max(cjk_reach, latin_reach);
  if (window < text.size()) text.remove_prefix(text.size() - window);
  thread_local std::vector<AhoCorasick::Hit> hits;
  hits.clear();
  sets_[kind].FindAll(text, &hits);
  for (const AhoCorasick::Hit& h : hits) {
    if (!IsWholeWordHit(text, h.begin, h.end)) continue;
    size_t reach = IsLatinLetter(text[h.begin]) ? latin_reach : cjk_reach;
    if (text.size() - h.begin <= reach) return true;
  }
  return false;
}

bool EventCues::In(Kind kind, std::string_view text) const { return InLast(kind, text, SIZE_MAX, SIZE_MAX); }

bool EventCues::Opens(Kind kind, std::string_view text) const {
  for (const std::string& p : phrases_[kind])
    if (StartsWith(text, p)) return true;
  return false;
}

std::vector<Clause> SplitClauses(std::string_view folded, size_t begin, size_t end) {
  std::vector<Clause> out;
  size_t start = begin;
  std::string_view text = folded.substr(0, end);
  while (true) {
    size_t ascii = text.find(';', start), wide = text.find("；", start);
    size_t cut = std::min(ascii, wide);
    if (cut == std::string_view::npos) break;
    out.push_back({start, cut});
    start = cut + (cut == ascii ? 1 : 3);
  }
  out.push_back({start, end});
  return out;
}

bool HasClauseBreak(std::string_view gap) {
  // One pass over the gap instead of one search per mark: the builder asks
  // this of nearly every gap it weighs. The wide marks are ，(EF BC 8C),
  // ；(EF BC 9B), 。(E3 80 82) and 、(E3 80 81).
  for (size_t i = 0; i < gap.size(); ++i) {
    char c = gap[i];
    if (c == ',' || c == ';') return true;
    if ((c != '\xEF' && c != '\xE3') || i + 3 > gap.size()) continue;
    std::string_view mark = gap.substr(i, 3);
    if (mark == "，" || mark == "；" || mark == "。" || mark == "、") return true;
  }
  return false;
}

bool EventCues::RefersToPreviousDay(std::string_view sentence) const { return In(kSameDay, sentence); }

bool IsCoordination(std::string_view gap) {
  constexpr size_t kMaxDescriptor = 45;  // "与Sora研究员", "and former OpenAI researcher"
  gap = TrimSpaces(gap);
  if (gap == "," || gap == "、") return true;
  for (std::string_view c : {", and ", "and ", "以及", "与", "和", "及", "、", "&", ", "}) {
    if (!StartsWith(gap, c)) continue;
    std::string_view rest = gap.substr(c.size());
    return rest.size() <= kMaxDescriptor && !HasClauseBreak(rest) && !ContainsAny(rest, {"(", ")", "（", "）"});
  }
  return gap == "and" || gap == ", and";
}

bool IsListOrPlural(std::string_view text) {
  return ContainsAny(text, {"和", "与", "、", "都", "及"}) || HasWord(text, "and") || HasWord(text, "both");
}

bool StartsWithPluralPronoun(std::string_view before) {
  before = TrimSpaces(before);
  for (std::string_view p : {"两人", "二人", "两位", "二位", "both ", "the two ", "they "})
    if (StartsWith(before, p)) return true;
  return false;
}

bool StartsWithPronoun(std::string_view before) {
  before = TrimSpaces(before);
  for (std::string_view p : {"she ", "he ", "他", "她"})
    if (StartsWith(before, p)) return true;
  return false;
}

bool EventCues::SaysFormerly(std::string_view sentence) const { return In(kFormerly, sentence); }

bool EventCues::NamesAGroup(std::string_view text) const { return In(kGroup, text); }

bool EventCues::ReportsSpeech(std::string_view text) const { return In(kSpeech, text); }

bool EventCues::OpensWithBackReference(std::string_view s) const { return Opens(kBackReference, TrimSpaces(s)); }

bool EventCues::RefersToEvent(std::string_view s) const { return In(kBackReference, s) || DatesTheMove(s); }

bool EventCues::DatesTheMove(std::string_view s) const {
  s = TrimSpaces(s);
  bool pronoun = false;
  for (std::string_view p : {"he ", "she ", "her ", "his ", "both ", "the two ", "they ", "他", "她", "两人", "二人", "二位"})
    pronoun = pronoun || StartsWith(s, p);
  return pronoun && In(kMoveWord, s);
}

bool NamesEarlierYear(std::string_view sentence, int published_year) {
  auto digit = [&](size_t i) { return sentence[i] >= '0' && sentence[i] <= '9'; };
  // A year is a run of exactly four digits: from run to run, not byte by byte.
  for (size_t run = 0, n = sentence.size(); run < n;) {
    if (!digit(run)) {
      ++run;
      continue;
    }
    size_t pos = run;
    while (run < n && digit(run)) ++run;
    if (run - pos != 4) continue;
    int year = 0;
    for (size_t i = pos; i < pos + 4; ++i) year = year * 10 + (sentence[i] - '0');
    if (year < 1980 || year >= published_year) continue;
    std::string_view after = sentence.substr(pos + 4);
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    if (after.substr(0, 3) == "年" && after.substr(0, 6) != "年前") {
      // "2021年加入", but not "2021年3月" (a month: a real date) or "2021年底"
      std::string_view rest = after.substr(3);
      bool month = !rest.empty() && rest.front() >= '0' && rest.front() <= '9';
      if (!month) return true;
    }
    std::string_view before = sentence.substr(0, pos);
    for (std::string_view w : {"in ", "since ", "In "})
      if (before.size() >= w.size() && before.substr(before.size() - w.size()) == w) return true;
  }
  return false;
}

bool NamesEarlierTime(std::string_view s, int published_year) {
  if (NamesEarlierYear(s, published_year)) return true;
  // Every phrase below holds "year" or 年: most sentences need one search for each, not six.
  bool has_year = s.find("year") != std::string_view::npos, has_nian = s.find("年") != std::string_view::npos;
  if (has_year && (HasWord(s, "last year") || ContainsAny(s, {"years ago", "years earlier", "a year ago"}))) return true;
  if (!has_nian) return false;
  if (s.find("年前") != std::string_view::npos) return true;
  for (size_t pos = s.find("去年"); pos != std::string_view::npos; pos = s.find("去年", pos + 1)) {
    std::string_view rest = TrimSpaces(s.substr(pos + 6));
    bool month = !rest.empty() && ((rest.front() >= '0' && rest.front() <= '9') || StartsWith(rest, "年底") ||
                                   StartsWith(rest, "年初") || StartsWith(rest, "底") || StartsWith(rest, "初"));
    if (!month) return true;
  }
  return false;
}

bool EventCues::MoveIsNotNews(std::string_view before) const {
  if (In(kRumour, before)) return true;
  // The modal or negation governs the trigger: a few characters or words before it.
  constexpr size_t kCjkReach = 15, kModalWords = 40, kNegationWords = 24;  // bytes
  if (InLast(kModal, before, kCjkReach, kModalWords) || InLast(kNegation, before, kCjkReach, kNegationWords)) return true;
  std::string_view words = before.substr(before.size() > kModalWords ? before.size() - kModalWords : 0);
  // "may" the modal, not the month ("in May", "early May", "May 3").
  for (size_t pos = words.find("may"); pos != std::string_view::npos; pos = words.find("may", pos + 1)) {
    if (!HasWord(words.substr(pos, 3), "may") || (pos > 0 && std::isalpha(static_cast<unsigned char>(words[pos - 1])))) continue;
    std::string_view before_word = TrimSpaces(words.substr(0, pos));
    size_t sp = before_word.rfind(' ');
    std::string_view prev = sp == std::string_view::npos ? before_word : before_word.substr(sp + 1);
    std::string_view after = TrimSpaces(words.substr(pos + 3));
    bool month = prev == "in" || prev == "of" || prev == "since" || prev == "early" || prev == "late" || prev == "mid" ||
                 prev == "by" || prev == "until" || prev == "during" || prev == "mid-" ||
                 (!after.empty() && after.front() >= '0' && after.front() <= '9');
    if (!month && pos + 3 <= words.size() && (pos + 3 == words.size() || !std::isalpha(static_cast<unsigned char>(words[pos + 3]))))
      return true;
  }
  return false;
}

bool EventCues::MoveIsBackground(std::string_view before, std::string_view after) const {
  constexpr size_t kCjkReach = 6, kLatinReach = 10;  // bytes: "since ", 自从
  if (InLast(kTemporal, before, kCjkReach, kLatinReach)) return true;
  // "Before joining Cohere, she …" opens its clause; "spent five years at X
  // before joining Y last month" is the sequence of a real move. Only the
  // last bytes are looked at: this runs for every move trigger.
  std::string_view head = TrimSpaces(before);
  for (std::string_view w : {"before", "prior to"}) {
    if (head.size() < w.size() || head.substr(head.size() - w.size()) != w) continue;
    std::string_view rest = TrimSpaces(head.substr(0, head.size() - w.size()));
    if (rest.empty() || rest.back() == ',' || rest.back() == ';' ||
        (rest.size() >= 3 && (rest.substr(rest.size() - 3) == "，" || rest.substr(rest.size() - 3) == "。" ||
                              rest.substr(rest.size() - 3) == "；")))
      return true;
  }
  // The trigger's phrase ends at the first clause break: "加入X以来，…".
  std::string_view phrase = after.substr(0, 45);
  for (std::string_view brk : {"，", ",", "。", "；", ";"}) phrase = phrase.substr(0, phrase.find(brk));
  return ContainsAny(phrase, {"以来", "之前", "以前"});
}

bool EventCues::RefersToCompany(std::string_view after) const { return Opens(kCompany, TrimSpaces(after)); }

bool SaysRespectively(std::string_view clause) { return ContainsAny(clause, {"分别", "respectively"}); }

bool EventCues::PastEmployerCue(std::string_view before) const {
  // One backward scan to the last clause break (the caller passes ~90 bytes
  // for every organisation of every event sentence: this must stay cheap).
  size_t cut = 0;
  for (size_t i = before.size(); i > 0 && cut == 0; --i) {
    unsigned char c = static_cast<unsigned char>(before[i - 1]);
    if (c == ',' || c == ';') cut = i;
    else if ((c == 0x82 || c == 0x8C || c == 0x9B) && i >= 3) {
      std::string_view b = before.substr(i - 3, 3);
      if (b == "。" || b == "，" || b == "；") cut = i;
    }
  }
  std::string_view seg = TrimSpaces(before.substr(cut));
  // ", who led evaluation research at X", but not "who now leads" / "who will join".
  if (StartsWith(seg, "who ") && !HasWord(seg, "now") && !HasWord(seg, "will") && In(kPastVerb, seg)) return true;
  // "Daniel Reyes, formerly a post-training lead at xAI", "原为X…", "曾在X".
  return In(kFormerly, seg);
}

bool EventCues::HasAmountCue(std::string_view clause) const { return In(kAmount, clause); }

bool EventCues::LaunchIsNotNews(std::string_view before) const { return In(kNotYet, before); }

bool EventCues::OrgEventIsNotNews(std::string_view before) const {
  constexpr size_t kCjkReach = 30, kLatinReach = 40;  // bytes: the temporal clause holds the trigger
  return MoveIsNotNews(before) || In(kHedge, before) || InLast(kTemporal, before, kCjkReach, kLatinReach);
}

bool EventCues::MovesInto(std::string_view trigger_and_after) const { return In(kInto, trigger_and_after); }

size_t EventCues::First(Kind kind, std::string_view folded) const {
  thread_local std::vector<AhoCorasick::Hit> hits;
  hits.clear();
  sets_[kind].FindAll(folded, &hits);
  size_t first = std::string_view::npos;
  for (const AhoCorasick::Hit& h : hits)
    if (IsWholeWordHit(folded, h.begin, h.end)) first = std::min(first, h.begin);
  return first;
}

size_t EventCues::FirstHirerVerb(std::string_view folded) const { return First(kHirer, folded); }

size_t EventCues::LastDayCue(std::string_view folded) const { return First(kLastDay, folded); }

size_t EventCues::HeadlineMove(std::string_view folded_title) const { return First(kHeadlineMove, folded_title); }

size_t EventCues::HeadlineFunding(std::string_view folded_title) const { return First(kHeadlineFunding, folded_title); }

bool EventCues::IsAcademic(const LexiconEntity& org) const {
  if (In(kAcademic, MatchKey(org.canonical))) return true;
  for (const std::string& alias : org.aliases)
    if (In(kAcademic, MatchKey(alias))) return true;
  return false;
}

}  // namespace news
