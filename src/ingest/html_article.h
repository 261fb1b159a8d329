// One HTML news page to a Document: main text (paragraphs as lines), title,
// publication date with the rule that found it, author from structured
// sources, canonical URL. Uses gumbo, a full HTML5 parser, so broken markup
// parses the way browsers parse it.
//
//   HtmlOptions opt;
//   opt.url = "https://example.com/2026/02/14/story";
//   StatusOr<Document> d = ParseHtmlArticle("story.html", utf8_html, opt);
//
// Fails with kParseError when the page holds no text. Input must already be
// UTF-8 (see charset.h). Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "common/dates.h"
#include "common/status.h"
#include "model/document.h"

namespace news {

struct HtmlOptions {
  std::string url;             // page URL (after redirects); "" for files
  Day fetch_day = TodayUtc();  // no publication date later than the day after it (time zones)
};

StatusOr<Document> ParseHtmlArticle(const std::string& source, std::string_view utf8_html,
                                    const HtmlOptions& options);

// True when the bytes look like HTML rather than plain text.
bool LooksLikeHtml(std::string_view bytes);

}  // namespace news
