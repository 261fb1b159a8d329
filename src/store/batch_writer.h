// Buffers analysed articles and writes them to the Store in batches (one
// transaction per batch, all rows of an article or none), counting what
// happened. The ingest command (and anything else that stores articles)
// hands it one Analysis at a time and stays free of store details.
//
//   BatchWriter writer(*store, {.batch_size = 200}, diag);
//   for (...) NEWS_RETURN_IF_ERROR(writer.Add(analyzer.Analyze(doc)));
//   NEWS_RETURN_IF_ERROR(writer.Flush());
//   writer.counts().stored ...
//
// A failed article is reported to `diag` as an error for its source and the
// batch goes on; Add/Flush fail only when the database itself fails
// (kBusy, kIoError, kDataError), and then the unwritten batch is lost.
// Not thread-safe: feed it from one thread.
#pragma once

#include <cstdint>
#include <vector>

#include "common/diagnostics.h"
#include "common/status.h"
#include "model/analysis.h"
#include "store/store.h"

namespace news {

class BatchWriter {
 public:
  struct Options {
    size_t batch_size = 200;  // articles per transaction
  };
  struct Counts {
    int64_t stored = 0;     // new articles
    int64_t duplicate = 0;  // already stored (same body or canonical URL)
    int64_t updated = 0;    // re-analysed in place
    int64_t failed = 0;     // rejected by the store (reported to diag)
  };

  BatchWriter(Store& store, const Options& options, Diagnostics& diag)
      : store_(store), options_(options), diag_(diag) {}

  // Queues a new article; writes the batch when it is full. `fts` is
  // FtsColumnsFor(title, body) when the caller computed it on another
  // thread (the ingest workers do); otherwise it is computed here.
  Status Add(Analysis a);
  Status Add(Analysis a, FtsColumns fts);
  // Queues the new analysis of stored article `id` (see Store::ReplaceAnalyses).
  Status AddReplacement(int64_t id, Analysis a);
  // Writes whatever is queued.
  Status Flush();

  const Counts& counts() const { return counts_; }

 private:
  Status Tally(const StatusOr<std::vector<WriteOutcome>>& outcomes, const std::vector<Analysis>& batch);

  Store& store_;
  Options options_;
  Diagnostics& diag_;
  std::vector<Analysis> pending_;
  std::vector<FtsColumns> pending_fts_;
  std::vector<Analysis> replacements_;
  std::vector<int64_t> replacement_ids_;
  Counts counts_;
};

}  // namespace news
