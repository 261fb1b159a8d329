// Browser tests for the pages a user reaches by clicking: the entity list
// and an entity page (aliases in every script, competitors, weekly chart,
// events, link to its timeline), an entity opened by a Chinese alias, the
// digest view, and the ingest form fetching an article from a news site
// served by this test on 127.0.0.1 while the page follows the job.
#include <catch2/catch.hpp>

#include "browser_support.h"

using namespace news;
using namespace news::testing;

namespace {

const char* kSiteArticle = R"(<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8">
<title>百度文心团队负责人离职 加盟月之暗面</title>
<meta property="article:published_time" content="2026-03-18"></head>
<body><article><h1>百度文心团队负责人离职 加盟月之暗面</h1>
<p>百度文心一言研究团队负责人本周确认离职，将加入月之暗面负责长期研究。多位前同事表示，公司近来把资源集中在产品发布和营收上。</p>
<p>知情人士说，研究团队的预算被压缩，部分研究人员对此感到失望，而产品部门的用户增长依然强劲。</p>
</article></body></html>)";

// One article page on 127.0.0.1, for the ingest form to fetch.
class OneArticleSite {
 public:
  OneArticleSite() {
    svr_.Get("/news/wenxin.html", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kSiteArticle, "text/html; charset=utf-8");
    });
    port_ = svr_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { svr_.listen_after_bind(); });
  }
  ~OneArticleSite() {
    svr_.stop();
    thread_.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/news/wenxin.html"; }

 private:
  httplib::Server svr_;
  int port_ = 0;
  std::thread thread_;
};

std::string JsString(const std::string& s) { return "'" + s + "'"; }  // for URLs without quotes

}  // namespace

TEST_CASE("Browser: entity list, entity page and its timeline", "[browser]") {
  BrowserSession session;
  INFO(session.error);
  REQUIRE(session.ok());
  WebDriver& b = session.browser;
  const std::string& base = session.base;

  // The entity list, organisations only; open OpenAI by clicking its row.
  REQUIRE(b.Navigate(base + "/#/entities?type=organization"));
  REQUIRE(b.WaitFor("document.querySelectorAll('#entity-table tbody tr').length > 5"));
  JsonValue types = b.Run("return [...document.querySelectorAll('#entity-table tbody tr td:nth-child(2)')].map(t => t.textContent);");
  for (const JsonValue& t : types.items()) CHECK(t.AsString() == "organization");
  b.Run("[...document.querySelectorAll('#entity-table a')].find(a => a.textContent === 'OpenAI').click();");
  REQUIRE(b.WaitFor("document.querySelector('#entity-page[data-entity=\"OpenAI\"]')"));

  // What the analyst came for: aliases in both scripts, competitors, the
  // weekly chart and dated events.
  JsonValue aliases = b.Run("return [...document.querySelectorAll('#entity-aliases .tag')].map(t => t.textContent);");
  bool traditional = false;  // 開放人工智慧, the lexicon's Traditional alias
  for (const JsonValue& a : aliases.items()) traditional |= a.AsString() == "開放人工智慧";
  CHECK(traditional);
  CHECK(b.Run("return document.querySelectorAll('#entity-competitors a').length;").AsNumber() > 0);
  CHECK(b.Run("return document.querySelectorAll('#entity-page svg.chart').length;").AsNumber() == 1);
  CHECK(b.Run("return document.querySelectorAll('#entity-events li').length;").AsNumber() > 0);
  CHECK(NoHorizontalOverflow(b));
  SaveScreenshot(b, "entity");

  // Its full timeline: every row names OpenAI or one of its children.
  b.Run("[...document.querySelectorAll('#entity-page a')].find(a => a.textContent.startsWith('Full timeline')).click();");
  REQUIRE(b.WaitFor("location.hash.includes('entity=OpenAI') && document.querySelectorAll('#timeline-rows li').length > 0"));

  // A Chinese alias in the address opens the same entity.
  REQUIRE(b.Navigate(base + "/#/entity/" + "%E8%B0%B7%E6%AD%8C"));  // 谷歌
  REQUIRE(b.WaitFor("document.getElementById('entity-page')"));
  CHECK(b.Run("return document.getElementById('entity-page').dataset.entity;").AsString() == "Google");
}

TEST_CASE("Browser: the ingest form fetches an article and the digest view shows a week", "[browser]") {
  OneArticleSite site;
  BrowserSession session;
  INFO(session.error);
  REQUIRE(session.ok());
  WebDriver& b = session.browser;
  const std::string& base = session.base;

  REQUIRE(b.Navigate(base + "/#/ingest"));
  REQUIRE(b.WaitFor("document.getElementById('ingest-form')"));
  b.Run("const f = document.getElementById('ingest-form'); f.url.value = " + JsString(site.url()) + "; f.requestSubmit();");
  REQUIRE(b.WaitFor("document.querySelector('#job-progress .job[data-state=\"done\"]')", 30000));
  CHECK(b.Run("return document.querySelector('#job-progress .job').textContent;").AsString().find("1 ingested") !=
        std::string::npos);
  SaveScreenshot(b, "ingest");

  // The article is now searchable, in Traditional script too (文心 → 文心, 離職 → 离职).
  REQUIRE(b.Navigate(base + "/#/search?q=" + "%E9%9B%A2%E8%81%B7%20%E6%96%87%E5%BF%83"));  // 離職 文心
  REQUIRE(b.WaitFor("document.querySelectorAll('#search-hits li').length > 0"));
  CHECK(b.Run("return document.getElementById('search-hits').textContent.includes('百度文心团队负责人离职');").AsBool());

  // The digest view frames the latest week's self-contained HTML digest.
  REQUIRE(b.Navigate(base + "/#/digest?week=2026-W07"));
  REQUIRE(b.WaitFor("document.getElementById('digest-frame')"));
  CHECK(b.Run("return document.getElementById('digest-frame').getAttribute('src');").AsString().find("week=2026-W07") !=
        std::string::npos);
  CHECK(b.Run("return document.getElementById('digest-frame').getAttribute('sandbox');").AsString() == "");
  SaveScreenshot(b, "digest");
}
