#include "ingest/decode_document.h"

#include <algorithm>
#include <chrono>
#include <ctime>

#include "ingest/charset.h"
#include "ingest/html_article.h"
#include "ingest/text_article.h"

namespace news {

bool LooksBinary(std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return false;
  size_t n = std::min<size_t>(bytes.size(), 8192), zeros = 0, controls = 0;
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    zeros += c == 0;
    controls += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B;
  }
  return zeros > 0 || controls * 20 > n;
}

std::string NowIsoUtc() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

static bool IsHtmlContentType(std::string_view ct) {
  return ct.find("html") != std::string_view::npos;
}

StatusOr<Document> DecodeDocument(const std::string& source, std::string_view bytes, const DecodeHints& hints) {
  if (bytes.empty()) return Status(StatusCode::kParseError, "empty document");
  if (LooksBinary(bytes)) return Status(StatusCode::kUnsupported, "binary data, not an article");
  DocumentKind kind = hints.kind;
  if (kind == DocumentKind::kUnknown) {
    if (IsHtmlContentType(hints.content_type)) kind = DocumentKind::kHtml;
    else kind = LooksLikeHtml(bytes) ? DocumentKind::kHtml : DocumentKind::kText;
  }
  DecodedText text = DecodeToUtf8(bytes, hints.content_type, kind == DocumentKind::kHtml);
  StatusOr<Document> doc = Status(StatusCode::kParseError, "no text");
  if (kind == DocumentKind::kHtml) {
    HtmlOptions options;
    options.url = hints.url;
    options.fetch_day = hints.fetch_day;
    doc = ParseHtmlArticle(source, text.text, options);
  } else {
    // An XML document that is neither a feed nor (X)HTML (a sitemap, an API
    // reply) is markup, not prose: read as text it stored its tags as the
    // title and body.
    std::string_view head = text.text;
    head.remove_prefix(std::min(head.size(), head.find_first_not_of(" \t\r\n")));
    if (head.starts_with("<?xml"))
      return Status(StatusCode::kUnsupported, "an XML document, neither an RSS/Atom feed nor an HTML page");
    doc = ParseTextArticle(source, text.text);
    if (doc.ok() && doc->body.find_first_not_of(" \t\r\n") == std::string::npos)
      return Status(StatusCode::kParseError, "no article text");
    if (doc.ok() && !hints.url.empty()) doc->url = hints.url;
  }
  if (!doc.ok()) return doc;
  doc->charset = text.charset;
  doc->fetched_at = NowIsoUtc();
  return doc;
}

}  // namespace news
