// Raw bytes (from a file or an HTTP response) to a Document: decides whether
// they are HTML or plain text, decodes the charset (charset.h) and runs the
// matching parser (html_article.h or text_article.h).
//
//   DecodeHints hints;
//   hints.content_type = "text/html; charset=gbk";
//   hints.url = "https://example.com/a.html";
//   StatusOr<Document> d = DecodeDocument("https://example.com/a.html", bytes, hints);
//
// Fails with kUnsupported (binary data) or kParseError (no text). Invalid
// byte sequences are replaced, never fatal. Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "common/dates.h"
#include "common/status.h"
#include "model/document.h"

namespace news {

enum class DocumentKind { kUnknown, kText, kHtml };

struct DecodeHints {
  DocumentKind kind = DocumentKind::kUnknown;  // from the file extension; kUnknown = sniff
  std::string content_type;                    // HTTP Content-Type, "" for files
  std::string url;                             // final URL for HTTP documents
  Day fetch_day = TodayUtc();
};

StatusOr<Document> DecodeDocument(const std::string& source, std::string_view bytes, const DecodeHints& hints);

// NUL bytes or many control bytes in the first 8 KiB (UTF-16 with a BOM is
// text).
bool LooksBinary(std::string_view bytes);

// "2026-02-14T09:30:00Z" for now, in UTC.
std::string NowIsoUtc();

}  // namespace news
