// The parallel half of `ingest`: worker threads that load (read or fetch),
// decode and analyse one source each, and hand the results back to the one
// thread that owns the Store and writes. Tasks are submitted by that thread
// as results come back, so at most `max_in_flight` pages are in memory at
// once, whatever the number of sources.
//
//   IngestPool pool(analyzer, fetcher, file_options, /*jobs=*/4);
//   pool.Submit({IngestTask::kFile, "corpus/a.txt"});
//   IngestResult r = pool.Take();   // blocks until some task is done
//
// Take() hands results back in submission order, so the same sources give
// the same article ids and the same database whatever the thread timing.
// Submit/Take from one thread; the workers share the (thread-safe) Analyzer
// and Fetcher.
#pragma once

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "analysis/analyzer.h"
#include "ingest/feed.h"
#include "ingest/file_loader.h"
#include "ingest/http_fetcher.h"
#include "model/analysis.h"
#include "store/fts_text.h"

namespace news {

struct IngestTask {
  enum Kind { kFile, kUrl, kFeedItem };
  Kind kind = kFile;
  std::string source;    // path or URL (the item link for feed items)
  FeedItem item;         // kFeedItem
  std::string feed_url;  // kFeedItem: the feed it came from
};

struct IngestResult {
  IngestTask task;
  std::optional<Analysis> analysis;  // an article, analysed
  FtsColumns fts;                    // its full-text index row (computed here, off the writer thread)
  std::optional<Feed> feed;          // kUrl that turned out to be a feed
  std::string feed_url;              // its final URL
  Status error;                      // when neither
  std::string note;                  // a warning (feed content used instead of the link)
};

class IngestPool {
 public:
  IngestPool(const Analyzer& analyzer, const Fetcher& fetcher, FileOptions file_options, int jobs);
  ~IngestPool();
  IngestPool(const IngestPool&) = delete;
  IngestPool& operator=(const IngestPool&) = delete;

  void Submit(IngestTask task);
  IngestResult Take();
  int in_flight() const { return in_flight_; }
  int jobs() const { return static_cast<int>(workers_.size()); }

 private:
  void Work();
  IngestResult Run(IngestTask task) const;

  const Analyzer& analyzer_;
  const Fetcher& fetcher_;
  FileOptions file_options_;
  std::mutex mu_;
  std::condition_variable task_cv_, result_cv_;
  std::deque<std::pair<uint64_t, IngestTask>> tasks_;  // with their submission number
  std::map<uint64_t, IngestResult> results_;            // done, by submission number
  uint64_t next_submit_ = 0, next_take_ = 0;
  bool stop_ = false;
  int in_flight_ = 0;
  std::vector<std::thread> workers_;
};

}  // namespace news
