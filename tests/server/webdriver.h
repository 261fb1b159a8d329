// A minimal W3C WebDriver client for the browser tests: starts Debian's
// chromedriver on a free loopback port, opens a headless /usr/bin/chromium
// session with a fresh profile and no network extras, and offers navigate,
// execute-script, wait-until and screenshot. Never downloads anything.
#pragma once

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <httplib.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "common/json.h"
#include "test_support.h"

namespace news::testing {

inline int FreeLoopbackPort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

inline std::string Base64Decode(const std::string& in) {
  auto val = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string out;
  int bits = 0, acc = 0;
  for (char c : in) {
    int v = val(c);
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xff);
    }
  }
  return out;
}

class WebDriver {
 public:
  // Empty `error` on success; otherwise why the browser could not start.
  explicit WebDriver(std::string* error) {
    port_ = FreeLoopbackPort();
    pid_ = fork();
    if (pid_ == 0) {
      std::string port_arg = "--port=" + std::to_string(port_);
      freopen("/dev/null", "w", stdout);
      freopen("/dev/null", "w", stderr);
      execl("/usr/bin/chromedriver", "chromedriver", port_arg.c_str(), "--allowed-ips=127.0.0.1", nullptr);
      _exit(127);
    }
    http_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
    http_->set_read_timeout(60);
    for (int i = 0; i < 100 && !http_->Get("/status"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::string body =
        R"({"capabilities":{"alwaysMatch":{"browserName":"chrome","goog:chromeOptions":{"binary":"/usr/bin/chromium","args":[)"
        R"("--headless","--no-sandbox","--disable-gpu","--disable-quic","--no-first-run",)"
        R"("--disable-background-networking","--disable-component-update","--disable-sync",)"
        R"("--no-proxy-server","--disable-dev-shm-usage","--window-size=1200,900","--lang=en-US",)"
        R"("--user-data-dir=)" + profile_.path().string() + R"("]}}}})";
    auto r = http_->Post("/session", body, "application/json");
    if (!r) { *error = "chromedriver did not answer"; return; }
    auto v = ParseJson(r->body);
    if (!v.ok() || !(*v)["value"]["sessionId"].is_string()) { *error = "no session: " + r->body.substr(0, 300); return; }
    session_ = "/session/" + (*v)["value"]["sessionId"].AsString();
  }

  ~WebDriver() {
    if (!session_.empty()) http_->Delete(session_);
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
  }

  bool Navigate(const std::string& url) {
    auto r = http_->Post(session_ + "/url", "{\"url\":" + JsonQuote(url) + "}", "application/json");
    return r && r->status == 200;
  }

  // Runs `script` (a function body; `return` gives the value) in the page.
  JsonValue Run(const std::string& script) {
    auto r = http_->Post(session_ + "/execute/sync", "{\"script\":" + JsonQuote(script) + ",\"args\":[]}", "application/json");
    if (!r) return JsonValue();
    auto v = ParseJson(r->body);
    return v.ok() ? (*v)["value"] : JsonValue();
  }

  // Polls the JavaScript expression until it is truthy; false on timeout.
  bool WaitFor(const std::string& expression, int timeout_ms = 10000) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (std::chrono::steady_clock::now() < deadline) {
      JsonValue v = Run("return !!(" + expression + ");");
      if (v.type() == JsonValue::Type::kBool && v.AsBool()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }

  std::string ScreenshotPng() {
    auto r = http_->Get(session_ + "/screenshot");
    if (!r) return "";
    auto v = ParseJson(r->body);
    return v.ok() ? Base64Decode((*v)["value"].AsString()) : "";
  }

 private:
  TempDir profile_;  // a fresh --user-data-dir for every session
  pid_t pid_ = -1;
  int port_ = 0;
  std::unique_ptr<httplib::Client> http_;
  std::string session_;
};

}  // namespace news::testing
