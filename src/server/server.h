// `newsminer serve`: the HTTP server that answers the JSON API (api.h) and
// serves the embedded web page (web_assets.h), safe by default: it binds
// 127.0.0.1 unless told otherwise, any other address needs a token that every
// request must then carry, state-changing requests must come from the page
// itself, bodies are capped, and every response carries a Content-Security-
// Policy that forbids inline scripts.
//
//   auto server = WebServer::Create({.host = "127.0.0.1", .port = 0, .api = {...}});
//   StatusOr<int> port = (*server)->Bind();   // port 0 picks a free one
//   std::thread t([&] { (*server)->Run(); });
//   ...
//   (*server)->Stop();                        // from any thread; Run() returns
//   t.join();
//
// Create() fails with kInvalidArgument for a non-loopback host without a
// token; Bind() with kIoError when the address is taken. Stop() is
// thread-safe; the other methods belong to the thread that owns the server.
#pragma once

#include <memory>
#include <string>

#include "common/status.h"
#include "server/api.h"

namespace news {

class WebServer {
 public:
  struct Options {
    std::string host = "127.0.0.1";
    int port = 8080;                   // 0: any free port
    std::string token;                 // required unless host is loopback
    size_t threads = 48;               // connections served at once (keep-alive holds one)
    int read_timeout_s = 5;            // a client silent this long is dropped
    int keep_alive_s = 2;              // idle keep-alive connections are closed after this
    size_t max_body_bytes = 16 * 1024; // larger bodies are refused with 413
    Api::Options api;
  };

  static StatusOr<std::unique_ptr<WebServer>> Create(Options options);
  ~WebServer();

  // Binds the socket; returns the port actually bound.
  StatusOr<int> Bind();
  // Serves until Stop(); then stops the background jobs (the running one
  // finishes its current article) and returns.
  void Run();
  void Stop();

  const Options& options() const { return options_; }

 private:
  struct Impl;
  explicit WebServer(Options options);

  Options options_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace news
