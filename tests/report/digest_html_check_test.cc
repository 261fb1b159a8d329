// The HTML digest checked by outside tools: Debian's HTML Tidy for HTML5
// validity, and headless Chromium for a real rendering.
#include <catch2/catch.hpp>

#include "digest_fixture.h"
#include "png_probe.h"
#include "report/digest_html.h"
#include "test_support.h"

using namespace news;
using namespace news::testing;

namespace {

// Runs `tidy -q -e` on the file; returns its report (errors and warnings).
std::string Tidy(const std::string& path, int* exit_code) {
  TempDir tmp;
  std::string report = tmp / "tidy.txt";
  int status = std::system(("tidy -q -e " + ShellQuote(path) + " 2>" + ShellQuote(report)).c_str());
  *exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return ReadFile(report);
}

}  // namespace

TEST_CASE("The HTML digest passes HTML Tidy without errors or warnings", "[report][html]") {
  TempDir tmp;
  DigestFixture f;
  for (const char* week : {"2026-W07", "2026-W20"}) {  // a full week and an empty one
    INFO(week);
    WriteFile(tmp / "digest.html", RenderDigestHtml(f.Make(week)));
    int code = -1;
    std::string report = Tidy(tmp / "digest.html", &code);
    CHECK(report.empty());
    CHECK(code == 0);  // 1 would be warnings, 2 errors
  }
  // The checker itself catches broken markup.
  WriteFile(tmp / "broken.html", "<!DOCTYPE html><html><head><title>x</title></head><body><p><table></p></body></html>");
  int code = -1;
  CHECK_FALSE(Tidy(tmp / "broken.html", &code).empty());
  CHECK(code != 0);
}

TEST_CASE("Browser: headless Chromium renders the HTML digest", "[report][browser]") {
  TempDir tmp;
  WriteFile(tmp / "digest.html", RenderDigestHtml(DigestFixture().Make()));
  WriteFile(tmp / "blank.html", "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>");
  auto shoot = [&](const std::string& page) {
    std::string png = tmp / (page + ".png");
    std::string cmd = "/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
                      "--disable-background-networking --disable-component-update --disable-sync --user-data-dir=" +
                      ShellQuote(tmp / ("profile-" + page)) + " --screenshot=" + ShellQuote(png) +
                      " --window-size=1200,2000 " + ShellQuote("file://" + (tmp / (page + ".html"))) +
                      " >/dev/null 2>&1";
    CHECK(std::system(cmd.c_str()) == 0);
    return ProbePng(ReadFile(png));
  };
  PngProbe page = shoot("digest");
  REQUIRE(page.ok);
  CHECK(page.width == 1200);
  CHECK(page.height == 2000);
  CHECK(page.ink > 0.02);  // text, tables, story cards and charts
  PngProbe blank = shoot("blank");
  REQUIRE(blank.ok);
  CHECK(blank.ink == 0);  // the probe does tell a blank page apart
}
