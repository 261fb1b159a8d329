// Hand matchers for the date patterns of date_expressions.cc (not for other
// modules). Each finds what RE2::Match(UNANCHORED) of its pattern finds from
// a start offset: the leftmost match, and at that start the one RE2's
// leftmost-first choices give (greedy quantifiers, alternatives in order),
// with the same groups. FindDateExpressions runs them instead of RE2, which
// then neither compiles (~1M instructions a process) nor runs: per sentence,
// ~25 RE2 objects' DFA caches were the cache misses of date finding.
//
//   date_match::Text t{sentence, lowered};
//   date_match::Match m;
//   if (date_match::MonthDay(t, 0, &m)) ...   // "3月9日": m.g[1] == "3", m.g[2] == "9"
//
// Offsets are bytes into the sentence. The patterns are case-insensitive:
// the matchers compare against the ASCII-lowered copy. They do not know
// that RE2 also folds U+017F (ſ) and U+212A (K) into s and k: the caller
// leaves sentences holding either to RE2 (see NeedsRegex). Pure functions.
#pragma once

#include <string_view>

namespace news::date_match {

// The sentence and its ASCII-lowered copy (same length, same offsets).
struct Text {
  std::string_view s, lower;
};

struct Match {
  size_t begin = 0, end = 0;
  std::string_view g[4];  // groups 1..3 as views into Text::s; empty when the group took no part
};

// The leftmost match at or after `pos`; false when there is none.
using Matcher = bool (*)(const Text& t, size_t pos, Match* m);

// Whether the sentence holds a character RE2's case folding treats as an
// ASCII letter (ſ, K): the hand matchers would miss what RE2 finds there.
bool NeedsRegex(std::string_view lowered);

// One per pattern of date_expressions.cc's BuildPatterns, in its order; the
// comment over each definition gives its regex.
bool YearMonthDay(const Text& t, size_t pos, Match* m);        // 2026年2月14日
bool IsoDay(const Text& t, size_t pos, Match* m);              // 2026-02-14
bool SlashDay(const Text& t, size_t pos, Match* m);            // 2026/02/14
bool MonthDayYear(const Text& t, size_t pos, Match* m);        // Feb. 14, 2026
bool DayMonthYear(const Text& t, size_t pos, Match* m);        // 14 February 2026
bool YearMonth(const Text& t, size_t pos, Match* m);           // 2026年2月
bool MonthYear(const Text& t, size_t pos, Match* m);           // March 2025
bool ThisYearMonthDay(const Text& t, size_t pos, Match* m);    // 今年2月14日
bool ThisYearMonth(const Text& t, size_t pos, Match* m);       // 去年12月
bool MonthDay(const Text& t, size_t pos, Match* m);            // 3月9日
bool MonthPart(const Text& t, size_t pos, Match* m);           // 2月中旬
bool NumeralMonth(const Text& t, size_t pos, Match* m);        // 四月底
bool MonthNameDay(const Text& t, size_t pos, Match* m);        // February 12
bool InMonth(const Text& t, size_t pos, Match* m);             // in early February
bool YesterdayNumbered(const Text& t, size_t pos, Match* m);   // 昨（28）日
bool WeekdayNumbered(const Text& t, size_t pos, Match* m);     // 上週五（6日）
bool DayInBrackets(const Text& t, size_t pos, Match* m);       // （6日）
bool WeekdayOfWeek(const Text& t, size_t pos, Match* m);       // 上周三
bool ChineseWeekday(const Text& t, size_t pos, Match* m);      // 週五
bool LastWeekday(const Text& t, size_t pos, Match* m);         // last Tuesday
bool OnWeekday(const Text& t, size_t pos, Match* m);           // on Monday
bool BareWeekday(const Text& t, size_t pos, Match* m);         // Monday
bool DayWord(const Text& t, size_t pos, Match* m);             // 昨天, yesterday
bool DaysAgoDigits(const Text& t, size_t pos, Match* m);       // 3天前
bool DaysAgoNumeral(const Text& t, size_t pos, Match* m);      // 三天前
bool DaysAgoEnglish(const Text& t, size_t pos, Match* m);      // two days ago
bool DayOfMonth(const Text& t, size_t pos, Match* m);          // 19日
bool LastMonth(const Text& t, size_t pos, Match* m);           // 上個月, last month
bool LastWeek(const Text& t, size_t pos, Match* m);            // 上週, last week
bool ThisWeekOrMonth(const Text& t, size_t pos, Match* m);     // 本週, 近日, this month

}  // namespace news::date_match
