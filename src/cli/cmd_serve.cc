// `newsminer serve`: runs the web server until SIGINT or SIGTERM. The
// signals are blocked in every thread and taken by one waiting thread, which
// stops the server; Run() then lets the running ingest job finish the
// article it is writing before the process exits.
#include <pthread.h>
#include <signal.h>

#include <cstdlib>
#include <iostream>
#include <thread>

#include "cli/command.h"
#include "server/ingest_job.h"
#include "server/server.h"

namespace news {
namespace {

StatusOr<WebServer::Options> ServeOptions(CommandContext& ctx, const ParsedArgs& a) {
  WebServer::Options o;
  o.host = a.Get("host", "127.0.0.1");
  const char* env_token = std::getenv("NEWSMINER_TOKEN");
  o.token = a.Get("token", env_token ? env_token : "");
  NEWS_ASSIGN_OR_RETURN(long port, ParseCount(a, "port", 8080));
  if (port > 65535) return Status(StatusCode::kInvalidArgument, "--port must be at most 65535");
  o.port = static_cast<int>(port);
  NEWS_ASSIGN_OR_RETURN(long threads, ParseCount(a, "threads", 48));
  if (threads < 2 || threads > 1024) return Status(StatusCode::kInvalidArgument, "--threads must be between 2 and 1024");
  o.threads = static_cast<size_t>(threads);
  o.api.db_path = ctx.db_path;
  o.api.ingest = MakeIngestWork(ctx.db_path, ctx.lexicon_dir);
  return o;
}

sigset_t StopSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGUSR1);  // releases the watcher when the server ends by itself
  return set;
}

// Waits for SIGINT/SIGTERM and stops the server. The signals must already be
// blocked in every thread (BlockStopSignals before any thread starts), so
// only this thread ever receives them.
class SignalWatcher {
 public:
  explicit SignalWatcher(WebServer* server) : set_(StopSignals()) {
    thread_ = std::thread([this, server] {
      int sig = 0;
      sigwait(&set_, &sig);
      if (sig != SIGUSR1) std::cerr << "newsminer: serve: stopping (finishing the current article)\n";
      server->Stop();
    });
  }
  ~SignalWatcher() {
    pthread_kill(thread_.native_handle(), SIGUSR1);
    thread_.join();
  }

 private:
  sigset_t set_;
  std::thread thread_;
};

int RunServe(CommandContext& ctx) {
  ParsedArgs a;
  int code = 0;
  if (!ParseOrFail(ctx, {{"host", true}, {"port", true}, {"token", true}, {"threads", true}}, "serve", &a, &code))
    return code;
  if (!a.positional.empty()) return Fail(ctx, "serve", "unexpected argument '" + a.positional[0] + "'");
  sigset_t stop_signals = StopSignals();
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);  // inherited by every thread started below
  StatusOr<WebServer::Options> options = ServeOptions(ctx, a);
  if (!options.ok()) return Fail(ctx, "serve", options.status().message());
  StatusOr<std::unique_ptr<WebServer>> server = WebServer::Create(std::move(options).value());
  if (!server.ok()) return Fail(ctx, server.status().code() == StatusCode::kInvalidArgument ? "serve" : ctx.db_path,
                                server.status().message());
  SignalWatcher watcher(server->get());
  StatusOr<int> port = (*server)->Bind();
  if (!port.ok()) return Fail(ctx, "serve", port.status().message());
  const std::string& host = (*server)->options().host;
  std::string shown = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  ctx.out << "newsminer: serving http://" << shown << ":" << *port << "/ (Ctrl-C to stop)" << std::endl;
  (*server)->Run();
  return kExitOk;
}

}  // namespace

extern const CommandInfo kServeCommand = {
    "serve", "JSON API and web page over the database",
    "usage: newsminer serve [--host 127.0.0.1] [--port 8080] [--token TOKEN] [--threads N]\n\n"
    "Serves the web page and the JSON API over the database. Binding an address\n"
    "other than loopback needs --token (or $NEWSMINER_TOKEN, at least 16\n"
    "characters); every request must then carry it (Authorization: Bearer TOKEN,\n"
    "or ?token=TOKEN once in the browser). --port 0 picks a free port.\n",
    RunServe};

}  // namespace news
