// The server's safety rules, as pure functions so each one is tested alone:
// which addresses may be bound without a token, whether a request carries the
// token, whether a POST comes from the page itself (same origin), and whether
// the Host header names this server (no DNS rebinding onto 127.0.0.1).
//
//   NEWS_RETURN_IF_ERROR(CheckBindAddress(opts.host, opts.token));
//   RequestFacts f{.method = "POST", .host = "127.0.0.1:8080", .origin = "http://127.0.0.1:8080"};
//   Verdict v = CheckRequest(policy, f);   // v.status == 0 means let it through
//
// Pure functions over plain strings; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "common/status.h"

namespace news {

// True for 127.0.0.0/8, ::1, and "localhost".
bool IsLoopbackHost(std::string_view host);

// Binding anything but loopback needs a token: kInvalidArgument otherwise.
// The token must be at least 16 characters so it cannot be guessed quickly.
Status CheckBindAddress(const std::string& host, const std::string& token);

// Compares in time independent of where the strings differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

struct AccessPolicy {
  std::string token;           // empty: no token required (loopback only)
  bool loopback_only = true;   // the bind address is loopback
};

// What the guard needs to know about one request; headers as received.
struct RequestFacts {
  std::string method;          // GET, POST, ...
  std::string path;            // "/api/timeline"; empty: the method is not checked
  std::string host;            // Host header, e.g. "127.0.0.1:8080"
  std::string origin;          // Origin header; empty when absent
  std::string sec_fetch_site;  // Sec-Fetch-Site header; empty when absent
  std::string content_type;    // Content-Type header
  std::string authorization;   // Authorization header ("Bearer <token>")
  std::string token_header;    // X-Newsminer-Token header
  std::string token_param;     // ?token= query parameter
  std::string cookie;          // Cookie header
};

struct Verdict {
  int status = 0;       // 0: allowed; otherwise the HTTP status to answer with
  std::string code;     // machine-readable reason ("forbidden_origin", ...)
  std::string message;  // one line for people
  bool set_cookie = false;  // the token came in ?token=: remember it in a cookie
  std::string allow;        // for 405: the methods the path answers to (the Allow header)
};

// The methods a path answers to, as an Allow header value: "POST" for
// /api/ingest, "GET, HEAD" for everything else (pages and the read API).
std::string AllowedMethods(std::string_view path);

// The name of the cookie that carries the token after the first visit.
inline constexpr std::string_view kTokenCookie = "newsminer_token";

// Applies, in order: the token (when the policy has one), the Host check
// (loopback servers answer only to loopback names), the method (405 with
// `allow` when the path does not answer to it: a DELETE is "not allowed",
// not "send JSON"), and for POST a same-origin check plus a JSON content
// type, so no cross-site form or script can start an ingest.
Verdict CheckRequest(const AccessPolicy& policy, const RequestFacts& req);

// Reads one cookie's value from a Cookie header; empty when absent.
std::string CookieValue(std::string_view cookie_header, std::string_view name);

}  // namespace news
