// Bad input found by the session-5 acceptance pass, end to end with the
// real binary: each case failed before its fix.
#include <catch2/catch.hpp>

#include <algorithm>

#include "test_support.h"

namespace news {
namespace {

using testing::ReadFile;
using testing::RunNewsminer;
using testing::RunResult;
using testing::ShellQuote;
using testing::SourcePath;
using testing::TempDir;
using testing::WriteFile;

// A UTF-8 article cut in the middle of a character (a partial download or
// copy) was read as windows-1252: mojibake title and body, lang "en".
TEST_CASE("QA: a UTF-8 file cut mid-character or with a stray byte keeps its Chinese text", "[cli][ingest][e2e]") {
  TempDir dir;
  std::string text = ReadFile(SourcePath("corpus/zh-Hant/2026-01-09-tsmc-ai-packaging-capacity.txt"));
  REQUIRE(text.size() > 1000);
  WriteFile(dir / "cut.txt", text.substr(0, 1000));  // byte 1000 is inside a three-byte character
  std::string stray = text;
  stray.insert(300, "\xFF");
  WriteFile(dir / "stray.txt", stray);
  for (const char* name : {"cut.txt", "stray.txt"}) {
    INFO(name);
    RunResult r = RunNewsminer("extract " + ShellQuote(dir / name));
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("\"title\":\"AI晶片需求不減 台積電先進封裝產能今年再擴\"") != std::string::npos);
    CHECK(r.out.find("\"lang\":\"zh-Hant\"") != std::string::npos);
    CHECK(r.out.find("\"charset\":\"UTF-8\"") != std::string::npos);
  }
}

// `timeline --aspect bogus` printed the table header to stdout before the
// usage error (the value was checked only by the query).
TEST_CASE("QA: timeline rejects a bad --aspect or a lone --tone before printing anything", "[cli][e2e]") {
  TempDir dir;
  std::string db = ShellQuote(dir / "n.db");
  REQUIRE(RunNewsminer("--db " + db + " ingest " + ShellQuote(SourcePath("corpus/zh-Hant/2026-01-09-tsmc-ai-packaging-capacity.txt"))).exit_code == 0);
  struct Row { std::string args, err; };
  const Row rows[] = {
      {"--aspect bogus", "newsminer: timeline: --aspect must be research or product, got 'bogus'\n"},
      {"--tone neg", "newsminer: timeline: --tone needs --aspect research or product\n"},
  };
  for (const Row& row : rows) {
    INFO(row.args);
    RunResult r = RunNewsminer("--db " + db + " timeline " + row.args);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == row.err);
  }
}

// `timeline --limit 0` printed "0 rows" (exit 0) while /api/timeline?limit=0
// is a 400: the CLI now refuses a zero limit too (leaving it out lists all).
TEST_CASE("QA: timeline and entities refuse a zero --limit or --top as the API does", "[cli][e2e]") {
  TempDir dir;
  std::string db = ShellQuote(dir / "n.db");
  REQUIRE(RunNewsminer("--db " + db + " ingest " + ShellQuote(SourcePath("corpus/zh-Hant/2026-01-09-tsmc-ai-packaging-capacity.txt"))).exit_code == 0);
  struct Row { std::string args, err; };
  const Row rows[] = {
      {"timeline --limit 0", "newsminer: timeline: --limit must be at least 1 (leave it out for every row)\n"},
      {"entities --limit 0", "newsminer: entities: --limit must be at least 1 (leave it out for every row)\n"},
      {"entities --top 0", "newsminer: entities: --top must be at least 1 (leave it out for every row)\n"},
  };
  for (const Row& row : rows) {
    INFO(row.args);
    RunResult r = RunNewsminer("--db " + db + " " + row.args);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == row.err);
  }
  RunResult one = RunNewsminer("--db " + db + " timeline --limit 1");
  CHECK(one.exit_code == 0);
  CHECK(one.out.find("1 row") != std::string::npos);
}

// QA (session 6): `ingest ftp://host/a.html` said "no such file or
// directory", and `ingest http://` said "not an http(s) URL: http://" with
// the URL repeated in the summary's reasons.
TEST_CASE("QA: a URL newsminer cannot read says why, once", "[cli][ingest][e2e]") {
  TempDir dir;
  struct Row { std::string source, cause; };
  const Row rows[] = {
      {"ftp://example.com/研究.html",
       "unsupported URL scheme 'ftp' (newsminer reads http and https URLs, files and directories)"},
      {"s3://bucket/news.txt", "unsupported URL scheme 's3' (newsminer reads http and https URLs, files and directories)"},
      {"http://", "not a valid http(s) URL"},
      {dir / "無此檔案.txt", "no such file or directory"},
  };
  std::string sources;
  for (const Row& r : rows) sources += " " + ShellQuote(r.source);
  RunResult all = RunNewsminer("--db " + ShellQuote(dir / "n.db") + " ingest" + sources);
  CHECK(all.exit_code == 1);
  CHECK(all.out ==
        "ingested 0, duplicate 0, failed 4 (no such file or directory: 1; not a valid http(s) URL: 1; "
        "unsupported URL scheme 'ftp': 1; unsupported URL scheme 's3': 1)\n");
  for (const Row& r : rows) {
    INFO(r.source);
    CHECK(all.err.find("newsminer: " + r.source + ": " + r.cause + "\n") != std::string::npos);
    RunResult one = RunNewsminer("extract " + ShellQuote(r.source));
    CHECK(one.exit_code == 1);
    CHECK(one.err == "newsminer: " + r.source + ": " + r.cause + "\n");
  }
}

// QA (session 6): `timeline --search ""` printed every row, `--search "  "`
// and `--search "***"` none, and `--entity ""` said "newsminer: : no entity
// is known by this name".
TEST_CASE("QA: timeline refuses an empty --search or --entity before printing anything", "[cli][e2e]") {
  TempDir dir;
  WriteFile(dir / "in/a.txt", "Title: OpenAI 研究主管離職\nDate: 2026-02-14\n\nOpenAI 的研究主管本週離職，將加入 Anthropic。\n");
  std::string db = "--db " + ShellQuote(dir / "n.db");
  REQUIRE(RunNewsminer(db + " ingest " + ShellQuote(dir / "in")).exit_code == 0);
  struct Row { std::string args, err; };
  const Row rows[] = {
      {"--search ''", "newsminer: timeline: --search needs words or Chinese text to look for, got ''\n"},
      {"--search '   '", "newsminer: timeline: --search needs words or Chinese text to look for, got '   '\n"},
      {"--search '***'", "newsminer: timeline: --search needs words or Chinese text to look for, got '***'\n"},
      {"--entity ''", "newsminer: timeline: --entity needs a name (any alias, any script) or an id\n"},
  };
  for (const Row& r : rows) {
    INFO(r.args);
    RunResult res = RunNewsminer(db + " timeline " + r.args);
    CHECK(res.exit_code == 2);
    CHECK(res.err == r.err);
    CHECK(res.out == "");
  }
  RunResult ok = RunNewsminer(db + " timeline --search 离职 --format csv");  // Simplified finds Traditional
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("OpenAI 研究主管離職") != std::string::npos);
}

TEST_CASE("QA: timeline and entities refuse a --to before --from", "[cli][e2e]") {
  TempDir dir;
  WriteFile(dir / "in/a.txt", "Title: 谷歌发布新模型\nDate: 2026-02-12\n\n谷歌今天发布了新一代模型。研究团队表示满意。\n");
  std::string db = "--db " + ShellQuote(dir / "n.db");
  REQUIRE(RunNewsminer(db + " ingest " + ShellQuote(dir / "in")).exit_code == 0);
  for (const char* cmd : {"timeline", "entities"}) {
    INFO(cmd);
    RunResult r = RunNewsminer(db + " " + cmd + " --from 2026-03 --to 2026-01");
    CHECK(r.exit_code == 2);
    CHECK(r.err == std::string("newsminer: ") + cmd + ": --to ends before --from starts (2026-03 .. 2026-01)\n");
    CHECK(r.out == "");
    r = RunNewsminer(db + " " + cmd + " --from 2026-02 --to 2026-02 --format csv");
    CHECK(r.exit_code == 0);
    CHECK(r.out.find(std::string(cmd) == "timeline" ? "谷歌发布新模型" : "Google") != std::string::npos);
  }
}

// QA (session 7): `entities --week 2026-W07 --from 2026-01` listed the week
// and dropped --from without a word (the usage offers one or the other).
TEST_CASE("QA: entities refuses --week together with --from or --to", "[cli][e2e]") {
  TempDir dir;
  WriteFile(dir / "in/a.txt", "Title: 谷歌發布新模型\nDate: 2026-02-12\n\n谷歌今天發布了新一代模型。研究團隊表示滿意。\n");
  std::string db = "--db " + ShellQuote(dir / "n.db");
  REQUIRE(RunNewsminer(db + " ingest " + ShellQuote(dir / "in")).exit_code == 0);
  for (const char* args : {"--week 2026-W07 --from 2026-01", "--week 2026-W07 --to 2026-03", "--from 2026-01 --week 2026-W07 --top 3"}) {
    INFO(args);
    RunResult r = RunNewsminer(db + " entities " + args);
    CHECK(r.exit_code == 2);
    CHECK(r.err == "newsminer: entities: give --week or --from/--to, not both\n");
    CHECK(r.out == "");
  }
  RunResult ok = RunNewsminer(db + " entities --week 2026-W07 --format csv");
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("Google") != std::string::npos);
}

// QA (session 7): `newsminer sentiment "text"` ignored the text and waited
// for stdin (forever, on a terminal; with stdin closed it printed nothing and
// exited 0), and so did tokenize. The text belongs on stdin: bad usage.
TEST_CASE("QA: sentiment and tokenize refuse a text given as an argument", "[cli][e2e]") {
  struct Row { const char* cmd; const char* text; };
  const Row rows[] = {{"sentiment", "研究團隊士氣低落"}, {"sentiment", "研究团队士气低落"}, {"sentiment", "The research team is thriving"},
                      {"tokenize", "OpenAI的研究團隊"}, {"tokenize", "谷歌发布新模型"}, {"tokenize", "research culture"}};
  for (const Row& r : rows) {
    INFO(r.cmd << " " << r.text);
    RunResult bad = RunNewsminer(std::string(r.cmd) + " " + ShellQuote(r.text));
    CHECK(bad.exit_code == 2);
    CHECK(bad.out == "");
    CHECK(bad.err == std::string("newsminer: ") + r.cmd + ": unexpected argument '" + r.text + "' (" + r.cmd +
                         " reads stdin: echo TEXT | newsminer " + r.cmd + ")\n");
    RunResult ok = RunNewsminer(r.cmd, std::string(r.text) + "\n");
    CHECK(ok.exit_code == 0);
    CHECK(std::count(ok.out.begin(), ok.out.end(), '\n') == 1);
  }
}

}  // namespace
}  // namespace news
