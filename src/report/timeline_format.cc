#include "report/timeline_format.h"

#include <algorithm>
#include <cstdio>

#include "common/json.h"
#include "report/csv.h"
#include "report/json_list.h"
#include "report/text_width.h"

namespace news {

namespace {

std::string OrUnknown(const std::string& s) { return s.empty() ? "?" : s; }

class JsonTimelineWriter : public TimelineWriter {
 public:
  JsonTimelineWriter(std::ostream& out, bool pretty) : list_(out, pretty, "rows") {}
  void Begin() override { list_.Begin(); }
  void Row(const TimelineRow& r) override { list_.Row([&](JsonWriter& w) { WriteTimelineRowJson(w, r); }); }
  void End() override { list_.End(); }

 private:
  JsonRowList list_;
};

std::string EntityNames(const TimelineRow& r, const char* sep) {
  std::string out;
  for (const EntityRef& e : r.entities) out += (out.empty() ? "" : sep) + e.canonical;
  return out;
}

std::string Tone(const std::optional<double>& v) {
  if (!v) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%+.2f", *v);
  return buf;
}

// RFC 4180: a header row, CRLF line ends, fields quoted when needed.
class CsvTimelineWriter : public TimelineWriter {
 public:
  explicit CsvTimelineWriter(std::ostream& out) : out_(out) {}

  void Begin() override {
    WriteCsvRow(out_, {"date", "kind", "event", "what", "person", "organization", "counterpart", "product",
                       "entities", "research", "product_tone", "overall", "evidence", "article_id", "title",
                       "source", "url", "lang"});
  }

  void Row(const TimelineRow& r) override {
    char overall[16];
    std::snprintf(overall, sizeof overall, "%.3f", r.overall);
    WriteCsvRow(out_, {r.date, r.kind, r.event_type, DescribeRow(r), r.person, r.organization, r.counterpart,
                       r.product, EntityNames(r, "; "), Tone(r.research), Tone(r.product_tone), overall, r.evidence,
                       std::to_string(r.article_id), r.title, r.source, r.url, r.lang});
  }

  void End() override { out_.flush(); }

 private:
  std::ostream& out_;
};

// Two lines per row: the columns, then the evidence sentence with the
// article's title and source, indented. Column widths are fixed from the
// terminal width up front, so rows print as they arrive.
class TableTimelineWriter : public TimelineWriter {
 public:
  TableTimelineWriter(std::ostream& out, int width) : out_(out), width_(std::max(width, 60)) {
    int flexible = width_ - (kDate + kEvent + 2 * kTone + 5);
    what_ = flexible * 3 / 5;
    entities_ = flexible - what_;
  }

  void Begin() override {
    Line("DATE", "EVENT", "WHAT", "ENTITIES", "RES", "PROD");
    out_ << std::string(static_cast<size_t>(width_), '-') << '\n';
  }

  void Row(const TimelineRow& r) override {
    ++count_;
    Line(r.date.empty() ? "undated" : r.date, r.kind == "event" ? r.event_type : "article", DescribeRow(r),
         EntityNames(r, ", "), Tone(r.research), Tone(r.product_tone));
    std::string detail = "\u201c" + r.evidence + "\u201d";
    if (r.kind == "event") detail += " \u2014 " + r.title;
    detail += " (" + r.source + ")";
    out_ << std::string(kDate + 1, ' ') << FitToWidth(detail, width_ - kDate - 1) << '\n';
  }

  void End() override { out_ << count_ << (count_ == 1 ? " row" : " rows") << '\n'; }

 private:
  static constexpr int kDate = 10, kEvent = 14, kTone = 5;

  void Line(const std::string& date, const std::string& event, const std::string& what, const std::string& entities,
            const std::string& research, const std::string& product) {
    std::string line = PadToWidth(date, kDate) + ' ' + PadToWidth(event, kEvent) + ' ' + PadToWidth(what, what_) +
                       ' ' + PadToWidth(entities, entities_) + ' ' + PadToWidth(research, kTone) + ' ' +
                       FitToWidth(product, kTone);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out_ << line << '\n';
  }

  std::ostream& out_;
  int width_, what_ = 0, entities_ = 0;
  long long count_ = 0;
};

}  // namespace

void WriteEntityRefJson(JsonWriter& w, const EntityRef& e) {
  w.BeginObject();
  NullableString(w, "id", e.id);
  NullableString(w, "name", e.canonical);
  NullableString(w, "type", e.type);
  w.EndObject();
}

void WriteTimelineRowJson(JsonWriter& w, const TimelineRow& r) {
  w.BeginObject();
  NullableString(w, "date", r.date);
  NullableString(w, "kind", r.kind);
  NullableString(w, "event", r.event_type);
  NullableString(w, "what", DescribeRow(r));
  NullableString(w, "person", r.person);
  NullableString(w, "organization", r.organization);
  NullableString(w, "counterpart", r.counterpart);
  NullableString(w, "product", r.product);
  w.Key("entities");
  w.BeginArray();
  for (const EntityRef& e : r.entities) WriteEntityRefJson(w, e);
  w.EndArray();
  w.Key("tone");
  w.BeginObject();
  NullableNumber(w, "research", r.research);
  NullableNumber(w, "product", r.product_tone);
  w.Key("overall");
  w.Double(r.overall);
  w.EndObject();
  NullableString(w, "evidence", r.evidence);
  w.Key("sentence");
  w.Int(r.sentence);
  w.Key("article");
  w.BeginObject();
  w.Key("id");
  w.Int(r.article_id);
  NullableString(w, "title", r.title);
  NullableString(w, "source", r.source);
  NullableString(w, "url", r.url);
  NullableString(w, "published", r.published);
  NullableString(w, "lang", r.lang);
  w.EndObject();
  w.EndObject();
}

std::string DescribeRow(const TimelineRow& r) {
  if (r.kind != "event") return r.title;
  const std::string& t = r.event_type;
  if (t == "departure")
    return OrUnknown(r.person) + " left " + OrUnknown(r.organization) +
           (r.counterpart.empty() ? "" : " for " + r.counterpart);
  if (t == "hire")
    return OrUnknown(r.organization) + " hired " + OrUnknown(r.person) +
           (r.counterpart.empty() ? "" : " from " + r.counterpart);
  if (t == "launch") return OrUnknown(r.organization) + " launched " + OrUnknown(r.product);
  if (t == "funding") return OrUnknown(r.organization) + " raised funding";
  if (t == "reorganization") return OrUnknown(r.organization) + " reorganized";
  std::string who = !r.organization.empty() ? r.organization : r.person;
  return t + (who.empty() ? "" : " at " + who);
}

StatusOr<std::unique_ptr<TimelineWriter>> MakeTimelineWriter(const std::string& format, std::ostream& out,
                                                             const TimelineWriter::Options& options) {
  if (format == "json") return std::unique_ptr<TimelineWriter>(new JsonTimelineWriter(out, options.pretty));
  if (format == "csv") return std::unique_ptr<TimelineWriter>(new CsvTimelineWriter(out));
  if (format == "table") return std::unique_ptr<TimelineWriter>(new TableTimelineWriter(out, options.width));
  return Status(StatusCode::kInvalidArgument, "--format must be table, json or csv, got '" + format + "'");
}

}  // namespace news
