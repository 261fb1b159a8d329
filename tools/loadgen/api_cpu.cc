// newsminer-api-cpu: CPU time per request of the JSON API, in process and on
// one thread (no sockets, no other clients), for each path given: the figure
// that decides latency under load on a shared 2-core machine, where wall
// clock mostly measures the neighbours. Used by `tools/bench-server --cpu`.
//   newsminer-api-cpu DB [--iterations N] [--out DIR] /api/timeline?limit=50 ...
// --out writes each response body to DIR/<index>.json (to compare versions).
#include <httplib.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "server/api_backend.h"

namespace {

double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

news::ApiRequest RequestFor(const std::string& url) {
  news::ApiRequest r;
  r.method = "GET";
  size_t q = url.find('?');
  r.path = httplib::detail::decode_url(url.substr(0, q), false);
  if (q != std::string::npos) {
    httplib::Params params;
    httplib::detail::parse_query_text(url.substr(q + 1), params);
    for (const auto& [k, v] : params) r.params.emplace(k, v);
  }
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: newsminer-api-cpu DB [--iterations N] PATH...\n");
    return 2;
  }
  int iterations = 100;
  std::string out_dir;
  std::vector<std::string> urls;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--iterations" && i + 1 < argc) iterations = std::max(1, std::atoi(argv[++i]));
    else if (a == "--out" && i + 1 < argc) out_dir = argv[++i];
    else urls.push_back(a);
  }
  auto backend = news::ApiBackend::Create(argv[1], 1);
  if (!backend.ok()) {
    std::fprintf(stderr, "newsminer-api-cpu: %s: %s\n", argv[1], backend.status().message().c_str());
    return 1;
  }
  double total = 0;
  for (const std::string& url : urls) {
    news::ApiRequest req = RequestFor(url);
    std::vector<double> cpu;
    int status = 0;
    size_t bytes = 0;
    std::string body;
    for (int i = -3; i < iterations; ++i) {  // three warm-up runs
      double c0 = ThreadCpuMs();
      std::optional<news::ApiResponse> r = (*backend)->Handle(req);
      double c1 = ThreadCpuMs();
      status = r ? r->status : 404;
      bytes = r ? r->body.size() : 0;
      if (r) body = std::move(r->body);
      if (i >= 0) cpu.push_back(c1 - c0);
    }
    if (!out_dir.empty()) std::ofstream(out_dir + "/" + std::to_string(&url - urls.data()) + ".json") << body;
    std::sort(cpu.begin(), cpu.end());
    double mean = 0;
    for (double c : cpu) mean += c;
    mean /= static_cast<double>(cpu.size());
    total += mean;
    std::printf("cpu mean %7.2f p50 %7.2f p95 %7.2f max %7.2f ms  %3d %7zu B  %s\n", mean, cpu[cpu.size() / 2],
                cpu[std::min(cpu.size() - 1, cpu.size() * 95 / 100)], cpu.back(), status, bytes, url.c_str());
  }
  std::printf("cpu mean over the %zu paths: %.2f ms per request\n", urls.size(), total / static_cast<double>(urls.size()));
  return 0;
}
