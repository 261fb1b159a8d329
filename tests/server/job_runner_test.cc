// Tests of the background job runner (src/server/job_runner.h).
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "server/job_runner.h"

using namespace news;

namespace {

JobSnapshot WaitFinished(JobRunner& jobs, int64_t id) {
  for (int i = 0; i < 500; ++i) {
    auto s = jobs.Get(id);
    if (s && s->state != "queued" && s->state != "running") return *s;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return *jobs.Get(id);
}

}  // namespace

TEST_CASE("A job reports its items and ends done", "[server]") {
  JobRunner jobs({});
  auto id = jobs.Submit("ingest", "https://example.com/feed.xml", [](JobContext& ctx) {
    ctx.SetTotal(3);
    ctx.Item(JobOutcome::kIngested, "a", "");
    ctx.Item(JobOutcome::kDuplicate, "b", "");
    ctx.Item(JobOutcome::kFailed, "https://example.com/c", "HTTP 404");
    return Status::Ok();
  });
  REQUIRE(id.ok());
  JobSnapshot s = WaitFinished(jobs, *id);
  CHECK(s.state == "done");
  CHECK(s.total == 3);
  CHECK(s.done == 3);
  CHECK(s.ingested == 1);
  CHECK(s.duplicates == 1);
  CHECK(s.failed == 1);
  REQUIRE(s.errors.size() == 1);
  CHECK(s.errors[0] == "https://example.com/c: HTTP 404");
}

TEST_CASE("A failing job keeps its message", "[server]") {
  JobRunner jobs({});
  auto id = jobs.Submit("ingest", "https://x", [](JobContext&) { return Status(StatusCode::kIoError, "connection refused"); });
  JobSnapshot s = WaitFinished(jobs, *id);
  CHECK(s.state == "failed");
  CHECK(s.message == "connection refused");
}

TEST_CASE("Shutdown lets the running job finish its current item and cancels the rest", "[server]") {
  JobRunner jobs({});
  std::atomic<bool> started{false};
  std::atomic<int> finished_items{0};
  auto first = jobs.Submit("ingest", "slow", [&](JobContext& ctx) {
    started = true;
    for (int i = 0; i < 1000; ++i) {
      if (ctx.cancelled()) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));  // one "transaction"
      ++finished_items;
      ctx.Item(JobOutcome::kIngested, "item", "");
    }
    return Status::Ok();
  });
  auto second = jobs.Submit("ingest", "waiting", [](JobContext&) { return Status::Ok(); });
  while (!started) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  jobs.Shutdown();
  JobSnapshot s1 = *jobs.Get(*first), s2 = *jobs.Get(*second);
  CHECK(s1.state == "cancelled");
  CHECK(s1.done == finished_items.load());  // every started item was completed and counted
  CHECK(s1.done < 1000);
  CHECK(s2.state == "cancelled");
  CHECK(jobs.Submit("ingest", "late", [](JobContext&) { return Status::Ok(); }).status().code() == StatusCode::kBusy);
}

TEST_CASE("Too many waiting jobs are refused as busy", "[server]") {
  JobRunner jobs({.max_waiting = 2, .max_kept = 10});
  std::atomic<bool> release{false};
  auto blocker = [&](JobContext&) {
    while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return Status::Ok();
  };
  REQUIRE(jobs.Submit("ingest", "1", blocker).ok());
  while (jobs.Get(1)->state != "running") std::this_thread::sleep_for(std::chrono::milliseconds(1));
  REQUIRE(jobs.Submit("ingest", "2", blocker).ok());
  REQUIRE(jobs.Submit("ingest", "3", blocker).ok());
  CHECK(jobs.Submit("ingest", "4", blocker).status().code() == StatusCode::kBusy);
  release = true;
}
