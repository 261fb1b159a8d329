// Helpers for the server tests: a WebServer running in this process on a
// free 127.0.0.1 port, the real `newsminer serve` binary as a child process
// (its port read from the line it prints), and an HTTP client for either.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <httplib.h>

#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "server/server.h"
#include "test_support.h"

namespace news::testing {

// The port of the first "http://host:PORT/" in `line`, or 0. (A hand scan
// rather than <regex>, which is slow to compile and noisy under sanitizers.)
inline int PortInUrl(const std::string& line) {
  size_t at = line.find("http://");
  if (at == std::string::npos) return 0;
  size_t slash = line.find('/', at + 7);
  size_t colon = line.rfind(':', slash);
  if (slash == std::string::npos || colon == std::string::npos || colon < at + 7) return 0;
  std::string digits = line.substr(colon + 1, slash - colon - 1);
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stoi(digits);
}

// A WebServer on 127.0.0.1 with a free port, served from a thread.
class LocalServer {
 public:
  explicit LocalServer(WebServer::Options options) {
    options.host = options.host.empty() ? "127.0.0.1" : options.host;
    options.port = 0;
    auto made = WebServer::Create(std::move(options));
    if (!made.ok()) throw std::runtime_error(made.status().message());
    server_ = std::move(made).value();
    auto port = server_->Bind();
    if (!port.ok()) throw std::runtime_error(port.status().message());
    port_ = *port;
    thread_ = std::thread([this] { server_->Run(); });
  }
  ~LocalServer() {
    server_->Stop();
    thread_.join();
  }
  int port() const { return port_; }
  std::string host_header() const { return "127.0.0.1:" + std::to_string(port_); }
  std::string origin() const { return "http://" + host_header(); }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_connection_timeout(5);
    c.set_read_timeout(10);
    return c;
  }

 private:
  std::unique_ptr<WebServer> server_;
  int port_ = 0;
  std::thread thread_;
};

// The real binary: `newsminer --db DB serve --port 0 ARGS...`, stopped with
// SIGTERM when the object goes away (unless Stop() was called).
class ServeProcess {
 public:
  ServeProcess(const std::string& db, const std::vector<std::string>& args,
               const std::vector<std::string>& env = {}) {
    int out[2], err[2];
    if (pipe(out) != 0 || pipe(err) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], 1);
      dup2(err[1], 2);
      close(out[0]); close(out[1]); close(err[0]); close(err[1]);
      for (const auto& e : env) putenv(const_cast<char*>(e.c_str()));
      std::vector<std::string> all = {NEWSMINER_BINARY, "--db", db, "serve", "--port", "0"};
      all.insert(all.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (auto& a : all) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    close(out[1]);
    close(err[1]);
    out_fd_ = out[0];
    err_fd_ = err[0];
    std::string line = ReadLine(out_fd_, std::chrono::seconds(30));
    port_ = PortInUrl(line);
    first_line_ = line;
  }
  ~ServeProcess() { Stop(SIGTERM); }

  // Sends `sig`, waits for the exit; returns the exit status (-1 if killed
  // by a signal). Also collects stderr.
  int Stop(int sig) {
    if (pid_ <= 0) return exit_code_;
    kill(pid_, sig);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    stderr_ = ReadAll(err_fd_);
    close(out_fd_);
    close(err_fd_);
    return exit_code_;
  }

  int port() const { return port_; }
  const std::string& first_line() const { return first_line_; }
  const std::string& stderr_text() const { return stderr_; }
  bool running() const { return pid_ > 0; }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_connection_timeout(5);
    c.set_read_timeout(10);
    return c;
  }

 private:
  static std::string ReadLine(int fd, std::chrono::seconds timeout) {
    std::string line;
    auto deadline = std::chrono::steady_clock::now() + timeout;
    char c;
    while (std::chrono::steady_clock::now() < deadline) {
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, 100) <= 0) continue;
      if (read(fd, &c, 1) != 1) break;
      if (c == '\n') break;
      line += c;
    }
    return line;
  }
  static std::string ReadAll(int fd) {
    std::string s;
    char buf[4096];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0) s.append(buf, n);
    return s;
  }

  pid_t pid_ = -1;
  int out_fd_ = -1, err_fd_ = -1;
  int port_ = 0;
  int exit_code_ = -1;
  std::string first_line_, stderr_;
};

}  // namespace news::testing
