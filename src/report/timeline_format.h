// Renders timeline rows (store/timeline_query.h) for people and programs:
// one JSON document, CSV (RFC 4180) and an aligned terminal table. Every
// writer streams: Begin(), one Row() per row as the query delivers it,
// End(); memory does not grow with the number of rows.
//
//   auto w = MakeTimelineWriter("json", std::cout, {});
//   w->Begin();
//   QueryTimeline(store, filter, [&](const TimelineRow& r) { w->Row(r); return true; });
//   w->End();
//
// A writer belongs to one thread.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "common/json.h"
#include "common/status.h"
#include "store/timeline_query.h"

namespace news {

// "Jane Doe left OpenAI for Anthropic": a short English description of an
// event row; an article row gives its title.
std::string DescribeRow(const TimelineRow& row);

// One timeline row as the JSON object `timeline --format json` prints in
// "rows" (also used by the API and by `entities show`):
//   {"date", "kind": "event"|"article", "event", "what", "person", "organization",
//    "counterpart", "product", "entities": [{"id", "name", "type"}],
//    "tone": {"research", "product", "overall"}, "evidence", "sentence",
//    "article": {"id", "title", "source", "url", "published", "lang"}}
// Missing values are null.
void WriteTimelineRowJson(JsonWriter& w, const TimelineRow& row);
void WriteEntityRefJson(JsonWriter& w, const EntityRef& e);  // {"id", "name", "type"}

class TimelineWriter {
 public:
  struct Options {
    int width = 100;      // table: terminal width in columns
    bool pretty = false;  // json: indented
  };
  virtual ~TimelineWriter() = default;
  virtual void Begin() = 0;
  virtual void Row(const TimelineRow& row) = 0;
  virtual void End() = 0;
};

// format is "json", "csv" or "table"; kInvalidArgument otherwise.
StatusOr<std::unique_ptr<TimelineWriter>> MakeTimelineWriter(const std::string& format, std::ostream& out,
                                                             const TimelineWriter::Options& options);

}  // namespace news
