// Bytes to UTF-8: decides the charset of a page or file and converts it.
// The order is the one browsers use, plus a detector: byte-order mark, the
// HTTP Content-Type charset, <meta charset> / http-equiv / <?xml encoding?>
// in the first bytes, and finally ICU's statistical detector. Labels are
// widened to their supersets (GB2312/GBK -> GB18030, Big5 -> Big5-HKSCS,
// ISO-8859-1 -> windows-1252). A declaration that is contradicted by the
// bytes (declared GBK but valid UTF-8, declared UTF-8 but not, declared
// Big5 but confidently detected as GBK or the other way round) is ignored,
// and undeclared bytes that are UTF-8 but for a few bad sequences (a file
// cut mid-character) are UTF-8.
//
//   DecodedText t = DecodeToUtf8(bytes, "text/html; charset=gbk");
//   doc.charset = t.charset;          // "GB18030"
//
// Invalid sequences become U+FFFD and are counted; decoding never fails.
// This file is the only place ingest uses ICU. Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace news {

struct DecodedText {
  std::string text;     // valid UTF-8, BOM removed
  std::string charset;  // canonical name used: "UTF-8", "GB18030", "Big5-HKSCS", ...
  std::string rule;     // what decided it: "bom", "http", "meta", "detected", "utf8-valid", "utf8-mostly", "default"
  size_t invalid = 0;   // sequences replaced by U+FFFD
};

// `content_type` is the HTTP header value or empty; `markup` enables the
// <meta>/<?xml?> scan and strips tags before statistical detection.
DecodedText DecodeToUtf8(std::string_view bytes, std::string_view content_type = "", bool markup = true);

// The charset parameter of a Content-Type value, lower-cased; "" if none.
std::string CharsetFromContentType(std::string_view content_type);

// The charset declared in the first 16 KiB of an HTML/XML document; "" if none.
std::string CharsetFromMarkup(std::string_view bytes);

// Canonical converter name for a label ("gb2312" -> "GB18030"); "" when ICU
// has no converter for it.
std::string CanonicalCharset(std::string_view label);

// Encodes UTF-8 text into `charset` (for tests and fixtures); invalid
// characters become the charset's substitution byte.
std::string EncodeFromUtf8(std::string_view utf8, std::string_view charset);

}  // namespace news
