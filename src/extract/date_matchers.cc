#include "extract/date_matchers.h"

#include <array>
#include <initializer_list>

#include "extract/literals.h"

namespace news::date_match {

namespace {

using Alts = std::initializer_list<std::string_view>;
constexpr size_t kNone = std::string_view::npos;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsWordByte(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || c == '_'; }

// RE2's \b (ASCII word bytes) at offset i.
bool Boundary(std::string_view s, size_t i) {
  bool before = i > 0 && IsWordByte(s[i - 1]), after = i < s.size() && IsWordByte(s[i]);
  return before != after;
}

size_t DigitRun(std::string_view s, size_t i) {
  size_t n = 0;
  while (i + n < s.size() && IsDigit(s[i + n])) ++n;
  return n;
}

// The matchers below step a cursor *i; the literal and \s matching itself is
// literals.h's, shared with the English title patterns.

// \s*: past the spaces at i.
size_t Spaces(std::string_view s, size_t i) {
  size_t end = literals::SpacesEnd(s, i);
  return end ? end : i;
}

// \s+: past the spaces at *i, false when there is none.
bool Spaces1(std::string_view s, size_t* i) {
  size_t end = literals::SpacesEnd(s, *i);
  if (!end) return false;
  *i = end;
  return true;
}

bool Lit(std::string_view s, size_t* i, std::string_view lit) {
  if (!literals::At(s, *i, lit)) return false;
  *i += lit.size();
  return true;
}

// The first alternative at *i (RE2 tries them in order), *i moved past it; false when none.
bool Alt(std::string_view s, size_t* i, Alts alts) {
  for (std::string_view a : alts)
    if (Lit(s, i, a)) return true;
  return false;
}

// A phrase whose single spaces stand for \s+ ("last month" is last\s+month).
bool Words(std::string_view s, size_t* i, std::string_view phrase) {
  size_t end = literals::WordsAt(s, *i, phrase);
  if (!end) return false;
  *i = end;
  return true;
}

// The first of `phrases` (Words) at *i.
bool AltWords(std::string_view s, size_t* i, Alts phrases) {
  for (std::string_view p : phrases)
    if (Words(s, i, p)) return true;
  return false;
}

// \d{1,2} followed by something that cannot start with a digit: a third
// digit fails the match whichever count RE2 backtracks to.
bool Num(std::string_view s, size_t* i, std::string_view* g) {
  size_t n = DigitRun(s, *i);
  if (n < 1 || n > 2) return false;
  *g = s.substr(*i, n);
  *i += n;
  return true;
}

// \d{1,2} closing the pattern: up to two digits, whatever follows.
bool NumTail(std::string_view s, size_t* i, std::string_view* g) {
  size_t n = DigitRun(s, *i);
  if (n < 1) return false;
  *g = s.substr(*i, n > 2 ? 2 : n);
  *i += g->size();
  return true;
}

// \d{4}, exactly (`exact`: what follows cannot start with a digit) or the
// first four of a longer run (the pattern ends there).
bool Year(std::string_view s, size_t* i, std::string_view* g, bool exact) {
  size_t n = DigitRun(s, *i);
  if (n < 4 || (exact && n > 4)) return false;
  *g = s.substr(*i, 4);
  *i += 4;
  return true;
}

// The ends of the month names of kMonthNames spelt at i of the lowered
// text, in the order RE2 tries them (greedy suffixes first: Sept?(?:ember)?
// gives september, sept, sepember, sep); returns how many.
int MonthForms(std::string_view lower, size_t i, size_t ends[4]) {
  static const std::string_view kMonths[][2] = {{"jan", "uary"}, {"feb", "ruary"}, {"mar", "ch"},   {"apr", "il"},
                                                {"may", ""},     {"jun", "e"},     {"jul", "y"},    {"aug", "ust"},
                                                {"oct", "ober"}, {"nov", "ember"}, {"dec", "ember"}};
  std::string_view base = lower.substr(i, 3);
  int n = 0;
  if (base == "sep") {
    bool t = lower.substr(i + 3, 1) == "t";
    if (t && lower.substr(i + 4, 5) == "ember") ends[n++] = i + 9;
    if (t) ends[n++] = i + 4;
    if (lower.substr(i + 3, 5) == "ember") ends[n++] = i + 8;
    ends[n++] = i + 3;
    return n;
  }
  for (const auto& [b, suffix] : kMonths) {
    if (base != b) continue;
    if (!suffix.empty() && lower.substr(i + 3, suffix.size()) == suffix) ends[n++] = i + 3 + suffix.size();
    ends[n++] = i + 3;
    return n;
  }
  return 0;
}

// Past the weekday name (kWeekdays, in full) at *i.
bool Weekday(std::string_view lower, size_t* i) {
  return Alt(lower, i, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
}

const Alts kDayMarks = {"日", "號", "号"};
const Alts kWeekWords = {"週", "周", "星期", "禮拜", "礼拜"};
const Alts kWeekDays = {"一", "二", "三", "四", "五", "六", "日", "天"};
const Alts kMonthParts = {"份", "初", "中旬", "下旬", "上旬", "底", "末", "中"};
const Alts kOpen = {"（", "("}, kClose = {"）", ")"};
const Alts kDayWords = {"昨天", "昨日", "前天", "今天", "今日", "本日", "yesterday", "today"};
const Alts kLastMonth = {"上個月",           "上个月",         "上月",          "一個月前",
                         "一个月前",         "last month",     "a month ago",   "a month earlier",
                         "a month before",   "a month after",  "one month ago", "one month earlier",
                         "one month before", "one month after"};
const Alts kLastWeek = {"上週", "上周", "上星期", "上禮拜", "上礼拜", "last week", "past week", "a week ago"};
const Alts kThisWeekOrMonth = {"本週",        "本周",           "這週",
                               "这周",        "這星期",         "这星期",
                               "近日",        "近期",           "日前",
                               "本月",        "這個月",         "这个月",
                               "this week",   "this month",     "earlier this month",
                               "recent days", "this past week", "earlier this week"};

// The bytes a match can start with (a table per pattern: most bytes are
// passed over without trying the pattern there).
using FirstBytes = std::array<bool, 256>;

constexpr FirstBytes Starts(Alts starts) {
  FirstBytes t{};
  for (std::string_view s : starts) t[static_cast<unsigned char>(s[0])] = true;
  return t;
}

constexpr FirstBytes kDigits = Starts({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"});
constexpr FirstBytes kMonthStarts = Starts({"j", "f", "m", "a", "s", "o", "n", "d"});

// RE2's unanchored search: the first start from `pos` on where the pattern
// matches (`at`: the match anchored at a start, tried where `first` allows).
template <class AtFn>
bool Leftmost(const Text& t, size_t pos, Match* m, const FirstBytes& first, AtFn at) {
  for (size_t i = pos; i < t.s.size(); ++i) {
    if (!first[static_cast<unsigned char>(t.lower[i])]) continue;
    *m = Match{};
    if (at(t, i, m)) {
      m->begin = i;
      // The helpers read the lowered copy: its groups become the original's bytes.
      for (std::string_view& g : m->g)
        if (!g.empty() && g.data() >= t.lower.data() && g.data() < t.lower.data() + t.lower.size())
          g = t.s.substr(g.data() - t.lower.data(), g.size());
      return true;
    }
  }
  return false;
}

// A match ends at `end`: true, for the last step of a chain of tests.
bool End(Match* m, size_t end) {
  m->end = end;
  return true;
}

// A group: the original bytes [from, to).
std::string_view Group(const Text& t, size_t from, size_t to) { return t.s.substr(from, to - from); }

// MONTH at i, then what `rest` reads from the month's end (moving its
// cursor): each spelling of the month (MonthForms, in RE2's order) is tried
// until `rest` accepts; the month becomes *month and the match ends there.
template <class Rest>
bool MonthThen(const Text& t, size_t i, std::string_view* month, Match* m, Rest rest) {
  size_t ends[4];
  int forms = MonthForms(t.lower, i, ends);
  for (int f = 0; f < forms; ++f) {
    size_t j = ends[f];
    if (!rest(&j)) continue;
    *month = Group(t, i, ends[f]);
    m->end = j;
    return true;
  }
  return false;
}

// (\d{4})\s*年\s*(\d{1,2})\s*月
bool YearMonthAt(const Text& t, size_t* j, Match* m) {
  std::string_view s = t.lower;
  if (!Year(s, j, &m->g[1], true)) return false;
  *j = Spaces(s, *j);
  if (!Lit(s, j, "年")) return false;
  *j = Spaces(s, *j);
  if (!Num(s, j, &m->g[2])) return false;
  *j = Spaces(s, *j);
  return Lit(s, j, "月");
}

// `\s*(\d{1,2})\s*[日號号]` after a month, its day into group `g`.
bool DayAfterMonth(const Text& t, size_t* j, std::string_view* g) {
  std::string_view s = t.lower;
  *j = Spaces(s, *j);
  if (!Num(s, j, g)) return false;
  *j = Spaces(s, *j);
  return Alt(s, j, kDayMarks);
}

}  // namespace

bool NeedsRegex(std::string_view lowered) {
  return lowered.find("\xC5\xBF") != kNone || lowered.find("\xE2\x84\xAA") != kNone;
}

// (\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号]
bool YearMonthDay(const Text& t, size_t pos, Match* m) {
  return Leftmost(t, pos, m, kDigits, [](const Text& t, size_t i, Match* m) {
    return YearMonthAt(t, &i, m) && DayAfterMonth(t, &i, &m->g[3]) && End(m, i);
  });
}

// (\d{4})-(\d{1,2})-(\d{1,2}) and (\d{4})/(\d{1,2})/(\d{1,2})
static bool NumericDayAt(const Text& t, size_t i, std::string_view sep, Match* m) {
  std::string_view s = t.lower;
  if (!Year(s, &i, &m->g[1], true) || !Lit(s, &i, sep) || !Num(s, &i, &m->g[2]) || !Lit(s, &i, sep)) return false;
  if (!NumTail(s, &i, &m->g[3])) return false;
  m->end = i;
  return true;
}

bool IsoDay(const Text& t, size_t pos, Match* m) {
  return Leftmost(t, pos, m, kDigits, [](const Text& t, size_t i, Match* m) { return NumericDayAt(t, i, "-", m); });
}

bool SlashDay(const Text& t, size_t pos, Match* m) {
  return Leftmost(t, pos, m, kDigits, [](const Text& t, size_t i, Match* m) { return NumericDayAt(t, i, "/", m); });
}

// \b MONTH \.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})
bool MonthDayYear(const Text& t, size_t pos, Match* m) {
  return Leftmost(t, pos, m, kMonthStarts, [](const Text& t, size_t i, Match* m) {
    std::string_view s = t.lower;
    return Boundary(s, i) && MonthThen(t, i, &m->g[1], m, [&](size_t* j) {
             if (s.substr(*j, 1) == ".") ++*j;
             if (!Spaces1(s, j) || !Num(s, j, &m->g[2])) return false;
             Alt(s, j, {"st", "nd", "rd", "th"});
             if (s.substr(*j, 1) == ",") ++*j;
             return Spaces1(s, j) && Year(s, j, &m->g[3], false);
           });
  });
}

// \b(\d{1,2})\s+ MONTH ,?\s+(\d{4})
bool DayMonthYear(const Text& t, size_t pos, Match* m) {
  return Leftmost(t, pos, m, kDigits, [](const Text& t, size_t i, Match* m) {
    std::string_view s = t.lower;
    size_t j = i;
    if (!Boundary(s, i) || !Num(s, &j, &m->g[1]) || !Spaces1(s, &j)) return false;
    return MonthThen(t, j, &m->g[2], m, [&](size_t* k) {
      if (s.substr(*k, 1) == ",") ++*k;
      return Spaces1(s, k) && Year(s, k, &m->g[3], false);
    });
  });
}

// (\d{4})\s*年\s*(\d{1,2})\s*月
bool YearMonth(const Text& t, size_t pos, Match* m) {
  return Leftmost(t, pos, m, kDigits,
                  [](const Text& t, size_t i, Match* m) { return YearMonthAt(t, &i, m) && End(m, i); });
}

// \b MONTH \s+(?:of\s+)?(\d{4})\b
bool MonthYear(const Text& t, size_t pos, Match* m) {
  return Leftmost(t, pos, m, kMonthStarts, [](const Text& t, size_t i, Match* m) {
    std::string_view s = t.lower;
    return Boundary(s, i) && MonthThen(t, i, &m->g[1], m, [&](size_t* j) {
             if (!Spaces1(s, j)) return false;
             size_t of = *j;
             if (Lit(s, &of, "of") && Spaces1(s, &of)) *j = of;
             return Year(s, j, &m->g[2], false) && Boundary(s, *j);
           });
  });
}

// (今年|去年)\s*(\d{1,2})\s*月 into groups 1 and 2.
static bool ThisYearMonthAt(const Text& t, size_t* j, Match* m) {
  std::string_view s = t.lower;
  size_t from = *j;
  if (!Alt(s, j, {"今年", "去年"})) return false;
  m->g[1] = Group(t, from, *j);
  *j = Spaces(s, *j);
  if (!Num(s, j, &m->g[2])) return false;
  *j = Spaces(s, *j);
  return Lit(s, j, "月");
}

// (今年|去年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号]
bool ThisYearMonthDay(const Text& t, size_t pos, Match* m) {
  static constexpr FirstBytes kFirst = Starts({"今", "去"});
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) {
    return ThisYearMonthAt(t, &i, m) && DayAfterMonth(t, &i, &m->g[3]) && End(m, i);
  });
}

// (今年|去年)\s*(\d{1,2})\s*月
bool ThisYearMonth(const Text& t, size_t pos, Match* m) {
  static constexpr FirstBytes kFirst = Starts({"今", "去"});
  return Leftmost(t, pos, m, kFirst,
                  [](const Text& t, size_t i, Match* m) { return ThisYearMonthAt(t, &i, m) && End(m, i); });
}

// (\d{1,2})\s*月 into group 1.
static bool MonthNumberAt(const Text& t, size_t* j, Match* m) {
  std::string_view s = t.lower;
  if (!Num(s, j, &m->g[1])) return false;
  *j = Spaces(s, *j);
  return Lit(s, j, "月");
}

// (\d{1,2})\s*月\s*(\d{1,2})\s*[日號号]
bool MonthDay(const Text& t, size_t pos, Match* m) {
  return Leftmost(t, pos, m, kDigits, [](const Text& t, size_t i, Match* m) {
    return MonthNumberAt(t, &i, m) && DayAfterMonth(t, &i, &m->g[2]) && End(m, i);
  });
}

// (\d{1,2})\s*月(?:份|初|中旬|下旬|上旬|底|末|中)?
bool MonthPart(const Text& t, size_t pos, Match* m) {
  return Leftmost(t, pos, m, kDigits, [](const Text& t, size_t i, Match* m) {
    if (!MonthNumberAt(t, &i, m)) return false;
    Alt(t.lower, &i, kMonthParts);
    m->end = i;
    return true;
  });
}

// (今年|去年)?(十[一二]|[一二三四五六七八九十])月(?:份|初|中旬|下旬|上旬|底|末|中)?
bool NumeralMonth(const Text& t, size_t pos, Match* m) {
  static constexpr FirstBytes kFirst = Starts({"今", "去", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"});
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) {
    std::string_view s = t.lower;
    auto from = [&](size_t j, size_t year_begin) {  // the numeral and what follows, from j
      for (std::string_view numeral : {"十一", "十二", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}) {
        size_t k = j;
        if (!Lit(s, &k, numeral) || !Lit(s, &k, "月")) continue;
        Alt(s, &k, kMonthParts);
        m->g[1] = Group(t, year_begin, j);
        m->g[2] = Group(t, j, j + numeral.size());
        m->end = k;
        return true;
      }
      return false;
    };
    size_t j = i;
    return (Alt(s, &j, {"今年", "去年"}) && from(j, i)) || from(i, i);
  });
}

// \b MONTH \.?\s+(\d{1,2})(?:st|nd|rd|th)?\b
bool MonthNameDay(const Text& t, size_t pos, Match* m) {
  return Leftmost(t, pos, m, kMonthStarts, [](const Text& t, size_t i, Match* m) {
    std::string_view s = t.lower;
    return Boundary(s, i) && MonthThen(t, i, &m->g[1], m, [&](size_t* j) {
             if (s.substr(*j, 1) == ".") ++*j;
             if (!Spaces1(s, j) || !Num(s, j, &m->g[2])) return false;
             size_t k = *j;
             if (!Alt(s, &k, {"st", "nd", "rd", "th"}) || !Boundary(s, k)) return Boundary(s, *j);
             *j = k;
             return true;
           });
  });
}

// \b(?:in|since|during|by|until|early|late|mid-?|end of|earlier in|later in)\s+(?:early\s+|late\s+|mid-?)? MONTH \b
bool InMonth(const Text& t, size_t pos, Match* m) {
  static constexpr FirstBytes kFirst = Starts({"i", "s", "d", "b", "u", "e", "l", "m"});
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) {
    std::string_view s = t.lower;
    if (!Boundary(s, i)) return false;
    auto month_at = [&](size_t j) {  // MONTH\b from j
      return MonthThen(t, j, &m->g[1], m, [&](size_t* end) { return Boundary(s, *end); });
    };
    for (std::string_view lead :
         {"in", "since", "during", "by", "until", "early", "late", "mid-", "mid", "end of", "earlier in", "later in"}) {
      size_t j = i;  // the leads' own spaces are one space each, as written in the regex
      if (!Lit(s, &j, lead) || !Spaces1(s, &j)) continue;
      for (std::string_view modifier : {"early ", "late ", "mid-", "mid"}) {
        size_t k = j;
        bool spaced = modifier.back() == ' ';
        if (!Lit(s, &k, spaced ? modifier.substr(0, modifier.size() - 1) : modifier) || (spaced && !Spaces1(s, &k)))
          continue;
        if (month_at(k)) return true;
      }
      if (month_at(j)) return true;
    }
    return false;
  });
}

// 昨\s*[（(]\s*(\d{1,2})\s*[）)]\s*[日天]
bool YesterdayNumbered(const Text& t, size_t pos, Match* m) {
  static constexpr FirstBytes kFirst = Starts({"昨"});
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) {
    std::string_view s = t.lower;
    if (!Lit(s, &i, "昨")) return false;
    i = Spaces(s, i);
    if (!Alt(s, &i, kOpen)) return false;
    i = Spaces(s, i);
    if (!Num(s, &i, &m->g[1])) return false;
    i = Spaces(s, i);
    if (!Alt(s, &i, kClose)) return false;
    i = Spaces(s, i);
    return Alt(s, &i, {"日", "天"}) && End(m, i);
  });
}

// (?:上|本|這|这|下)?(?:週|周|星期|禮拜|礼拜)[一二三四五六日天]\s*[（(]\s*(\d{1,2})\s*[日號号]?\s*[）)]
bool WeekdayNumbered(const Text& t, size_t pos, Match* m) {
  static constexpr FirstBytes kFirst = Starts({"上", "本", "這", "这", "下", "週", "周", "星", "禮", "礼"});
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) {
    std::string_view s = t.lower;
    auto rest = [&](size_t j) {
      if (!Alt(s, &j, kWeekWords) || !Alt(s, &j, kWeekDays)) return false;
      j = Spaces(s, j);
      if (!Alt(s, &j, kOpen)) return false;
      j = Spaces(s, j);
      if (!Num(s, &j, &m->g[1])) return false;
      j = Spaces(s, j);
      Alt(s, &j, kDayMarks);
      j = Spaces(s, j);
      return Alt(s, &j, kClose) && End(m, j);
    };
    size_t j = i;
    return (Alt(s, &j, {"上", "本", "這", "这", "下"}) && rest(j)) || rest(i);
  });
}

// [（(]\s*(\d{1,2})\s*[日號号]\s*[）)]
bool DayInBrackets(const Text& t, size_t pos, Match* m) {
  static const FirstBytes kFirst = Starts(kOpen);
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) {
    std::string_view s = t.lower;
    if (!Alt(s, &i, kOpen)) return false;
    i = Spaces(s, i);
    if (!Num(s, &i, &m->g[1])) return false;
    i = Spaces(s, i);
    if (!Alt(s, &i, kDayMarks)) return false;
    i = Spaces(s, i);
    return Alt(s, &i, kClose) && End(m, i);
  });
}

// (?:週|周|星期|禮拜|礼拜)([一二三四五六日天]) from j, the day into group `g`.
static bool WeekWordDay(const Text& t, size_t j, std::string_view* g, Match* m) {
  if (!Alt(t.lower, &j, kWeekWords)) return false;
  size_t day = j;
  if (!Alt(t.lower, &j, kWeekDays)) return false;
  *g = Group(t, day, j);
  m->end = j;
  return true;
}

// (上|本|這|这)(?:個|个)?(?:週|周|星期|禮拜|礼拜)([一二三四五六日天])
bool WeekdayOfWeek(const Text& t, size_t pos, Match* m) {
  static constexpr FirstBytes kFirst = Starts({"上", "本", "這", "这"});
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) {
    size_t j = i;
    if (!Alt(t.lower, &j, {"上", "本", "這", "这"})) return false;
    m->g[1] = Group(t, i, j);
    Alt(t.lower, &j, {"個", "个"});
    return WeekWordDay(t, j, &m->g[2], m);
  });
}

// (?:週|周|星期|禮拜|礼拜)([一二三四五六日天])
bool ChineseWeekday(const Text& t, size_t pos, Match* m) {
  static const FirstBytes kFirst = Starts(kWeekWords);
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) { return WeekWordDay(t, i, &m->g[1], m); });
}

// `leads`\s+WEEKDAY after \b, the weekday into group 1 (no \b after it).
static bool WeekdayAfter(const Text& t, size_t i, Alts leads, Match* m) {
  std::string_view s = t.lower;
  if (!Boundary(s, i)) return false;
  for (std::string_view lead : leads) {
    size_t j = i;
    if (!Lit(s, &j, lead) || !Spaces1(s, &j)) continue;
    size_t day = j;
    if (!Weekday(s, &j)) continue;
    m->g[1] = Group(t, day, j);
    m->end = j;
    return true;
  }
  return false;
}

// \blast\s+ WEEKDAY
bool LastWeekday(const Text& t, size_t pos, Match* m) {
  static constexpr FirstBytes kFirst = Starts({"l"});
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) { return WeekdayAfter(t, i, {"last"}, m); });
}

// \b(?:on|this|since|until|by|late|early)\s+ WEEKDAY
bool OnWeekday(const Text& t, size_t pos, Match* m) {
  static constexpr FirstBytes kFirst = Starts({"o", "t", "s", "u", "b", "l", "e"});
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) {
    return WeekdayAfter(t, i, {"on", "this", "since", "until", "by", "late", "early"}, m);
  });
}

// \b WEEKDAY \b
bool BareWeekday(const Text& t, size_t pos, Match* m) {
  static constexpr FirstBytes kFirst = Starts({"m", "t", "w", "f", "s"});
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) {
    size_t j = i;
    if (!Boundary(t.lower, i) || !Weekday(t.lower, &j) || !Boundary(t.lower, j)) return false;
    m->g[1] = Group(t, i, j);
    m->end = j;
    return true;
  });
}

// (phrase|...) as group 1, phrases as Words.
static bool PhraseAt(const Text& t, size_t i, Alts phrases, Match* m) {
  size_t j = i;
  if (!AltWords(t.lower, &j, phrases)) return false;
  m->g[1] = Group(t, i, j);
  m->end = j;
  return true;
}

// (昨天|昨日|前天|今天|今日|本日|yesterday|today)
bool DayWord(const Text& t, size_t pos, Match* m) {
  static const FirstBytes kFirst = Starts(kDayWords);
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) { return PhraseAt(t, i, kDayWords, m); });
}

// (\d{1,2})\s*(?:天前|日前)
bool DaysAgoDigits(const Text& t, size_t pos, Match* m) {
  return Leftmost(t, pos, m, kDigits, [](const Text& t, size_t i, Match* m) {
    if (!Num(t.lower, &i, &m->g[1])) return false;
    i = Spaces(t.lower, i);
    return Alt(t.lower, &i, {"天前", "日前"}) && End(m, i);
  });
}

// ([一二兩两三四五六七八九十])\s*(?:天前|日前)
bool DaysAgoNumeral(const Text& t, size_t pos, Match* m) {
  static constexpr FirstBytes kFirst = Starts({"一", "二", "兩", "两", "三", "四", "五", "六", "七", "八", "九", "十"});
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) {
    size_t j = i;
    if (!Alt(t.lower, &j, {"一", "二", "兩", "两", "三", "四", "五", "六", "七", "八", "九", "十"})) return false;
    m->g[1] = Group(t, i, j);
    j = Spaces(t.lower, j);
    return Alt(t.lower, &j, {"天前", "日前"}) && End(m, j);
  });
}

// \b(\d{1,2}|two|three|four|five|six)\s+days\s+ago\b
bool DaysAgoEnglish(const Text& t, size_t pos, Match* m) {
  static constexpr FirstBytes kFirst = Starts({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "t", "f", "s"});
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) {
    std::string_view s = t.lower;
    size_t j = i;
    if (!Boundary(s, i)) return false;
    if (Num(s, &j, &m->g[1])) {
      // \d{1,2} then \s+: a third digit fails either count
    } else if (Alt(s, &j, {"two", "three", "four", "five", "six"})) {
      m->g[1] = Group(t, i, j);
    } else {
      return false;
    }
    return Spaces1(s, &j) && Words(s, &j, "days ago") && Boundary(s, j) && End(m, j);
  });
}

// (\d{1,2})\s*[日號号]
bool DayOfMonth(const Text& t, size_t pos, Match* m) {
  return Leftmost(t, pos, m, kDigits, [](const Text& t, size_t i, Match* m) {
    if (!Num(t.lower, &i, &m->g[1])) return false;
    i = Spaces(t.lower, i);
    return Alt(t.lower, &i, kDayMarks) && End(m, i);
  });
}

// (上個月|上个月|上月|一個月前|一个月前|last\s+month|(?:a|one)\s+month\s+(?:ago|earlier|before|after))
bool LastMonth(const Text& t, size_t pos, Match* m) {
  static const FirstBytes kFirst = Starts(kLastMonth);
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) { return PhraseAt(t, i, kLastMonth, m); });
}

// (上週|上周|上星期|上禮拜|上礼拜|last\s+week|past\s+week|a\s+week\s+ago)
bool LastWeek(const Text& t, size_t pos, Match* m) {
  static const FirstBytes kFirst = Starts(kLastWeek);
  return Leftmost(t, pos, m, kFirst, [](const Text& t, size_t i, Match* m) { return PhraseAt(t, i, kLastWeek, m); });
}

// (本週|本周|這週|这周|這星期|这星期|近日|近期|日前|本月|這個月|这个月|this\s+week|this\s+month|
//  earlier\s+this\s+month|recent\s+days|this\s+past\s+week|earlier\s+this\s+week)
bool ThisWeekOrMonth(const Text& t, size_t pos, Match* m) {
  static const FirstBytes kFirst = Starts(kThisWeekOrMonth);
  return Leftmost(t, pos, m, kFirst,
                  [](const Text& t, size_t i, Match* m) { return PhraseAt(t, i, kThisWeekOrMonth, m); });
}

}  // namespace news::date_match
