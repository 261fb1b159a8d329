// QA (session 7): feed items that are only content. An empty <link></link>
// resolved to the feed's own URL, so every such item had the feed's URL and
// all but the first were stored as its duplicates ("the link is a feed, not
// an article"); items without link and guid all had the key "", so after
// the first run no new one was ever read; a file: or javascript: link was
// reported as "the item has no link", and an item without a link at all
// warned that its "link failed".
#include <catch2/catch.hpp>

#include <set>

#include "http_test_server.h"
#include "ingest/feed.h"
#include "ingest/source_loader.h"
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

const std::string kFeedUrl = "https://news.example/feed.xml";

TEST_CASE("QA: feed items without a usable link keep no link and a key of their own", "[ingest][feed]") {
  struct Row {
    const char* what;
    std::string item;       // inside <item>
    std::string link;       // expected link
    std::string unusable;   // expected unusable_link
    std::string id_prefix;  // expected start of the id
  };
  const Row rows[] = {
      {"empty link (zh-Hant)", "<title>OpenAI 研究團隊重組</title><link></link><description>OpenAI 重組研究團隊。</description>",
       "", "", "content:"},
      {"spaces for a link (zh-Hans)", "<title>百度发布新模型</title><link>  </link><description>百度发布了新模型。</description>",
       "", "", "content:"},
      {"no link element (en)", "<title>Anthropic hires</title><description>Anthropic hired a director.</description>", "", "",
       "content:"},
      {"file: link (en)", "<title>x</title><link>file:///etc/passwd</link><description>Nvidia ships chips.</description>", "",
       "file:///etc/passwd", "content:"},
      {"javascript: link (zh-Hant)", "<title>輝達</title><link>javascript:alert(1)</link><description>輝達出貨。</description>", "",
       "javascript:alert(1)", "content:"},
      {"guid without link (zh-Hans)", "<title>智谱</title><guid isPermaLink=\"false\">zp-1</guid><description>智谱融资。</description>",
       "", "", "zp-1"},
      {"relative link (en)", "<title>Meta</title><link>/a/1</link>", "https://news.example/a/1", "", "https://news.example/a/1"},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    StatusOr<Feed> f = ParseFeed("<rss version=\"2.0\"><channel><item>" + r.item + "</item></channel></rss>", kFeedUrl);
    REQUIRE(f.ok());
    REQUIRE(f->items.size() == 1);
    CHECK(f->items[0].link == r.link);
    CHECK(f->items[0].unusable_link == r.unusable);
    CHECK(f->items[0].id.starts_with(r.id_prefix));
  }
  // Atom: an empty href is no link either.
  StatusOr<Feed> atom = ParseFeed("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>谷歌</title><link href=\"\"/>"
                                  "<summary>谷歌发布新模型。</summary></entry></feed>", kFeedUrl);
  REQUIRE(atom.ok());
  REQUIRE(atom->items.size() == 1);
  CHECK(atom->items[0].link.empty());
  CHECK(atom->items[0].id.starts_with("content:"));
}

TEST_CASE("QA: content-only feed items are told apart by what they say, the same way every time", "[ingest][feed]") {
  const std::string xml = "<rss version=\"2.0\"><channel>"
                          "<item><title>OpenAI 研究團隊重組</title><description>OpenAI 重組研究團隊。</description></item>"
                          "<item><title>百度发布新模型</title><description>百度发布了新模型。</description></item>"
                          "<item><title>Anthropic hires</title><description>Anthropic hired a director.</description></item>"
                          "</channel></rss>";
  StatusOr<Feed> a = ParseFeed(xml, kFeedUrl), b = ParseFeed(xml, kFeedUrl);
  REQUIRE(a.ok());
  REQUIRE(a->items.size() == 3);
  std::set<std::string> ids;
  for (size_t i = 0; i < 3; ++i) {
    ids.insert(a->items[i].id);
    CHECK(a->items[i].id == b->items[i].id);
  }
  CHECK(ids.size() == 3);
}

TEST_CASE("QA: an item's file: link is named in the warning, not called missing", "[ingest][feed]") {
  StatusOr<Feed> f = ParseFeed("<rss version=\"2.0\"><channel><item><title>百度发布新模型</title><link>file:///etc/passwd</link>"
                               "<description>百度今天发布了文心大模型的新版本，研究团队表示推理能力明显提升。</description></item>"
                               "</channel></rss>", kFeedUrl);
  REQUIRE(f.ok());
  REQUIRE(f->items.size() == 1);
  Fetcher fetcher{FetchOptions{}};
  std::string note;
  StatusOr<Document> d = LoadFeedItem(fetcher, f->items[0], kFeedUrl, &note);
  REQUIRE(d.ok());
  CHECK(note == "link failed (the link is not an http(s) URL: file:///etc/passwd); used the feed's own content");
  CHECK(d->canonical_url.empty());
}

// QA (session 7): an item whose link failed and whose own content was one
// character was stored as an article of one character.
TEST_CASE("QA: an item's own content too short to be an article is refused, with the link's error", "[ingest][feed]") {
  struct Row {
    const char* what;
    std::string item;   // inside <item>
    std::string error;  // "" when the item is read
  };
  const Row rows[] = {
      {"one letter behind a file: link (en)", "<title>x</title><link>file:///etc/passwd</link><description>x</description>",
       "the link is not an http(s) URL: file:///etc/passwd; the item's own content is too short to be an article "
       "(1 character)"},
      {"a two-character flash, no link (zh-Hant)", "<title>快訊</title><description>快訊</description>",
       "the item's own content is too short to be an article (2 characters)"},
      {"spaces do not count (en)", "<title>t</title><description>a b c d e f g h i j k l m n o p q r s</description>",
       "the item's own content is too short to be an article (19 characters)"},
      {"twenty characters are an article (zh-Hans)", "<title>百度</title><description>百度今天发布了文心大模型的新版本推理更强</description>", ""},
  };
  Fetcher fetcher{FetchOptions{}};
  for (const Row& r : rows) {
    INFO(r.what);
    StatusOr<Feed> f = ParseFeed("<rss version=\"2.0\"><channel><item>" + r.item + "</item></channel></rss>", kFeedUrl);
    REQUIRE(f.ok());
    REQUIRE(f->items.size() == 1);
    std::string note;
    StatusOr<Document> d = LoadFeedItem(fetcher, f->items[0], kFeedUrl, &note);
    CHECK(d.ok() == r.error.empty());
    if (!d.ok()) CHECK(d.status().message() == r.error);
  }
}

TEST_CASE("QA: a feed of content-only items stores each item, and a later run only the new ones", "[ingest][http][e2e]") {
  TestServer server;
  TempDir dir;
  const std::string url = server.Url("/notes.xml");
  const std::string cmd = "--db " + ShellQuote(dir / "n.db") + " ingest --read-timeout 2 " + ShellQuote(url);
  server.set_notes(2);
  RunResult r = RunNewsminer(cmd);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "ingested 2, duplicate 0, failed 0\n");
  CHECK(r.err == "");  // content-only items are normal RSS: no warning
  CHECK(StoredRows(dir / "n.db") == 2);
  server.set_notes(3);
  r = RunNewsminer(cmd);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "ingested 1, duplicate 0, failed 0\n");
  CHECK(r.err.find("the link is not an http(s) URL: file:///etc/passwd); used the feed's own content") != std::string::npos);
  CHECK(StoredRows(dir / "n.db") == 3);
  r = RunNewsminer(cmd);
  CHECK(r.out == "ingested 0, duplicate 0, failed 0\n");
}

// QA (session 7): `analyze FEED_URL` fetched every item (a warning for each
// broken link) and then refused the feed.
TEST_CASE("QA: analyze refuses a feed without fetching its items", "[ingest][http][e2e]") {
  TestServer server;
  const std::string url = server.Url("/rss.xml");
  RunResult r = RunNewsminer("analyze --read-timeout 2 " + ShellQuote(url));
  CHECK(r.exit_code == 1);
  CHECK(r.out == "");
  CHECK(r.err == "newsminer: " + url + ": is a feed with 4 items; analyze takes one article (use ingest, or analyze an "
                 "item's link)\n");
  CHECK(server.hits("/article.html") == 0);
  r = RunNewsminer("analyze --read-timeout 2 " + ShellQuote(server.Url("/article.html")));
  CHECK(r.exit_code == 0);
  CHECK(server.hits("/article.html") == 1);
}

}  // namespace
}  // namespace news
