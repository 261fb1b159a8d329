// End-to-end tests of `newsminer serve` as a user runs it: the printed
// address, the page and API answering, and a clean exit on SIGINT/SIGTERM.
#include <catch2/catch.hpp>

#include "server_test_support.h"

using namespace news;
using namespace news::testing;

TEST_CASE("serve prints its address, answers, and stops cleanly on SIGTERM and SIGINT", "[server][cli]") {
  for (int sig : {SIGTERM, SIGINT}) {
    INFO("signal " << sig);
    TempDir dir;
    ServeProcess server(dir / "news.db", {});
    REQUIRE(server.port() > 0);
    CHECK(server.first_line() ==
          "newsminer: serving http://127.0.0.1:" + std::to_string(server.port()) + "/ (Ctrl-C to stop)");
    auto c = server.client();
    auto page = c.Get("/");
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->body.find("<title>newsminer</title>") != std::string::npos);
    auto stats = c.Get("/api/stats");
    REQUIRE(stats);
    CHECK(stats->status == 200);
    CHECK(server.Stop(sig) == 0);
    CHECK(server.stderr_text() == "newsminer: serve: stopping (finishing the current article)\n");
  }
}

TEST_CASE("serve with a token needs it on every request", "[server][cli]") {
  TempDir dir;
  ServeProcess server(dir / "news.db", {}, {"NEWSMINER_TOKEN=env-token-0123456789"});
  auto c = server.client();
  CHECK(c.Get("/api/stats")->status == 401);
  CHECK(c.Get("/api/stats", httplib::Headers{{"Authorization", "Bearer env-token-0123456789"}})->status == 200);
}

// QA (session 5): a second server on the same port bound it too (httplib's
// SO_REUSEPORT) and took half of the first one's requests.
TEST_CASE("QA: serve refuses a port another server is listening on", "[server][cli]") {
  TempDir dir;
  ServeProcess first(dir / "news.db", {});
  REQUIRE(first.port() > 0);
  WebServer::Options o;
  o.port = first.port();
  o.api.db_path = dir / "news.db";
  auto second = WebServer::Create(std::move(o));
  REQUIRE(second.ok());
  StatusOr<int> bound = (*second)->Bind();
  REQUIRE_FALSE(bound.ok());
  CHECK(bound.status().message() == "cannot listen on 127.0.0.1:" + std::to_string(first.port()));
  // The first server still answers (and is serving before SIGTERM: a signal
  // in serve's start-up window is not handled yet, see the QA notes).
  auto stats = first.client().Get("/api/stats");
  REQUIRE(stats);
  CHECK(stats->status == 200);
}

// QA (session 5): httplib's stop() does nothing before its accept loop has
// started, so a stop request between Bind() and Run() was lost and Run()
// served on for ever. Both orders run on this thread: Run() must return.
TEST_CASE("QA: a stop requested before Run() still ends the server", "[server]") {
  for (bool stop_before_bind : {false, true}) {
    INFO("stop before bind: " << stop_before_bind);
    TempDir dir;
    WebServer::Options o;
    o.port = 0;
    o.api.db_path = dir / "news.db";
    auto server = WebServer::Create(std::move(o));
    REQUIRE(server.ok());
    if (stop_before_bind) (*server)->Stop();
    StatusOr<int> port = (*server)->Bind();
    REQUIRE(port.ok());
    if (!stop_before_bind) (*server)->Stop();
    (*server)->Run();  // hung here before the fix
    httplib::Client c("127.0.0.1", *port);
    c.set_connection_timeout(5);
    CHECK_FALSE(c.Get("/api/stats"));  // nobody listens any more
  }
}

// The same as a user meets it: SIGTERM the moment serve has printed its
// address (before the accept loop may have started). Several rounds, since
// the start-up window is short.
TEST_CASE("QA: serve stops on a SIGTERM sent right after its first line", "[server][cli]") {
  for (int round = 0; round < 8; ++round) {
    INFO("round " << round);
    TempDir dir;
    ServeProcess server(dir / "news.db", {});
    REQUIRE(server.port() > 0);
    CHECK(server.Stop(SIGTERM) == 0);  // waitpid hung here before the fix
    CHECK(server.stderr_text() == "newsminer: serve: stopping (finishing the current article)\n");
  }
}
