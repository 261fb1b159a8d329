// newsminer-loadgen: prints latency figures for one set of API paths under
// concurrent load (used by tools/bench-server).
//   newsminer-loadgen --port 8080 --requests 2000 --clients 16 /api/timeline?limit=50 ...
#include <cstdio>
#include <cstring>
#include <string>

#include "load_runner.h"

int main(int argc, char** argv) {
  news::LoadOptions o;
  std::string label = "load";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--port") o.port = std::atoi(value().c_str());
    else if (a == "--requests") o.requests = std::atol(value().c_str());
    else if (a == "--clients") o.clients = std::atoi(value().c_str());
    else if (a == "--token") o.token = value();
    else if (a == "--label") label = value();
    else o.paths.push_back(a);
  }
  if (o.port <= 0 || o.paths.empty() || o.requests <= 0 || o.clients <= 0) {
    std::fprintf(stderr, "usage: newsminer-loadgen --port N [--requests N] [--clients N] [--label L] PATH...\n");
    return 2;
  }
  news::LoadResult r = news::RunLoad(o);
  std::printf("%-16s %6ld requests  %2d clients  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms  %7.0f req/s  errors %ld\n",
              label.c_str(), r.requests, o.clients, r.p50_ms, r.p95_ms, r.p99_ms, r.max_ms,
              r.requests / (r.seconds > 0 ? r.seconds : 1), r.errors);
  if (r.errors) std::printf("  first error: %s\n", r.first_error.c_str());
  return r.errors ? 1 : 0;
}
