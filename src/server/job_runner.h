// Background jobs for the server (ingesting a URL or a feed): one worker
// thread runs them in order, so there is a single database writer, while the
// HTTP threads read progress snapshots at any time.
//
//   JobRunner jobs({});
//   StatusOr<int64_t> id = jobs.Submit("ingest", url, [&](JobContext& ctx) {
//     ctx.SetTotal(items.size());
//     for (auto& item : items) {
//       if (ctx.cancelled()) break;          // checked between articles
//       ... store one article in its own transaction ...
//       ctx.Item(JobOutcome::kIngested, item.url, "");
//     }
//     return Status::Ok();
//   });
//   std::optional<JobSnapshot> s = jobs.Get(*id);
//
// Submit() fails with kBusy when too many jobs wait. Shutdown() asks the
// running job to stop at its next cancelled() check, waits for it (so the
// article being written finishes its transaction), and cancels queued jobs.
// All methods are thread-safe.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "common/status.h"

namespace news {

enum class JobOutcome { kIngested, kDuplicate, kFailed };

struct JobSnapshot {
  int64_t id = 0;
  std::string kind;    // "ingest"
  std::string source;  // the URL or feed
  std::string state;   // queued, running, done, failed, cancelled
  long total = -1;     // items to do; -1 while unknown
  long done = 0, ingested = 0, duplicates = 0, failed = 0;
  std::string message;                 // the job's final error, or a note
  std::vector<std::string> errors;     // "<source>: <cause>", the first kMaxErrors
  std::string current;                 // the item being processed
  double elapsed_s = 0;
};

// Handed to the work function; its methods are thread-safe.
class JobContext {
 public:
  void SetTotal(long total);
  void SetCurrent(std::string item);
  // Records one finished item; `message` explains a failure.
  void Item(JobOutcome outcome, const std::string& source, const std::string& message);
  // Records a problem that failed no item (a feed cut short): listed in
  // `errors` as "<source>: warning: <message>", counted nowhere.
  void Warn(const std::string& source, const std::string& message);
  // True once shutdown was requested; work should return soon after.
  bool cancelled() const { return cancel_->load(); }

 private:
  friend class JobRunner;
  JobContext(std::mutex* mu, JobSnapshot* snap, const std::atomic<bool>* cancel)
      : mu_(mu), snap_(snap), cancel_(cancel) {}
  std::mutex* mu_;
  JobSnapshot* snap_;
  const std::atomic<bool>* cancel_;
};

class JobRunner {
 public:
  using Work = std::function<Status(JobContext&)>;
  static constexpr size_t kMaxErrors = 50;

  struct Options {
    size_t max_waiting = 8;  // queued (not yet running) jobs before Submit says kBusy
    size_t max_kept = 200;   // finished jobs remembered for GET /api/jobs/{id}
  };

  explicit JobRunner(Options options);
  ~JobRunner();  // calls Shutdown()
  JobRunner(const JobRunner&) = delete;
  JobRunner& operator=(const JobRunner&) = delete;

  StatusOr<int64_t> Submit(std::string kind, std::string source, Work work);
  std::optional<JobSnapshot> Get(int64_t id) const;
  std::vector<JobSnapshot> Recent(size_t n) const;  // newest first
  void Shutdown();

 private:
  struct Job {
    JobSnapshot snap;
    Work work;
    double started = 0, finished = 0;  // steady-clock seconds
  };
  void Loop();
  void RunOne(Job& job);
  void Forget();  // drops the oldest finished jobs past max_kept
  JobSnapshot SnapshotOf(const Job& job) const;

  Options options_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::map<int64_t, Job> jobs_;
  std::deque<int64_t> queue_;
  int64_t next_id_ = 1;
  bool stopping_ = false;
  std::atomic<bool> cancel_{false};
  std::thread worker_;
};

}  // namespace news
