// libFuzzer target for the bytes -> article path of ingest: charset
// detection and decoding, gumbo parsing, main-text and metadata extraction,
// feed parsing. Any crash, sanitizer report, or run past the time limit is a
// bug. Built by cmake/fuzz.cmake when the compiler is clang; run by tools/fuzz-html.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/charset.h"
#include "ingest/decode_document.h"
#include "ingest/feed.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  news::DecodeHints hints;
  hints.kind = news::DocumentKind::kHtml;
  hints.url = "https://example.com/2026/02/14/story.html";
  (void)news::DecodeDocument("fuzz.html", bytes, hints);
  hints.kind = news::DocumentKind::kUnknown;
  hints.content_type = "text/html; charset=gbk";
  (void)news::DecodeDocument("fuzz", bytes, hints);
  if (news::LooksLikeFeed(bytes)) {
    news::DecodedText t = news::DecodeToUtf8(bytes, "", true);
    (void)news::ParseFeed(t.text, "https://example.com/feed.xml");
  }
  return 0;
}
