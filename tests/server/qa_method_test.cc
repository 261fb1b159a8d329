// QA (session 6): a DELETE or PUT without a JSON Content-Type was answered
// 415 "POST bodies must be application/json" by the CSRF guard, as if the
// method were fine and only the body wrong. A method the path does not
// answer to is now 405 with an Allow header and a JSON error; the token, the
// Host check and the CSRF rules for the real POST endpoint are unchanged.
#include <catch2/catch.hpp>

#include "common/json.h"
#include "server/request_guard.h"
#include "server_test_support.h"

using namespace news;
using namespace news::testing;

namespace {

WebServer::Options Opts(const TempDir& dir, std::string token = "") {
  WebServer::Options o;
  o.api.db_path = dir / "news.db";
  o.token = std::move(token);
  o.api.ingest = [](const std::string&, JobContext& ctx) {
    ctx.SetTotal(1);
    ctx.Item(JobOutcome::kIngested, "x", "");
    return Status::Ok();
  };
  return o;
}

struct Sent {
  std::string method, path, content_type, origin;
};

httplib::Result Send(httplib::Client& c, const Sent& s) {
  httplib::Request req;
  req.method = s.method;
  req.path = s.path;
  if (!s.content_type.empty()) {
    req.set_header("Content-Type", s.content_type);
    req.body = s.content_type == "application/json" ? R"({"url":"https://example.com/a"})" : "url=x";
  }
  if (!s.origin.empty()) req.set_header("Origin", s.origin);
  return c.send(req);
}

}  // namespace

TEST_CASE("QA: a method the path does not answer to is 405 with Allow, before the CSRF checks", "[server][security]") {
  TempDir dir;
  LocalServer server(Opts(dir));
  auto c = server.client();
  struct Row {
    Sent sent;
    int status;
    std::string allow;  // "" = no Allow header expected
    std::string code;   // the JSON error code ("" for a success or a HEAD)
  };
  const Row rows[] = {
      {{"DELETE", "/api/jobs/1", "", ""}, 405, "GET, HEAD", "method_not_allowed"},
      {{"DELETE", "/api/jobs/1", "application/json", ""}, 405, "GET, HEAD", "method_not_allowed"},
      {{"PUT", "/api/timeline", "text/plain", ""}, 405, "GET, HEAD", "method_not_allowed"},
      {{"PATCH", "/api/entities/OpenAI", "", ""}, 405, "GET, HEAD", "method_not_allowed"},
      {{"OPTIONS", "/api/stats", "", "http://evil.example"}, 405, "GET, HEAD", "method_not_allowed"},
      {{"POST", "/api/timeline", "application/json", ""}, 405, "GET, HEAD", "method_not_allowed"},
      {{"DELETE", "/", "", ""}, 405, "GET, HEAD", "method_not_allowed"},
      {{"GET", "/api/ingest", "", ""}, 405, "POST", "method_not_allowed"},
      {{"PUT", "/api/ingest", "application/json", ""}, 405, "POST", "method_not_allowed"},
      {{"HEAD", "/api/ingest", "", ""}, 405, "POST", ""},
      // The CSRF protection of the one POST endpoint is unchanged.
      {{"POST", "/api/ingest", "text/plain", ""}, 415, "", "unsupported_media_type"},
      {{"POST", "/api/ingest", "application/json", "http://evil.example"}, 403, "", "forbidden_origin"},
      {{"POST", "/api/ingest", "application/json", server.origin()}, 202, "", ""},
      {{"GET", "/api/stats", "", ""}, 200, "", ""},
      {{"HEAD", "/api/stats", "", ""}, 200, "", ""},
  };
  for (const Row& r : rows) {
    INFO(r.sent.method << " " << r.sent.path << " " << r.sent.content_type << " " << r.sent.origin);
    auto res = Send(c, r.sent);
    REQUIRE(res);
    CHECK(res->status == r.status);
    CHECK(res->get_header_value("Allow") == r.allow);
    if (r.sent.method == "HEAD") continue;  // no body to read
    CHECK(res->get_header_value("Content-Type").rfind("application/json", 0) == 0);
    auto j = ParseJson(res->body);
    REQUIRE(j.ok());
    if (r.code.empty()) {
      CHECK_FALSE((*j)["error"].is_object());
    } else {
      CHECK((*j)["error"]["code"].AsString() == r.code);
      CHECK((*j)["error"]["status"].AsNumber() == r.status);
    }
  }
}

TEST_CASE("QA: with a token, a wrong method without the token is still 401", "[server][security]") {
  TempDir dir;
  LocalServer server(Opts(dir, "0123456789abcdef-token"));
  auto c = server.client();
  auto res = Send(c, {"DELETE", "/api/jobs/1", "", ""});
  REQUIRE(res);
  CHECK(res->status == 401);
  CHECK(res->get_header_value("Allow") == "");
  c.set_default_headers({{"Authorization", "Bearer 0123456789abcdef-token"}});
  res = Send(c, {"DELETE", "/api/jobs/1", "", ""});
  REQUIRE(res);
  CHECK(res->status == 405);
  CHECK(res->get_header_value("Allow") == "GET, HEAD");
}

TEST_CASE("QA: AllowedMethods names POST for the ingest endpoint only", "[server][security]") {
  struct Row { const char* path; const char* allow; };
  const Row rows[] = {{"/api/ingest", "POST"}, {"/api/ingest/", "GET, HEAD"}, {"/api/timeline", "GET, HEAD"},
                      {"/", "GET, HEAD"},      {"/app.js", "GET, HEAD"}};
  for (const Row& r : rows) {
    INFO(r.path);
    CHECK(AllowedMethods(r.path) == r.allow);
  }
}
