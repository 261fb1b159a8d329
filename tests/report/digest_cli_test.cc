// End to end: the real binary ingests articles into a temporary database
// and prints digests.
#include <catch2/catch.hpp>

#include "common/json.h"
#include "test_support.h"

using namespace news;
using namespace news::testing;

namespace {

const char* kHostile =
    "Title: <script>alert(1)</script>\n"
    "Date: 2026-02-11\n"
    "URL: https://example-news.com/hostile\n"
    "\n"
    "OpenAI said on Tuesday that its research team would focus on products. "
    "</svg><img src=x onerror=alert(1)> appeared in the page.\n"
    "The company's researchers said the shift hurt long-term research.\n";

const char* kChinese =
    "Title: OpenAI 研究副總裁離職\n"
    "Date: 2026-02-12\n"
    "URL: https://tw.example.com/news/1\n"
    "\n"
    "據知情人士透露，OpenAI 本週凍結了 Sora 團隊的部分預算，研究副總裁已於週二離職。\n";

std::string Db(const TempDir& tmp) { return ShellQuote(tmp / "news.db"); }

void Ingest(const TempDir& tmp) {
  WriteFile(tmp / "in/hostile.txt", kHostile);
  WriteFile(tmp / "in/zh.txt", kChinese);
  RunResult r = RunNewsminer("--db " + Db(tmp) + " ingest " + ShellQuote(tmp / "in"));
  REQUIRE(r.exit_code == 0);
}

}  // namespace

TEST_CASE("digest: a hostile title and body appear as text in the HTML", "[report][cli]") {
  TempDir tmp;
  Ingest(tmp);
  RunResult r = RunNewsminer("--db " + Db(tmp) + " digest --week 2026-W07 --format html -o " + ShellQuote(tmp / "d.html"));
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.empty());
  std::string html = ReadFile(tmp / "d.html");
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&lt;/svg&gt;&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("src=\"http") == std::string::npos);  // nothing is fetched from elsewhere
  int status = std::system(("tidy -q -e " + ShellQuote(tmp / "d.html") + " 2>" + ShellQuote(tmp / "tidy.txt")).c_str());
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(ReadFile(tmp / "tidy.txt").empty());
}

TEST_CASE("digest: the latest week by default, in each format, byte-identical on repeat", "[report][cli]") {
  TempDir tmp;
  Ingest(tmp);
  for (const char* format : {"md", "html", "json"}) {
    INFO(format);
    RunResult a = RunNewsminer("--db " + Db(tmp) + " digest --format " + format);
    RunResult b = RunNewsminer("--db " + Db(tmp) + " digest --format " + format + " --week 2026-W07");
    REQUIRE(a.exit_code == 0);
    CHECK(a.out == b.out);
    CHECK(a.out.find("2026-W07") != std::string::npos);
  }
  RunResult j = RunNewsminer("--db " + Db(tmp) + " digest --format json");
  auto v = ParseJson(j.out);
  REQUIRE(v.ok());
  CHECK((*v)["header"]["articles"].AsNumber() == 2);
  CHECK((*v)["header"]["languages"]["zh-Hant"].AsNumber() == 1);
  CHECK((*v)["stories"].size() >= 1);
}

TEST_CASE("digest: an empty week says so and exits 0", "[report][cli]") {
  TempDir tmp;
  Ingest(tmp);
  RunResult r = RunNewsminer("--db " + Db(tmp) + " digest --week 2026-W30");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("No articles were published in 2026-W30") != std::string::npos);
  RunResult j = RunNewsminer("--db " + Db(tmp) + " digest --week 2026-W30 --format json");
  CHECK(j.exit_code == 0);
  CHECK((*ParseJson(j.out))["empty"].AsBool());
}

TEST_CASE("digest: bad options fail with one line and exit 2", "[report][cli]") {
  TempDir tmp;
  Ingest(tmp);
  struct Case { const char* args; const char* message; };
  const Case cases[] = {
      {"digest --week 2026-07", "--week expects an ISO week"},
      {"digest --format pdf", "--format must be md, html or json"},
      {"digest --tz Mars/Olympus", "unknown time zone"},
      {"digest --bogus", "unknown option --bogus"},
  };
  for (const auto& c : cases) {
    INFO(c.args);
    RunResult r = RunNewsminer("--db " + Db(tmp) + " " + c.args);
    CHECK(r.exit_code == 2);
    CHECK(r.err.rfind("newsminer: ", 0) == 0);
    CHECK(r.err.find(c.message) != std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  }
  RunResult missing = RunNewsminer("--db " + ShellQuote(tmp / "none.db") + " digest");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("none.db") != std::string::npos);
  RunResult unwritable = RunNewsminer("--db " + Db(tmp) + " digest -o " + ShellQuote(tmp / "no/such/dir/d.md"));
  CHECK(unwritable.exit_code != 0);
  CHECK(unwritable.err.find("d.md") != std::string::npos);
}

TEST_CASE("digest: --tz keeps date-only articles in their week and labels the zone", "[report][cli]") {
  TempDir tmp;
  Ingest(tmp);
  RunResult r = RunNewsminer("--db " + Db(tmp) + " digest --week 2026-W07 --tz +08:00 --format json");
  REQUIRE(r.exit_code == 0);
  auto v = ParseJson(r.out);
  REQUIRE(v.ok());
  CHECK((*v)["tz"].AsString() == "+08:00");
  CHECK((*v)["header"]["articles"].AsNumber() == 2);
}
