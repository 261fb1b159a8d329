// Totals per entity (entity_totals) and per entity and ISO week
// (entity_week_totals), added up in memory while a batch of articles is
// written and applied once before the batch commits: one upsert per entity
// and week instead of two trigger upserts per article_entities row (those
// triggers were about half of the writing thread's time). Deleting
// article_entities rows still updates the totals by trigger (schema step 7),
// so a replaced analysis is subtracted exactly.
//
//   EntityRollups r;
//   r.Add(key, "2026-W07", "2026-02-14", row);   // per article_entities row
//   batch_rollups.Merge(r);                      // once the article is in
//   NEWS_RETURN_IF_ERROR(batch_rollups.Write(db));  // before the commit
//
// Not thread-safe; internal to src/store/.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>

#include "common/status.h"

namespace news {

class Db;

// What one article_entities row adds (tones in ten-thousandths, as stored).
struct RollupRow {
  int64_t mentions = 0;
  int64_t research = 0, research_n = 0, product = 0, product_n = 0;
};

class EntityRollups {
 public:
  // `week` empty and `sort_day` "~" for an undated article (then only the
  // all-time totals count it, as before).
  void Add(int64_t entity, const std::string& week, const std::string& sort_day, const RollupRow& row);
  void Merge(const EntityRollups& other);
  bool empty() const { return totals_.empty(); }

  // Upserts every total; kDataError/kBusy from SQLite.
  Status Write(Db& db) const;

 private:
  struct Sum {
    int64_t articles = 0, mentions = 0, research_sum = 0, research_n = 0, product_sum = 0, product_n = 0;
    std::string first, last;  // dated days only; empty when none
    void Add(const Sum& o);
  };
  std::map<int64_t, Sum> totals_;
  std::map<std::pair<std::string, int64_t>, Sum> weeks_;
};

}  // namespace news
