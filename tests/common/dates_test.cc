#include <catch2/catch.hpp>

#include "common/dates.h"
#include "common/utf8.h"

using namespace news;

TEST_CASE("ISO weeks run Monday to Sunday", "[common]") {
  struct Case { const char* day; const char* week; };
  const Case cases[] = {
      {"2026-02-14", "2026-W07"}, {"2026-02-09", "2026-W07"}, {"2026-02-15", "2026-W07"},
      {"2026-01-01", "2026-W01"}, {"2027-01-01", "2026-W53"}, {"2024-12-30", "2025-W01"},
  };
  for (const auto& c : cases) CHECK(IsoWeekOf(*ParseIsoDay(c.day)) == c.week);
  auto w = ParseIsoWeek("2026-W07");
  REQUIRE(w);
  CHECK(FormatDay(w->monday) == "2026-02-09");
  CHECK(FormatDay(w->sunday) == "2026-02-15");
  CHECK_FALSE(ParseIsoWeek("2025-W53"));
}

TEST_CASE("Date filters accept days, months, years and weeks", "[common]") {
  CHECK(FormatDay(ParseDateFilter("2026-02")->last) == "2026-02-28");
  CHECK(FormatDay(ParseDateFilter("2026")->first) == "2026-01-01");
  CHECK(FormatDay(ParseDateFilter("2026-W07")->first) == "2026-02-09");
  CHECK_FALSE(ParseDateFilter("2026-13"));
  CHECK_FALSE(ParseDateFilter("yesterday"));
}

TEST_CASE("Invalid UTF-8 is replaced and counted", "[common]") {
  size_t bad = 0;
  CHECK(SanitizeUtf8("a\xFF" "b\xE4\xB8", &bad) == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(bad == 3);
  CHECK(SanitizeUtf8("離職\xEF\xBF\xBD", &bad) == "離職\xEF\xBF\xBD");
  CHECK(bad == 0);
  CodePointIndex idx("a離b");
  CHECK(idx.ToCodePoints(4) == 2);
}
