#include "ingest/url.h"

#include <catch2/catch.hpp>

namespace news {
namespace {

TEST_CASE("Canonical URLs match reposted and tracked links", "[ingest]") {
  struct Row { const char* in; const char* out; };
  const Row rows[] = {
      {"HTTPS://WWW.Example.com:443/a?utm_source=x&id=7#top", "https://example.com/a?id=7"},
      {"http://example.com", "http://example.com/"},
      {"https://news.example.com/a/../b/./c?fbclid=1&gclid=2", "https://news.example.com/b/c"},
      {"https://example.com/a?b=1&utm_medium=rss&c=2", "https://example.com/a?b=1&c=2"},
      {"https://example.com:8443/a", "https://example.com:8443/a"},
      {"not a url", "not a url"},
  };
  for (const Row& r : rows) CHECK(CanonicalizeUrl(r.in) == r.out);
}

TEST_CASE("Relative links resolve against the page", "[ingest]") {
  const char* base = "https://example.com/news/2026/a.html?x=1";
  CHECK(ResolveUrl(base, "b.html") == "https://example.com/news/2026/b.html");
  CHECK(ResolveUrl(base, "../b.html") == "https://example.com/news/b.html");
  CHECK(ResolveUrl(base, "/c") == "https://example.com/c");
  CHECK(ResolveUrl(base, "//cdn.example.com/d") == "https://cdn.example.com/d");
  CHECK(ResolveUrl(base, "?page=2") == "https://example.com/news/2026/a.html?page=2");
  CHECK(ResolveUrl(base, "https://other.org/x") == "https://other.org/x");
  CHECK(ResolveUrl(base, "javascript:alert(1)").empty());
  CHECK(ResolveUrl("", "b.html").empty());
}

TEST_CASE("URL parts", "[ingest]") {
  auto u = ParseUrl("http://127.0.0.1:8080/feed.xml?a=1#f");
  REQUIRE(u);
  CHECK(u->host == "127.0.0.1");
  CHECK(u->port == 8080);
  CHECK(u->path == "/feed.xml");
  CHECK(u->query == "a=1");
  CHECK(HostKey(*u) == "127.0.0.1:8080");
  CHECK_FALSE(ParseUrl("ftp://x.org/a"));
  CHECK_FALSE(ParseUrl("http://:80/"));
  CHECK(IsHttpUrl("HTTPS://x.org"));
  CHECK_FALSE(IsHttpUrl("corpus/a.html"));
}

}  // namespace
}  // namespace news
