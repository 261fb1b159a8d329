// Weeks and time zones for the digest: which local day an article belongs
// to, and the window of weeks a digest looks at (the week itself, the four
// weeks before it for comparisons, and twelve weeks for trends).
//
//   StatusOr<TimeZone> tz = ParseTimeZone("+08:00");
//   std::optional<Day> d = LocalDay("2026-02-15T20:00:00Z", *tz);  // 2026-02-16
//   DigestWindow w = MakeDigestWindow(*ParseIsoWeek("2026-W07"));
//
// A date without a time of day ("2026-02-15") is already a calendar date and
// stays as it is; only timestamps move with the zone. Pure functions,
// thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/dates.h"
#include "common/status.h"

namespace news {

// A fixed offset from UTC. Named zones with daylight saving are not
// supported: the digest is weekly, and an offset is exact and portable.
struct TimeZone {
  int offset_minutes = 0;     // east of UTC is positive
  std::string label = "UTC";  // "UTC" or "+08:00"
};

// Accepts "UTC", "Z", "GMT", "+08:00", "+0800", "+8", "-05:30", "UTC+8".
// Fails with kInvalidArgument (message names the value) otherwise, or when
// the offset is beyond ±14:00.
StatusOr<TimeZone> ParseTimeZone(std::string_view s);

// The local day of a stored date or timestamp: "YYYY-MM-DD", or
// "YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|±HH:MM]" (no zone means UTC).
// nullopt when the value is empty or none of those.
std::optional<Day> LocalDay(std::string_view value, const TimeZone& tz);

constexpr int kTrendWeeks = 12;
constexpr int kCompareWeeks = 4;

struct DigestWindow {
  WeekRange week;                // the digest's week
  std::vector<WeekRange> weeks;  // kTrendWeeks weeks ending with `week`, oldest first
  Day first, last;               // weeks.front().monday .. week.sunday
};

DigestWindow MakeDigestWindow(const WeekRange& week);

// Whether an event date (YYYY-MM-DD, YYYY-MM or YYYY) is background for
// `week`: it ends more than a week before the week starts. A Friday
// departure reported on Monday is still the week's news; "2026-02" is
// background in 2026-W12, "2026-03" is not (it overlaps). An empty date is
// never background.
bool DatedBeforeWeek(const std::string& date, const WeekRange& week);

// The index of `day` in window.weeks, or -1 when outside the window.
int WeekIndex(const DigestWindow& window, const Day& day);

}  // namespace news
