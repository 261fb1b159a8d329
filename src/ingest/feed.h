// RSS 2.0 and Atom feeds: detection and parsing into items (link, id,
// title, date, author, content). A small XML tokenizer of our own reads
// them: an HTML parser would treat <link> as a void element, and feeds need
// no DTDs or namespaces beyond their prefixes.
//
//   if (LooksLikeFeed(bytes)) {
//     StatusOr<Feed> f = ParseFeed(utf8_text, "https://example.com/rss.xml");
//     for (const FeedItem& item : f->items) ...
//   }
//
// ParseFeed fails with kParseError when the text is neither RSS nor Atom.
// Links are resolved against the feed URL; an empty <link> is no link. A feed cut short (a truncated
// download, a generator that died mid-write) keeps its complete items only;
// an item without its closing tag is dropped, never half read, and
// `Feed::problem` says so in one line for the caller to warn with.
// Thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace news {

struct FeedItem {
  std::string link;       // absolute http(s) URL of the article ("" when none)
  std::string unusable_link;  // a link that is not http(s) (file:, javascript:), as written
  // guid / id, else the link, else "content:" and a hash of the title and
  // content (an item without either): the key for "seen", never "".
  std::string id;
  std::string title;
  std::string published;  // YYYY-MM-DD or ""
  std::string author;
  std::string content;    // HTML (content:encoded, content, description, summary)
};

struct Feed {
  std::string format;  // "rss" or "atom"
  std::string title;
  std::vector<FeedItem> items;
  // "" for a whole feed; else why items may be missing, e.g. "the feed is
  // cut off inside item 3 (no closing </item>): kept the 2 complete items".
  std::string problem;
};

// RSS or Atom root element near the start (after an XML declaration,
// comments, a doctype); `content_type` may already say so.
bool LooksLikeFeed(std::string_view bytes, std::string_view content_type = "");

StatusOr<Feed> ParseFeed(std::string_view xml, const std::string& feed_url);

}  // namespace news
