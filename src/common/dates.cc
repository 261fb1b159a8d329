#include "common/dates.h"

#include <charconv>
#include <ctime>

namespace news {

// Howard Hinnant's days_from_civil algorithm.
long DaysFromCivil(const Day& d) {
  int y = d.year - (d.month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned mp = (d.month + 9) % 12;
  unsigned doy = (153 * mp + 2) / 5 + d.day - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Day CivilFromDays(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Day{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

Day AddDays(const Day& d, long n) { return CivilFromDays(DaysFromCivil(d) + n); }

int Weekday(const Day& d) {
  long z = DaysFromCivil(d);  // 1970-01-01 was a Thursday (4)
  long w = ((z % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<int>(w) + 1;
}

static int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

bool IsValidDay(const Day& d) {
  return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= DaysInMonth(d.year, d.month);
}

std::string FormatDay(const Day& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

static bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  return std::from_chars(s.data(), s.data() + s.size(), *out).ec == std::errc();
}

std::optional<Day> ParseIsoDay(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  Day d;
  if (!ParseInt(s.substr(0, 4), &d.year) || !ParseInt(s.substr(5, 2), &d.month) ||
      !ParseInt(s.substr(8, 2), &d.day) || !IsValidDay(d))
    return std::nullopt;
  return d;
}

static Day MondayOfWeek1(int iso_year) {
  Day jan4{iso_year, 1, 4};
  return AddDays(jan4, -(Weekday(jan4) - 1));
}

WeekRange WeekContaining(const Day& d) {
  Day monday = AddDays(d, -(Weekday(d) - 1));
  Day thursday = AddDays(monday, 3);  // the ISO year is the Thursday's year
  long week = (DaysFromCivil(monday) - DaysFromCivil(MondayOfWeek1(thursday.year))) / 7 + 1;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", thursday.year, static_cast<int>(week));
  return WeekRange{buf, monday, AddDays(monday, 6)};
}

std::string IsoWeekOf(const Day& d) { return WeekContaining(d).label; }

std::optional<WeekRange> ParseIsoWeek(std::string_view s) {
  if (s.size() != 8 || s[4] != '-' || (s[5] != 'W' && s[5] != 'w')) return std::nullopt;
  int year, week;
  if (!ParseInt(s.substr(0, 4), &year) || !ParseInt(s.substr(6, 2), &week)) return std::nullopt;
  if (year < 1 || week < 1 || week > 53) return std::nullopt;
  Day monday = AddDays(MondayOfWeek1(year), (week - 1) * 7L);
  WeekRange r = WeekContaining(monday);
  if (r.label.substr(0, 4) != s.substr(0, 4)) return std::nullopt;  // week 53 of a 52-week year
  return r;
}

std::optional<DayRange> ParseDateFilter(std::string_view s) {
  if (auto d = ParseIsoDay(s)) return DayRange{*d, *d};
  if (auto w = ParseIsoWeek(s)) return DayRange{w->monday, w->sunday};
  int y, m;
  if (s.size() == 7 && s[4] == '-' && ParseInt(s.substr(0, 4), &y) && ParseInt(s.substr(5, 2), &m) &&
      m >= 1 && m <= 12 && y >= 1)
    return DayRange{Day{y, m, 1}, Day{y, m, DaysInMonth(y, m)}};
  if (s.size() == 4 && ParseInt(s, &y) && y >= 1) return DayRange{Day{y, 1, 1}, Day{y, 12, 31}};
  return std::nullopt;
}

Day TodayUtc() {
  std::time_t t = std::time(nullptr);
  return CivilFromDays(static_cast<long>(t / 86400));
}

}  // namespace news
