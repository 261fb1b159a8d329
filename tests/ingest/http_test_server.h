// A real HTTP server on 127.0.0.1 (a free port) inside the test process,
// serving the pages, feeds and failure modes the ingest tests need.
#pragma once

#include <httplib.h>
#include <zlib.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "ingest/charset.h"

namespace news::testing {

inline std::string Gzip(const std::string& in) {
  z_stream zs{};
  deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(compressBound(static_cast<uLong>(in.size())) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

inline std::string ArticleHtml(const std::string& title, const std::string& date, const std::string& paragraphs) {
  return "<!doctype html><html><head><title>" + title + " | Test News</title>"
         "<meta property='article:published_time' content='" + date + "'></head><body>"
         "<nav><a href='/'>Home</a> <a href='/ai'>AI</a></nav><article><h1>" + title + "</h1>" + paragraphs +
         "</article><footer>Copyright 2026 Test News</footer></body></html>";
}

inline const std::string kEnParagraphs =
    "<p>Anthropic hired a former OpenAI research director to lead its new interpretability group, the "
    "company said on Tuesday.</p><p>The move follows a string of departures from OpenAI's research "
    "organisation since the lab shifted resources toward products such as ChatGPT and Sora.</p>";
inline const std::string kGbkText =
    "<p>智谱今日发布新一代GLM模型，并宣布完成新一轮融资，由多家国有资本领投。</p>"
    "<p>公司表示，新资金将主要用于基础模型研究和算力建设，同时加快企业级产品的商业化。</p>"
    "<p>分析人士认为，国内大模型公司正在研究投入与产品收入之间寻找新的平衡。</p>";
inline const std::string kBig5Text =
    "<p>微軟今日發表自研MAI新模型，Copilot將逐步採用，以降低對OpenAI的依賴。</p>"
    "<p>研究團隊表示，新模型在推理與程式碼任務上的表現已接近業界領先水準。</p>"
    "<p>市場人士認為，這顯示大型科技公司正加速建立自有的基礎模型能力。</p>";

class TestServer {
 public:
  TestServer() {
    Routes();
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~TestServer() {
    server_.stop();
    thread_.join();
  }
  std::string Url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }
  int max_concurrent() const { return max_concurrent_; }
  // How many items /notes.xml lists (the feed grows between two ingests).
  void set_notes(int n) { notes_ = n; }
  int hits(const std::string& path) const { return path == "/article.html" ? article_hits_.load() : 0; }

 private:
  void Html(const char* path, std::string body, const char* type = "text/html") {
    server_.Get(path, [body = std::move(body), type](const httplib::Request&, httplib::Response& res) {
      res.set_content(body, type);
    });
  }

  void Routes() {
    server_.Get("/article.html", [this](const httplib::Request&, httplib::Response& res) {
      ++article_hits_;
      res.set_content(ArticleHtml("Anthropic hires former OpenAI research director", "2026-02-13", kEnParagraphs), "text/html");
    });
    // No charset anywhere: neither the header nor the page says it.
    Html("/gbk.html", EncodeFromUtf8(ArticleHtml("智谱发布新一代GLM模型", "2026-02-20", kGbkText), "GBK"));
    Html("/big5.html", EncodeFromUtf8(ArticleHtml("微軟發表自研MAI新模型", "2026-04-08", kBig5Text), "Big5"));
    Html("/deep.html", [] {
      std::string s;
      for (int i = 0; i < 10000; ++i) s += "<div>";
      return s + "<p>Nested ten thousand levels deep, this paragraph about Nvidia still has to come out.</p>";
    }());
    server_.Get("/gzip.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Encoding", "gzip");
      res.set_content(Gzip(ArticleHtml("Gzip page about Google DeepMind", "2026-02-02",
                                       "<p>Google DeepMind published a new robotics model this week, trained on "
                                       "a much larger set of real-world demonstrations than before.</p>")),
                      "application/octet-stream");
    });
    // QA (session 5): a gzip body cut short was taken as the page (httplib
    // hands over what inflated), so a partial page was stored as the article.
    server_.Get("/gzip-truncated.html", [](const httplib::Request&, httplib::Response& res) {
      std::string gz = Gzip(ArticleHtml("Gzip page cut short", "2026-02-02", kEnParagraphs + kEnParagraphs));
      res.set_header("Content-Encoding", "gzip");
      res.set_content(gz.substr(0, gz.size() / 2), "application/octet-stream");  // text/* would be gzipped again by httplib
    });
    // QA (session 5): feeds that lie. An HTML article labelled
    // application/rss+xml failed ("not an RSS or Atom feed"); a feed with no
    // usable item ingested nothing and said nothing (exit 0).
    Html("/html-as-rss", ArticleHtml("Mislabelled page about Nvidia", "2026-03-03",
                                     "<p>Nvidia said its new inference chips ship to cloud customers next quarter, "
                                     "and the research group behind them grew by a third this year.</p>"),
         "application/rss+xml");
    Html("/empty-feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Nothing</title>"
                            "<item><link>javascript:alert(1)</link></item><item><title>no link</title></item>"
                            "</channel></rss>", "application/rss+xml");
    // QA (session 5): one byte every 100 ms never trips a 300 ms read
    // timeout; the page took as long as the server liked.
    server_.Get("/trickle.html", [](const httplib::Request&, httplib::Response& res) {
      static const std::string page = ArticleHtml("Trickled", "2026-02-01", kEnParagraphs);
      res.set_content_provider(page.size(), "text/html", [](size_t offset, size_t, httplib::DataSink& sink) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        return sink.write(page.data() + offset, 1);
      });
    });
    server_.Get("/no-location", [](const httplib::Request&, httplib::Response& res) { res.status = 302; });
    Html("/sitemap.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset><url><loc>https://example.com/a</loc>"
                         "</url></urlset>", "application/xml");
    server_.Get("/redirect", [this](const httplib::Request&, httplib::Response& res) { res.set_redirect(Url("/redirect2")); });
    server_.Get("/redirect2", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/article.html"); });
    server_.Get("/loop-a", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/loop-b"); });
    server_.Get("/loop-b", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/loop-a"); });
    server_.Get(R"(/chain/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
      res.set_redirect("/chain/" + std::to_string(std::stoi(req.matches[1]) + 1));
    });
    server_.Get("/404", [](const httplib::Request&, httplib::Response& res) { res.status = 404; res.set_content("gone", "text/plain"); });
    server_.Get("/500", [](const httplib::Request&, httplib::Response& res) { res.status = 500; res.set_content("oops", "text/plain"); });
    server_.Get("/slow.html", [](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1200));
      res.set_content(ArticleHtml("Slow", "2026-02-01", kEnParagraphs), "text/html");
    });
    server_.Get("/truncated.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content_provider(100000, "text/html", [](size_t, size_t, httplib::DataSink& sink) {
        std::string part = "<html><body><p>Only the first part of this page ever arrives";
        sink.write(part.data(), part.size());
        return false;  // close the connection long before Content-Length
      });
    });
    server_.Get("/huge.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content_provider(50u << 20, "text/html", [](size_t offset, size_t length, httplib::DataSink& sink) {
        static const std::string chunk = [] {
          std::string c;
          while (c.size() < 65536) c += "<p>A fifty megabyte page of paragraphs about AI chips and budgets.</p>\n";
          return c.substr(0, 65536);
        }();
        size_t n = std::min(length, chunk.size());
        (void)offset;
        return sink.write(chunk.data(), n);
      });
    });
    server_.Get(R"(/host/(\d+)\.html)", [this](const httplib::Request& req, httplib::Response& res) {
      int now = ++concurrent_;
      int seen = max_concurrent_;
      while (now > seen && !max_concurrent_.compare_exchange_weak(seen, now)) {}
      std::this_thread::sleep_for(std::chrono::milliseconds(150));
      --concurrent_;
      static const char* kStories[] = {
          "Nvidia reported record data-centre revenue and raised its outlook for the coming quarter.",
          "Baidu merged its Ernie research group into a new applications division focused on products.",
          "Mistral closed a funding round led by a sovereign fund to expand its compute in Europe.",
          "Alibaba said monthly users of its Qwen assistant app doubled since the spring launch.",
          "xAI folded its research team into the Grok product group after several senior exits.",
          "Google DeepMind published a robotics model trained on many more real demonstrations."};
      int i = std::stoi(req.matches[1].str()) % 6;
      res.set_content(ArticleHtml("Parallel story " + req.matches[1].str(), "2026-02-1" + req.matches[1].str(),
                                  std::string("<p>") + kStories[i] + " " + kStories[(i + 1) % 6] + "</p>"),
                      "text/html");
    });
    // QA (session 7): items that are only content, as RSS allows (no link, or
    // an empty one), and one whose link is a file: URL.
    server_.Get("/notes.xml", [this](const httplib::Request&, httplib::Response& res) {
      static const char* kItems[] = {
          "<item><title>OpenAI 研究團隊重組</title><link></link><description>OpenAI 本週宣布重組研究團隊，"
          "部分研究人員將轉往產品部門。</description></item>",
          "<item><title>Anthropic hires</title><description>Anthropic hired a former Google DeepMind research "
          "director to lead its interpretability group.</description></item>",
          "<item><title>百度发布新模型</title><link>file:///etc/passwd</link><description>百度今天发布了文心大模型"
          "的新版本，研究团队表示推理能力明显提升。</description></item>"};
      std::string xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Notes</title>";
      for (int i = 0; i < notes_ && i < 3; ++i) xml += kItems[i];
      res.set_content(xml + "</channel></rss>", "application/rss+xml");
    });
    // Built per request: the port is known only after the routes are set.
    server_.Get("/rss.xml", [this](const httplib::Request&, httplib::Response& res) { res.set_content(Rss(), "application/rss+xml"); });
    server_.Get("/atom.xml", [this](const httplib::Request&, httplib::Response& res) { res.set_content(Atom(), "application/atom+xml"); });
    // Cut off inside its third item, whose link must never be fetched.
    server_.Get("/cut-rss.xml", [this](const httplib::Request&, httplib::Response& res) {
      std::string whole = Rss();
      res.set_content(whole.substr(0, whole.find("<item><title>Meta disbands") + 60), "application/rss+xml");
    });
  }

  std::string Rss() const {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
           "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Test News</title>"
           "<item><title>Anthropic hires</title><link>" + Url("/article.html") + "</link><guid>a1</guid>"
           "<pubDate>Fri, 13 Feb 2026 08:00:00 GMT</pubDate></item>"
           "<item><title>GBK story</title><link>" + Url("/gbk.html") + "</link><guid>a2</guid></item>"
           "<item><title>Meta disbands FAIR robotics team</title><link>" + Url("/404") + "</link><guid>a3</guid>"
           "<pubDate>Thu, 19 Mar 2026 09:00:00 GMT</pubDate><content:encoded><![CDATA[<p>Meta disbanded its FAIR "
           "robotics and open science teams on Thursday, according to an internal memo seen by reporters.</p>"
           "<p>The researchers were offered roles in the superintelligence lab.</p>]]></content:encoded></item>"
           "<item><title>Broken story</title><link>" + Url("/500") + "</link><guid>a4</guid></item>"
           "</channel></rss>";
  }

  std::string Atom() const {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom News</title>"
           "<entry><title>Big5 story</title><link rel=\"alternate\" href=\"/big5.html\"/><id>urn:b1</id>"
           "<updated>2026-04-08T10:00:00Z</updated></entry>"
           "<entry><title>Gzip story</title><link href=\"" + Url("/gzip.html") + "\"/><id>urn:b2</id>"
           "<published>2026-02-02T10:00:00Z</published><summary>short</summary></entry>"
           "</feed>";
  }

  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<int> concurrent_{0}, max_concurrent_{0}, article_hits_{0}, notes_{3};
};

}  // namespace news::testing
