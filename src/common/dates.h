// Calendar arithmetic for publication dates, event dates and ISO weeks
// (Monday to Sunday), without time zones: a day is a proleptic Gregorian
// civil date.
//
//   std::optional<Day> d = ParseIsoDay("2026-02-14");
//   std::string w = IsoWeekOf(*d);                 // "2026-W07"
//   auto range = ParseIsoWeek("2026-W07");        // Mon 2026-02-09 .. Sun 2026-02-15
//
// Pure functions, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace news {

struct Day {
  int year = 1970, month = 1, day = 1;
  bool operator==(const Day&) const = default;
};

long DaysFromCivil(const Day& d);  // days since 1970-01-01
Day CivilFromDays(long days);
Day AddDays(const Day& d, long n);
int Weekday(const Day& d);  // 1 = Monday ... 7 = Sunday (ISO)
bool IsValidDay(const Day& d);

std::string FormatDay(const Day& d);  // YYYY-MM-DD
std::optional<Day> ParseIsoDay(std::string_view s);  // exactly YYYY-MM-DD

struct WeekRange {
  std::string label;  // YYYY-Www
  Day monday, sunday;
};
std::string IsoWeekOf(const Day& d);
std::optional<WeekRange> ParseIsoWeek(std::string_view s);  // YYYY-Www
WeekRange WeekContaining(const Day& d);

// A user date filter: YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www, as the first and
// last day it covers. nullopt when it is none of those.
struct DayRange { Day first, last; };
std::optional<DayRange> ParseDateFilter(std::string_view s);

Day TodayUtc();

}  // namespace news
