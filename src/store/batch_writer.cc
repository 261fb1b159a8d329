#include "store/batch_writer.h"

namespace news {

Status BatchWriter::Add(Analysis a) {
  FtsColumns fts = FtsColumnsFor(a.doc.title, a.doc.body);
  return Add(std::move(a), std::move(fts));
}

Status BatchWriter::Add(Analysis a, FtsColumns fts) {
  pending_.push_back(std::move(a));
  pending_fts_.push_back(std::move(fts));
  return pending_.size() >= options_.batch_size ? Flush() : Status::Ok();
}

Status BatchWriter::AddReplacement(int64_t id, Analysis a) {
  replacement_ids_.push_back(id);
  replacements_.push_back(std::move(a));
  return replacements_.size() >= options_.batch_size ? Flush() : Status::Ok();
}

Status BatchWriter::Flush() {
  if (!pending_.empty()) {
    std::vector<Analysis> batch = std::move(pending_);
    std::vector<FtsColumns> fts = std::move(pending_fts_);
    pending_.clear();
    pending_fts_.clear();
    NEWS_RETURN_IF_ERROR(Tally(store_.WriteAnalyses(batch, &fts), batch));
  }
  if (!replacements_.empty()) {
    std::vector<Analysis> batch = std::move(replacements_);
    std::vector<int64_t> ids = std::move(replacement_ids_);
    replacements_.clear();
    replacement_ids_.clear();
    NEWS_RETURN_IF_ERROR(Tally(store_.ReplaceAnalyses(ids, batch), batch));
  }
  return Status::Ok();
}

Status BatchWriter::Tally(const StatusOr<std::vector<WriteOutcome>>& outcomes, const std::vector<Analysis>& batch) {
  if (!outcomes.ok()) return outcomes.status();
  for (size_t i = 0; i < batch.size(); ++i) {
    const WriteOutcome& o = (*outcomes)[i];
    switch (o.kind) {
      case WriteOutcome::kStored: ++counts_.stored; break;
      case WriteOutcome::kDuplicate: ++counts_.duplicate; break;
      case WriteOutcome::kUpdated: ++counts_.updated; break;
      case WriteOutcome::kFailed:
        ++counts_.failed;
        diag_.Error(batch[i].doc.source, o.error.message());
        break;
    }
  }
  return Status::Ok();
}

}  // namespace news
