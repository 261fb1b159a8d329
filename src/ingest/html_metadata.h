// Metadata of a news page (internal to src/ingest/): title, publication
// date (and the rule that found it), author and canonical URL, read from
// structured sources first (JSON-LD, <meta>, <time>, <link rel=canonical>),
// then from the URL and the text near the headline.
//
//   FlatDom dom(html);
//   PageMetadata m = ExtractMetadata(dom, "https://x.com/2026/02/14/a", TodayUtc());
//
// Dates later than `latest` (the day after the fetch day, for time zones ahead of UTC) and copyright years are never
// returned. The author comes from structured sources only. Thread-safe given
// distinct FlatDom instances.
#pragma once

#include <string>
#include <string_view>

#include "common/dates.h"
#include "ingest/html_dom.h"

namespace news {

struct PageMetadata {
  std::string title;
  std::string published;  // YYYY-MM-DD or ""
  std::string published_month;  // YYYY-MM when the text names only a month
  std::string date_rule;  // "json-ld", "meta", "time", "url", "text-near-title", "text", "text-month"
  std::string author;
  std::string canonical_url;  // as written in the page (absolute or not)
  std::string site_name;
};

// Everything from structured sources and the URL; `published` stays empty
// when none of them has a date (then call FindTextDate).
PageMetadata ExtractMetadata(const FlatDom& dom, std::string_view page_url, const Day& latest);

// The publication date from the page text: a date just before the article
// body or right after the headline, with a time of day or a cue word
// ("发布", "發表", "Published"), beats dates in sidebars or deep in the body.
// Sets m.published and m.date_rule ("text-near-title" or "text"); when the
// text has no full date, a month-only mention sets m.published_month
// (rule "text-month").
void FindTextDate(const FlatDom& dom, std::string_view body, const Day& latest, PageMetadata& m);

// "Headline | Site" -> "Headline"; keeps the title when no part stands out.
std::string StripSiteSuffix(std::string_view title, std::string_view site_name);

}  // namespace news
