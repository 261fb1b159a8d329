#include <catch2/catch.hpp>

#include "report/digest_week.h"

using namespace news;

TEST_CASE("Time zones parse as fixed offsets", "[report]") {
  struct Case { const char* in; int minutes; const char* label; };
  const Case cases[] = {
      {"UTC", 0, "UTC"},        {"Z", 0, "UTC"},         {"+08:00", 480, "+08:00"}, {"+0800", 480, "+08:00"},
      {"+8", 480, "+08:00"},    {"UTC+8", 480, "+08:00"}, {"-05:30", -330, "-05:30"}, {"GMT-3", -180, "-03:00"},
  };
  for (const auto& c : cases) {
    auto tz = ParseTimeZone(c.in);
    REQUIRE(tz.ok());
    CHECK(tz->offset_minutes == c.minutes);
    CHECK(tz->label == c.label);
  }
  for (const char* bad : {"", "Asia/Taipei", "+15:00", "+08:60", "8", "+08:0", "UTC+"}) {
    INFO(bad);
    CHECK_FALSE(ParseTimeZone(bad).ok());
  }
}

TEST_CASE("Timestamps move to the local day; plain dates stay", "[report]") {
  TimeZone utc, taipei = *ParseTimeZone("+08:00"), ny = *ParseTimeZone("-05:00");
  CHECK(FormatDay(*LocalDay("2026-02-15", taipei)) == "2026-02-15");
  CHECK(FormatDay(*LocalDay("2026-02-15T20:00:00Z", utc)) == "2026-02-15");
  CHECK(FormatDay(*LocalDay("2026-02-15T20:00:00Z", taipei)) == "2026-02-16");
  CHECK(FormatDay(*LocalDay("2026-02-16T03:00:00+00:00", ny)) == "2026-02-15");
  CHECK(FormatDay(*LocalDay("2026-02-16 01:30+08:00", utc)) == "2026-02-15");
  CHECK(FormatDay(*LocalDay("2026-02-15T23:59:59.5-14:00", *ParseTimeZone("+14:00"))) == "2026-02-17");
  CHECK_FALSE(LocalDay("", utc));
  CHECK_FALSE(LocalDay("2026-02", utc));
  CHECK_FALSE(LocalDay("2026-02-15X10:00", utc));
}

TEST_CASE("A digest window covers twelve ISO weeks ending with the digest week", "[report]") {
  DigestWindow w = MakeDigestWindow(*ParseIsoWeek("2026-W02"));
  REQUIRE(w.weeks.size() == 12);
  CHECK(w.weeks.front().label == "2025-W43");
  CHECK(w.weeks.back().label == "2026-W02");
  CHECK(FormatDay(w.first) == "2025-10-20");
  CHECK(FormatDay(w.last) == "2026-01-11");
  CHECK(WeekIndex(w, *ParseIsoDay("2026-01-11")) == 11);
  CHECK(WeekIndex(w, *ParseIsoDay("2026-01-04")) == 10);
  CHECK(WeekIndex(w, *ParseIsoDay("2025-10-20")) == 0);
  CHECK(WeekIndex(w, *ParseIsoDay("2026-01-12")) == -1);
}
