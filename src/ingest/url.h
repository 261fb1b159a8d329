// URLs for ingestion: splitting, resolving relative links, and the
// canonical form used to recognise the same article under another URL.
//
//   CanonicalizeUrl("HTTPS://WWW.Example.com:443/a?utm_source=x&id=7#top")
//       == "https://example.com/a?id=7"
//   ResolveUrl("https://example.com/news/a.html", "../b.html") == "https://example.com/b.html"
//
// Pure functions, thread-safe. Non-http(s) input is returned unchanged by
// CanonicalizeUrl and gives "" from ResolveUrl when it cannot be resolved.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace news {

struct UrlParts {
  std::string scheme;  // lower case: "http" or "https"
  std::string host;    // lower case
  int port = 0;        // 0 = the scheme's default
  std::string path;    // starts with '/'
  std::string query;   // without '?'
  std::string fragment;
};

bool IsHttpUrl(std::string_view s);
std::optional<UrlParts> ParseUrl(std::string_view url);
std::string FormatUrl(const UrlParts& u);  // without the fragment
// "host" or "host:port" for connection keys.
std::string HostKey(const UrlParts& u);

std::string ResolveUrl(std::string_view base, std::string_view ref);

// Lower-cased scheme and host, no "www.", no default port, no fragment, no
// tracking parameters (utm_*, fbclid, gclid, ...), "" path -> "/".
std::string CanonicalizeUrl(std::string_view url);

}  // namespace news
