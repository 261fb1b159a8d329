#include "report/digest_week.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace news {

static bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// Parses "+08:00", "+0800", "+8", "-5:30" into minutes; false when malformed.
static bool ParseOffset(std::string_view s, int* minutes) {
  if (s.size() < 2 || (s[0] != '+' && s[0] != '-')) return false;
  int sign = s[0] == '-' ? -1 : 1;
  s.remove_prefix(1);
  std::string_view hh = s, mm;
  if (size_t colon = s.find(':'); colon != std::string_view::npos) {
    hh = s.substr(0, colon);
    mm = s.substr(colon + 1);
    if (mm.size() != 2) return false;
  } else if (s.size() == 4) {
    hh = s.substr(0, 2);
    mm = s.substr(2);
  }
  if (!AllDigits(hh) || hh.size() > 2 || (!mm.empty() && !AllDigits(mm))) return false;
  int h = std::atoi(std::string(hh).c_str()), m = mm.empty() ? 0 : std::atoi(std::string(mm).c_str());
  if (m >= 60 || h * 60 + m > 14 * 60) return false;
  *minutes = sign * (h * 60 + m);
  return true;
}

static std::string OffsetLabel(int minutes) {
  if (minutes == 0) return "UTC";
  char buf[16];
  int a = std::abs(minutes);
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", minutes < 0 ? '-' : '+', a / 60, a % 60);
  return buf;
}

StatusOr<TimeZone> ParseTimeZone(std::string_view s) {
  std::string_view rest = s;
  for (std::string_view prefix : {"UTC", "GMT", "utc", "gmt"}) {
    if (rest.substr(0, 3) == prefix) { rest.remove_prefix(3); break; }
  }
  TimeZone tz;
  if (rest.empty() || rest == "Z" || rest == "z") {
    if (s.empty()) return Status(StatusCode::kInvalidArgument, "empty time zone");
    return tz;
  }
  if (!ParseOffset(rest, &tz.offset_minutes)) {
    return Status(StatusCode::kInvalidArgument,
                  "unknown time zone '" + std::string(s) + "' (use UTC or an offset like +08:00)");
  }
  tz.label = OffsetLabel(tz.offset_minutes);
  return tz;
}

// Reads "HH:MM[:SS[.fff]]" then an optional zone; returns minutes east of UTC
// in *zone and minutes since midnight in *clock.
static bool ParseClock(std::string_view s, int* clock, int* zone) {
  if (s.size() < 5 || s[2] != ':' || !AllDigits(s.substr(0, 2)) || !AllDigits(s.substr(3, 2))) return false;
  int h = std::atoi(std::string(s.substr(0, 2)).c_str()), m = std::atoi(std::string(s.substr(3, 2)).c_str());
  if (h > 23 || m > 59) return false;
  *clock = h * 60 + m;
  s.remove_prefix(5);
  if (s.size() >= 3 && s[0] == ':' && AllDigits(s.substr(1, 2))) s.remove_prefix(3);
  if (!s.empty() && s[0] == '.') {
    s.remove_prefix(1);
    while (!s.empty() && std::isdigit(static_cast<unsigned char>(s[0]))) s.remove_prefix(1);
  }
  *zone = 0;
  if (s.empty() || s == "Z" || s == "z") return true;
  return ParseOffset(s, zone);
}

std::optional<Day> LocalDay(std::string_view value, const TimeZone& tz) {
  if (value.size() < 10) return std::nullopt;
  std::optional<Day> day = ParseIsoDay(value.substr(0, 10));
  if (!day || value.size() == 10) return day;
  if (value[10] != 'T' && value[10] != ' ') return std::nullopt;
  int clock = 0, zone = 0;
  if (!ParseClock(value.substr(11), &clock, &zone)) return std::nullopt;
  long minutes = clock - zone + tz.offset_minutes;  // local minutes since the stated day's midnight
  long shift = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);  // floor division
  return AddDays(*day, shift);
}

DigestWindow MakeDigestWindow(const WeekRange& week) {
  DigestWindow w;
  w.week = week;
  for (int i = kTrendWeeks - 1; i >= 0; --i) w.weeks.push_back(WeekContaining(AddDays(week.monday, -7L * i)));
  w.first = w.weeks.front().monday;
  w.last = week.sunday;
  return w;
}

int WeekIndex(const DigestWindow& window, const Day& day) {
  long d = DaysFromCivil(day), first = DaysFromCivil(window.first);
  if (d < first || d > DaysFromCivil(window.last)) return -1;
  return static_cast<int>((d - first) / 7);
}

bool DatedBeforeWeek(const std::string& date, const WeekRange& week) {
  if (date.empty()) return false;
  // Comparing the date with the cutoff's prefix of the same length asks
  // whether the date's whole range (day, month or year) ends before it.
  std::string cutoff = FormatDay(AddDays(week.monday, -7));
  return date < cutoff.substr(0, std::min(date.size(), cutoff.size()));
}

}  // namespace news
