// QA (session 7): the API answered filters the command refuses. entity= (or
// spaces) and search= listed every row, search=%20 or search=*** listed none,
// and /api/search?q=%20 or q=*** answered "no hits": each looks like an
// answer about the data. They are now 400s naming the parameter, as
// `newsminer timeline` refuses them (exit 2); real filters still answer.
#include <catch2/catch.hpp>

#include "common/json.h"
#include "server_test_support.h"

using namespace news;
using namespace news::testing;

namespace {

struct SmallDb {
  TempDir dir;
  std::string path = dir / "news.db";
  SmallDb() {
    WriteFile(dir / "in/hant.txt", "Title: OpenAI 研究副總裁離職\nDate: 2026-02-12\n\nOpenAI 研究副總裁週二離職，加入 Anthropic。\n");
    WriteFile(dir / "in/hans.txt", "Title: 谷歌发布新模型\nDate: 2026-02-13\n\n谷歌今天发布了新一代模型，研究团队表示满意。\n");
    WriteFile(dir / "in/en.txt", "Title: Meta reorganizes FAIR\nDate: 2026-02-14\n\nMeta folded its FAIR research group into a "
                                 "product unit on Friday.\n");
    RunResult r = RunNewsminer("--db " + ShellQuote(path) + " ingest " + ShellQuote(dir / "in"));
    if (r.exit_code != 0) FAIL("ingest failed: " << r.err);
  }
};

}  // namespace

TEST_CASE("QA: blank or unsearchable API filters are 400 naming the parameter, like the command's", "[server][api]") {
  SmallDb db;
  WebServer::Options o;
  o.api.db_path = db.path;
  LocalServer s(o);
  auto c = s.client();
  struct Row { const char* path; int status; const char* words; };
  const Row rows[] = {
      {"/api/timeline?entity=", 400, "parameter 'entity': needs a name"},
      {"/api/timeline?entity=%20%20", 400, "parameter 'entity': needs a name"},
      {"/api/timeline?search=", 400, "parameter 'search': needs words or Chinese text to look for, got ''"},
      {"/api/timeline?search=%20%20", 400, "parameter 'search': needs words"},
      {"/api/timeline?search=***", 400, "got '***'"},
      {"/api/timeline?search=%22%22", 400, "parameter 'search'"},
      {"/api/search?q=%20", 400, "parameter 'q': needs words or Chinese text to look for, got ' '"},
      {"/api/search?q=*", 400, "parameter 'q'"},
      {"/api/search?q=%22", 400, "parameter 'q'"},
      {"/api/search?q=", 400, "parameter 'q': the text to search for is missing"},
      // The week would win and the dates be dropped (QA, session 7).
      {"/api/entities?week=2026-W07&from=2026-01", 400, "give either 'week' or 'from'/'to', not both"},
      {"/api/entities?to=2026-03&week=2026-W07", 400, "give either 'week' or 'from'/'to', not both"},
      {"/api/entities?week=2026-W07", 200, "\"name\":\"OpenAI\""},
      // Real filters in each language still answer.
      {"/api/timeline?search=%E9%9B%A2%E8%81%B7", 200, "OpenAI 研究副總裁離職"},  // 離職
      {"/api/timeline?search=%E5%8F%91%E5%B8%83", 200, "谷歌发布新模型"},          // 发布
      {"/api/timeline?entity=Meta&search=FAIR", 200, "Meta reorganizes FAIR"},
      {"/api/search?q=%E7%A0%94%E7%A9%B6", 200, "\"hits\":[{"},                 // 研究
  };
  for (const Row& r : rows) {
    INFO(r.path);
    auto res = c.Get(r.path);
    REQUIRE(res);
    CHECK(res->status == r.status);
    CHECK(res->body.find(r.words) != std::string::npos);
    if (r.status == 400) CHECK(res->body.find("\"code\":\"bad_request\"") != std::string::npos);
  }
}
