// Timeline query strategies (issue 9): the one-entity walk over
// event_entities, the two event ranges of a `from` bound, and an event row's
// tone read with its article.
#include <catch2/catch.hpp>

#include <set>

#include "store/search.h"
#include "store/store.h"
#include "store/timeline_query.h"
#include "store_test_util.h"

using namespace news;
using namespace news::testing;

namespace {

Event MakeEvent(const std::string& date, const std::string& type, const std::string& org,
                const std::string& counterpart = "") {
  Event e;
  e.date = date;
  e.type = type;
  e.organization = org;
  e.counterpart = counterpart;
  e.sentence = 0;
  return e;
}

// Three articles with events dated by a year, a month and a day, and one
// event that names OpenAI twice (organisation and counterpart).
std::vector<Analysis> Articles() {
  Analysis a = MakeAnalysis("a.txt", "OpenAI 年度重組", "2026-03-02", {"OpenAI 今年重組研究部門。", "團隊調整。"});
  AddEntity(a, "org:openai", "OpenAI", "organization", "OpenAI");
  a.tone.research = -0.5;
  a.tone.research_n = 2;
  a.tone.overall = -0.25;
  a.events.push_back(MakeEvent("2026", "reorganization", "OpenAI"));
  Analysis b = MakeAnalysis("b.txt", "OpenAI 四月發布", "2026-04-20", {"OpenAI 四月發布新產品。"});
  AddEntity(b, "org:openai", "OpenAI", "organization", "OpenAI");
  b.events.push_back(MakeEvent("2026-04", "launch", "OpenAI"));
  b.events.push_back(MakeEvent("2026-04", "other", "OpenAI", "OpenAI"));
  Analysis c = MakeAnalysis("c.txt", "Anthropic 五月融資", "2026-05-03", {"Anthropic 五月三日完成融資。"});
  AddEntity(c, "org:anthropic", "Anthropic", "organization", "Anthropic");
  c.tone.product = 0.75;
  c.tone.product_n = 1;
  c.events.push_back(MakeEvent("2026-05-03", "funding", "Anthropic"));
  return {a, b, c};
}

std::vector<std::string> Rows(Store& store, const TimelineFilter& f) {
  std::vector<std::string> out;
  REQUIRE(QueryTimeline(store, f, [&](const TimelineRow& r) {
            out.push_back(r.kind == "event" ? r.date + " " + r.event_type : r.date + " " + r.title);
            return true;
          }).ok());
  return out;
}

}  // namespace

TEST_CASE("issue-9: a from bound finds events dated by year, month or day, in date order", "[store]") {
  auto store = Store::Open(":memory:");
  REQUIRE(store.ok());
  REQUIRE((*store)->WriteAnalyses(Articles()).ok());
  TimelineFilter f;
  f.events_only = true;
  f.from = "2026-04-15";
  // The year-dated event overlaps mid-April and sorts first ("2026" < "2026-04").
  CHECK(Rows(**store, f) == std::vector<std::string>{"2026 reorganization", "2026-04 launch", "2026-04 other",
                                                     "2026-05-03 funding"});
  f.from = "2026-05-01";
  f.to = "2026-05-31";
  CHECK(Rows(**store, f) == std::vector<std::string>{"2026 reorganization", "2026-05-03 funding"});
  f.from = "2027-01-01";
  f.to.clear();
  CHECK(Rows(**store, f).empty());
  f.entity_ids = {"org:openai"};  // the one-entity walk splits the same way
  f.from = "2026-04-30";
  CHECK(Rows(**store, f) == std::vector<std::string>{"2026 reorganization", "2026-04 launch", "2026-04 other"});
  f.limit = 2;
  f.offset = 1;
  CHECK(Rows(**store, f) == std::vector<std::string>{"2026-04 launch", "2026-04 other"});
}

TEST_CASE("issue-9: one entity's timeline lists an event naming it twice once, as the general path does", "[store]") {
  auto store = Store::Open(":memory:");
  REQUIRE(store.ok());
  REQUIRE((*store)->WriteAnalyses(Articles()).ok());
  TimelineFilter one;
  one.entity_ids = {"org:openai"};
  std::vector<std::string> expected = {"2026 reorganization", "2026-03-02 OpenAI 年度重組", "2026-04 launch",
                                       "2026-04 other", "2026-04-20 OpenAI 四月發布"};
  CHECK(Rows(**store, one) == expected);
  // Two ids take the general path (an IN list); a second id that matches
  // nothing must not change the rows.
  TimelineFilter two = one;
  two.entity_ids.push_back("org:nobody");
  CHECK(Rows(**store, two) == expected);
  one.event_type = "other";
  CHECK(Rows(**store, one) == std::vector<std::string>{"2026-04 other"});
}

TEST_CASE("issue-9: an event row carries its article's tone, and the tone filter applies to events", "[store]") {
  auto store = Store::Open(":memory:");
  REQUIRE(store.ok());
  REQUIRE((*store)->WriteAnalyses(Articles()).ok());
  std::vector<TimelineRow> rows;
  TimelineFilter f;
  f.events_only = true;
  REQUIRE(QueryTimeline(**store, f, [&](const TimelineRow& r) { rows.push_back(r); return true; }).ok());
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].research == Approx(-0.5));
  CHECK(rows[0].overall == Approx(-0.25));
  CHECK_FALSE(rows[0].product_tone.has_value());
  CHECK_FALSE(rows[1].research.has_value());
  CHECK(rows[3].product_tone == Approx(0.75));
  CHECK(rows[3].evidence == "Anthropic 五月三日完成融資。");
  f.aspect = "research";
  f.tone = -1;
  CHECK(Rows(**store, f) == std::vector<std::string>{"2026 reorganization"});
  f.aspect = "product";
  f.tone = 1;
  CHECK(Rows(**store, f) == std::vector<std::string>{"2026-05-03 funding"});
}

TEST_CASE("issue-9: a timeline search gives the same rows whether matches are listed or probed", "[store][search]") {
  auto store = Store::Open(":memory:");
  REQUIRE(store.ok());
  // 研究 in 9 of 12 articles (probed: most articles match), 離職 in 2
  // (listed), 研 as a one-character prefix (always listed).
  std::vector<Analysis> batch;
  for (int i = 0; i < 12; ++i) {
    std::string day = "2026-03-" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1);
    std::string text = i < 9 ? "OpenAI 研究團隊第" + std::to_string(i) + "次發表。" : "OpenAI 發布第" + std::to_string(i) + "款產品。";
    if (i == 4 || i == 10) text += "一名主管離職。";
    Analysis a = MakeAnalysis(std::to_string(i) + ".txt", "新聞 " + std::to_string(i), day, {text});
    AddEntity(a, "org:openai", "OpenAI", "organization", "OpenAI");
    a.events.push_back(MakeEvent(day, i % 2 ? "launch" : "other", "OpenAI"));
    batch.push_back(a);
  }
  REQUIRE((*store)->WriteAnalyses(batch).ok());
  // The expected rows: the unfiltered timeline's rows whose article matches.
  auto expected = [&](const std::string& q, const TimelineFilter& base) {
    std::set<int64_t> match;
    auto hits = Search(**store, q, {.limit = 100});
    REQUIRE(hits.ok());
    for (const SearchHit& h : *hits) match.insert(h.article_id);
    std::vector<std::string> out;
    TimelineFilter all = base;
    all.limit = -1;
    all.offset = 0;
    REQUIRE(QueryTimeline(**store, all, [&](const TimelineRow& r) {
              if (match.count(r.article_id)) out.push_back(r.kind + " " + r.date + " " + r.title);
              return true;
            }).ok());
    size_t from = std::min(out.size(), static_cast<size_t>(base.offset));
    size_t to = base.limit < 0 ? out.size() : std::min(out.size(), from + static_cast<size_t>(base.limit));
    return std::vector<std::string>(out.begin() + static_cast<std::ptrdiff_t>(from), out.begin() + static_cast<std::ptrdiff_t>(to));
  };
  for (const char* q : {"研究", "離職", "研", "研究 團隊"}) {
    for (auto [limit, offset] : std::vector<std::pair<int64_t, int64_t>>{{5, 0}, {4, 3}, {-1, 0}}) {
      INFO(q << " limit " << limit << " offset " << offset);
      TimelineFilter f;
      f.limit = limit;
      f.offset = offset;
      std::vector<std::string> want = expected(q, f);
      f.search = q;
      std::vector<std::string> got;
      REQUIRE(QueryTimeline(**store, f, [&](const TimelineRow& r) {
                got.push_back(r.kind + " " + r.date + " " + r.title);
                return true;
              }).ok());
      CHECK(got == want);
      CHECK_FALSE(got.empty());
      f.entity_ids = {"org:openai"};  // the one-entity walk probes the same way
      got.clear();
      REQUIRE(QueryTimeline(**store, f, [&](const TimelineRow& r) {
                got.push_back(r.kind + " " + r.date + " " + r.title);
                return true;
              }).ok());
      CHECK(got == want);
    }
  }
}
