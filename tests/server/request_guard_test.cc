// Unit tests of the server's safety rules (src/server/request_guard.h).
#include <catch2/catch.hpp>

#include "server/request_guard.h"

using namespace news;

TEST_CASE("Loopback hosts are recognised with and without a port", "[server][security]") {
  struct Case { const char* host; bool loopback; };
  const Case cases[] = {
      {"127.0.0.1", true},      {"127.0.0.1:8080", true}, {"127.8.9.10", true},  {"localhost", true},
      {"LOCALHOST:80", true},   {"::1", true},            {"[::1]:8080", true},  {"0.0.0.0", false},
      {"192.168.1.5", false},   {"evil.example", false},  {"127.0.0.1.evil.example", false},
      {"", false},              {"::", false},
  };
  for (const Case& c : cases) {
    INFO(c.host);
    CHECK(IsLoopbackHost(c.host) == c.loopback);
  }
}

TEST_CASE("Binding beyond loopback needs a long enough token", "[server][security]") {
  CHECK(CheckBindAddress("127.0.0.1", "").ok());
  CHECK(CheckBindAddress("0.0.0.0", "").code() == StatusCode::kInvalidArgument);
  CHECK(CheckBindAddress("0.0.0.0", "short").code() == StatusCode::kInvalidArgument);
  CHECK(CheckBindAddress("0.0.0.0", "0123456789abcdef").ok());
}

TEST_CASE("Tokens compare equal only when identical", "[server][security]") {
  CHECK(ConstantTimeEquals("secret-token-123", "secret-token-123"));
  CHECK_FALSE(ConstantTimeEquals("secret-token-123", "secret-token-124"));
  CHECK_FALSE(ConstantTimeEquals("secret-token-123", "secret-token-12"));
  CHECK_FALSE(ConstantTimeEquals("", "x"));
}

TEST_CASE("Cookie values are read by exact name", "[server][security]") {
  CHECK(CookieValue("a=1; newsminer_token=abc; b=2", "newsminer_token") == "abc");
  CHECK(CookieValue("xnewsminer_token=abc", "newsminer_token") == "");
  CHECK(CookieValue("", "newsminer_token") == "");
}

namespace {

RequestFacts Post(std::string origin, std::string content_type = "application/json") {
  RequestFacts f;
  f.method = "POST";
  f.host = "127.0.0.1:8080";
  f.origin = std::move(origin);
  f.content_type = std::move(content_type);
  return f;
}

}  // namespace

TEST_CASE("POST without a token must come from the same origin as JSON", "[server][security]") {
  AccessPolicy open;  // loopback, no token
  struct Case { RequestFacts req; int status; };
  RequestFacts cross_site_no_origin = Post("");
  cross_site_no_origin.sec_fetch_site = "cross-site";
  const Case cases[] = {
      {Post("http://127.0.0.1:8080"), 0},
      {Post("http://127.0.0.1:8080", "application/json; charset=utf-8"), 0},
      {Post(""), 0},  // curl and scripts send no Origin
      {Post("http://evil.example"), 403},
      {Post("http://127.0.0.1:9999"), 403},
      {Post("null"), 403},
      {Post("http://127.0.0.1:8080", "application/x-www-form-urlencoded"), 415},
      {Post("http://127.0.0.1:8080", "text/plain"), 415},
      {cross_site_no_origin, 403},
  };
  for (const Case& c : cases) {
    INFO(c.req.origin << " " << c.req.content_type << " " << c.req.sec_fetch_site);
    CHECK(CheckRequest(open, c.req).status == c.status);
  }
}

TEST_CASE("A loopback server without a token answers only loopback Host names", "[server][security]") {
  AccessPolicy open;
  RequestFacts get;
  get.method = "GET";
  get.host = "attacker.example:8080";  // DNS rebinding
  CHECK(CheckRequest(open, get).status == 403);
  get.host = "localhost:8080";
  CHECK(CheckRequest(open, get).status == 0);
}

TEST_CASE("With a token every request must present it", "[server][security]") {
  AccessPolicy locked{"0123456789abcdef-token", false};
  RequestFacts get;
  get.method = "GET";
  get.host = "10.0.0.5:8080";
  CHECK(CheckRequest(locked, get).status == 401);
  get.token_param = "wrong-token-wrong-wrong";
  CHECK(CheckRequest(locked, get).status == 401);

  get.token_param = "0123456789abcdef-token";
  Verdict by_param = CheckRequest(locked, get);
  CHECK(by_param.status == 0);
  CHECK(by_param.set_cookie);  // the browser keeps it for the page's own requests

  get.token_param.clear();
  get.cookie = "newsminer_token=0123456789abcdef-token";
  CHECK(CheckRequest(locked, get).status == 0);
  get.cookie.clear();
  get.authorization = "Bearer 0123456789abcdef-token";
  CHECK(CheckRequest(locked, get).status == 0);

  // The cookie alone does not let a cross-site page POST.
  RequestFacts post = Post("http://evil.example");
  post.host = "10.0.0.5:8080";
  post.cookie = "newsminer_token=0123456789abcdef-token";
  CHECK(CheckRequest(locked, post).status == 403);
  // A script that knows the token may.
  post.cookie.clear();
  post.token_header = "0123456789abcdef-token";
  CHECK(CheckRequest(locked, post).status == 0);
}
