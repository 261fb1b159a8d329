// The main text of a news page (internal to src/ingest/): drops navigation,
// ads, share bars, related links, comments and footers, and keeps the
// article's paragraphs as lines.
//
// How: boilerplate subtrees are removed by tag, role, visibility and
// class/id words; paragraph-like blocks are scored by length (in characters,
// so unspaced Chinese counts fully) and commas (ASCII and Chinese), scores
// flow to their containers, the best container minus its link-heavy parts
// is the article, with siblings that look like more of it.
//
//   FlatDom dom(html);
//   std::string body = ExtractMainText(dom, title);
//
// Thread-safe given distinct FlatDom instances.
#pragma once

#include <string>
#include <string_view>

#include "ingest/html_dom.h"

namespace news {

// Lines of the article text joined by '\n'; lines equal to `title` are
// dropped. Empty when the page has no text at all.
std::string ExtractMainText(const FlatDom& dom, std::string_view title);

}  // namespace news
