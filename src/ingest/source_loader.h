// One SOURCE as the user names it (a file path or an http(s) URL) to
// Documents: files through file_loader.h; URLs through http_fetcher.h, then
// either an article (decode_document.h) or a feed (feed.h) whose items are
// fetched in turn, falling back to the item's own content when its link
// fails.
//
//   Fetcher fetcher(FetchOptions{});
//   StatusOr<UrlContent> c = FetchUrl(fetcher, "https://example.com/rss.xml");
//   if (c->feed) for (const FeedItem& item : c->feed->items) {
//     std::string note;
//     StatusOr<Document> d = LoadFeedItem(fetcher, item, c->feed_url, &note);
//   }
//
// Errors are the fetcher's and the decoders' (see their headers). All
// functions are thread-safe (the Fetcher is shared).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/dates.h"
#include "common/diagnostics.h"
#include "common/status.h"
#include "ingest/feed.h"
#include "ingest/file_loader.h"
#include "ingest/http_fetcher.h"
#include "model/document.h"

namespace news {

struct UrlContent {
  std::optional<Document> article;  // set for an article page
  std::optional<Feed> feed;         // set for an RSS/Atom feed
  std::string feed_url;             // final URL of the feed
};

StatusOr<UrlContent> FetchUrl(const Fetcher& fetcher, const std::string& url, const Day& fetch_day = TodayUtc());

// The item's article: its link fetched, else (link failing or missing) the
// item's own content. `note` says why the content was used instead of a
// link ("" otherwise, and for an item that has no link at all).
StatusOr<Document> LoadFeedItem(const Fetcher& fetcher, const FeedItem& item, const std::string& feed_url,
                                std::string* note, const Day& fetch_day = TodayUtc());

// For `extract` and `analyze`: every document a SOURCE gives (a feed gives
// its items), each with its own status. Never empty. `warnings` (when not
// null) receives what was lost or replaced without failing: a feed cut
// short (its problem), an item read from the feed's own content.
struct SourceDocument {
  std::string source;
  StatusOr<Document> doc;
};
std::vector<SourceDocument> LoadSourceDocuments(const std::string& source, const Fetcher& fetcher,
                                                const FileOptions& file_options, Diagnostics* warnings = nullptr);

}  // namespace news
