#include "report/timeline_format.h"

#include "common/json.h"

namespace news {

namespace {

std::string OrUnknown(const std::string& s) { return s.empty() ? "?" : s; }

class JsonTimelineWriter : public TimelineWriter {
 public:
  JsonTimelineWriter(std::ostream& out, bool pretty) : out_(out), w_(out, pretty) {}

  void Begin() override {
    w_.BeginObject();
    w_.Key("rows");
    w_.BeginArray();
  }

  void Row(const TimelineRow& r) override {
    ++count_;
    w_.BeginObject();
    Field("date", r.date);
    Field("kind", r.kind);
    Field("event", r.event_type);
    Field("what", DescribeRow(r));
    Field("person", r.person);
    Field("organization", r.organization);
    Field("counterpart", r.counterpart);
    Field("product", r.product);
    w_.Key("entities");
    w_.BeginArray();
    for (const EntityRef& e : r.entities) {
      w_.BeginObject();
      Field("id", e.id);
      Field("name", e.canonical);
      Field("type", e.type);
      w_.EndObject();
    }
    w_.EndArray();
    w_.Key("tone");
    w_.BeginObject();
    OptNumber("research", r.research);
    OptNumber("product", r.product_tone);
    w_.Key("overall");
    w_.Double(r.overall);
    w_.EndObject();
    Field("evidence", r.evidence);
    w_.Key("sentence");
    w_.Int(r.sentence);
    w_.Key("article");
    w_.BeginObject();
    w_.Key("id");
    w_.Int(r.article_id);
    Field("title", r.title);
    Field("source", r.source);
    Field("url", r.url);
    Field("published", r.published);
    Field("lang", r.lang);
    w_.EndObject();
    w_.EndObject();
  }

  void End() override {
    w_.EndArray();
    w_.Key("count");
    w_.Int(count_);
    w_.EndObject();
    out_ << '\n';
  }

 private:
  void Field(const char* key, const std::string& value) {
    w_.Key(key);
    if (value.empty()) w_.Null();
    else w_.String(value);
  }
  void OptNumber(const char* key, const std::optional<double>& v) {
    w_.Key(key);
    if (v) w_.Double(*v);
    else w_.Null();
  }

  std::ostream& out_;
  JsonWriter w_;
  long long count_ = 0;
};

}  // namespace

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
  return Status(StatusCode::kInvalidArgument, "--format must be table, json or csv, got '" + format + "'");
}

}  // namespace news
