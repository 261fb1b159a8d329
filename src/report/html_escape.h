// Escaping for the HTML and SVG the digest writes: every piece of article
// text goes through EscapeHtml before it reaches the page, and a link is only
// written when SafeHttpUrl accepts its URL.
//
//   out += "<td>" + EscapeHtml(article.title) + "</td>";
//   if (SafeHttpUrl(url)) out += "<a href=\"" + EscapeHtml(url) + "\">";
//
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace news {

// Escapes & < > " ' so the result is safe as element text and inside a
// double- or single-quoted attribute (HTML and SVG alike). Control
// characters other than tab and newline become U+FFFD, because HTML5 forbids
// them and XML (SVG) cannot hold them at all. Invalid UTF-8 is repaired.
std::string EscapeHtml(std::string_view s);

// True for an absolute http:// or https:// URL without whitespace, quotes,
// angle brackets or control characters, i.e. safe to put in an href after
// EscapeHtml. Anything else (javascript:, data:, relative paths) is refused.
bool SafeHttpUrl(std::string_view url);

}  // namespace news
