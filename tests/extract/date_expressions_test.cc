#include <catch2/catch.hpp>

#include "extract/date_expressions.h"

using namespace news;

TEST_CASE("Date expressions in every form resolve against the publication date", "[extract]") {
  struct Case {
    const char* sentence;
    const char* published;  // a Wednesday unless noted
    const char* date;
    const char* rule;
  };
  const Case cases[] = {
      // absolute
      {"她於2026年2月14日離職。", "2026-03-01", "2026-02-14", "absolute"},
      {"該團隊在 2026 年 2 月 解散。", "2026-03-01", "2026-02", "absolute"},
      {"He resigned on Feb. 14, 2026, people said.", "2026-03-01", "2026-02-14", "absolute"},
      {"She left on 14 February 2026.", "2026-03-01", "2026-02-14", "absolute"},
      {"The filing is dated 2026-02-14.", "2026-03-01", "2026-02-14", "absolute"},
      {"The lab was merged in March 2025.", "2026-03-01", "2025-03", "absolute"},
      // partial
      {"他于今年1月从阿里巴巴离职。", "2026-02-04", "2026-01", "partial"},
      {"韩静怡已于3月9日正式离职。", "2026-03-11", "2026-03-09", "partial"},
      {"團隊於2月中旬重組。", "2026-03-03", "2026-02", "partial"},
      {"2月初，他加入了月之暗面。", "2026-03-11", "2026-02", "partial"},
      {"他去年12月加入。", "2026-01-14", "2025-12", "partial"},
      {"She joined in March.", "2026-04-01", "2026-03", "partial"},
      {"He departed at the end of December to join Mistral AI.", "2026-01-13", "2025-12", "partial"},
      {"The hire was confirmed on February 12.", "2026-02-13", "2026-02-12", "partial"},
      {"It happened in early February.", "2026-03-04", "2026-02", "partial"},
      // partial: months in Chinese numerals
      {"主任藍佩君已在四月底離職。", "2026-05-06", "2026-04", "partial"},
      {"主任蓝佩君已在四月底离职。", "2026-05-06", "2026-04", "partial"},
      {"該團隊於十一月解散。", "2026-12-02", "2026-11", "partial"},
      {"他去年十二月加入。", "2026-02-04", "2025-12", "partial"},
      // relative: exact days
      {"百度昨日在北京發布新晶片。", "2026-03-05", "2026-03-04", "relative"},
      {"公司昨天宣布。", "2026-03-05", "2026-03-04", "relative"},
      {"工研院昨（28）日表示。", "2026-01-29", "2026-01-28", "relative"},
      {"研究副總裁上週五（6日）宣布請辭。", "2026-02-11", "2026-02-06", "relative"},
      {"他已於本週一（9日）離職。", "2026-02-11", "2026-02-09", "relative"},
      {"她上周三提出离职。", "2026-02-11", "2026-02-04", "relative"},
      {"He left the company on Monday.", "2026-02-10", "2026-02-09", "relative"},   // a Tuesday
      {"She told her team on Friday.", "2026-02-10", "2026-02-06", "relative"},
      {"Her first day was Monday.", "2026-06-12", "2026-06-08", "relative"},  // a Friday
      {"The company confirmed the deal Tuesday.", "2026-02-11", "2026-02-10", "relative"},
      {"It was announced last Tuesday.", "2026-02-11", "2026-02-10", "relative"},
      {"The chip was unveiled yesterday.", "2026-01-06", "2026-01-05", "relative"},
      {"The model shipped two days ago.", "2026-03-10", "2026-03-08", "relative"},
      {"三天前，他宣布加入。", "2026-03-10", "2026-03-07", "relative"},
      // relative: vague times give the month
      {"宋启明已在上周提出离职。", "2026-01-27", "2026-01", "relative"},
      {"He left last week.", "2026-03-04", "2026-02", "relative"},
      {"陈昊宇已于本月中旬离职。", "2026-01-21", "2026-01", "relative"},
      {"近日，该公司完成融资。", "2026-01-08", "2026-01", "relative"},
      {"Google DeepMind本週證實。", "2026-01-22", "2026-01", "relative"},
      {"上個月另一位主管也轉戰亞馬遜。", "2026-03-12", "2026-02", "relative"},
      {"The team was cut earlier this month.", "2026-01-13", "2026-01", "relative"},
      {"He joined last month.", "2026-01-13", "2025-12", "relative"},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    auto dates = FindDateExpressions(c.sentence, ParseIsoDay(c.published));
    REQUIRE(dates.size() >= 1);
    CHECK(dates[0].date == c.date);
    CHECK(dates[0].rule == c.rule);
  }
}

TEST_CASE("Text without a date, or a date that cannot be anchored, gives nothing", "[extract]") {
  auto pub = ParseIsoDay("2026-02-11");
  for (const char* s : {"OpenAI 發布了新模型。", "The company has 3,000 employees.", "營收成長12個月。", "He joined in 2024.",
                        "研究進行了三個月。", "团队花了两个月时间。"}) {
    INFO(s);
    CHECK(FindDateExpressions(s, pub).empty());
  }
  CHECK(FindDateExpressions("He left on Monday.", std::nullopt).empty());
  CHECK(FindDateExpressions("2月30日", pub).empty());  // no such day
  auto abs = FindDateExpressions("on Feb. 14, 2026", std::nullopt);
  REQUIRE(abs.size() == 1);
  CHECK(abs[0].date == "2026-02-14");
}

TEST_CASE("Vague times are marked vague; exact days are not", "[extract]") {
  auto pub = ParseIsoDay("2026-05-12");
  auto dates = FindDateExpressions("She told colleagues last week that she was leaving; her last day was Friday.", pub);
  REQUIRE(dates.size() == 2);
  CHECK(dates[0].vague);
  CHECK(dates[0].date == "2026-05");
  CHECK_FALSE(dates[1].vague);
  CHECK(dates[1].date == "2026-05-08");
  for (const char* s : {"公司上周宣布。", "公司上週宣布。", "The team was cut this month."}) {
    INFO(s);
    auto d = FindDateExpressions(s, pub);
    REQUIRE(d.size() == 1);
    CHECK(d[0].vague);
  }
}

// Month names are looked for as whole words before any pattern runs (a
// speed prefilter): words that hold a month's letters give no date, and every
// real form of a month name still gives one.
TEST_CASE("Month names are whole words: market, decade, mayor hold no month", "[extract]") {
  auto pub = ParseIsoDay("2026-06-10");
  for (const char* s : {"The market moved on March earnings.", "A decade of research ended.", "The mayor said so.",
                        "Mayday parade in Janesville.", "Augustine joined Octopus Labs.", "Junior staff left in droves.",
                        "市場（market）反應冷淡。", "市场（market）反应冷淡。", "該市長（mayor）表示。", "这位市长（mayor）表示。",
                        "十年（decade）來首次重組。", "十年（decade）来首次重组。"}) {
    INFO(s);
    CHECK(FindDateExpressions(s, pub).empty());
  }
  struct Case {
    const char* sentence;
    const char* date;
  };
  const Case cases[] = {
      {"She left on May 3.", "2026-05-03"},
      {"The team was cut in mid-May.", "2026-05"},
      {"The team was cut in midMay.", "2026-05"},
      {"He resigned on Sept. 4, 2025.", "2025-09-04"},
      {"He resigned on Sept 4, 2025.", "2025-09-04"},
      {"He resigned on 4 Sept 2025.", "2025-09-04"},
      {"She joined in MAY 2025.", "2025-05"},
      {"It shipped Jan. 9.", "2026-01-09"},
      {"He has been there since January.", "2026-01"},
      {"It shipped on June 2.", "2026-06-02"},
      {"The lab closed in Dec.", "2025-12"},
      {"The round closed on Auguſt 3, 2025.", "2025-08-03"},  // case-insensitive RE2: U+017F is 's'
      {"OpenAI於May 3發布新模型。", "2026-05-03"},
      {"OpenAI于May 3发布新模型。", "2026-05-03"},
      {"該團隊於Sept. 4, 2025解散。", "2025-09-04"},
      {"该团队于Sept. 4, 2025解散。", "2025-09-04"},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    auto dates = FindDateExpressions(c.sentence, pub);
    REQUIRE(dates.size() >= 1);
    CHECK(dates[0].date == c.date);
  }
}

// A pattern searches on only while one of its required literals is left
// outside the spans already matched (a speed shortcut): every later match is
// still found, also one its prefilter atoms would not see ("2026  年": two
// spaces; "ſunday", "weeK" with U+017F and the Kelvin sign).
TEST_CASE("A pattern finds every match in a sentence, not only the first", "[extract]") {
  auto pub = ParseIsoDay("2026-05-13");  // a Wednesday
  struct Case {
    const char* sentence;
    std::vector<std::string> dates;
  };
  const Case cases[] = {
      {"她於2026年2月3日離職，2026  年3月4日加入騰訊。", {"2026-02-03", "2026-03-04"}},
      {"她于3月2日离职，4月5日加入腾讯，5 月 6 号入职。", {"2026-03-02", "2026-04-05", "2026-05-06"}},
      {"他上週一宣布，上個週五離職。", {"2026-05-04", "2026-05-08"}},
      {"She left on Monday and joined on ſunday.", {"2026-05-11", "2026-05-10"}},
      {"He resigned on Friday, started on Tuesday and quit Saturday.", {"2026-05-08", "2026-05-12", "2026-05-09"}},
      {"公司昨天宣布，今天生效。", {"2026-05-12", "2026-05-13"}},
      {"The cut came last week, the hire a wee\u212A ago.", {"2026-05", "2026-05"}},
      {"五天前宣布，3天前生效。", {"2026-05-08", "2026-05-10"}},
      // a later pattern skips what an earlier one claimed, not what follows it
      {"她3月2日離職，5月加入騰訊。", {"2026-03-02", "2026-05"}},
      {"He left on Monday and joined Friday.", {"2026-05-11", "2026-05-08"}},
      {"On Monday 5月6日, then Tuesday.", {"2026-05-11", "2026-05-06", "2026-05-12"}},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    auto found = FindDateExpressions(c.sentence, pub);
    std::vector<std::string> dates;
    for (const DateExpression& d : found) dates.push_back(d.date);
    CHECK(dates == c.dates);
  }
}

// The hand matchers (extract/date_matchers.h) stand in for the regexes:
// sentences put together from the pieces dates are made of (digits, spaces,
// month and weekday words in both cases, brackets, a stray byte) must give
// the same dates either way.
TEST_CASE("Dates found by hand are the dates the regexes find", "[extract]") {
  const std::vector<std::string> pieces = {
      "0", "2", "9", "12", "123", "2026", "20261", " ", "  ", "\t", "年", "月", "日", "號", "号", "今年", "去年", "週", "周",
      "星期", "禮拜", "一", "三", "五", "十", "十一", "兩", "天", "前", "天前", "日前", "上", "本", "這", "下", "個", "份",
      "中旬", "底", "中", "昨", "（", "）", "(", ")", "-", "/", ".", ",", "近日", "本月", "这个月", "Jan", "january", "Mar",
      "May", "june", "Jul", "Sept", "sep", "September", "sepember", "ember", "Dec", "st", "th", "of", "in", "since", "early",
      "late", "mid", "mid-", "end of", "earlier in", "later in", "last", "past", "week", "month", "ago", "earlier", "before",
      "a", "one", "two", "six", "days", "this", "recent", "yesterday", "Today", "TODAY", "monday", "Friday", "Sunday", "on",
      "x", "_", "é", "\xE6", "，", "的"};
  uint64_t state = 12345;  // a fixed linear congruential sequence: the same sentences every run
  auto next = [&state](size_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>(state >> 33) % n;
  };
  const char* published[] = {"2026-01-01", "2026-03-11", "2026-12-31"};
  for (int i = 0; i < 3000; ++i) {
    std::string s;
    for (size_t k = 0, n = 1 + next(10); k < n; ++k) s += pieces[next(pieces.size())] + (next(3) == 0 ? " " : "");
    auto pub = ParseIsoDay(published[i % 3]);
    auto by_hand = FindDateExpressions(s, pub), by_regex = FindDateExpressionsByRegex(s, pub);
    INFO(s);
    REQUIRE(by_hand.size() == by_regex.size());
    for (size_t k = 0; k < by_hand.size(); ++k) {
      CHECK(by_hand[k].begin == by_regex[k].begin);
      CHECK(by_hand[k].end == by_regex[k].end);
      CHECK(by_hand[k].date == by_regex[k].date);
      CHECK(by_hand[k].rule == by_regex[k].rule);
      CHECK(by_hand[k].vague == by_regex[k].vague);
    }
  }
}
