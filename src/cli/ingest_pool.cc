#include "cli/ingest_pool.h"

#include "ingest/source_loader.h"

namespace news {

IngestPool::IngestPool(const Analyzer& analyzer, const Fetcher& fetcher, FileOptions file_options, int jobs)
    : analyzer_(analyzer), fetcher_(fetcher), file_options_(file_options) {
  for (int i = 0; i < (jobs < 1 ? 1 : jobs); ++i) workers_.emplace_back([this] { Work(); });
}

IngestPool::~IngestPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  task_cv_.notify_all();
  for (std::thread& t : workers_) t.join();
}

void IngestPool::Submit(IngestTask task) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    tasks_.emplace_back(next_submit_++, std::move(task));
    ++in_flight_;
  }
  task_cv_.notify_one();
}

IngestResult IngestPool::Take() {
  std::unique_lock<std::mutex> lock(mu_);
  result_cv_.wait(lock, [&] { return results_.count(next_take_) > 0; });
  auto it = results_.find(next_take_++);
  IngestResult r = std::move(it->second);
  results_.erase(it);
  --in_flight_;
  return r;
}

void IngestPool::Work() {
  while (true) {
    IngestTask task;
    uint64_t seq;
    {
      std::unique_lock<std::mutex> lock(mu_);
      task_cv_.wait(lock, [&] { return stop_ || !tasks_.empty(); });
      if (stop_ && tasks_.empty()) return;
      seq = tasks_.front().first;
      task = std::move(tasks_.front().second);
      tasks_.pop_front();
    }
    IngestResult r = Run(std::move(task));
    {
      std::lock_guard<std::mutex> lock(mu_);
      results_.emplace(seq, std::move(r));
    }
    result_cv_.notify_all();
  }
}

IngestResult IngestPool::Run(IngestTask task) const {
  IngestResult r;
  StatusOr<Document> doc = Status(StatusCode::kInvalidArgument, "unknown task");
  switch (task.kind) {
    case IngestTask::kFile:
      doc = LoadFile(task.source, file_options_);
      break;
    case IngestTask::kUrl: {
      StatusOr<UrlContent> c = FetchUrl(fetcher_, task.source, file_options_.fetch_day);
      if (c.ok() && c->feed) {
        r.feed = std::move(c->feed);
        r.feed_url = c->feed_url;
        r.task = std::move(task);
        return r;
      }
      doc = c.ok() ? StatusOr<Document>(std::move(*c->article)) : StatusOr<Document>(c.status());
      break;
    }
    case IngestTask::kFeedItem:
      doc = LoadFeedItem(fetcher_, task.item, task.feed_url, &r.note, file_options_.fetch_day);
      break;
  }
  if (doc.ok()) {
    doc->source = task.source;
    r.analysis = analyzer_.Analyze(std::move(doc).value());
    r.fts = FtsColumnsFor(r.analysis->doc.title, r.analysis->doc.body);
  } else {
    r.error = doc.status();
  }
  r.task = std::move(task);
  return r;
}

}  // namespace news
