#include "ingest/http_fetcher.h"

#include <httplib.h>
#include <netdb.h>
#include <zlib.h>

#include <condition_variable>
#include <map>
#include <mutex>
#include <set>

#include "ingest/html_dom.h"
#include "ingest/url.h"

namespace news {

// Counts requests in flight per host; Enter() waits for a free slot.
class Fetcher::HostGate {
 public:
  explicit HostGate(int limit) : limit_(limit < 1 ? 1 : limit) {}
  void Enter(const std::string& host) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return active_[host] < limit_; });
    ++active_[host];
  }
  void Leave(const std::string& host) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (--active_[host] == 0) active_.erase(host);
    }
    cv_.notify_all();
  }

 private:
  int limit_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::map<std::string, int> active_;
};

namespace {

// A server that sends a byte now and then never trips the read timeout
// (it is between bytes), so the whole response gets a deadline too.
constexpr int kWholeResponseTimeouts = 4;

struct OneResponse {
  int status = 0;
  std::string location, content_type, content_encoding, body;
  bool too_large = false;
  bool too_slow = false;
  bool failed = false;  // no response at all; error says why
  httplib::Error error = httplib::Error::Success;
  std::string host_key;   // host:port, for the error message
  bool unresolved = false;  // the host name has no address (DNS)
  std::chrono::milliseconds elapsed{0};
};

std::string HttpReason(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "";
  }
}

std::string Seconds(std::chrono::milliseconds ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g s", static_cast<double>(ms.count()) / 1000.0);
  return buf;
}

// httplib reports a name that does not resolve and a refused connection
// alike; the user needs to know which (a typo in the URL or a server down).
bool HostResolves(const std::string& host) {
  addrinfo hints{};
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (getaddrinfo(host.c_str(), nullptr, &hints, &found) != 0) return false;
  freeaddrinfo(found);
  return true;
}

Status TransportError(const OneResponse& r, const FetchOptions& o) {
  using E = httplib::Error;
  switch (r.error) {
    case E::Connection:
      return Status(StatusCode::kIoError, r.unresolved ? "cannot resolve host " + r.host_key + " (DNS lookup failed)"
                                                         : "cannot connect to " + r.host_key);
    case E::ConnectionTimeout:
      return Status(StatusCode::kTimeout, "connect timed out after " + Seconds(o.connect_timeout));
    case E::Read:
      if (r.elapsed + std::chrono::milliseconds(50) >= o.read_timeout)
        return Status(StatusCode::kTimeout, "no response within the read timeout (" + Seconds(o.read_timeout) + ")");
      return Status(StatusCode::kIoError, "connection closed before the whole response arrived (truncated)");
    case E::Write: return Status(StatusCode::kIoError, "connection broken while sending the request");
    case E::SSLConnection: return Status(StatusCode::kIoError, "TLS handshake failed");
    case E::SSLLoadingCerts: return Status(StatusCode::kIoError, "cannot load the system CA certificates");
    case E::SSLServerVerification:
      return Status(StatusCode::kIoError, "TLS certificate verification failed (use --insecure to skip)");
    case E::Compression: return Status(StatusCode::kIoError, "cannot decompress the response body");
    default: return Status(StatusCode::kIoError, "request failed (" + httplib::to_string(r.error) + ")");
  }
}

// Inflates a gzip or zlib/raw deflate body. httplib's own decompression
// accepts a stream that stops before its end (a truncated download) and
// hands over the part it got, so the fetcher inflates here and insists on
// the stream's end.
StatusOr<std::string> Inflate(const std::string& in, const std::string& encoding, size_t max_bytes) {
  std::string enc = ToLowerAscii(encoding);
  if (enc.empty() || enc == "identity" || in.empty()) return in;
  if (enc != "gzip" && enc != "x-gzip" && enc != "deflate")
    return Status(StatusCode::kUnsupported, "unsupported Content-Encoding '" + encoding + "'");
  // 15 + 32: gzip or zlib header, detected; raw deflate (some servers' idea
  // of "deflate") is tried when the zlib header is missing.
  for (int window_bits : {15 + 32, -15}) {
    z_stream zs{};
    if (inflateInit2(&zs, window_bits) != Z_OK) return Status(StatusCode::kIoError, "cannot decompress the response body");
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    std::string out;
    char buf[65536];
    int ret = Z_OK;
    while (ret == Z_OK) {
      zs.next_out = reinterpret_cast<Bytef*>(buf);
      zs.avail_out = sizeof buf;
      ret = inflate(&zs, Z_NO_FLUSH);
      out.append(buf, sizeof buf - zs.avail_out);
      if (out.size() > max_bytes) { inflateEnd(&zs); return Status(StatusCode::kTooLarge, "too large"); }
      if (ret == Z_BUF_ERROR && zs.avail_in == 0) break;  // input ended before the stream did
    }
    inflateEnd(&zs);
    if (ret == Z_STREAM_END) return out;
    if (ret == Z_BUF_ERROR || window_bits < 0 || enc != "deflate")
      return Status(StatusCode::kIoError, ret == Z_BUF_ERROR ? "the compressed response body is truncated"
                                                            : "cannot decompress the response body");
  }
  return Status(StatusCode::kIoError, "cannot decompress the response body");
}

std::string TooLargeMessage(size_t max_bytes) {
  return "response larger than the " + std::to_string(max_bytes >> 20) + " MiB limit";
}

void Configure(httplib::Client& client, const FetchOptions& o) {
  client.set_connection_timeout(o.connect_timeout);
  client.set_read_timeout(o.read_timeout);
  client.set_write_timeout(o.read_timeout);
  client.set_follow_location(false);
  client.set_decompress(false);  // Inflate() checks the stream ends
  client.enable_server_certificate_verification(!o.insecure);
}

// One GET without following redirects; the body stops at max_bytes or at
// the whole-response deadline.
OneResponse GetOnce(const UrlParts& u, const FetchOptions& o) {
  httplib::Client client(u.scheme + "://" + HostKey(u));
  Configure(client, o);
  httplib::Headers headers = {{"User-Agent", o.user_agent},
                              {"Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8"},
                              {"Accept-Encoding", "gzip, deflate"}};
  OneResponse r;
  std::string path = u.path + (u.query.empty() ? "" : "?" + u.query);
  auto start = std::chrono::steady_clock::now();
  auto deadline = start + o.read_timeout * kWholeResponseTimeouts;
  httplib::Result res = client.Get(
      path, headers,
      [&](const httplib::Response& resp) {
        r.status = resp.status;
        r.location = resp.get_header_value("Location");
        r.content_type = resp.get_header_value("Content-Type");
        r.content_encoding = resp.get_header_value("Content-Encoding");
        return true;
      },
      [&](const char* data, size_t len) {
        if (r.body.size() + len > o.max_bytes) { r.too_large = true; return false; }
        if (std::chrono::steady_clock::now() > deadline) { r.too_slow = true; return false; }
        r.body.append(data, len);
        return true;
      });
  r.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  if (!res) {
    r.failed = true;
    r.error = res.error();
    r.host_key = HostKey(u);
    r.unresolved = r.error == httplib::Error::Connection && !HostResolves(u.host);
  }
  return r;
}

// Why the transfer itself failed (size, deadline, connection), before any
// HTTP status is looked at.
Status TransferStatus(const OneResponse& r, const FetchOptions& o) {
  if (r.too_large) return Status(StatusCode::kTooLarge, TooLargeMessage(o.max_bytes));
  if (r.too_slow)
    return Status(StatusCode::kTimeout, "the response did not arrive within " +
                                            Seconds(o.read_timeout * kWholeResponseTimeouts) +
                                            " (4 times the read timeout; the server trickles)");
  if (r.failed) return TransportError(r, o);
  return Status();
}

// A status that is neither a success nor a redirect that was followed.
Status HttpStatusError(int status) {
  if (status >= 300 && status < 400 && status != 304)
    return Status(StatusCode::kIoError, "HTTP " + std::to_string(status) + " redirect without a Location header");
  if (status >= 400 || status < 200) {
    std::string reason = HttpReason(status);
    return Status(StatusCode::kIoError, "HTTP " + std::to_string(status) + (reason.empty() ? "" : " " + reason));
  }
  return Status();
}

StatusOr<FetchResult> ToResult(const std::string& final_url, OneResponse r, const FetchOptions& o) {
  StatusOr<std::string> body = Inflate(r.body, r.content_encoding, o.max_bytes);
  if (!body.ok() && body.status().code() == StatusCode::kTooLarge)
    return Status(StatusCode::kTooLarge, TooLargeMessage(o.max_bytes));
  if (!body.ok()) return body.status();
  FetchResult out;
  out.final_url = final_url;
  out.status = r.status;
  out.content_type = r.content_type;
  out.body = std::move(*body);
  return out;
}

}  // namespace

Fetcher::Fetcher(FetchOptions options) : options_(std::move(options)), gate_(std::make_unique<HostGate>(options_.per_host)) {}
Fetcher::~Fetcher() = default;

StatusOr<FetchResult> Fetcher::Fetch(const std::string& url) const {
  std::string current = url;
  std::set<std::string> visited;
  for (int hop = 0;; ++hop) {
    std::optional<UrlParts> u = ParseUrl(current);
    if (!u)
      return Status(StatusCode::kInvalidArgument,
                    hop == 0 ? "not a valid http(s) URL" : "redirected to an invalid URL (" + current + ")");
    if (!visited.insert(CanonicalizeUrl(current)).second)
      return Status(StatusCode::kIoError, "redirect loop at " + current);
    gate_->Enter(HostKey(*u));
    OneResponse r = GetOnce(*u, options_);
    gate_->Leave(HostKey(*u));
    NEWS_RETURN_IF_ERROR(TransferStatus(r, options_));
    if (r.status >= 300 && r.status < 400 && !r.location.empty()) {
      if (hop >= options_.max_redirects)
        return Status(StatusCode::kIoError, "too many redirects (more than " + std::to_string(options_.max_redirects) + ")");
      std::string next = ResolveUrl(current, r.location);
      if (next.empty()) return Status(StatusCode::kIoError, "redirect to an unsupported URL: " + r.location);
      current = next;
      continue;
    }
    NEWS_RETURN_IF_ERROR(HttpStatusError(r.status));
    return ToResult(current, std::move(r), options_);
  }
}

}  // namespace news
