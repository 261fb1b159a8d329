// Browser tests: the real `newsminer serve` over a database ingested from
// corpus/, driven in headless Debian Chromium through chromedriver. They
// search, filter, open an article, check what is on screen (markup shown as
// text, no inline script runs, no horizontal overflow), and save screenshots
// (to $NEWSMINER_SCREENSHOTS, default ./screenshots).
#include <catch2/catch.hpp>

#include "browser_support.h"

using namespace news;
using namespace news::testing;

TEST_CASE("Browser: timeline, search, filters and article pages", "[browser]") {
  BrowserSession session;
  INFO(session.error);
  REQUIRE(session.ok());
  WebDriver& b = session.browser;
  const std::string& base = session.base;

  // Timeline: rows with evidence sentences. The first render is reported, not
  // asserted (a timed check fails on a loaded CI machine; the 1 s target is
  // measured with tools/bench-first-render).
  REQUIRE(b.Navigate(base + "/"));
  REQUIRE(b.WaitFor("document.querySelectorAll('#timeline-rows li').length > 0"));
  double first_render = b.Run("return performance.getEntriesByName('nm-first-render')[0].startTime;").AsNumber();
  WARN("first render " << first_render << " ms");
  CHECK(first_render > 0);
  CHECK(b.Run("return document.querySelectorAll('#timeline-rows .evidence').length;").AsNumber() > 0);
  CHECK(NoHorizontalOverflow(b));
  SaveScreenshot(b, "timeline");

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
  SaveScreenshot(b, "search");

  // Filters: February's research-negative rows only.
  REQUIRE(b.Navigate(base + "/#/timeline"));
  REQUIRE(b.WaitFor("document.getElementById('filters')"));
  // The view renders a new list for the filtered rows; the old list is
  // tagged so that its unfiltered rows cannot satisfy the wait (issue-9: a
  // race seen under load).
  b.Run("document.getElementById('timeline-rows').dataset.stale = '1';"
        "const f = document.getElementById('filters'); f.from.value = '2026-02'; f.to.value = '2026-02';"
        "f.requestSubmit();");
  REQUIRE(b.WaitFor("location.hash.includes('from=2026-02') && document.getElementById('timeline-rows') && "
                    "!document.getElementById('timeline-rows').dataset.stale && "
                    "document.querySelectorAll('#timeline-rows li').length > 0"));
  JsonValue dates = b.Run("return [...document.querySelectorAll('#timeline-rows .date')].map(d => d.textContent);");
  REQUIRE(dates.size() > 0);
  for (const JsonValue& d : dates.items()) CHECK(d.AsString().rfind("2026-02", 0) == 0);

  // Open an article from the timeline: sentences toned.
  b.Run("document.querySelector('#timeline-rows a[href^=\"#/article/\"]').click();");
  REQUIRE(b.WaitFor("document.getElementById('article-body')"));
  CHECK(b.Run("return document.querySelectorAll('#article-body .sent.tone-pos, #article-body .sent.tone-neg').length;").AsNumber() > 0);
  CHECK(NoHorizontalOverflow(b));
  SaveScreenshot(b, "article");

  // QA (session 7): a bad filter replaced the whole view with its error, so
  // the form and what was typed were gone. Now the error shows under the
  // form, which can be corrected and applied.
  REQUIRE(b.Navigate(base + "/#/timeline?from=2026-03&to=2026-01"));
  REQUIRE(b.WaitFor("document.getElementById('timeline-error')"));
  CHECK(b.Run("return document.getElementById('timeline-error').textContent;").AsString() ==
        "parameter 'to': ends before 'from' starts (2026-03 .. 2026-01)");
  CHECK(b.Run("return document.getElementById('filters').to.value;").AsString() == "2026-01");
  b.Run("const f = document.getElementById('filters'); f.to.value = '2026-04'; f.requestSubmit();");
  REQUIRE(b.WaitFor("!document.getElementById('timeline-error') && document.querySelectorAll('#timeline-rows li').length > 0"));
}

TEST_CASE("Browser: an injected title is shown as text and Chinese never overflows", "[browser]") {
  BrowserSession session;
  INFO(session.error);
  REQUIRE(session.ok());
  WebDriver& b = session.browser;
  const std::string& base = session.base;

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
