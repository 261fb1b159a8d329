#include "ingest/source_loader.h"

#include "common/utf8.h"
#include "ingest/charset.h"
#include "ingest/decode_document.h"
#include "ingest/html_article.h"
#include "ingest/url.h"

namespace news {

// Fewer letters than this (spaces aside) in an item's own content is a
// placeholder or a teaser's remnant ("…", "x"), not an article to store.
constexpr size_t kMinItemChars = 20;

static size_t VisibleChars(std::string_view text) {
  size_t n = CountCodePoints(text);
  for (char c : text)
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') --n;
  return n;
}

StatusOr<UrlContent> FetchUrl(const Fetcher& fetcher, const std::string& url, const Day& fetch_day) {
  NEWS_ASSIGN_OR_RETURN(FetchResult r, fetcher.Fetch(url));
  UrlContent out;
  if (LooksLikeFeed(r.body, r.content_type)) {
    DecodedText text = DecodeToUtf8(r.body, r.content_type, true);
    StatusOr<Feed> feed = ParseFeed(text.text, r.final_url);
    // A server that labels an HTML page application/rss+xml lies: the body
    // decides, and the page is read as an article.
    if (feed.ok()) {
      out.feed = std::move(*feed);
      out.feed_url = r.final_url;
      return out;
    }
  }
  DecodeHints hints;
  hints.content_type = r.content_type;
  hints.url = r.final_url;
  hints.fetch_day = fetch_day;
  NEWS_ASSIGN_OR_RETURN(Document doc, DecodeDocument(url, r.body, hints));
  out.article = std::move(doc);
  return out;
}

static StatusOr<Document> FromItemContent(const FeedItem& item, const std::string& feed_url, const Day& fetch_day) {
  HtmlOptions options;
  options.url = item.link;
  options.fetch_day = fetch_day;
  std::string html = "<html><head><title></title></head><body><article>" + item.content + "</article></body></html>";
  NEWS_ASSIGN_OR_RETURN(Document d, ParseHtmlArticle(item.link.empty() ? feed_url : item.link, html, options));
  d.title = item.title;
  d.author = item.author;
  if (!item.published.empty()) { d.published = item.published; d.date_rule = "feed"; }
  d.url = item.link;
  d.canonical_url = item.link.empty() ? "" : CanonicalizeUrl(item.link);
  d.charset = "UTF-8";
  d.fetched_at = NowIsoUtc();
  return d;
}

StatusOr<Document> LoadFeedItem(const Fetcher& fetcher, const FeedItem& item, const std::string& feed_url,
                                std::string* note, const Day& fetch_day) {
  note->clear();
  Status link_error(StatusCode::kNotFound, "the item has no link");
  if (!item.unusable_link.empty())
    link_error = Status(StatusCode::kUnsupported, "the link is not an http(s) URL: " + item.unusable_link);
  if (!item.link.empty()) {
    StatusOr<UrlContent> c = FetchUrl(fetcher, item.link, fetch_day);
    if (c.ok() && c->article) {
      Document d = std::move(*c->article);
      if (d.published.empty() && !item.published.empty()) { d.published = item.published; d.date_rule = "feed"; }
      if (d.title.empty()) d.title = item.title;
      return d;
    }
    link_error = c.ok() ? Status(StatusCode::kUnsupported, "the link is a feed, not an article") : c.status();
  }
  if (item.content.empty()) return link_error;
  StatusOr<Document> d = FromItemContent(item, feed_url, fetch_day);
  if (!d.ok()) return link_error;
  if (size_t chars = VisibleChars(d->body); chars < kMinItemChars) {
    std::string why = "the item's own content is too short to be an article (" + std::to_string(chars) +
                      (chars == 1 ? " character)" : " characters)");
    if (item.link.empty() && item.unusable_link.empty()) return Status(StatusCode::kParseError, why);
    return Status(link_error.code(), link_error.message() + "; " + why);
  }
  // An item that is only content (RSS allows it) is no failure to warn about.
  if (!item.link.empty() || !item.unusable_link.empty())
    *note = "link failed (" + link_error.message() + "); used the feed's own content";
  return d;
}

std::vector<SourceDocument> LoadSourceDocuments(const std::string& source, const Fetcher& fetcher,
                                                const FileOptions& file_options, Diagnostics* warnings) {
  std::vector<SourceDocument> out;
  if (!IsHttpUrl(source)) {
    out.push_back({source, LoadFile(source, file_options)});
    return out;
  }
  StatusOr<UrlContent> c = FetchUrl(fetcher, source, file_options.fetch_day);
  if (!c.ok()) { out.push_back({source, c.status()}); return out; }
  if (c->article) { out.push_back({source, std::move(*c->article)}); return out; }
  const std::string& problem = c->feed->problem;
  if (c->feed->items.empty())
    return {{source, Status(StatusCode::kParseError, problem.empty() ? "the feed has no items" : problem)}};
  if (warnings && !problem.empty()) warnings->Warning(source, problem);
  for (const FeedItem& item : c->feed->items) {
    std::string note, item_source = item.link.empty() ? item.id : item.link;
    out.push_back({item_source, LoadFeedItem(fetcher, item, c->feed_url, &note, file_options.fetch_day)});
    if (warnings && !note.empty()) warnings->Warning(item_source, note);
  }
  return out;
}

}  // namespace news
