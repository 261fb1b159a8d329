#include "ingest/text_dates.h"

#include <catch2/catch.hpp>

namespace news {
namespace {

TEST_CASE("Dates in running text, Chinese and English forms", "[ingest]") {
  struct Row { const char* text; const char* day; };
  const Row rows[] = {
      {"發布時間：2026年2月14日 10:00", "2026-02-14"},
      {"记者 2026 年 2 月 14 日 电", "2026-02-14"},
      {"更新于 2026-02-14 09:30", "2026-02-14"},
      {"2026/2/4", "2026-02-04"},
      {"2026.02.14", "2026-02-14"},
      {"Published February 14, 2026", "2026-02-14"},
      {"Feb. 14 2026", "2026-02-14"},
      {"14 February 2026", "2026-02-14"},
      {"发布日期： 9/17/2004 5:54:13 AM", "2004-09-17"},
      {"孩子 2005-02-06 13:26更新", "2005-02-06"},
  };
  for (const Row& r : rows) {
    INFO(r.text);
    std::vector<TextDate> found = FindDatesInText(r.text);
    REQUIRE(found.size() == 1);
    CHECK(FormatDay(found[0].day) == r.day);
  }
}

TEST_CASE("Not dates: invalid days, phone numbers, bare years", "[ingest]") {
  for (const char* text : {"2026-02-30", "電話 022-23501436", "© 2026 數位前哨", "2026年2月", "12345-6-7", "1850年"}) {
    INFO(text);
    CHECK(FindDatesInText(text).empty());
  }
}

TEST_CASE("Structured date values and URL dates", "[ingest]") {
  CHECK(FormatDay(*ParseDateValue("2026-02-14T09:30:00+08:00")) == "2026-02-14");
  CHECK(FormatDay(*ParseDateValue("20260214")) == "2026-02-14");
  CHECK(FormatDay(*ParseDateValue("Sat, 14 Feb 2026 09:30:00 GMT")) == "2026-02-14");
  CHECK_FALSE(ParseDateValue("yesterday"));
  CHECK(FormatDay(*DateFromUrl("https://x.com/news/2026/02/14/story")) == "2026-02-14");
  CHECK(FormatDay(*DateFromUrl("https://x.com/a/20260214/b.html")) == "2026-02-14");
  CHECK(FormatDay(*DateFromUrl("http://epaper.x.cn/xzrb/202202/13/content.html")) == "2022-02-13");
  CHECK(FormatDay(*DateFromUrl("https://x.com/2026-02-14-story")) == "2026-02-14");
  CHECK_FALSE(DateFromUrl("https://2026.x.com/id/12345678"));
}

}  // namespace
}  // namespace news

namespace news {
namespace {

TEST_CASE("Month-only mentions, never repeating full dates", "[ingest]") {
  std::vector<TextDate> m = FindMonthsInText("——《北京之春》1998年3月号；另见 2026年2月14日 与 March 2026 报道");
  REQUIRE(m.size() == 2);
  CHECK(FormatDay(m[0].day) == "1998-03-01");
  CHECK(FormatDay(m[1].day) == "2026-03-01");
  CHECK(FindMonthsInText("1850年3月").empty());
}

}  // namespace
}  // namespace news
