// Renders entity views (store/entity_queries.h): the entity list as JSON,
// CSV (RFC 4180) or an aligned table, streamed row by row; and one entity's
// detail as JSON or a readable text page.
//
//   auto w = MakeEntityListWriter("table", std::cout, {.width = 100});
//   w->Begin(); ListEntities(store, f, [&](const EntitySummary& e) { w->Row(e); return true; }); w->End();
//   WriteEntityDetail("json", d, std::cout, {});
//
// Writers belong to one thread.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "common/status.h"
#include "report/timeline_format.h"
#include "store/entity_queries.h"

namespace news {

class EntityListWriter {
 public:
  virtual ~EntityListWriter() = default;
  virtual void Begin() = 0;
  virtual void Row(const EntitySummary& e) = 0;
  virtual void End() = 0;
};

// format: json, csv or table; kInvalidArgument otherwise. JSON is
// {"entities": [{"id", "name", "type", "parent", "known", "articles",
// "mentions", "first_seen", "last_seen", "research", "product"}], "count"}.
StatusOr<std::unique_ptr<EntityListWriter>> MakeEntityListWriter(const std::string& format, std::ostream& out,
                                                                 const TimelineWriter::Options& options);

// format: json or table; kInvalidArgument otherwise.
Status WriteEntityDetail(const std::string& format, const EntityDetail& d, std::ostream& out,
                         const TimelineWriter::Options& options);

}  // namespace news
