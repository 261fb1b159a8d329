// Date expressions in one sentence, resolved against the article's
// publication date: absolute (2026年2月14日, 2026 年 2 月, Feb. 14, 2026,
// 14 February 2026, 2026-02-14), partial (今年2月, 2月中旬, 2月6日, in March,
// February 12), relative (昨天, 昨（28）日, 上週五, 上個月, last Tuesday,
// earlier this month, two days ago). Exact days give YYYY-MM-DD; vague times
// (上週, last week, 本月中旬, early February) give YYYY-MM, as the corpus
// conventions ask.
//
//   auto dates = FindDateExpressions("He left on Monday.", ParseIsoDay("2026-02-11"));
//   dates[0].date == "2026-02-09", dates[0].rule == "relative"
//
// Offsets are bytes into the sentence. Partial and relative expressions
// need `published`; without it they are skipped. Pure function, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/dates.h"

namespace news {

struct DateExpression {
  size_t begin = 0, end = 0;  // bytes into the sentence
  std::string date;           // YYYY-MM-DD or YYYY-MM
  std::string rule;           // absolute, partial, relative
  // A vague time (上週, last week, this month, recently) given as its month:
  // an exact day in the same sentence says better when the event happened
  // ("told colleagues last week that she was leaving; her last day was Friday").
  bool vague = false;
};

std::vector<DateExpression> FindDateExpressions(std::string_view sentence, const std::optional<Day>& published);

// The same with every pattern run by RE2 instead of its hand matcher
// (extract/date_matchers.h): for tests that hold the two to the same answers.
std::vector<DateExpression> FindDateExpressionsByRegex(std::string_view sentence, const std::optional<Day>& published);

}  // namespace news
