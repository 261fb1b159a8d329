#include "extract/event_cues.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>

#include "lexicon/aho_corasick.h"

namespace news {

namespace {

// A fixed list of phrases, all looked for in one automaton pass. Cheaper
// than one find() per phrase on the sentences of event extraction: in
// Chinese text a phrase's first byte (E4–E9) recurs every few bytes, so each
// find() stops at most positions to compare.
class PhraseSet {
 public:
  PhraseSet(std::initializer_list<std::string_view> phrases) {
    for (std::string_view p : phrases) ac_.Add(p);
    ac_.Build();
  }
  bool In(std::string_view text) const {
    thread_local std::vector<AhoCorasick::Hit> hits;
    hits.clear();
    ac_.FindAll(text, &hits);
    return !hits.empty();
  }

 private:
  AhoCorasick ac_;
};

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

}  // namespace

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

bool HasClauseBreak(std::string_view gap) { return ContainsAny(gap, {"，", "。", ",", "、", "；", ";"}); }

bool RefersToPreviousDay(std::string_view sentence) {
  static const PhraseSet kSameDay{"same day", "同日", "同一天", "当天", "当日", "同一日", "随即", "immediately", "shortly after",
                                  "at the time", "当时", "that day", "the day also", "alongside the", "at the same time",
                                  "同时宣布", "同时公布", "同时证实", "同时表示"};
  return kSameDay.In(sentence);
}

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

bool SaysFormerly(std::string_view sentence) {
  static const PhraseSet kFormerly{"was until", "was previously", "had been", "previously", "formerly", "until recently",
                                   "曾任", "曾在", "此前在", "此前是", "此前担任", "之前在", "原为", "原是"};
  return kFormerly.In(sentence);
}

bool NamesAGroup(std::string_view text) {
  static const PhraseSet kGroups{"不少", "多名", "多位", "一些", "几位", "几名", "许多", "部分员工", "部分成员"};
  return kGroups.In(text) ||
         HasWord(text, "several") || HasWord(text, "many") || HasWord(text, "others") || HasWord(text, "some");
}

bool ReportsSpeech(std::string_view text) {
  static const PhraseSet kSpeech{"表示", "确认", "证实", "宣布", "指出", "透露", "称", "说", "报道", "通知"};
  if (kSpeech.In(text)) return true;
  for (std::string_view w : {"said", "says", "told", "confirmed", "announced", "that", "reported", "named", "hired", "appointed"})
    if (HasWord(text, w)) return true;
  return false;
}

bool RefersToEvent(std::string_view s) {
  static const PhraseSet kBackReferences{"the hire", "the hiring", "the move", "the departure", "the appointment", "the deal", "the round",
                         "the reorganization", "the reorganisation", "the restructuring", "the launch", "the news",
                         "the announcement", "此事", "此次", "这一消息", "该消息", "这项人事", "这一人事", "这次调整",
                         "本轮", "这轮", "此轮", "该轮"};
  return kBackReferences.In(s) || DatesTheMove(s);
}

bool DatesTheMove(std::string_view s) {
  s = TrimSpaces(s);
  bool pronoun = false;
  for (std::string_view p : {"he ", "she ", "her ", "his ", "both ", "the two ", "they ", "他", "她", "两人", "二人", "二位"})
    pronoun = pronoun || StartsWith(s, p);
  if (!pronoun) return false;
  static const PhraseSet kMoveWords{"first day", "last day", "started", "joined", "notice", "resigned", "stepped down",
                                    "step down", "到职", "入职", "上任", "报到", "离职", "辞职", "加入"};
  return kMoveWords.In(s) ||
         HasWord(s, "left");
}

bool NamesEarlierYear(std::string_view sentence, int published_year) {
  for (size_t pos = 0; pos + 4 <= sentence.size(); ++pos) {
    auto digit = [&](size_t i) { return i < sentence.size() && sentence[i] >= '0' && sentence[i] <= '9'; };
    if (!digit(pos) || (pos > 0 && digit(pos - 1)) || !digit(pos + 1) || !digit(pos + 2) || !digit(pos + 3) || digit(pos + 4))
      continue;
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
  if (HasWord(s, "last year") || ContainsAny(s, {"years ago", "years earlier", "a year ago", "年前"})) return true;
  for (size_t pos = s.find("去年"); pos != std::string_view::npos; pos = s.find("去年", pos + 1)) {
    std::string_view rest = TrimSpaces(s.substr(pos + 6));
    bool month = !rest.empty() && ((rest.front() >= '0' && rest.front() <= '9') || StartsWith(rest, "年底") ||
                                   StartsWith(rest, "年初") || StartsWith(rest, "底") || StartsWith(rest, "初"));
    if (!month) return true;
  }
  return false;
}

bool MoveIsNotNews(std::string_view before) {
  static const PhraseSet kRumours{"传出", "传闻", "据传", "传言", "rumoured", "rumored", "rumour", "rumor"};
  if (kRumours.In(before)) return true;
  constexpr size_t kModalReach = 15;  // bytes: the modal governs the trigger
  std::string_view near = before.substr(before.size() > kModalReach ? before.size() - kModalReach : 0);
  static const PhraseSet kModals{"可能", "或将", "或许", "有望", "拟", "考虑", "洽谈", "尚未", "并未", "没有", "不会"};
  if (kModals.In(near)) return true;
  // A negated move: "although neither has resigned", "has not left".
  std::string_view last_words = before.substr(before.size() > 24 ? before.size() - 24 : 0);
  for (std::string_view w : {"neither", "not", "never", "nobody", "hasn't", "haven't", "didn't", "won't"})
    if (HasWord(last_words, w)) return true;
  std::string_view words = before.substr(before.size() > 40 ? before.size() - 40 : 0);
  for (std::string_view w : {"might", "could", "expected to", "set to", "plans to", "planning to", "in talks to",
                             "considering", "likely to", "poised to"})
    if (HasWord(words, w)) return true;
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

bool RefersToCompany(std::string_view after) {
  after = TrimSpaces(after);
  for (std::string_view w : {"the company", "the start-up", "the startup", "the firm", "the lab", "公司", "该公司", "这家公司", "本公司"})
    if (StartsWith(after, w)) return true;
  return false;
}

bool SaysRespectively(std::string_view clause) { return ContainsAny(clause, {"分别", "respectively"}); }

bool PastEmployerCue(std::string_view before) {
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
  if (StartsWith(seg, "who ") && !HasWord(seg, "now") && !HasWord(seg, "will")) {
    for (std::string_view w : {"led", "worked", "spent", "ran", "headed", "was", "had", "oversaw", "built", "managed", "previously"})
      if (HasWord(seg, w)) return true;
  }
  // "Daniel Reyes, formerly a post-training lead at xAI", "previously at Baidu"
  if (StartsWith(seg, "formerly ") || StartsWith(seg, "previously ") || StartsWith(seg, "until recently ")) return true;
  static const PhraseSet kPast{"原为", "原是", "曾在", "曾任", "此前在", "此前是", "之前在"};
  return kPast.In(seg);
}

bool HasAmountCue(std::string_view clause) {
  static const PhraseSet kMoney{"$", "€", "£", "¥", "美元", "美金", "人民币", "亿", "万元", "估值", "轮"};
  if (kMoney.In(clause)) return true;
  for (std::string_view w : {"million", "billion", "bn", "round", "valuation", "series"})
    if (HasWord(clause, w)) return true;
  return false;
}

bool LaunchIsNotNews(std::string_view before) {
  static const PhraseSet kNotYet{"将", "即将", "预计", "计划", "准备", "打算", "尚未", "未来", "没有", "自从", "以来", "持续", "不断",
                                 "陆续", "经常", "一直"};
  if (kNotYet.In(before)) return true;
  for (std::string_view w : {"will", "would", "plans", "planned", "plan", "expected", "set to", "not yet", "has not",
                             "have not", "hasn't", "haven't", "since", "after", "before", "until", "once", "keep", "keeps",
                             "continue", "continues", "regularly", "repeatedly", "often"})
    if (HasWord(before, w)) return true;
  return false;
}

}  // namespace news
