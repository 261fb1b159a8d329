// Shared pieces of the browser tests: screenshots (to $NEWSMINER_SCREENSHOTS,
// default ./screenshots), a database ingested from corpus/ plus one article
// that tries to inject markup, and the no-horizontal-overflow check.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>

#include "server_test_support.h"
#include "webdriver.h"

namespace news::testing {

inline std::string ScreenshotDir() {
  const char* env = std::getenv("NEWSMINER_SCREENSHOTS");
  std::string dir = env && *env ? env : "screenshots";
  std::filesystem::create_directories(dir);
  return dir;
}

inline void SaveScreenshot(WebDriver& browser, const std::string& name) {
  std::string png = browser.ScreenshotPng();
  CHECK(png.size() > 1000);
  CHECK(png.substr(1, 3) == "PNG");
  WriteFile(ScreenshotDir() + "/" + name + ".png", png);
}

// corpus/ plus one article whose title and body try to inject markup.
inline std::string IngestCorpusForBrowser(const TempDir& dir) {
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

// The usual start of a browser test: corpus/ ingested, `newsminer serve` on
// a free 127.0.0.1 port, a headless Chromium session.
struct BrowserSession {
  TempDir dir;
  ServeProcess server{IngestCorpusForBrowser(dir), {}};
  std::string base = "http://127.0.0.1:" + std::to_string(server.port());
  std::string error;
  WebDriver browser{&error};

  bool ok() const { return server.port() > 0 && error.empty(); }
};

inline bool NoHorizontalOverflow(WebDriver& b) {
  return b.Run("return document.documentElement.scrollWidth <= window.innerWidth + 1;").AsBool();
}

}  // namespace news::testing
