// A bounded HTTP load generator shared by the "Load: " test and
// tools/bench-server: N requests spread over C concurrent keep-alive clients
// on loopback, cycling through a list of paths, with latency percentiles and
// the count of errors (no answer, or a status other than 200).
//
//   LoadResult r = RunLoad({.port = 8080, .paths = {"/api/stats"}, .requests = 2000, .clients = 16});
//   printf("p95 %.1f ms, %ld errors\n", r.p95_ms, r.errors);
#pragma once

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace news {

struct LoadOptions {
  std::string host = "127.0.0.1";
  int port = 0;
  std::vector<std::string> paths;  // cycled through in order
  long requests = 2000;
  int clients = 16;
  std::string token;  // sent as Authorization: Bearer when not empty
};

struct LoadResult {
  long requests = 0, errors = 0;
  double p50_ms = 0, p95_ms = 0, p99_ms = 0, max_ms = 0, seconds = 0;
  std::map<int, long> statuses;  // HTTP status -> count (0: no answer)
  std::string first_error;
};

inline double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p * (v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

inline LoadResult RunLoad(const LoadOptions& o) {
  std::atomic<long> next{0};
  std::mutex mu;
  std::vector<double> all_ms;
  LoadResult result;
  auto worker = [&] {
    httplib::Client client(o.host, o.port);
    client.set_keep_alive(true);
    client.set_read_timeout(30);
    httplib::Headers headers;
    if (!o.token.empty()) headers.emplace("Authorization", "Bearer " + o.token);
    std::vector<double> mine;
    std::map<int, long> statuses;
    std::string first_error;
    for (long i = next++; i < o.requests; i = next++) {
      const std::string& path = o.paths[static_cast<size_t>(i) % o.paths.size()];
      auto t0 = std::chrono::steady_clock::now();
      auto res = client.Get(path, headers);
      mine.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
      int status = res ? res->status : 0;
      ++statuses[status];
      if (status != 200 && first_error.empty())
        first_error = path + " -> " + (res ? std::to_string(status) + " " + res->body.substr(0, 200) : "no answer");
    }
    std::lock_guard<std::mutex> lock(mu);
    all_ms.insert(all_ms.end(), mine.begin(), mine.end());
    for (auto [s, n] : statuses) result.statuses[s] += n;
    if (result.first_error.empty()) result.first_error = first_error;
  };
  auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int c = 0; c < o.clients; ++c) threads.emplace_back(worker);
  for (auto& t : threads) t.join();
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  result.requests = static_cast<long>(all_ms.size());
  for (auto [s, n] : result.statuses) if (s != 200) result.errors += n;
  result.p50_ms = Percentile(all_ms, 0.50);
  result.p95_ms = Percentile(all_ms, 0.95);
  result.p99_ms = Percentile(all_ms, 0.99);
  result.max_ms = all_ms.empty() ? 0 : *std::max_element(all_ms.begin(), all_ms.end());
  return result;
}

}  // namespace news
