// The server's request and response as plain values, so API handlers are
// tested without sockets and httplib types stay inside server.cc.
//
//   ApiResponse r = JsonError(400, "bad_parameter", "parameter 'limit': expected a whole number");
//
// Plain data; thread-safe to copy.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/status.h"

namespace news {

struct ApiRequest {
  std::string method;  // GET, POST
  std::string path;    // decoded, e.g. "/api/entities/OpenAI"
  std::multimap<std::string, std::string> params;  // decoded query parameters
  std::string body;
  std::string content_type;
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  // Replaces the default Content-Security-Policy (digest HTML needs its own).
  std::string csp;
  bool allow_same_origin_frame = false;  // the digest is shown in an <iframe>
  int retry_after_s = 0;                 // sent as Retry-After when > 0
};

// {"error": {"status": 400, "code": "...", "message": "..."}}
ApiResponse JsonError(int status, const std::string& code, const std::string& message);

// Maps a library Status to the response: kInvalidArgument 400, kNotFound 404,
// kTooLarge 413, kBusy 503 (with Retry-After), anything else 500.
ApiResponse ErrorFromStatus(const Status& status);

ApiResponse JsonOk(std::string body);

}  // namespace news
