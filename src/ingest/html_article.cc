#include "ingest/html_article.h"

#include "ingest/html_content.h"
#include "ingest/html_dom.h"
#include "ingest/html_metadata.h"
#include "ingest/url.h"

namespace news {

StatusOr<Document> ParseHtmlArticle(const std::string& source, std::string_view utf8_html,
                                    const HtmlOptions& options) {
  FlatDom dom(StripNonContent(utf8_html));
  // A page written in a time zone ahead of UTC (up to UTC+14) can carry
  // tomorrow's UTC date; two days ahead is a future event, not a publication.
  Day latest = AddDays(options.fetch_day, 1);
  PageMetadata meta = ExtractMetadata(dom, options.url, latest);
  Document d;
  d.source = source;
  d.url = options.url;
  d.title = meta.title;
  d.published = meta.published;
  d.date_rule = meta.date_rule;
  d.author = meta.author;
  std::string base = options.url;
  if (!meta.canonical_url.empty()) d.canonical_url = ResolveUrl(base, meta.canonical_url);
  if (d.canonical_url.empty() && !options.url.empty()) d.canonical_url = options.url;
  if (!d.canonical_url.empty()) d.canonical_url = CanonicalizeUrl(d.canonical_url);
  d.body = ExtractMainText(dom, d.title);
  if (meta.published.empty()) {
    FindTextDate(dom, d.body, latest, meta);
    d.published = meta.published;
    d.published_month = meta.published_month;
    d.date_rule = meta.date_rule;
  }
  if (d.body.empty()) return Status(StatusCode::kParseError, "no article text found in the HTML page");
  return d;
}

bool LooksLikeHtml(std::string_view bytes) {
  std::string head = ToLowerAscii(bytes.substr(0, 4096));
  return head.find("<html") != std::string::npos || head.find("<!doctype html") != std::string::npos ||
         head.find("<body") != std::string::npos || head.find("<head") != std::string::npos ||
         (head.find("<p>") != std::string::npos && head.find("</") != std::string::npos) ||
         head.find("<div") != std::string::npos || head.find("<meta") != std::string::npos;
}

}  // namespace news
