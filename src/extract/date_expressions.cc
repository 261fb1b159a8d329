#include "extract/date_expressions.h"

#include <re2/re2.h>

#include "extract/date_matchers.h"
#include "lexicon/aho_corasick.h"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>

namespace news {

namespace {

struct Captures {
  std::string g[4];
  int Int(int i) const { return g[i].empty() ? 0 : std::atoi(g[i].c_str()); }
};

// What a resolver returns: a date and its rule, or nothing when the match is
// not a usable date (an impossible day, no publication date to anchor it).
struct Resolved {
  std::string date, rule;
  bool vague = false;
};
using Resolver = std::function<std::optional<Resolved>(const Captures&, const std::optional<Day>&)>;

// Every pattern has a hand matcher (date_matchers.h) that finds what its
// regex finds; the regex, compiled on first use, runs only for sentences the
// matchers cannot read (NeedsRegex) and in tests. `atoms` are literals of
// which every match contains at least one (lower case; the sentence is
// searched ASCII-lowered), so a pattern whose atoms are all absent is skipped.
constexpr size_t kMaxAtoms = 256;
// An atom opening with this marker is the rest right after an ASCII digit, or
// after a digit and a space when the rest is not ASCII ("2月", "19 日", "2026-").
constexpr std::string_view kAfterDigit = "\\d";

struct DatePattern {
  std::string source;
  std::vector<std::string> atoms;
  std::bitset<kMaxAtoms> atom_bits;  // bit i: atom key i of the shared automaton (see DatePatterns)
  Resolver resolve;
  bool needs_boundary = false;  // a leading digit must not follow another digit or 年/月
  bool needs_digit = false;     // every match holds an ASCII digit (\d): skipped in sentences without one
  // Literals of which every match holds one, read off the regex itself (unlike
  // `atoms`, which may miss "2026  年"): a Latin one has no 'k' or 's', which
  // case-insensitive RE2 also matches as K (Kelvin) and ſ. Empty: unknown.
  std::vector<std::string> required;
  // Finds what the regex finds (date_matchers.h), without compiling it.
  date_match::Matcher hand = nullptr;

  // Whether a match from `pos` on could still count: some required literal
  // lies in the lowered sentence there outside every claimed span. Else any
  // further match overlaps a claimed span and would be dropped, and the
  // searches that would find it ("3月" of "3月2日", a bare "Monday" after "on
  // Monday") or find none are skipped: each cost as much as finding a date.
  bool MayMatchFrom(std::string_view lowered, size_t pos, const std::vector<std::pair<size_t, size_t>>& claimed) const {
    if (required.empty()) return true;
    for (const std::string& r : required)
      for (size_t at = lowered.find(r, pos); at != std::string_view::npos; at = lowered.find(r, at + 1)) {
        bool inside = std::any_of(claimed.begin(), claimed.end(),
                                  [&](const auto& d) { return at < d.second && d.first < at + r.size(); });
        if (!inside) return true;
      }
    return false;
  }

  const RE2& Compiled() const {
    std::call_once(once_, [this] {
      RE2::Options o;
      o.set_case_sensitive(false);
      re_ = std::make_unique<RE2>(source, o);
    });
    return *re_;
  }

 private:
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> re_;
};

std::string Month(int y, int m) {
  if (y < 0 || y > 9999 || m < 0 || m > 99) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    return buf;
  }
  // By hand: snprintf cost as much as finding the date.
  return {static_cast<char>('0' + y / 1000), static_cast<char>('0' + y / 100 % 10), static_cast<char>('0' + y / 10 % 10),
          static_cast<char>('0' + y % 10), '-', static_cast<char>('0' + m / 10), static_cast<char>('0' + m % 10)};
}

// FormatDay's YYYY-MM-DD, by hand as Month() is.
std::string DayText(const Day& d) {
  if (d.day < 0 || d.day > 99) return FormatDay(d);
  return Month(d.year, d.month) + '-' + static_cast<char>('0' + d.day / 10) + static_cast<char>('0' + d.day % 10);
}

std::optional<Resolved> DayOf(int y, int m, int d, const char* rule) {
  Day day{y, m, d};
  if (!IsValidDay(day)) return std::nullopt;
  return Resolved{DayText(day), rule};
}

std::optional<Resolved> MonthOf(int y, int m, const char* rule) {
  if (m < 1 || m > 12 || y < 1900 || y > 2100) return std::nullopt;
  return Resolved{Month(y, m), rule};
}

int MonthFromName(const std::string& name) {
  static const char* kNames[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string lower;
  for (char c : name.substr(0, 3)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int i = 0; i < 12; ++i)
    if (lower == kNames[i]) return i + 1;
  return 0;
}

// 一..十二 as a month number; 0 when it is none.
int ChineseMonth(const std::string& s) {
  static const char* kNumerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
  for (int i = 0; i < 12; ++i)
    if (s == kNumerals[i]) return i + 1;
  return 0;
}

int WeekdayFromName(const std::string& s) {
  static const char* kEn[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  static const char* kZh[] = {"一", "二", "三", "四", "五", "六", "日"};
  std::string lower;
  for (char c : s.substr(0, 3)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int i = 0; i < 7; ++i)
    if (lower == kEn[i] || s == kZh[i]) return i + 1;
  if (s == "天") return 7;
  return 0;
}

// A month with no year: the publication year, or the year before when that
// would put the month well after publication ("12月" in a January article).
int YearForMonth(int month, const Day& pub) { return month > pub.month + 1 ? pub.year - 1 : pub.year; }

// A day of month with no month: this month, or the previous one when the day
// is still ahead of publication ("昨（28）日" in an article of the 1st).
std::optional<Resolved> DayInRecentMonth(int d, const Day& pub, const char* rule) {
  Day day{pub.year, pub.month, d};
  if (d > pub.day) day.month -= 1;
  if (day.month == 0) { day.month = 12; day.year -= 1; }
  if (!IsValidDay(day)) return std::nullopt;
  return Resolved{DayText(day), rule};
}

// The most recent `weekday` strictly before pub (`on Monday` in a Tuesday
// article is yesterday; in a Monday article it is today's date a week ago
// unless `allow_today`).
Day PreviousWeekday(const Day& pub, int weekday, bool allow_today) {
  int back = (Weekday(pub) - weekday + 7) % 7;
  if (back == 0 && !allow_today) back = 7;
  return AddDays(pub, -back);
}

Day WeekdayInWeek(const Day& pub, int weekday, int weeks_back) {
  Day monday = AddDays(pub, -(Weekday(pub) - 1) - 7 * weeks_back);
  return AddDays(monday, weekday - 1);
}

std::string PreviousMonth(const Day& pub) {
  return pub.month == 1 ? Month(pub.year - 1, 12) : Month(pub.year, pub.month - 1);
}

const char* kMonthNames =
    "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
    "Nov(?:ember)?|Dec(?:ember)?)";
const char* kWeekdays = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

using Atoms = std::vector<std::string>;

std::vector<std::unique_ptr<DatePattern>> BuildPatterns() {
  std::vector<std::unique_ptr<DatePattern>> p;
  auto add = [&p](date_match::Matcher hand, Atoms atoms, std::string re, Resolver r, bool boundary = false) {
    auto d = std::make_unique<DatePattern>();
    d->hand = hand;
    d->source = std::move(re);
    d->atoms = std::move(atoms);
    d->resolve = std::move(r);
    d->needs_boundary = boundary;
    p.push_back(std::move(d));
  };
  const Atoms months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  // A week word and its day ("週五", "星期天"): 周 alone is in most Chinese
  // sentences (周边, 一周, 周期), the pair in few.
  Atoms weeks;
  for (const char* w : {"週", "周", "星期", "禮拜", "礼拜"})
    for (const char* d : {"一", "二", "三", "四", "五", "六", "日", "天"}) weeks.push_back(std::string(w) + d);
  const Atoms kWeekWords = {"週", "周", "星期", "禮拜", "礼拜"};
  const Atoms weekdays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  // A digit right before a character ("2月", "19 日", "2026-"): far rarer
  // than the character alone (月 and 日 are in most Chinese sentences).
  // Written kAfterDigit + tail: the automaton holds the tail once, and a hit
  // counts only after a digit (see DatePatterns::Present), instead of ten
  // digits times two spacings of keys to build in every process.
  auto after_digit = [](std::initializer_list<const char*> tails) {
    Atoms out;
    for (const char* t : tails) out.push_back(std::string(kAfterDigit) + t);
    return out;
  };
  const Atoms digit_year = after_digit({"年"}), digit_month = after_digit({"月"}), digit_day = after_digit({"日", "號", "号"});
  const Atoms digit_dash = after_digit({"-"}), digit_slash = after_digit({"/"});
  const Atoms zh_months = {"一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月"};
  using C = const Captures&;
  using P = const std::optional<Day>&;
  std::string mn = kMonthNames, wd = kWeekdays;
  // Absolute days and months.
  add(date_match::YearMonthDay, digit_year, R"((\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号])", [](C c, P) { return DayOf(c.Int(1), c.Int(2), c.Int(3), "absolute"); });
  p.back()->required = {"年"};
  add(date_match::IsoDay, digit_dash, R"((\d{4})-(\d{1,2})-(\d{1,2}))", [](C c, P) { return DayOf(c.Int(1), c.Int(2), c.Int(3), "absolute"); }, true);
  p.back()->required = {"-"};
  add(date_match::SlashDay, digit_slash, R"((\d{4})/(\d{1,2})/(\d{1,2}))", [](C c, P) { return DayOf(c.Int(1), c.Int(2), c.Int(3), "absolute"); }, true);
  p.back()->required = {"/"};
  add(date_match::MonthDayYear, months, R"(\b)" + mn + R"(\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))",
      [](C c, P) { return DayOf(c.Int(3), MonthFromName(c.g[1]), c.Int(2), "absolute"); });
  p.back()->needs_digit = true;
  add(date_match::DayMonthYear, months, R"(\b(\d{1,2})\s+)" + mn + R"(,?\s+(\d{4}))", [](C c, P) { return DayOf(c.Int(3), MonthFromName(c.g[2]), c.Int(1), "absolute"); });
  p.back()->needs_digit = true;
  add(date_match::YearMonth, digit_year, R"((\d{4})\s*年\s*(\d{1,2})\s*月)", [](C c, P) { return MonthOf(c.Int(1), c.Int(2), "absolute"); });
  p.back()->required = {"年"};
  add(date_match::MonthYear, months, R"(\b)" + mn + R"(\s+(?:of\s+)?(\d{4})\b)", [](C c, P) { return MonthOf(c.Int(2), MonthFromName(c.g[1]), "absolute"); });
  p.back()->needs_digit = true;
  // Partial: a month or day whose year comes from the publication date.
  add(date_match::ThisYearMonthDay, {"今年", "去年"}, R"((今年|去年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号])", [](C c, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    return DayOf(pub->year - (c.g[1] == "去年"), c.Int(2), c.Int(3), "partial");
  });
  p.back()->required = {"今年", "去年"};
  add(date_match::ThisYearMonth, {"今年", "去年"}, R"((今年|去年)\s*(\d{1,2})\s*月)", [](C c, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    return MonthOf(pub->year - (c.g[1] == "去年"), c.Int(2), "partial");
  });
  p.back()->required = {"今年", "去年"};
  add(date_match::MonthDay, digit_month, R"((\d{1,2})\s*月\s*(\d{1,2})\s*[日號号])", [](C c, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    return DayOf(YearForMonth(c.Int(1), *pub), c.Int(1), c.Int(2), "partial");
  }, true);
  p.back()->required = {"月"};
  add(date_match::MonthPart, digit_month, R"((\d{1,2})\s*月(?:份|初|中旬|下旬|上旬|底|末|中)?)", [](C c, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    return MonthOf(YearForMonth(c.Int(1), *pub), c.Int(1), "partial");
  }, true);
  p.back()->required = {"月"};
  // A month in Chinese numerals ("四月底", "去年十二月"): the numeral must
  // start the expression (not "第三月", "三個月" never matches).
  add(date_match::NumeralMonth, zh_months, R"((今年|去年)?(十[一二]|[一二三四五六七八九十])月(?:份|初|中旬|下旬|上旬|底|末|中)?)", [](C c, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    int m = ChineseMonth(c.g[2]);
    if (c.g[1].empty()) return MonthOf(YearForMonth(m, *pub), m, "partial");
    return MonthOf(pub->year - (c.g[1] == "去年"), m, "partial");
  }, true);
  p.back()->required = {"月"};
  add(date_match::MonthNameDay, months, R"(\b)" + mn + R"(\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b)", [](C c, P pub) -> std::optional<Resolved> {
    int m = MonthFromName(c.g[1]);
    if (!pub || m == 0) return std::nullopt;
    return DayOf(YearForMonth(m, *pub), m, c.Int(2), "partial");
  });
  p.back()->needs_digit = true;
  add(date_match::InMonth, months, R"(\b(?:in|since|during|by|until|early|late|mid-?|end of|earlier in|later in)\s+(?:early\s+|late\s+|mid-?)?)" + mn + R"(\b)",
      [](C c, P pub) -> std::optional<Resolved> {
        int m = MonthFromName(c.g[1]);
        if (!pub || m == 0) return std::nullopt;
        return MonthOf(YearForMonth(m, *pub), m, "partial");
      });
  // Relative to the publication date.
  add(date_match::YesterdayNumbered, {"昨"}, R"(昨\s*[（(]\s*(\d{1,2})\s*[）)]\s*[日天])", [](C c, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    return DayInRecentMonth(c.Int(1), *pub, "relative");
  });
  p.back()->needs_digit = true;
  p.back()->required = {"昨"};
  add(date_match::WeekdayNumbered, weeks, R"((?:上|本|這|这|下)?(?:週|周|星期|禮拜|礼拜)[一二三四五六日天]\s*[（(]\s*(\d{1,2})\s*[日號号]?\s*[）)])",
      [](C c, P pub) -> std::optional<Resolved> {
        if (!pub) return std::nullopt;
        return DayInRecentMonth(c.Int(1), *pub, "relative");
      });
  p.back()->needs_digit = true;
  p.back()->required = kWeekWords;
  add(date_match::DayInBrackets, {"（", "("}, R"([（(]\s*(\d{1,2})\s*[日號号]\s*[）)])", [](C c, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    return DayInRecentMonth(c.Int(1), *pub, "relative");
  });
  p.back()->needs_digit = true;
  p.back()->required = {"（", "("};
  add(date_match::WeekdayOfWeek, weeks, R"((上|本|這|这)(?:個|个)?(?:週|周|星期|禮拜|礼拜)([一二三四五六日天]))", [](C c, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    int back = c.g[1] == "上" ? 1 : 0;
    return Resolved{DayText(WeekdayInWeek(*pub, WeekdayFromName(c.g[2]), back)), "relative"};
  });
  p.back()->required = kWeekWords;
  add(date_match::ChineseWeekday, weeks, R"((?:週|周|星期|禮拜|礼拜)([一二三四五六日天]))", [](C c, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    return Resolved{DayText(PreviousWeekday(*pub, WeekdayFromName(c.g[1]), true)), "relative"};
  });
  p.back()->required = kWeekWords;
  add(date_match::LastWeekday, weekdays, R"(\blast\s+)" + wd, [](C c, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    return Resolved{DayText(PreviousWeekday(*pub, WeekdayFromName(c.g[1]), false)), "relative"};
  });
  p.back()->required = {"day"};
  add(date_match::OnWeekday, weekdays, R"(\b(?:on|this|since|until|by|late|early)\s+)" + wd, [](C c, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    return Resolved{DayText(PreviousWeekday(*pub, WeekdayFromName(c.g[1]), true)), "relative"};
  });
  p.back()->required = {"day"};
  // A bare weekday ("Her first day was Monday.", "said Tuesday"): the most
  // recent one, as with "on".
  add(date_match::BareWeekday, weekdays, R"(\b)" + wd + R"(\b)", [](C c, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    return Resolved{DayText(PreviousWeekday(*pub, WeekdayFromName(c.g[1]), true)), "relative"};
  });
  p.back()->required = {"day"};
  add(date_match::DayWord, {"昨天", "昨日", "前天", "今天", "今日", "本日", "yesterday", "today"}, R"((昨天|昨日|前天|今天|今日|本日|yesterday|today))", [](C c, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    const std::string& w = c.g[1];
    long back = (w == "前天") ? 2 : (w == "今天" || w == "今日" || w == "本日" || w == "today" || w == "Today") ? 0 : 1;
    return Resolved{DayText(AddDays(*pub, -back)), "relative"};
  });
  p.back()->required = {"天", "日", "day"};
  add(date_match::DaysAgoDigits, {"天前", "日前"}, R"((\d{1,2})\s*(?:天前|日前))", [](C c, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    return Resolved{DayText(AddDays(*pub, -c.Int(1))), "relative"};
  });
  p.back()->needs_digit = true;
  p.back()->required = {"前"};
  add(date_match::DaysAgoNumeral, {"天前", "日前"}, R"(([一二兩两三四五六七八九十])\s*(?:天前|日前))", [](C c, P pub) -> std::optional<Resolved> {
    static const std::string kDigits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (!pub) return std::nullopt;
    int n = c.g[1] == "兩" || c.g[1] == "两" ? 2 : 0;
    for (int i = 0; i < 10; ++i)
      if (c.g[1] == kDigits[i]) n = i + 1;
    return Resolved{DayText(AddDays(*pub, -n)), "relative"};
  });
  p.back()->required = {"前"};
  add(date_match::DaysAgoEnglish, {"ago"}, R"(\b(\d{1,2}|two|three|four|five|six)\s+days\s+ago\b)", [](C c, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    static const char* kWords[] = {"two", "three", "four", "five", "six"};
    int n = c.Int(1);
    for (int i = 0; i < 5; ++i)
      if (c.g[1] == kWords[i]) n = i + 2;
    return Resolved{DayText(AddDays(*pub, -n)), "relative"};
  });
  p.back()->required = {"ago"};
  add(date_match::DayOfMonth, digit_day, R"((\d{1,2})\s*[日號号])", [](C c, P pub) -> std::optional<Resolved> {  // 於美國時間19日發表
    if (!pub) return std::nullopt;
    return DayInRecentMonth(c.Int(1), *pub, "relative");
  }, true);
  p.back()->required = {"日", "號", "号"};
  add(date_match::LastMonth, {"上個月", "上个月", "上月", "個月前", "个月前", "month"}, R"((上個月|上个月|上月|一個月前|一个月前|last\s+month|(?:a|one)\s+month\s+(?:ago|earlier|before|after)))", [](C, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    return Resolved{PreviousMonth(*pub), "relative"};
  });
  p.back()->required = {"月", "month"};
  // Vague times: the month they fall in.
  add(date_match::LastWeek, {"上週", "上周", "上星期", "上禮拜", "上礼拜", "week"}, R"((上週|上周|上星期|上禮拜|上礼拜|last\s+week|past\s+week|a\s+week\s+ago))", [](C, P pub) -> std::optional<Resolved> {
    if (!pub) return std::nullopt;
    Day d = AddDays(*pub, -7);
    return Resolved{Month(d.year, d.month), "relative", true};
  });
  p.back()->required = {"上", "wee"};
  add(date_match::ThisWeekOrMonth, {"本週", "本周", "這週", "这周", "這星期", "这星期", "近日", "近期", "日前", "本月", "這個月", "这个月", "week", "month", "recent"}, R"((本週|本周|這週|这周|這星期|这星期|近日|近期|日前|本月|這個月|这个月|this\s+week|this\s+month|earlier\s+this\s+month|recent\s+days|this\s+past\s+week|earlier\s+this\s+week))",
      [](C, P pub) -> std::optional<Resolved> {
        if (!pub) return std::nullopt;
        return Resolved{Month(pub->year, pub->month), "relative", true};
      });
  p.back()->required = {"本", "這", "这", "近", "前", "thi", "recent"};
  return p;
}

bool IsWordByte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

// Whether a month name of kMonthNames can stand at `begin` of the lowered
// sentence as the patterns use it: each has \b, \s or "mid" (mid-?) before
// the name and '.', ',', \s or \b after it, so the name is a whole form
// followed by a non-word byte ("market", "decade", "mayor" hold no month;
// RE2's \b is ASCII-only, like this test). A form cut short by a non-ASCII
// byte counts: case-insensitive RE2 takes U+017F for 's' ("Auguſt").
bool MonthNameAt(std::string_view lowered, size_t begin) {
  static const std::string_view kForms[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                            "september", "sepember", "sept", "october", "november", "december"};
  if (begin > 0 && IsWordByte(lowered[begin - 1]) && !(begin >= 3 && lowered.substr(begin - 3, 3) == "mid")) return false;
  std::string_view rest = lowered.substr(begin);
  for (std::string_view form : kForms) {
    size_t n = 0;  // bytes of the form at `begin`
    while (n < form.size() && n < rest.size() && rest[n] == form[n]) ++n;
    if (n < 3) continue;
    if (n == rest.size() || static_cast<unsigned char>(rest[n]) >= 0x80) return true;
    // Every three-letter prefix is a form too ("jan", "sep"), as is "sept".
    bool form_end = n == form.size() || n == 3 || (form.substr(0, 4) == "sept" && n == 4);
    if (form_end && !IsWordByte(rest[n])) return true;
  }
  return false;
}

// The patterns and one automaton over all their atoms: a single pass over a
// sentence tells which patterns may match (most sentences have no date).
struct DatePatterns {
  std::vector<std::unique_ptr<DatePattern>> list;
  AhoCorasick atoms;
  std::bitset<kMaxAtoms> month_atoms;  // "jan" .. "dec": count only where MonthNameAt
  std::bitset<kMaxAtoms> digit_atoms;  // written after kAfterDigit: count only where AfterDigit

  // Bit i set when atom key i occurs in the ASCII-lowered sentence.
  std::bitset<kMaxAtoms> Present(std::string_view lowered) const {
    thread_local std::vector<AhoCorasick::Hit> hits;  // kept: one allocation a thread, not one a sentence
    hits.clear();
    atoms.FindAll(lowered, &hits);
    std::bitset<kMaxAtoms> bits;
    for (const AhoCorasick::Hit& h : hits)
      if ((!month_atoms.test(h.key) || MonthNameAt(lowered, h.begin)) &&
          (!digit_atoms.test(h.key) || AfterDigit(lowered, h.begin)))
        bits.set(h.key);
    return bits;
  }

  // Whether a kAfterDigit atom's hit at `begin` has its digit before it.
  static bool AfterDigit(std::string_view lowered, size_t begin) {
    auto digit = [&](size_t i) { return lowered[i] >= '0' && lowered[i] <= '9'; };
    if (begin >= 1 && digit(begin - 1)) return true;
    bool wide = static_cast<unsigned char>(lowered[begin]) >= 0x80;
    return wide && begin >= 2 && lowered[begin - 1] == ' ' && digit(begin - 2);
  }
};

DatePatterns BuildPatternSet() {
  DatePatterns d;
  d.list = BuildPatterns();
  for (auto& p : d.list)
    for (const std::string& a : p->atoms) {
      bool after_digit = std::string_view(a).substr(0, kAfterDigit.size()) == kAfterDigit;
      int k = d.atoms.Add(after_digit ? std::string_view(a).substr(kAfterDigit.size()) : std::string_view(a));
      if (k >= 0 && k < static_cast<int>(kMaxAtoms)) p->atom_bits.set(k);
      else p->atom_bits.set();  // cannot be told apart: always tried
      if (after_digit && k >= 0 && k < static_cast<int>(kMaxAtoms)) d.digit_atoms.set(k);
    }
  d.atoms.Build();
  for (const char* m : {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}) {
    std::vector<AhoCorasick::Hit> hits;  // the atom's key: the hit that spans all of it
    d.atoms.FindAll(m, &hits);
    for (const AhoCorasick::Hit& h : hits)
      if (h.begin == 0 && h.end == std::string_view(m).size() && h.key < static_cast<int>(kMaxAtoms)) d.month_atoms.set(h.key);
  }
  return d;
}

const DatePatterns& Patterns() {
  // Never destroyed: tearing the patterns down cost every process ~0.17M
  // instructions at exit, for memory the exit frees anyway.
  static const DatePatterns* const kPatterns = new DatePatterns(BuildPatternSet());
  return *kPatterns;
}

bool PrecededByDigitOrDate(std::string_view s, size_t pos) {
  if (pos == 0) return false;
  unsigned char c = s[pos - 1];
  if (c >= '0' && c <= '9') return true;
  // 年 (E5 B9 B4) and 月 (E6 9C 88) right before a bare number belong to a
  // longer expression that an earlier pattern handles.
  if (pos >= 3) {
    std::string_view prev = s.substr(pos - 3, 3);
    if (prev == "年" || prev == "月" || prev == "至" || prev == "到") return true;
  }
  return false;
}


// The next match of `p` in the sentence from `pos` on, by hand or by RE2.
bool NextMatch(const DatePattern& p, const date_match::Text& t, size_t pos, bool by_hand, date_match::Match* m) {
  if (by_hand && p.hand) return p.hand(t, pos, m);
  const RE2& re = p.Compiled();
  int n = std::min(re.NumberOfCapturingGroups(), 3);
  re2::StringPiece groups[4];
  if (!re.Match(re2::StringPiece(t.s.data(), t.s.size()), pos, t.s.size(), RE2::UNANCHORED, groups, n + 1)) return false;
  m->begin = groups[0].data() - t.s.data();
  m->end = m->begin + groups[0].size();
  for (int i = 1; i <= 3; ++i) m->g[i] = i <= n && groups[i].data() ? std::string_view(groups[i].data(), groups[i].size()) : "";
  return true;
}

std::vector<DateExpression> Find(std::string_view sentence, const std::optional<Day>& published, bool by_hand) {
  std::vector<DateExpression> found;
  // Spans a pattern matched, even when it resolved to nothing (bytes: the same in `lowered`).
  std::vector<std::pair<size_t, size_t>> claimed;
  thread_local std::string lowered;  // kept: one allocation a thread, not one a sentence
  lowered.assign(sentence);
  for (char& c : lowered)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  const DatePatterns& all = Patterns();
  std::bitset<kMaxAtoms> present = all.Present(lowered);
  if (present.none()) return found;
  bool has_digit = std::any_of(lowered.begin(), lowered.end(), [](char c) { return c >= '0' && c <= '9'; });
  by_hand = by_hand && !date_match::NeedsRegex(lowered);
  date_match::Text text{sentence, lowered};
  for (const auto& pattern : all.list) {
    const DatePattern& p = *pattern;
    if ((p.atom_bits & present).none() || (p.needs_digit && !has_digit)) continue;
    date_match::Match m;
    size_t pos = 0;
    while (pos <= sentence.size() && ((pos == 0 && claimed.empty()) || p.MayMatchFrom(lowered, pos, claimed)) &&
           NextMatch(p, text, pos, by_hand, &m)) {
      size_t begin = m.begin, end = m.end;
      pos = end > begin ? end : begin + 1;
      bool overlaps = std::any_of(claimed.begin(), claimed.end(), [&](const auto& d) { return begin < d.second && d.first < end; });
      if (overlaps || (p.needs_boundary && PrecededByDigitOrDate(sentence, begin))) continue;
      Captures c;
      for (int i = 1; i <= 3; ++i) c.g[i] = std::string(m.g[i]);
      claimed.push_back({begin, end});  // "2月30日" is no day, and not "2月" either
      if (auto r = p.resolve(c, published)) found.push_back({begin, end, r->date, r->rule, r->vague});
    }
  }
  std::sort(found.begin(), found.end(), [](const DateExpression& a, const DateExpression& b) { return a.begin < b.begin; });
  return found;
}

}  // namespace

std::vector<DateExpression> FindDateExpressions(std::string_view sentence, const std::optional<Day>& published) {
  return Find(sentence, published, /*by_hand=*/true);
}

std::vector<DateExpression> FindDateExpressionsByRegex(std::string_view sentence, const std::optional<Day>& published) {
  return Find(sentence, published, /*by_hand=*/false);
}

}  // namespace news
