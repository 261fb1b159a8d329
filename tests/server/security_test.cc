// Security tests against a real server on 127.0.0.1 (issue 9, point 3):
// foreign Origin refused, traversal paths 404, oversized bodies 413, bad
// parameters 400 as JSON, a CSP without inline scripts, token enforcement,
// and a slow client that does not hold up the others.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "common/json.h"
#include "server_test_support.h"

using namespace news;
using namespace news::testing;

namespace {

WebServer::Options Opts(const TempDir& dir) {
  WebServer::Options o;
  o.api.db_path = dir / "news.db";
  o.api.ingest = [](const std::string&, JobContext& ctx) {
    ctx.SetTotal(1);
    ctx.Item(JobOutcome::kIngested, "x", "");
    return Status::Ok();
  };
  return o;
}

// Sends raw bytes (paths a normal client would clean up) and returns the
// status code of the answer.
int RawStatus(int port, const std::string& request) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) { close(fd); return -1; }
  send(fd, request.data(), request.size(), 0);
  char buf[64] = {0};
  ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
  close(fd);
  if (n < 12) return -1;
  return std::atoi(buf + 9);
}

httplib::Headers JsonPost(const std::string& origin) {
  httplib::Headers h;
  if (!origin.empty()) h.emplace("Origin", origin);
  return h;
}

}  // namespace

TEST_CASE("A POST with a foreign Origin cannot start an ingest", "[server][security]") {
  TempDir dir;
  LocalServer server(Opts(dir));
  auto c = server.client();
  auto r = c.Post("/api/ingest", JsonPost("http://evil.example"), R"({"url":"https://example.com/a"})", "application/json");
  REQUIRE(r);
  CHECK(r->status == 403);
  CHECK(r->get_header_value("Content-Type").rfind("application/json", 0) == 0);
  CHECK(r->body.find("forbidden_origin") != std::string::npos);
  // A form post (the only kind a foreign page can send without preflight) is refused too.
  r = c.Post("/api/ingest", JsonPost(""), "url=https://example.com/a", "application/x-www-form-urlencoded");
  REQUIRE(r);
  CHECK(r->status == 415);
  auto jobs = c.Get("/api/jobs");
  REQUIRE(jobs);
  CHECK(jobs->body == R"({"jobs":[]})");

  // The page itself may.
  r = c.Post("/api/ingest", JsonPost(server.origin()), R"({"url":"https://example.com/a"})", "application/json");
  REQUIRE(r);
  CHECK(r->status == 202);
  auto job = ParseJson(r->body);
  REQUIRE(job.ok());
  CHECK((*job)["source"].AsString() == "https://example.com/a");
}

TEST_CASE("Ingest accepts only http(s) URLs in a JSON body", "[server][security]") {
  TempDir dir;
  LocalServer server(Opts(dir));
  auto c = server.client();
  for (const char* body : {R"({"url":"/etc/passwd"})", R"({"url":"file:///etc/passwd"})", R"({"url":42})",
                           R"({"source":"https://x.com"})", "not json", "[]", R"({"url":"https://a b"})"}) {
    INFO(body);
    auto r = c.Post("/api/ingest", body, "application/json");
    REQUIRE(r);
    CHECK(r->status == 400);
    CHECK(ParseJson(r->body).ok());
  }
}

TEST_CASE("Static paths cannot leave the embedded set", "[server][security]") {
  TempDir dir;
  LocalServer server(Opts(dir));
  const std::string host = "Host: " + server.host_header() + "\r\nConnection: close\r\n\r\n";
  for (const char* path : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                           "/index.html/../../../etc/passwd", "//etc/passwd", "/app.js%00.html",
                           "/web/index.html", "/CMakeLists.txt", "/server/web/app.js"}) {
    INFO(path);
    CHECK(RawStatus(server.port(), std::string("GET ") + path + " HTTP/1.1\r\n" + host) == 404);
  }
  CHECK(RawStatus(server.port(), "GET / HTTP/1.1\r\n" + host) == 200);
  CHECK(RawStatus(server.port(), "GET /app.js HTTP/1.1\r\n" + host) == 200);
}

TEST_CASE("An oversized body is refused with 413", "[server][security]") {
  TempDir dir;
  LocalServer server(Opts(dir));
  auto c = server.client();
  std::string big = R"({"url":"https://example.com/)" + std::string(100 * 1024, 'a') + "\"}";
  auto r = c.Post("/api/ingest", big, "application/json");
  REQUIRE(r);
  CHECK(r->status == 413);
  auto err = ParseJson(r->body);
  REQUIRE(err.ok());
  CHECK((*err)["error"]["status"].AsNumber() == 413);
}

TEST_CASE("Errors are JSON with a meaningful status", "[server][security]") {
  TempDir dir;
  LocalServer server(Opts(dir));
  auto c = server.client();
  struct Case { const char* path; int status; };
  const Case cases[] = {
      {"/api/nothing-here", 404}, {"/api/jobs/999", 404}, {"/api/jobs/abc", 400},
      {"/api/jobs?limit=0", 400}, {"/api/jobs?bogus=1", 400}, {"/nothing.html", 404},
  };
  for (const Case& k : cases) {
    INFO(k.path);
    auto r = c.Get(k.path);
    REQUIRE(r);
    CHECK(r->status == k.status);
    auto j = ParseJson(r->body);
    REQUIRE(j.ok());
    CHECK((*j)["error"]["message"].is_string());
  }
  auto r = c.Delete("/api/jobs/1", "{}", "application/json");
  REQUIRE(r);
  CHECK(r->status == 405);
}

TEST_CASE("Every response carries a CSP that forbids inline scripts", "[server][security]") {
  TempDir dir;
  LocalServer server(Opts(dir));
  auto c = server.client();
  for (const char* path : {"/", "/app.js", "/api/jobs", "/missing"}) {
    INFO(path);
    auto r = c.Get(path);
    REQUIRE(r);
    std::string csp = r->get_header_value("Content-Security-Policy");
    CHECK(csp.find("script-src 'self'") != std::string::npos);
    CHECK(csp.find("unsafe-inline") == std::string::npos);
    CHECK(csp.find("unsafe-eval") == std::string::npos);
    CHECK(r->get_header_value("X-Content-Type-Options") == "nosniff");
  }
  // The page has no inline script to begin with.
  auto page = c.Get("/");
  REQUIRE(page);
  CHECK(page->body.find("<script>") == std::string::npos);
  CHECK(page->body.find(" on") == std::string::npos);  // no onload= style handlers
}

TEST_CASE("A server with a token refuses requests without it", "[server][security]") {
  TempDir dir;
  WebServer::Options o = Opts(dir);
  o.token = "test-token-0123456789";
  LocalServer server(o);
  auto c = server.client();
  auto r = c.Get("/api/jobs");
  REQUIRE(r);
  CHECK(r->status == 401);
  CHECK(c.Get("/")->status == 401);
  r = c.Get("/api/jobs", httplib::Headers{{"Authorization", "Bearer test-token-0123456789"}});
  REQUIRE(r);
  CHECK(r->status == 200);
  r = c.Get("/?token=test-token-0123456789");
  REQUIRE(r);
  CHECK(r->status == 200);
  CHECK(r->get_header_value("Set-Cookie").find("HttpOnly; SameSite=Strict") != std::string::npos);
  r = c.Get("/api/jobs", httplib::Headers{{"Cookie", "newsminer_token=test-token-0123456789"}});
  REQUIRE(r);
  CHECK(r->status == 200);
}

TEST_CASE("The binary refuses a non-loopback address without a token", "[server][security]") {
  TempDir dir;
  RunResult r = RunNewsminer("--db " + dir / "news.db" + " serve --host 0.0.0.0 --port 0");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "newsminer: serve: binding 0.0.0.0 (not loopback) needs --token or NEWSMINER_TOKEN\n");
  r = RunNewsminer("--db " + dir / "news.db" + " serve --port 99999");
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("newsminer: serve: ", 0) == 0);
}

TEST_CASE("A slow client does not block the others", "[server][security]") {
  TempDir dir;
  LocalServer server(Opts(dir));
  // Three connections that send half a request and then go quiet.
  std::vector<int> slow;
  for (int i = 0; i < 3; ++i) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(server.port());
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    std::string partial = "GET /api/jobs HTTP/1.1\r\nHost: " + server.host_header() + "\r\nX-Slow: ";
    send(fd, partial.data(), partial.size(), 0);
    slow.push_back(fd);
  }
  auto c = server.client();
  auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 20; ++i) {
    auto r = c.Get("/api/jobs");
    REQUIRE(r);
    CHECK(r->status == 200);
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  CHECK(ms < 2000);
  for (int fd : slow) close(fd);
}
