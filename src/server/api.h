// The JSON API: routes a request to its handler and returns the response.
// Handlers validate every parameter (400 naming it), read the database
// through a pool of read-only connections (503 when it stays busy), and
// start ingest jobs on the JobRunner.
//
//   auto api = Api::Create({.db_path = "newsminer.db", .ingest = MakeIngestWork(...)});
//   ApiResponse r = (*api)->Handle({.method = "GET", .path = "/api/stats"});
//
// Create() fails when the database cannot be opened. Handle() is safe to call
// from many threads at once.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "common/status.h"
#include "server/api_types.h"
#include "server/job_runner.h"

namespace news {

class ApiBackend;

// Runs one ingest of `source` (an http(s) URL of an article or a feed),
// reporting each item on ctx and stopping between articles when
// ctx.cancelled(). Set by the command that starts the server.
using IngestWork = std::function<Status(const std::string& source, JobContext& ctx)>;

class Api {
 public:
  struct Options {
    std::string db_path;             // required
    size_t db_connections = 8;       // read connections opened at most
    size_t max_body_bytes = 16 * 1024;  // POST bodies past this are 413
    IngestWork ingest;               // empty: POST /api/ingest answers 503
  };

  static StatusOr<std::unique_ptr<Api>> Create(Options options);
  ~Api();

  ApiResponse Handle(const ApiRequest& req);

  // Stops background jobs (the running one finishes its current article).
  void Shutdown();

 private:
  explicit Api(Options options);
  ApiResponse PostIngest(const ApiRequest& req);
  ApiResponse GetJob(const std::string& id);
  ApiResponse ListJobs(const ApiRequest& req);

  Options options_;
  JobRunner jobs_;
  std::unique_ptr<ApiBackend> backend_;
};

}  // namespace news
