#include <catch2/catch.hpp>

#include <sstream>

#include "common/json.h"
#include "digest_fixture.h"
#include "report/digest_html.h"
#include "report/digest_json.h"
#include "report/digest_markdown.h"

using namespace news;
using news::testing::DigestFixture;

TEST_CASE("The digest header counts the week and the four weeks before", "[report]") {
  Digest d = DigestFixture().Make();
  REQUIRE_FALSE(d.empty);
  CHECK(d.header.week == "2026-W07");
  CHECK(d.header.monday == "2026-02-09");
  CHECK(d.header.articles == 4);
  CHECK(d.header.sources == 4);  // example-news.com, tw.example.com, cn.example.com, a local file
  CHECK(d.header.languages == std::map<std::string, int>{{"en", 2}, {"zh-Hans", 1}, {"zh-Hant", 1}});
  REQUIRE(d.header.previous.size() == 4);
  CHECK(d.header.previous[0].week == "2026-W03");
  CHECK(d.header.previous[1].articles == 1);  // W04: the Google DeepMind hire
  CHECK(d.header.previous[3].articles == 2);  // W06
  CHECK(d.header.previous[3].sources == 2);
  CHECK(d.header.previous_mean_articles == Approx(0.75));
}

TEST_CASE("Top stories group the English and Chinese reports of one departure", "[report]") {
  Digest d = DigestFixture().Make();
  REQUIRE(d.stories.size() == 3);
  const Story& top = d.stories[0];
  CHECK(top.links.size() == 2);
  CHECK(top.articles == 2);
  CHECK(top.languages == std::vector<std::string>{"en", "zh-Hant"});
  CHECK(top.sources == 2);
  CHECK(top.event_type == "departure");
  CHECK(top.headline == "OpenAI freezes Sora budget as research VP Jane Doe leaves");
  CHECK(top.summary == "Jane Doe, OpenAI's vice president of research, left this week to join Anthropic.");
  CHECK(top.summary_lang == "en");
  CHECK(top.entities == std::vector<std::string>{"OpenAI", "Jane Doe", "Sora", "Anthropic"});
  CHECK(top.links[1].url == "https://tw.example.com/news/1");
  CHECK(d.stories[1].headline == "<script>alert(1)</script>");  // ranked before the zh-Hans story by date
  CHECK(d.stories[1].links[0].url.empty());
  CHECK(d.stories[1].links[0].path == "corpus/en/hostile.txt");
  CHECK(d.stories[2].summary == "字节跳动调整了 Seed 团队的预算，产品团队获得更多资源。");
}

TEST_CASE("Events are listed once with every report counted", "[report]") {
  Digest d = DigestFixture().Make();
  REQUIRE(d.events.size() == 2);
  CHECK(d.events[0].type == "departure");
  CHECK(d.events[0].date == "2026-02-10");
  CHECK(d.events[0].counterpart == "Anthropic");
  CHECK(d.events[0].reports == 2);
  CHECK(d.events[1].type == "hire");
  CHECK(d.events[1].link.title == "<script>alert(1)</script>");
}

TEST_CASE("Talent flow joins departures and hires per person, this week and over 12 weeks", "[report]") {
  Digest d = DigestFixture().Make();
  REQUIRE(d.talent.week.size() == 2);
  CHECK(d.talent.week[0].from == "ByteDance");
  CHECK(d.talent.week[0].to == "Anthropic");
  CHECK(d.talent.week[1].from == "OpenAI");
  CHECK(d.talent.week[1].people == std::vector<std::string>{"Jane Doe"});
  REQUIRE(d.talent.quarter.size() == 3);
  CHECK(d.talent.quarter[2].from == "OpenAI");
  CHECK(d.talent.quarter[2].to == "Google DeepMind");
  CHECK(d.talent.quarter[2].people == std::vector<std::string>{"Li Ming"});
}

TEST_CASE("Research and product tone per organisation with change, trend and movers", "[report]") {
  Digest d = DigestFixture().Make();
  REQUIRE(d.tone.size() == 2);  // OpenAI (4 sentences), Anthropic (3); ByteDance has 1
  const OrgTone& o = d.tone[0];
  CHECK(o.organization == "OpenAI");
  CHECK(*o.research == Approx((-0.65 * 2 - 0.5) / 3));
  CHECK(*o.research_prev == Approx((-0.1 * 2 + 0.0) / 3));
  CHECK(*o.product == Approx(-0.4));
  CHECK(o.research_n == 3);
  REQUIRE(o.research_trend.size() == 12);
  CHECK(o.weeks.back() == "2026-W07");
  CHECK(o.weeks[8] == "2026-W04");
  CHECK(*o.research_trend[8] == Approx(0.2));  // the Google DeepMind hire story
  CHECK_FALSE(o.research_trend[9].has_value());  // W05: no article
  CHECK(*o.product_trend[10] == Approx((0.3 * 4 + 0.5 * 2) / 6));
  REQUIRE(o.movers.size() == 4);
  CHECK(o.movers[0].aspect == "research");
  CHECK(o.movers[0].score == Approx(-0.7));  // the strongest pull down
  CHECK(o.movers[3].aspect == "product");
  CHECK(o.movers[3].text.find("frozen") != std::string::npos);
  CHECK_FALSE(d.tone[1].research_prev.has_value());
}

TEST_CASE("Entity movers and first-seen entities, unknown people first", "[report]") {
  Digest d = DigestFixture().Make();
  REQUIRE_FALSE(d.first_seen.empty());
  CHECK(d.first_seen[0].name == "張偉");
  CHECK_FALSE(d.first_seen[0].known);
  CHECK(d.first_seen[0].first.title == "<script>alert(1)</script>");
  CHECK(d.first_seen_total == 4);  // 張偉, Jane Doe, ByteDance, ByteDance Seed
  REQUIRE(d.rising.size() == 2);
  CHECK(d.rising[0].name == "Anthropic");  // 3 mentions, none before
  CHECK(d.rising[1].name == "OpenAI");     // 5 mentions against a mean of 12 / 4 weeks
  CHECK(d.rising[1].previous == Approx(3));
  CHECK(d.rising[1].change == Approx(2));
  CHECK(d.falling.empty());  // Google DeepMind's 0.75 a week is below the floor
  DigestWindow w = MakeDigestWindow(*ParseIsoWeek("2026-W07"));
  DigestOptions loose;
  loose.min_mover_mentions = 0;
  Digest all = BuildDigest(DigestFixture().rows, w, TimeZone{}, loose);
  REQUIRE_FALSE(all.falling.empty());
  CHECK(all.falling[0].name == "Google DeepMind");
  CHECK(all.falling[0].change == Approx(-0.75));
}

TEST_CASE("Hostile article text stays text in every format", "[report]") {
  Digest d = DigestFixture().Make();
  std::string html = RenderDigestHtml(d), md = RenderDigestMarkdown(d);
  std::ostringstream json;
  RenderDigestJson(d, json);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("onerror=alert(1)&gt;") != std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&lt;/svg&gt;&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(md.find("\\<script\\>alert(1)\\</script\\>") != std::string::npos);
  CHECK(md.find("</svg>") == std::string::npos);
  CHECK(md.find("\\</svg\\>\\<img src=x onerror=alert(1)\\>") != std::string::npos);
  CHECK(json.str().find("<script") == std::string::npos);  // JSON escapes < as \u003c
  auto parsed = ParseJson(json.str());
  REQUIRE(parsed.ok());
  CHECK((*parsed)["stories"][1]["headline"].AsString() == "<script>alert(1)</script>");
}

TEST_CASE("The three formats carry the same content", "[report]") {
  Digest d = DigestFixture().Make();
  std::ostringstream json;
  RenderDigestJson(d, json);
  auto j = ParseJson(json.str());
  REQUIRE(j.ok());
  CHECK((*j)["header"]["articles"].AsNumber() == 4);
  CHECK((*j)["stories"].size() == d.stories.size());
  CHECK((*j)["events"][0]["description"].AsString() == "Jane Doe left OpenAI for Anthropic");
  CHECK((*j)["tone"][0]["research_trend"].size() == 12);
  CHECK((*j)["entity_movers"]["first_seen"][0]["known"].AsBool() == false);
  std::string md = RenderDigestMarkdown(d), html = RenderDigestHtml(d);
  for (const std::string& s : {std::string("Jane Doe left OpenAI for Anthropic"), std::string("據知情人士透露"),
                               std::string("lexicon suggest"), std::string("Google DeepMind")}) {
    INFO(s);
    CHECK(md.find(s) != std::string::npos);
    CHECK(html.find(s) != std::string::npos);
  }
  CHECK(md.find("| OpenAI | −0.60 (3) | −0.53 | −0.40 (1) | −0.77 |") != std::string::npos);
}

TEST_CASE("The same rows give byte-identical digests", "[report]") {
  DigestFixture f;
  Digest a = f.Make(), b = f.Make();
  CHECK(RenderDigestHtml(a) == RenderDigestHtml(b));
  CHECK(RenderDigestMarkdown(a) == RenderDigestMarkdown(b));
  std::ostringstream ja, jb;
  RenderDigestJson(a, ja);
  RenderDigestJson(b, jb);
  CHECK(ja.str() == jb.str());
}

TEST_CASE("A week without articles says so in every format", "[report]") {
  Digest d = DigestFixture().Make("2026-W20");
  CHECK(d.empty);
  CHECK(d.header.articles == 0);
  std::string md = RenderDigestMarkdown(d);
  CHECK(md.find("No articles were published in 2026-W20 (11–17 May 2026)") != std::string::npos);
  CHECK(RenderDigestHtml(d).find("nothing to report") != std::string::npos);
  std::ostringstream json;
  RenderDigestJson(d, json);
  CHECK((*ParseJson(json.str()))["empty"].AsBool());
}

TEST_CASE("Event dates more than a week before the digest week are background", "[report]") {
  WeekRange w12 = *ParseIsoWeek("2026-W12");  // Monday 16 March 2026
  CHECK(DatedBeforeWeek("2026-02", w12));
  CHECK(DatedBeforeWeek("2026-03-08", w12));
  CHECK_FALSE(DatedBeforeWeek("2026-03-09", w12));  // the week before still counts
  CHECK_FALSE(DatedBeforeWeek("2026-03", w12));
  CHECK_FALSE(DatedBeforeWeek("2026-03-18", w12));
  CHECK_FALSE(DatedBeforeWeek("", w12));
  CHECK(DatedBeforeWeek("2025", w12));
  CHECK_FALSE(DatedBeforeWeek("2026", w12));
  WeekRange w10 = *ParseIsoWeek("2026-W10");  // Monday 2 March: cutoff 23 February
  CHECK_FALSE(DatedBeforeWeek("2026-02", w10));
  CHECK(DatedBeforeWeek("2026-01", w10));
}
