// Ingestion from a real HTTP server on 127.0.0.1: articles in three
// charsets, gzip, redirects and loops, 404/500, a slow server, a truncated
// body, a 50 MB page, a page nested 10,000 levels deep, RSS and Atom feeds.
// Library-level checks first, then the real binary end to end.
#include <catch2/catch.hpp>

#include <algorithm>

#include "http_test_server.h"
#include "ingest/source_loader.h"
#include "store/feed_state.h"
#include "store/store.h"
#include "stored_rows.h"
#include "test_support.h"

namespace news {
namespace {

using testing::RunNewsminer;
using testing::RunResult;
using testing::ShellQuote;
using testing::StoredRows;
using testing::TempDir;
using testing::TestServer;

FetchOptions Fast() {
  FetchOptions o;
  o.connect_timeout = std::chrono::milliseconds(1000);
  o.read_timeout = std::chrono::milliseconds(300);
  return o;
}

TEST_CASE("Fetcher: redirects, loops, HTTP errors, timeouts, truncation and the size cap", "[ingest][http]") {
  TestServer server;
  Fetcher fetcher(Fast());
  struct Row { std::string path; std::string error; };  // error "" = success
  const Row rows[] = {
      {"/article.html", ""},
      {"/redirect", ""},
      {"/loop-a", "redirect loop at "},
      {"/chain/0", "too many redirects (more than 5)"},
      {"/404", "HTTP 404 Not Found"},
      {"/500", "HTTP 500 Internal Server Error"},
      {"/slow.html", "no response within the read timeout (0.3 s)"},
      {"/truncated.html", "connection closed before the whole response arrived (truncated)"},
      {"/huge.html", "response larger than the 10 MiB limit"},
      {"/gzip-truncated.html", "the compressed response body is truncated"},
      {"/no-location", "HTTP 302 redirect without a Location header"},  // QA: was "empty document"
      {"/trickle.html", "the response did not arrive within 1.2 s (4 times the read timeout; the server trickles)"},
  };
  for (const Row& r : rows) {
    INFO(r.path);
    StatusOr<FetchResult> res = fetcher.Fetch(server.Url(r.path));
    if (r.error.empty()) {
      REQUIRE(res.ok());
      CHECK(res->final_url == server.Url("/article.html"));
      CHECK(res->body.find("interpretability") != std::string::npos);
    } else {
      REQUIRE_FALSE(res.ok());
      CHECK(res.status().message().starts_with(r.error));
    }
  }
  CHECK(fetcher.Fetch("http://127.0.0.1:1/").status().message() == "cannot connect to 127.0.0.1:1");
  CHECK(fetcher.Fetch("ftp://127.0.0.1/").status().code() == StatusCode::kInvalidArgument);
}

TEST_CASE("Fetched pages: undeclared GBK and Big5, gzip, 10,000 levels of nesting", "[ingest][http]") {
  TestServer server;
  Fetcher fetcher(Fast());
  struct Row { std::string path, charset, title, text, published; };
  const Row rows[] = {
      {"/gbk.html", "GB18030", "智谱发布新一代GLM模型", "新资金将主要用于基础模型研究", "2026-02-20"},
      {"/big5.html", "Big5-HKSCS", "微軟發表自研MAI新模型", "Copilot將逐步採用", "2026-04-08"},
      {"/gzip.html", "UTF-8", "Gzip page about Google DeepMind", "real-world demonstrations", "2026-02-02"},
      {"/deep.html", "UTF-8", "", "Nested ten thousand levels deep", ""},
  };
  for (const Row& r : rows) {
    INFO(r.path);
    StatusOr<UrlContent> c = FetchUrl(fetcher, server.Url(r.path));
    REQUIRE(c.ok());
    REQUIRE(c->article);
    CHECK(c->article->charset == r.charset);
    CHECK(c->article->title == r.title);
    CHECK(c->article->body.find(r.text) != std::string::npos);
    CHECK(c->article->published == r.published);
    CHECK(c->article->url == server.Url(r.path));
  }
}

TEST_CASE("Feeds: RSS and Atom items, and the item's content when its link fails", "[ingest][http]") {
  TestServer server;
  Fetcher fetcher(Fast());
  StatusOr<UrlContent> rss = FetchUrl(fetcher, server.Url("/rss.xml"));
  REQUIRE(rss.ok());
  REQUIRE(rss->feed);
  CHECK(rss->feed->format == "rss");
  REQUIRE(rss->feed->items.size() == 4);
  CHECK(rss->feed->items[0].published == "2026-02-13");
  const FeedItem& memo = rss->feed->items[2];
  std::string note;
  StatusOr<Document> d = LoadFeedItem(fetcher, memo, rss->feed_url, &note);
  REQUIRE(d.ok());
  CHECK(note == "link failed (HTTP 404 Not Found); used the feed's own content");
  CHECK(d->title == "Meta disbands FAIR robotics team");
  CHECK(d->published == "2026-03-19");
  CHECK(d->body.find("superintelligence lab") != std::string::npos);
  CHECK(LoadFeedItem(fetcher, rss->feed->items[3], rss->feed_url, &note).status().message() ==
        "HTTP 500 Internal Server Error");

  StatusOr<UrlContent> atom = FetchUrl(fetcher, server.Url("/atom.xml"));
  REQUIRE(atom.ok());
  REQUIRE(atom->feed);
  CHECK(atom->feed->format == "atom");
  REQUIRE(atom->feed->items.size() == 2);
  CHECK(atom->feed->items[0].link == server.Url("/big5.html"));
  CHECK(atom->feed->items[0].id == "urn:b1");
  CHECK(atom->feed->items[1].published == "2026-02-02");
}

TEST_CASE("ingest URLs and feeds end to end: one-line errors, nothing stored is lost", "[ingest][http][e2e]") {
  TestServer server;
  TempDir dir;
  std::string db = dir / "n.db";
  std::string base = "--db " + ShellQuote(db) + " ingest --read-timeout 0.3 --connect-timeout 1 ";

  RunResult r = RunNewsminer(base + ShellQuote(server.Url("/rss.xml")));
  CHECK(r.exit_code == 1);
  CHECK(r.out == "ingested 3, duplicate 0, failed 1 (HTTP 500 Internal Server Error: 1)\n");
  CHECK(r.err.find("newsminer: " + server.Url("/500") + ": HTTP 500 Internal Server Error\n") != std::string::npos);
  CHECK(r.err.find("newsminer: " + server.Url("/404") + ": warning: link failed (HTTP 404 Not Found); used the feed's own content\n") !=
        std::string::npos);
  CHECK(StoredRows(db) == 3);
  int article_hits = server.hits("/article.html");

  // The next run fetches only the item that failed.
  r = RunNewsminer(base + ShellQuote(server.Url("/rss.xml")));
  CHECK(r.out == "ingested 0, duplicate 0, failed 1 (HTTP 500 Internal Server Error: 1)\n");
  CHECK(server.hits("/article.html") == article_hits);
  {
    auto store = Store::Open(db);
    REQUIRE(store.ok());
    CHECK(*CountFeedItemsSeen(**store, server.Url("/rss.xml")) == 3);
  }

  // Every failure mode: one line each, the stored articles untouched.
  std::string sources;
  for (const char* p : {"/404", "/loop-a", "/chain/0", "/slow.html", "/truncated.html", "/huge.html"})
    sources += " " + ShellQuote(server.Url(p));
  r = RunNewsminer(base + "--jobs 3" + sources + " " + ShellQuote(server.Url("/deep.html")) + " " +
                   ShellQuote(server.Url("/atom.xml")) + " " + ShellQuote(server.Url("/redirect")));
  CHECK(r.exit_code == 1);
  CHECK(r.out.starts_with("ingested 3, duplicate 1, failed 6 ("));
  for (const std::string& line : {server.Url("/404") + ": HTTP 404 Not Found",
                                  server.Url("/loop-a") + ": redirect loop at " + server.Url("/loop-a"),
                                  server.Url("/chain/0") + ": too many redirects (more than 5)",
                                  server.Url("/slow.html") + ": no response within the read timeout (0.3 s)",
                                  server.Url("/truncated.html") + ": connection closed before the whole response arrived (truncated)",
                                  server.Url("/huge.html") + ": response larger than the 10 MiB limit"}) {
    INFO(line);
    CHECK(r.err.find("newsminer: " + line + "\n") != std::string::npos);
  }
  CHECK(StoredRows(db) == 6);  // 3 before + deep + two Atom items; /redirect was the stored /article.html
}

TEST_CASE("ingest --jobs sends at most two requests at a time to one host", "[ingest][http][e2e]") {
  TestServer server;
  TempDir dir;
  std::string sources;
  for (int i = 0; i < 6; ++i) sources += " " + ShellQuote(server.Url("/host/" + std::to_string(i) + ".html"));
  RunResult r = RunNewsminer("--db " + ShellQuote(dir / "n.db") + " ingest --jobs 6" + sources);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "ingested 6, duplicate 0, failed 0\n");
  CHECK(server.max_concurrent() == 2);
}

TEST_CASE("extract and analyze take URLs", "[ingest][http][e2e]") {
  TestServer server;
  RunResult r = RunNewsminer("extract " + ShellQuote(server.Url("/gbk.html")) + " " + ShellQuote(server.Url("/404")));
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("\"title\":\"智谱发布新一代GLM模型\"") != std::string::npos);
  CHECK(r.out.find("\"charset\":\"GB18030\"") != std::string::npos);
  CHECK(r.err == "newsminer: " + server.Url("/404") + ": HTTP 404 Not Found\n");
  r = RunNewsminer("analyze " + ShellQuote(server.Url("/redirect")));
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("\"published\":\"2026-02-13\"") != std::string::npos);
}

TEST_CASE("QA: a page mislabelled as a feed is read as an article; a feed without items is a failure", "[ingest][http][e2e]") {
  TestServer server;
  TempDir dir;
  std::string base = "--db " + ShellQuote(dir / "n.db") + " ingest --read-timeout 2 ";
  RunResult r = RunNewsminer(base + ShellQuote(server.Url("/html-as-rss")));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "ingested 1, duplicate 0, failed 0\n");
  CHECK(r.err.empty());
  r = RunNewsminer(base + ShellQuote(server.Url("/empty-feed.xml")));
  CHECK(r.exit_code == 1);
  CHECK(r.out == "ingested 0, duplicate 0, failed 1 (the feed has no items: 1)\n");
  CHECK(r.err == "newsminer: " + server.Url("/empty-feed.xml") + ": the feed has no items\n");
  CHECK(StoredRows(dir / "n.db") == 1);
}

// QA (session 5): XML that is no feed was stored as an article whose title
// was its markup; the summary line repeated every failing URL as a reason.
TEST_CASE("QA: XML that is no feed is refused; the summary counts kinds of failure", "[ingest][http][e2e]") {
  TestServer server;
  TempDir dir;
  RunResult r = RunNewsminer("--db " + ShellQuote(dir / "n.db") + " ingest --read-timeout 2 " +
                             ShellQuote(server.Url("/sitemap.xml")) + " " + ShellQuote(server.Url("/loop-a")) + " " +
                             ShellQuote(server.Url("/loop-b")));
  CHECK(r.exit_code == 1);
  CHECK(r.out == "ingested 0, duplicate 0, failed 3 (redirect loop: 2; an XML document, neither an RSS/Atom feed nor an HTML page: 1)\n");
  CHECK(r.err.find("newsminer: " + server.Url("/sitemap.xml") + ": an XML document, neither an RSS/Atom feed nor an HTML page\n") !=
        std::string::npos);
  CHECK(r.err.find("newsminer: " + server.Url("/loop-b") + ": redirect loop at " + server.Url("/loop-b") + "\n") != std::string::npos);
}

// QA (session 6): a feed cut off inside an item was read as the items before
// it without a word. Now: the complete items are stored, the cut one is not
// fetched or stored, and one warning line names the feed and the cause.
TEST_CASE("QA: a feed cut off inside an item warns, keeps its complete items, stores nothing of the cut one", "[ingest][http][e2e]") {
  TestServer server;
  TempDir dir;
  const std::string url = server.Url("/cut-rss.xml");
  const std::string warning = "newsminer: " + url + ": warning: the feed is cut off inside item 3 (no closing </item>, "
                              "dropped): kept the 2 complete items\n";
  RunResult r = RunNewsminer("--db " + ShellQuote(dir / "n.db") + " ingest --read-timeout 2 " + ShellQuote(url));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "ingested 2, duplicate 0, failed 0\n");
  CHECK(r.err == warning);
  CHECK(StoredRows(dir / "n.db") == 2);
  CHECK(server.hits("/article.html") == 1);  // item 1's link; the cut item 3 links to /404 and is never read
  {
    auto store = Store::Open(dir / "n.db");
    REQUIRE(store.ok());
    CHECK(*CountFeedItemsSeen(**store, url) == 2);
  }
  r = RunNewsminer("extract --read-timeout 2 " + ShellQuote(url));
  CHECK(r.exit_code == 0);
  CHECK(r.err == warning);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 2);
  CHECK(r.out.find("FAIR") == std::string::npos);
}

}  // namespace
}  // namespace news
