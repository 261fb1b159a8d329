#include "server/job_runner.h"

#include <chrono>

namespace news {
namespace {

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

void JobContext::SetTotal(long total) {
  std::lock_guard<std::mutex> lock(*mu_);
  snap_->total = total;
}

void JobContext::SetCurrent(std::string item) {
  std::lock_guard<std::mutex> lock(*mu_);
  snap_->current = std::move(item);
}

void JobContext::Item(JobOutcome outcome, const std::string& source, const std::string& message) {
  std::lock_guard<std::mutex> lock(*mu_);
  ++snap_->done;
  if (outcome == JobOutcome::kIngested) ++snap_->ingested;
  if (outcome == JobOutcome::kDuplicate) ++snap_->duplicates;
  if (outcome == JobOutcome::kFailed) {
    ++snap_->failed;
    if (snap_->errors.size() < JobRunner::kMaxErrors) snap_->errors.push_back(source + ": " + message);
  }
}

void JobContext::Warn(const std::string& source, const std::string& message) {
  std::lock_guard<std::mutex> lock(*mu_);
  if (snap_->errors.size() < JobRunner::kMaxErrors) snap_->errors.push_back(source + ": warning: " + message);
}

JobRunner::JobRunner(Options options) : options_(options) {
  worker_ = std::thread([this] { Loop(); });
}

JobRunner::~JobRunner() { Shutdown(); }

StatusOr<int64_t> JobRunner::Submit(std::string kind, std::string source, Work work) {
  std::lock_guard<std::mutex> lock(mu_);
  if (stopping_) return Status(StatusCode::kBusy, "the server is shutting down");
  if (queue_.size() >= options_.max_waiting)
    return Status(StatusCode::kBusy, "too many jobs waiting; try again when one has finished");
  int64_t id = next_id_++;
  Job& job = jobs_[id];
  job.snap.id = id;
  job.snap.kind = std::move(kind);
  job.snap.source = std::move(source);
  job.snap.state = "queued";
  job.work = std::move(work);
  queue_.push_back(id);
  Forget();
  cv_.notify_one();
  return id;
}

JobSnapshot JobRunner::SnapshotOf(const Job& job) const {
  JobSnapshot s = job.snap;
  if (job.started > 0) s.elapsed_s = (job.finished > 0 ? job.finished : Now()) - job.started;
  return s;
}

std::optional<JobSnapshot> JobRunner::Get(int64_t id) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = jobs_.find(id);
  if (it == jobs_.end()) return std::nullopt;
  return SnapshotOf(it->second);
}

std::vector<JobSnapshot> JobRunner::Recent(size_t n) const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<JobSnapshot> out;
  for (auto it = jobs_.rbegin(); it != jobs_.rend() && out.size() < n; ++it) out.push_back(SnapshotOf(it->second));
  return out;
}

void JobRunner::Forget() {
  size_t finished = 0;
  for (const auto& [id, job] : jobs_) finished += job.finished > 0;
  for (auto it = jobs_.begin(); it != jobs_.end() && finished > options_.max_kept;) {
    if (it->second.finished > 0) {
      it = jobs_.erase(it);
      --finished;
    } else {
      ++it;
    }
  }
}

void JobRunner::Loop() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (stopping_) break;
    int64_t id = queue_.front();
    queue_.pop_front();
    Job& job = jobs_[id];  // std::map nodes stay put while other jobs are added
    job.snap.state = "running";
    job.started = Now();
    lock.unlock();
    RunOne(job);
    lock.lock();
  }
  for (int64_t id : queue_) {
    jobs_[id].snap.state = "cancelled";
    jobs_[id].finished = Now();
  }
  queue_.clear();
}

void JobRunner::RunOne(Job& job) {
  JobContext ctx(&mu_, &job.snap, &cancel_);
  Status st = job.work(ctx);
  std::lock_guard<std::mutex> lock(mu_);
  job.finished = Now();
  job.snap.current.clear();
  job.work = nullptr;
  if (!st.ok()) {
    job.snap.state = "failed";
    job.snap.message = st.message();
  } else {
    job.snap.state = cancel_.load() ? "cancelled" : "done";
  }
}

void JobRunner::Shutdown() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
    cancel_.store(true);
  }
  cv_.notify_all();
  if (worker_.joinable()) worker_.join();
}

}  // namespace news
