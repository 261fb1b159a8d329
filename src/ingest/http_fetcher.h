// HTTP(S) fetching for ingestion, on cpp-httplib with OpenSSL: certificate
// verification on by default, at most `max_redirects` redirects with loop
// detection, connect and read timeouts, a cap on the (decompressed) body,
// gzip and deflate, a clear User-Agent, and at most `per_host` requests at
// once to any one host (shared by every thread using the same Fetcher).
//
//   Fetcher fetcher(FetchOptions{});
//   StatusOr<FetchResult> r = fetcher.Fetch("https://example.com/a.html");
//   if (!r.ok()) diag.Error(url, r.status().message());  // "HTTP 404 Not Found"
//
// Failures: kInvalidArgument (not an http(s) URL), kIoError (connection,
// TLS, HTTP status >= 400, redirect loop or too many redirects, truncated
// body), kTimeout, kTooLarge. Fetch() is thread-safe.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "common/status.h"

namespace news {

struct FetchOptions {
  std::chrono::milliseconds connect_timeout{10000};  // TCP + TLS handshake
  std::chrono::milliseconds read_timeout{30000};     // between bytes of the response; the whole
                                                     // response must arrive within 4 times this
  size_t max_bytes = 10 * 1024 * 1024;                // body cap after decompression
  int max_redirects = 5;
  bool insecure = false;  // true: do not verify TLS certificates (--insecure)
  int per_host = 2;       // concurrent requests per host
  std::string user_agent = std::string("newsminer/") + NEWSMINER_VERSION +
                           " (news text-mining; +https://github.com/newsminer)";
};

struct FetchResult {
  std::string final_url;     // after redirects
  int status = 0;
  std::string content_type;  // Content-Type header
  std::string body;          // decompressed bytes
};

class Fetcher {
 public:
  explicit Fetcher(FetchOptions options);
  ~Fetcher();

  StatusOr<FetchResult> Fetch(const std::string& url) const;
  const FetchOptions& options() const { return options_; }

 private:
  class HostGate;
  FetchOptions options_;
  std::unique_ptr<HostGate> gate_;
};

}  // namespace news
