// Tests of API parameter validation (src/server/query_params.h).
#include <catch2/catch.hpp>

#include "server/query_params.h"

using namespace news;

namespace {
QueryParams Q(std::multimap<std::string, std::string> m) { return QueryParams(std::move(m)); }
}  // namespace

TEST_CASE("Unknown and repeated parameters are refused", "[server]") {
  QueryParams ok = Q({{"entity", "谷歌"}, {"limit", "10"}});
  CHECK(ok.AllowOnly({"entity", "limit"}).ok());
  QueryParams unknown = Q({{"entity", "x"}, {"evil", "1"}});
  Status st = unknown.AllowOnly({"entity"});
  CHECK(st.code() == StatusCode::kInvalidArgument);
  CHECK(st.message() == "unknown parameter 'evil'");
  QueryParams twice = Q({{"limit", "1"}, {"limit", "2"}});
  CHECK(twice.AllowOnly({"limit"}).message() == "parameter 'limit': given more than once");
}

TEST_CASE("Numbers must be whole and within range", "[server]") {
  struct Case { const char* value; bool ok; long expected; };
  const Case cases[] = {{"50", true, 50}, {"1", true, 1}, {"500", true, 500}, {"0", false, 0},
                        {"501", false, 0}, {"-3", false, 0}, {"12abc", false, 0}, {"", false, 0},
                        {"1e3", false, 0}, {"99999999999999999999999", false, 0}};
  for (const Case& c : cases) {
    INFO(c.value);
    StatusOr<long> v = Q({{"limit", c.value}}).Int("limit", 1, 500, 50);
    CHECK(v.ok() == c.ok);
    if (c.ok) CHECK(*v == c.expected);
  }
  CHECK(*Q({}).Int("limit", 1, 500, 50) == 50);
}

TEST_CASE("Text parameters are UTF-8 without control characters", "[server]") {
  CHECK(*Q({{"search", "離職 研究"}}).Text("search", 200) == "離職 研究");
  CHECK(*Q({{"search", "离职"}}).Text("search", 200) == "离职");
  CHECK_FALSE(Q({{"search", std::string("\xff\xfe")}}).Text("search", 200).ok());
  CHECK_FALSE(Q({{"search", std::string("a\nb")}}).Text("search", 200).ok());
  CHECK_FALSE(Q({{"search", std::string(201, 'a')}}).Text("search", 200).ok());
  // Search syntax is just text here; the store escapes it.
  CHECK(*Q({{"search", "\"NEAR( *"}}).Text("search", 200) == "\"NEAR( *");
}

TEST_CASE("Enumerations, dates and weeks are checked", "[server]") {
  CHECK(*Q({{"aspect", "research"}}).OneOf("aspect", {"research", "product"}) == "research");
  CHECK(Q({{"aspect", "culture"}}).OneOf("aspect", {"research", "product"}).status().message() ==
        "parameter 'aspect': must be one of: research, product");
  struct Case { const char* value; const char* first; const char* last; };
  const Case days[] = {{"2026-02-14", "2026-02-14", "2026-02-14"}, {"2026-02", "2026-02-01", "2026-02-28"},
                       {"2024-02", "2024-02-01", "2024-02-29"}, {"2026", "2026-01-01", "2026-12-31"},
                       {"2026-W07", "2026-02-09", "2026-02-15"}};
  for (const Case& c : days) {
    INFO(c.value);
    CHECK(*Q({{"from", c.value}}).DayBound("from", false) == c.first);
    CHECK(*Q({{"to", c.value}}).DayBound("to", true) == c.last);
  }
  for (const char* bad : {"2026-13-01", "yesterday", "2026-02-30", "'; DROP TABLE articles; --"})
    CHECK_FALSE(Q({{"from", bad}}).DayBound("from", false).ok());
  CHECK(Q({{"week", "2026-W07"}}).Week("week").ok());
  CHECK_FALSE(Q({{"week", "2026-W54"}}).Week("week").ok());
  CHECK(*Q({{"with_children", "1"}}).Bool("with_children", false));
  CHECK_FALSE(Q({{"with_children", "yes"}}).Bool("with_children", false).ok());
}

// QA (session 6): from=2026-03&to=2026-01 answered an empty page; the CLI's
// --from/--to the same. A range that ends before it starts is now refused.
TEST_CASE("QA: a 'to' that ends before 'from' starts is refused", "[server]") {
  struct Case { const char* from; const char* to; std::string error; };
  const Case cases[] = {
      {"2026-01", "2026-03", ""},
      {"2026-02", "2026-02", ""},
      {"2026-02-28", "2026-02", ""},  // the month's last day is 02-28
      {"2026-W07", "2026-02-15", ""},
      {"2026-03", "2026-01", "parameter 'to': ends before 'from' starts (2026-03 .. 2026-01)"},
      {"2026-W08", "2026-02-15", "parameter 'to': ends before 'from' starts (2026-W08 .. 2026-02-15)"},
  };
  for (const Case& c : cases) {
    INFO(c.from << " .. " << c.to);
    QueryParams q = Q({{"from", c.from}, {"to", c.to}});
    CHECK(q.DayBound("from", false).ok());
    StatusOr<std::string> to = q.DayBound("to", true);
    CHECK(to.status().message() == c.error);
  }
}
