// Document: one article as ingestion hands it to analysis — where it came
// from, its metadata, and its normalised plain-text body. Plain data.
#pragma once

#include <cstdint>
#include <string>

namespace news {

struct Document {
  std::string source;         // path or URL as the user gave it (or the feed item link)
  std::string url;            // final URL after redirects; empty for files
  std::string canonical_url;  // rel=canonical / cleaned URL; used for dedup
  std::string title;
  std::string published;      // YYYY-MM-DD, empty when unknown
  std::string published_month;  // YYYY-MM when the page names only a month ("1998年3月号"); published stays empty
  std::string date_rule;      // which rule found `published` ("header", "json-ld", "meta", "url", "text", ...)
  std::string author;         // from structured sources only; may be empty
  std::string charset;        // charset the bytes were decoded from ("UTF-8", "GB18030", ...)
  std::string body;           // normalised plain text; paragraphs separated by '\n'
  std::string fetched_at;     // ISO timestamp of the fetch or file read
  // Duplicate detection (ingest/content_hash.h), filled by Analyzer::Analyze
  // from the normalised body: exact SHA-256 hex of the whitespace-folded
  // body, and a 64-bit character-shingle simhash (0 = body too short to judge;
  // store it as a signed 64-bit integer and compare with IsNearDuplicate()).
  std::string content_hash;
  uint64_t simhash = 0;
};

}  // namespace news
