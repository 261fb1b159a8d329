// POST /api/ingest end to end: a news site served by this test on
// 127.0.0.1 (an RSS feed, articles in Chinese and English, a dead link),
// ingested in the background by the server while progress is polled; a
// second run skips what it has; SIGTERM during a slow job leaves whole
// articles only.
#include <catch2/catch.hpp>

#include "analysis/analyzer.h"
#include "common/json.h"
#include "server/ingest_job.h"
#include "server_test_support.h"
#include "store/store.h"

using namespace news;
using namespace news::testing;

namespace {

const char* kZhArticle = R"(<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>OpenAI 研究副總裁離職 轉投 Anthropic</title><meta property="article:published_time" content="2026-02-11"></head>
<body><article><h1>OpenAI 研究副總裁離職 轉投 Anthropic</h1>
<p>OpenAI 研究副總裁週二證實離職，將加入 Anthropic 領導可解釋性研究團隊。多名前同事表示，公司近一年把資源轉向產品，研究文化明顯退潮。</p>
<p>知情人士指出，Sora 團隊的長期研究計畫已被凍結，工程師被調往 ChatGPT 的產品開發，部分研究人員對此感到失望。</p>
</article></body></html>)";

const char* kEnArticle = R"(<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Anthropic opens a Tokyo office as enterprise demand grows</title>
<meta property="article:published_time" content="2026-02-12"></head>
<body><article><h1>Anthropic opens a Tokyo office as enterprise demand grows</h1>
<p>Anthropic said on Thursday it will open an office in Tokyo, its first in Asia, to serve enterprise customers of Claude.</p>
<p>The company said its research team would keep publishing interpretability work while the product group expands sales.</p>
</article></body></html>)";

std::string Feed(const std::string& base, int n_slow) {
  std::string items = "<item><title>zh</title><link>" + base + "/news/zh.html</link><guid>zh</guid></item>"
                      "<item><title>en</title><link>" + base + "/news/en.html</link><guid>en</guid></item>"
                      "<item><title>gone</title><link>" + base + "/news/gone.html</link><guid>gone</guid></item>";
  for (int i = 0; i < n_slow; ++i)
    items += "<item><title>s</title><link>" + base + "/slow/" + std::to_string(i) + ".html</link><guid>s" +
             std::to_string(i) + "</guid></item>";
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Test news</title>" +
         items + "</channel></rss>";
}

// A distinct story per n (different words, so no two are near-duplicates).
std::string SlowStory(int n) {
  static const char* kWords[] = {"Gemini", "researchers", "robotics", "budget", "chips", "safety", "agents",
                                 "benchmark", "Tokyo", "London", "hiring", "inference", "datasets", "compute",
                                 "partners", "students", "weather", "protein", "math", "coding"};
  std::string body;
  unsigned x = 2654435761u * static_cast<unsigned>(n + 1);
  for (int i = 0; i < 60; ++i) {
    x = x * 1103515245u + 12345u;
    body += std::string(kWords[(x >> 16) % 20]) + (i % 12 == 11 ? ". " : " ");
  }
  return "<html><head><meta charset=utf-8><title>Slow story " + std::to_string(n) + "</title>"
         "<meta property=\"article:published_time\" content=\"2026-02-1" + std::to_string(n % 10) +
         "\"></head><body><article><p>Google DeepMind story " + std::to_string(n) + ": " + body +
         "</p></article></body></html>";
}

// A small news site on 127.0.0.1; /slow/N.html answers after 400 ms.
class NewsSite {
 public:
  NewsSite() {
    svr_.Get("/feed.xml", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content(Feed(base(), 0), "application/rss+xml");
    });
    svr_.Get("/slowfeed.xml", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content(Feed(base(), 12), "application/rss+xml");
    });
    svr_.Get("/news/zh.html", [](const httplib::Request&, httplib::Response& res) { res.set_content(kZhArticle, "text/html; charset=utf-8"); });
    svr_.Get("/news/en.html", [](const httplib::Request&, httplib::Response& res) { res.set_content(kEnArticle, "text/html; charset=utf-8"); });
    svr_.Get(R"(/slow/(\d+)\.html)", [](const httplib::Request& req, httplib::Response& res) {
      std::this_thread::sleep_for(std::chrono::milliseconds(400));
      res.set_content(SlowStory(std::stoi(req.matches[1])), "text/html; charset=utf-8");
    });
    port_ = svr_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { svr_.listen_after_bind(); });
  }
  ~NewsSite() {
    svr_.stop();
    thread_.join();
  }
  std::string base() const { return "http://127.0.0.1:" + std::to_string(port_); }

 private:
  httplib::Server svr_;
  int port_ = 0;
  std::thread thread_;
};

JsonValue WaitForJob(httplib::Client& c, int64_t id) {
  for (int i = 0; i < 600; ++i) {
    auto r = c.Get("/api/jobs/" + std::to_string(id));
    if (r && r->status == 200) {
      JsonValue j = *ParseJson(r->body);
      if (j["state"].AsString() != "queued" && j["state"].AsString() != "running") return j;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return JsonValue();
}

}  // namespace

TEST_CASE("POST /api/ingest fetches a feed in the background with progress", "[server][ingest]") {
  NewsSite site;
  TempDir dir;
  WebServer::Options o;
  o.api.db_path = dir / "news.db";
  FetchOptions fetch;
  fetch.connect_timeout = std::chrono::milliseconds(2000);
  fetch.read_timeout = std::chrono::milliseconds(5000);
  o.api.ingest = MakeIngestWork(o.api.db_path, ResolveLexiconDir(""), fetch);
  LocalServer server(o);
  auto c = server.client();

  auto r = c.Post("/api/ingest", httplib::Headers{{"Origin", server.origin()}},
                  "{\"url\":" + JsonQuote(site.base() + "/feed.xml") + "}", "application/json");
  REQUIRE(r);
  REQUIRE(r->status == 202);
  JsonValue job = WaitForJob(c, static_cast<int64_t>((*ParseJson(r->body))["id"].AsNumber()));
  INFO(job["message"].AsString());
  CHECK(job["state"].AsString() == "done");
  CHECK(job["total"].AsNumber() == 3);
  CHECK(job["done"].AsNumber() == 3);
  CHECK(job["ingested"].AsNumber() == 2);
  CHECK(job["failed"].AsNumber() == 1);
  REQUIRE(job["errors"].size() == 1);
  CHECK(job["errors"][0].AsString().find("/news/gone.html: ") != std::string::npos);

  // What the job stored is there for readers.
  auto hits = c.Get("/api/search?q=%E9%9B%A2%E8%81%B7");  // 離職
  REQUIRE(hits);
  REQUIRE(hits->status == 200);
  JsonValue h = *ParseJson(hits->body);
  REQUIRE(h["hits"].size() == 1);
  CHECK(h["hits"][0]["article"]["title"].AsString() == "OpenAI 研究副總裁離職 轉投 Anthropic");

  // A second run finds nothing new.
  r = c.Post("/api/ingest", "{\"url\":" + JsonQuote(site.base() + "/feed.xml") + "}", "application/json");
  REQUIRE(r);
  job = WaitForJob(c, static_cast<int64_t>((*ParseJson(r->body))["id"].AsNumber()));
  CHECK(job["state"].AsString() == "done");
  CHECK(job["ingested"].AsNumber() == 0);
  CHECK(job["duplicates"].AsNumber() == 2);

  // An address that does not answer makes the job fail with the reason.
  r = c.Post("/api/ingest", "{\"url\":\"http://127.0.0.1:1/feed.xml\"}", "application/json");
  REQUIRE(r);
  job = WaitForJob(c, static_cast<int64_t>((*ParseJson(r->body))["id"].AsNumber()));
  CHECK(job["state"].AsString() == "failed");
  CHECK_FALSE(job["message"].AsString().empty());
}

TEST_CASE("SIGTERM during an ingest job finishes the current article and exits cleanly", "[server][ingest]") {
  NewsSite site;
  TempDir dir;
  std::string db = dir / "news.db";
  ServeProcess server(db, {});
  REQUIRE(server.port() > 0);
  auto c = server.client();
  auto r = c.Post("/api/ingest", "{\"url\":" + JsonQuote(site.base() + "/slowfeed.xml") + "}", "application/json");
  REQUIRE(r);
  REQUIRE(r->status == 202);
  // Wait until a few slow articles are in, then stop the server mid-job.
  for (int i = 0; i < 200; ++i) {
    auto j = c.Get("/api/jobs/1");
    if (j && (*ParseJson(j->body))["done"].AsNumber() >= 5) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  CHECK(server.Stop(SIGTERM) == 0);
  CHECK(server.stderr_text().find("stopping (finishing the current article)") != std::string::npos);

  auto store = Store::Open(db);
  REQUIRE(store.ok());
  int64_t articles = *(*store)->CountRows("articles");
  CHECK(articles >= 4);
  CHECK(articles < 14);  // it did stop before the end of the feed
  // Every stored article is whole: it has its sentences.
  int64_t sentences = *(*store)->CountRows("sentences");
  CHECK(sentences >= articles);
}
