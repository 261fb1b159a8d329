// Calendar dates written in running text, in the forms news pages use:
// 2026-02-14, 2026/2/14, 2026.02.14, 2026年2月14日, 2026 年 2 月 14 日,
// February 14, 2026, Feb. 14 2026, 14 February 2026, 20260214 (in URLs).
// Only complete, valid days are returned, with their byte offset.
//
//   for (const TextDate& d : FindDatesInText("發布於 2026年2月14日 10:00")) ...
//   std::optional<Day> d = ParseDateValue("2026-02-14T09:30:00+08:00");
//
// Pure functions, thread-safe.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "common/dates.h"

namespace news {

struct TextDate {
  Day day;
  size_t begin = 0, end = 0;  // byte offsets into the searched text
};

// Every date in `text`, in order. Years outside 1990..2100 are ignored.
// Stops after max_results.
std::vector<TextDate> FindDatesInText(std::string_view text, size_t max_results = 64);

// Year-month mentions without a day ("1998年3月号", "March 2026"), in order,
// as {year, month, 1}; dates with a day are not repeated here.
std::vector<TextDate> FindMonthsInText(std::string_view text, size_t max_results = 16);

// A structured date value (meta content, JSON-LD, datetime attribute): an
// ISO-8601 prefix first, then any of the text forms. nullopt if none.
std::optional<Day> ParseDateValue(std::string_view value);

// A /2026/02/14/, /2026-02-14/, /20260214/ or /2026/0214/ path segment of a
// URL; nullopt if none.
std::optional<Day> DateFromUrl(std::string_view url);

}  // namespace news
