#include "server/request_guard.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>

namespace news {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// "127.0.0.1:8080" -> "127.0.0.1", "[::1]:8080" -> "::1", "localhost" -> "localhost".
std::string_view HostWithoutPort(std::string_view host) {
  if (!host.empty() && host.front() == '[') {
    size_t close = host.find(']');
    return close == std::string_view::npos ? host : host.substr(1, close - 1);
  }
  size_t colon = host.find(':');
  if (colon != std::string_view::npos && host.find(':', colon + 1) == std::string_view::npos)
    return host.substr(0, colon);
  return host;
}

bool IsUnsafeMethod(std::string_view method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

// The token a request presents, from the most explicit place first.
std::string PresentedToken(const RequestFacts& req, bool* from_param) {
  *from_param = false;
  const std::string bearer = "Bearer ";
  if (req.authorization.rfind(bearer, 0) == 0) return req.authorization.substr(bearer.size());
  if (!req.token_header.empty()) return req.token_header;
  if (!req.token_param.empty()) {
    *from_param = true;
    return req.token_param;
  }
  return CookieValue(req.cookie, kTokenCookie);
}

Verdict Refuse(int status, std::string code, std::string message) {
  return Verdict{status, std::move(code), std::move(message), false, ""};
}

// "GET, HEAD" contains "GET" and "HEAD" but not "ET".
bool ListsMethod(std::string_view allow, std::string_view method) {
  size_t pos = 0;
  while (pos <= allow.size()) {
    size_t end = std::min(allow.find(',', pos), allow.size());
    std::string_view m = allow.substr(pos, end - pos);
    while (!m.empty() && m.front() == ' ') m.remove_prefix(1);
    if (m == method) return true;
    pos = end + 1;
  }
  return false;
}

// A browser always sends Origin on a cross-site POST; a POST without Origin
// and without Sec-Fetch-Site comes from a non-browser client (curl, tests).
Verdict CheckSameOrigin(const RequestFacts& req, bool explicit_token) {
  if (explicit_token) {
    // A cross-site page cannot know the token, so it cannot send it.
  } else if (!req.origin.empty()) {
    std::string origin = Lower(req.origin), host = Lower(req.host);
    if (origin != "http://" + host && origin != "https://" + host)
      return Refuse(403, "forbidden_origin", "cross-origin request refused: Origin " + req.origin);
  } else if (!req.sec_fetch_site.empty() && req.sec_fetch_site != "same-origin" &&
             req.sec_fetch_site != "none") {
    return Refuse(403, "forbidden_origin", "cross-site request refused");
  }
  if (Lower(req.content_type).rfind("application/json", 0) != 0)
    return Refuse(415, "unsupported_media_type", "POST bodies must be application/json");
  return Verdict{};
}

}  // namespace

std::string AllowedMethods(std::string_view path) {
  return path == "/api/ingest" ? "POST" : "GET, HEAD";
}

bool IsLoopbackHost(std::string_view host) {
  std::string h = Lower(HostWithoutPort(host));
  if (h == "localhost" || h == "::1") return true;
  in_addr addr{};
  if (inet_pton(AF_INET, h.c_str(), &addr) == 1) return (ntohl(addr.s_addr) >> 24) == 127;
  return false;
}

Status CheckBindAddress(const std::string& host, const std::string& token) {
  if (IsLoopbackHost(host)) return Status::Ok();
  if (token.empty())
    return Status(StatusCode::kInvalidArgument,
                  "binding " + host + " (not loopback) needs --token or NEWSMINER_TOKEN");
  if (token.size() < 16)
    return Status(StatusCode::kInvalidArgument, "the token must be at least 16 characters");
  return Status::Ok();
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  // Only the length may leak, which says little about a random token.
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

std::string CookieValue(std::string_view cookie_header, std::string_view name) {
  size_t pos = 0;
  while (pos < cookie_header.size()) {
    size_t end = cookie_header.find(';', pos);
    if (end == std::string_view::npos) end = cookie_header.size();
    std::string_view part = cookie_header.substr(pos, end - pos);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    size_t eq = part.find('=');
    if (eq != std::string_view::npos && part.substr(0, eq) == name) return std::string(part.substr(eq + 1));
    pos = end + 1;
  }
  return "";
}

Verdict CheckRequest(const AccessPolicy& policy, const RequestFacts& req) {
  Verdict ok;
  bool explicit_token = false;  // sent by a script that knows it, not a cookie the browser adds
  if (!policy.token.empty()) {
    bool from_param = false;
    std::string presented = PresentedToken(req, &from_param);
    if (presented.empty() || !ConstantTimeEquals(presented, policy.token))
      return Refuse(401, "unauthorized", "this server needs its token (Authorization: Bearer, or ?token=)");
    ok.set_cookie = from_param;
    explicit_token = !req.authorization.empty() || !req.token_header.empty();
  }
  // Without a token the loopback bind is the only protection, so a page on
  // another site that re-points its DNS name at 127.0.0.1 must not get in.
  if (policy.token.empty() && policy.loopback_only && !IsLoopbackHost(req.host))
    return Refuse(403, "forbidden_host", "Host header must name the loopback address");
  if (!req.path.empty()) {
    std::string allow = AllowedMethods(req.path);
    if (!ListsMethod(allow, req.method)) {
      Verdict v = Refuse(405, "method_not_allowed", req.method + " is not allowed on " + req.path + " (use " + allow + ")");
      v.allow = std::move(allow);
      return v;
    }
  }
  if (IsUnsafeMethod(req.method)) {
    Verdict v = CheckSameOrigin(req, explicit_token);
    if (v.status != 0) return v;
  }
  return ok;
}

}  // namespace news
