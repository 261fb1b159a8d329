// Browser tests: the real `newsminer serve` over a database ingested from
// corpus/, driven in headless Debian Chromium through chromedriver. They
// search, filter, open an article, check what is on screen (markup shown as
// text, no inline script runs, no horizontal overflow), and save screenshots
// (to $NEWSMINER_SCREENSHOTS, default ./screenshots).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "server_test_support.h"
#include "webdriver.h"

using namespace news;
using namespace news::testing;

namespace {

std::string ScreenshotDir() {
  const char* env = std::getenv("NEWSMINER_SCREENSHOTS");
  std::string dir = env && *env ? env : "screenshots";
  std::filesystem::create_directories(dir);
  return dir;
}

void Save(WebDriver& browser, const std::string& name) {
  std::string png = browser.ScreenshotPng();
  CHECK(png.size() > 1000);
  CHECK(png.substr(1, 3) == "PNG");
  WriteFile(ScreenshotDir() + "/" + name + ".png", png);
}

// corpus/ plus one article whose title and body try to inject markup.
std::string IngestCorpus(const TempDir& dir) {
  std::string db = dir / "news.db";
  WriteFile(dir / "hostile/2026-02-12-injected.txt",
            "Title: <img src=x onerror=\"window.__pwned=1\"> OpenAI <script>window.__pwned=2</script>\n"
            "Date: 2026-02-12\n\n"
            "OpenAI 研究副總裁離職，加入 Anthropic。<b>bold</b> text should stay text.\n"
            "The research team said the product push left less room for research.\n");
  RunResult r = RunNewsminer("--db " + ShellQuote(db) + " ingest " + ShellQuote(SourcePath("corpus")) + " " +
                             ShellQuote(dir / "hostile"));
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return db;
}

bool NoHorizontalOverflow(WebDriver& b) {
  return b.Run("return document.documentElement.scrollWidth <= window.innerWidth + 1;").AsBool();
}

}  // namespace

TEST_CASE("Browser: timeline, search, filters and article pages", "[browser]") {
  TempDir dir;
  std::string db = IngestCorpus(dir);
  ServeProcess server(db, {});
  REQUIRE(server.port() > 0);
  std::string base = "http://127.0.0.1:" + std::to_string(server.port());
  std::string error;
  WebDriver b(&error);
  INFO(error);
  REQUIRE(error.empty());

  // Timeline: first render within a second, rows with evidence sentences.
  REQUIRE(b.Navigate(base + "/"));
  REQUIRE(b.WaitFor("document.querySelectorAll('#timeline-rows li').length > 0"));
  double first_render = b.Run("return performance.getEntriesByName('nm-first-render')[0].startTime;").AsNumber();
  WARN("first render " << first_render << " ms");
  CHECK(first_render > 0);
  CHECK(first_render <= 1000);
  CHECK(b.Run("return document.querySelectorAll('#timeline-rows .evidence').length;").AsNumber() > 0);
  CHECK(NoHorizontalOverflow(b));
  Save(b, "timeline");

  // Infinite scroll: the first page holds 50 rows; scrolling loads more.
  double rows = b.Run("return document.querySelectorAll('#timeline-rows li').length;").AsNumber();
  if (rows >= 50) {
    b.Run("window.scrollTo(0, document.body.scrollHeight);");
    CHECK(b.WaitFor("document.querySelectorAll('#timeline-rows li').length > 50"));
  }

  // Search from the header box, in Traditional Chinese.
  b.Run("const i = document.getElementById('search-input'); i.value = '離職';"
        "document.getElementById('search-form').requestSubmit();");
  REQUIRE(b.WaitFor("document.querySelectorAll('#search-hits li').length > 0"));
  CHECK(b.Run("return [...document.querySelectorAll('#search-hits mark')].some(m => /離職|离职/.test(m.textContent));").AsBool());
  Save(b, "search");

  // Filters: February's research-negative rows only.
  REQUIRE(b.Navigate(base + "/#/timeline"));
  REQUIRE(b.WaitFor("document.getElementById('filters')"));
  b.Run("const f = document.getElementById('filters'); f.from.value = '2026-02'; f.to.value = '2026-02';"
        "f.requestSubmit();");
  REQUIRE(b.WaitFor("location.hash.includes('from=2026-02') && document.querySelectorAll('#timeline-rows li').length > 0"));
  JsonValue dates = b.Run("return [...document.querySelectorAll('#timeline-rows .date')].map(d => d.textContent);");
  REQUIRE(dates.size() > 0);
  for (const JsonValue& d : dates.items()) CHECK(d.AsString().rfind("2026-02", 0) == 0);

  // Open an article from the timeline: sentences toned.
  b.Run("document.querySelector('#timeline-rows a[href^=\"#/article/\"]').click();");
  REQUIRE(b.WaitFor("document.getElementById('article-body')"));
  CHECK(b.Run("return document.querySelectorAll('#article-body .sent.tone-pos, #article-body .sent.tone-neg').length;").AsNumber() > 0);
  CHECK(NoHorizontalOverflow(b));
  Save(b, "article");
}

TEST_CASE("Browser: an injected title is shown as text and Chinese never overflows", "[browser]") {
  TempDir dir;
  std::string db = IngestCorpus(dir);
  ServeProcess server(db, {});
  std::string base = "http://127.0.0.1:" + std::to_string(server.port());
  std::string error;
  WebDriver b(&error);
  REQUIRE(error.empty());

  REQUIRE(b.Navigate(base + "/#/search?q=" + "bold"));
  REQUIRE(b.WaitFor("document.querySelectorAll('#search-hits li a').length > 0"));
  b.Run("document.querySelector('#search-hits li a').click();");
  REQUIRE(b.WaitFor("document.getElementById('article-title')"));
  CHECK(b.Run("return document.getElementById('article-title').textContent;").AsString().find("<img src=x") != std::string::npos);
  CHECK(b.Run("return document.querySelectorAll('#view img, #view script').length;").AsNumber() == 0);
  CHECK(b.Run("return typeof window.__pwned;").AsString() == "undefined");
  CHECK(b.Run("return document.getElementById('article-body').textContent.includes('<b>bold</b>');").AsBool());

  CHECK(NoHorizontalOverflow(b));
}
