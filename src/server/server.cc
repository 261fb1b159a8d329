#include "server/server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <mutex>

#include "server/request_guard.h"
#include "server/web_assets.h"

namespace news {
namespace {

// Pending connections the kernel queues while every HTTP thread is busy.
// httplib listens with a backlog of 5, so a burst of more new connections
// than that (16 browsers' keep-alive sockets, a load test starting) had
// SYNs dropped and retried a second later: 1 s latencies in every load run
// (TcpExtListenDrops counted them). Bind() listens again with this backlog.
constexpr int kListenBacklog = 256;

// Scripts and styles only from this server's embedded files: no inline
// script can run even if some text escaped escaping.
constexpr const char* kPageCsp =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";

RequestFacts FactsOf(const httplib::Request& req) {
  RequestFacts f;
  f.method = req.method;
  f.path = req.path;
  f.host = req.get_header_value("Host");
  f.origin = req.get_header_value("Origin");
  f.sec_fetch_site = req.get_header_value("Sec-Fetch-Site");
  f.content_type = req.get_header_value("Content-Type");
  f.authorization = req.get_header_value("Authorization");
  f.token_header = req.get_header_value("X-Newsminer-Token");
  f.token_param = req.get_param_value("token");
  f.cookie = req.get_header_value("Cookie");
  return f;
}

void Send(httplib::Response& res, const ApiResponse& r) {
  res.status = r.status;
  res.set_content(r.body, r.content_type.c_str());
  res.set_header("Cache-Control", "no-store");
  if (!r.csp.empty()) res.set_header("Content-Security-Policy", r.csp);
  res.set_header("X-Frame-Options", r.allow_same_origin_frame ? "SAMEORIGIN" : "DENY");
  if (r.retry_after_s > 0) res.set_header("Retry-After", std::to_string(r.retry_after_s));
}

ApiRequest ToApiRequest(const httplib::Request& req) {
  ApiRequest a;
  a.method = req.method;
  a.path = req.path;
  for (const auto& [k, v] : req.params)
    if (k != "token") a.params.emplace(k, v);  // the guard already checked it
  a.body = req.body;
  a.content_type = req.get_header_value("Content-Type");
  return a;
}

}  // namespace

struct WebServer::Impl {
  httplib::Server http;
  std::atomic<int> listen_socket{-1};  // recorded by the socket options hook; -1 once closed
  std::mutex stop_mu;                  // orders Stop() against Run()'s start and end
  bool stop_requested = false;         // guarded by stop_mu

  void ShutdownListener();
  std::unique_ptr<Api> api;
  AccessPolicy policy;

  void Install(const Options& o);
  httplib::Server::HandlerResponse Guard(const httplib::Request& req, httplib::Response& res);
  void Dispatch(const httplib::Request& req, httplib::Response& res);
};

httplib::Server::HandlerResponse WebServer::Impl::Guard(const httplib::Request& req, httplib::Response& res) {
  Verdict v = CheckRequest(policy, FactsOf(req));
  if (v.status != 0) {
    Send(res, JsonError(v.status, v.code, v.message));
    if (!v.allow.empty()) res.set_header("Allow", v.allow);
    return httplib::Server::HandlerResponse::Handled;
  }
  if (v.set_cookie)
    res.set_header("Set-Cookie", std::string(kTokenCookie) + "=" + policy.token +
                                     "; Path=/; HttpOnly; SameSite=Strict");
  return httplib::Server::HandlerResponse::Unhandled;
}

void WebServer::Impl::Dispatch(const httplib::Request& req, httplib::Response& res) {
  if (req.path.rfind("/api/", 0) == 0 || req.path == "/api") {
    Send(res, api->Handle(ToApiRequest(req)));
    return;
  }
  const WebAsset* asset = req.method == "GET" || req.method == "HEAD" ? FindWebAsset(req.path) : nullptr;
  if (!asset) {
    Send(res, JsonError(404, "not_found", "no such page"));
    return;
  }
  res.status = 200;
  res.set_content(std::string(asset->data), std::string(asset->content_type).c_str());
  res.set_header("Cache-Control", "no-cache");
  res.set_header("X-Frame-Options", "DENY");
}

void WebServer::Impl::Install(const Options& o) {
  size_t threads = o.threads;
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_read_timeout(o.read_timeout_s, 0);
  http.set_write_timeout(o.read_timeout_s, 0);
  http.set_keep_alive_timeout(o.keep_alive_s);
  http.set_keep_alive_max_count(1000);
  http.set_payload_max_length(o.max_body_bytes);
  http.set_tcp_nodelay(true);
  http.set_socket_options([this](socket_t sock) {
    // SO_REUSEADDR only: httplib's default adds SO_REUSEPORT, with which a
    // second `serve` on a port in use started "successfully" and the kernel
    // split the requests between the two servers (two databases).
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    listen_socket = static_cast<int>(sock);
  });
  http.set_pre_routing_handler([this](const auto& req, auto& res) { return Guard(req, res); });
  auto handler = [this](const httplib::Request& req, httplib::Response& res) { Dispatch(req, res); };
  http.Get(".*", handler);
  http.Post(".*", handler);
  http.Put(".*", handler);
  http.Delete(".*", handler);
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;  // a handler already wrote a JSON error
    std::string code = res.status == 413 ? "too_large" : res.status == 404 ? "not_found" : "http_error";
    Send(res, JsonError(res.status, code, res.status == 413 ? "request body too large" : "request refused"));
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    Send(res, JsonError(500, "internal", "internal error"));
  });
  http.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.has_header("Content-Security-Policy")) res.set_header("Content-Security-Policy", kPageCsp);
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Cross-Origin-Resource-Policy", "same-origin");
  });
}

// Wakes (or pre-empts) the accept loop without closing the socket: accept()
// then fails and httplib closes it. Called with stop_mu held.
void WebServer::Impl::ShutdownListener() {
  int sock = listen_socket.exchange(-1);
  if (sock >= 0) ::shutdown(sock, SHUT_RDWR);
}

WebServer::WebServer(Options options) : options_(std::move(options)), impl_(std::make_unique<Impl>()) {}

WebServer::~WebServer() {
  Stop();
  if (impl_->api) impl_->api->Shutdown();
}

StatusOr<std::unique_ptr<WebServer>> WebServer::Create(Options options) {
  NEWS_RETURN_IF_ERROR(CheckBindAddress(options.host, options.token));
  if (options.port < 0 || options.port > 65535)
    return Status(StatusCode::kInvalidArgument, "port must be between 0 and 65535");
  options.api.max_body_bytes = options.max_body_bytes;
  std::unique_ptr<WebServer> server(new WebServer(std::move(options)));
  NEWS_ASSIGN_OR_RETURN(server->impl_->api, Api::Create(server->options_.api));
  server->impl_->policy = AccessPolicy{server->options_.token, IsLoopbackHost(server->options_.host)};
  server->impl_->Install(server->options_);
  return server;
}

StatusOr<int> WebServer::Bind() {
  const std::string& host = options_.host;
  int port = options_.port == 0 ? impl_->http.bind_to_any_port(host)
                                : (impl_->http.bind_to_port(host, options_.port) ? options_.port : -1);
  if (port <= 0) {
    impl_->listen_socket = -1;  // httplib closed it
    return Status(StatusCode::kIoError, "cannot listen on " + host + ":" + std::to_string(options_.port));
  }
  if (int sock = impl_->listen_socket; sock >= 0) ::listen(sock, kListenBacklog);  // see kListenBacklog
  return port;
}

// httplib's stop() does nothing until its accept loop has started, so a
// Stop() between Bind() and that moment (a SIGTERM right after start-up) was
// lost and the server kept serving. A Stop() that comes before the loop runs
// shuts the listening socket down instead, and Run() does it for a Stop()
// that came before Bind(): either way the loop ends at its first accept().
void WebServer::Run() {
  {
    std::lock_guard<std::mutex> lock(impl_->stop_mu);
    if (impl_->stop_requested) impl_->ShutdownListener();
  }
  impl_->http.listen_after_bind();
  {
    std::lock_guard<std::mutex> lock(impl_->stop_mu);
    impl_->listen_socket = -1;  // closed by httplib
  }
  impl_->api->Shutdown();
}

void WebServer::Stop() {
  std::lock_guard<std::mutex> lock(impl_->stop_mu);
  if (impl_->stop_requested) return;
  impl_->stop_requested = true;
  if (impl_->http.is_running()) {
    impl_->http.stop();  // also ends keep-alive connections promptly
    impl_->listen_socket = -1;
  } else {
    impl_->ShutdownListener();
  }
}

}  // namespace news
