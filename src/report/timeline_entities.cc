#include "report/timeline_entities.h"

#include <algorithm>
#include <cstdio>

#include "common/json.h"
#include "report/csv.h"
#include "report/json_list.h"
#include "report/text_width.h"

namespace news {

namespace {

std::string Num(const std::optional<double>& v, const char* fmt = "%+.2f") {
  if (!v) return "";
  char buf[24];
  std::snprintf(buf, sizeof buf, fmt, *v);
  return buf;
}

void SummaryFields(JsonWriter& w, const EntitySummary& e) {
  NullableString(w, "id", e.entity.id);
  NullableString(w, "name", e.entity.canonical);
  NullableString(w, "type", e.entity.type);
  NullableString(w, "parent", e.parent);
  w.Key("known");
  w.Bool(e.known);
  w.Key("articles");
  w.Int(e.articles);
  w.Key("mentions");
  w.Int(e.mentions);
  NullableString(w, "first_seen", e.first_seen);
  NullableString(w, "last_seen", e.last_seen);
  NullableNumber(w, "research", e.research);
  NullableNumber(w, "product", e.product);
}

class JsonListWriter : public EntityListWriter {
 public:
  JsonListWriter(std::ostream& out, bool pretty) : list_(out, pretty, "entities") {}
  void Begin() override { list_.Begin(); }
  void Row(const EntitySummary& e) override {
    list_.Row([&](JsonWriter& w) {
      w.BeginObject();
      SummaryFields(w, e);
      w.EndObject();
    });
  }
  void End() override { list_.End(); }

 private:
  JsonRowList list_;
};

class CsvListWriter : public EntityListWriter {
 public:
  explicit CsvListWriter(std::ostream& out) : out_(out) {}
  void Begin() override {
    WriteCsvRow(out_, {"id", "name", "type", "parent", "known", "articles", "mentions", "first_seen", "last_seen",
                       "research", "product"});
  }
  void Row(const EntitySummary& e) override {
    WriteCsvRow(out_, {e.entity.id, e.entity.canonical, e.entity.type, e.parent, e.known ? "1" : "0",
                       std::to_string(e.articles), std::to_string(e.mentions), e.first_seen, e.last_seen,
                       Num(e.research, "%.3f"), Num(e.product, "%.3f")});
  }
  void End() override { out_.flush(); }

 private:
  std::ostream& out_;
};

class TableListWriter : public EntityListWriter {
 public:
  TableListWriter(std::ostream& out, int width) : out_(out) {
    name_ = std::clamp(width - kFixed, 12, 40);
  }
  void Begin() override {
    Line("ENTITY", "TYPE", "ARTICLES", "MENTIONS", "FIRST", "LAST", "RES", "PROD");
    out_ << std::string(static_cast<size_t>(name_ + kFixed), '-') << '\n';
  }
  void Row(const EntitySummary& e) override {
    ++count_;
    Line(e.entity.canonical, e.entity.type, std::to_string(e.articles), std::to_string(e.mentions), e.first_seen,
         e.last_seen, Num(e.research), Num(e.product));
  }
  void End() override { out_ << count_ << (count_ == 1 ? " entity" : " entities") << '\n'; }

 private:
  static constexpr int kFixed = 13 + 9 + 9 + 11 + 11 + 6 + 5 + 7;

  void Line(const std::string& name, const std::string& type, const std::string& articles,
            const std::string& mentions, const std::string& first, const std::string& last, const std::string& res,
            const std::string& prod) {
    std::string line = PadToWidth(name, name_) + ' ' + PadToWidth(type, 12) + ' ' +
                       std::string(std::max(0, 8 - DisplayWidth(articles)), ' ') + articles + ' ' +
                       std::string(std::max(0, 8 - DisplayWidth(mentions)), ' ') + mentions + ' ' +
                       PadToWidth(first, 10) + ' ' + PadToWidth(last, 10) + ' ' + PadToWidth(res, 5) + ' ' + prod;
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out_ << line << '\n';
  }

  std::ostream& out_;
  int name_ = 30;
  long long count_ = 0;
};

// What the entity is tied to: its aliases, parent, children and the
// competitors named with it.
void RelationsJson(JsonWriter& w, const EntityDetail& d) {
  w.Key("aliases");
  w.BeginArray();
  for (const std::string& a : d.aliases) w.String(a);
  w.EndArray();
  w.Key("parent_entity");
  if (d.parent) WriteEntityRefJson(w, *d.parent);
  else w.Null();
  w.Key("children");
  w.BeginArray();
  for (const EntityRef& c : d.children) WriteEntityRefJson(w, c);
  w.EndArray();
  w.Key("competitors");
  w.BeginArray();
  for (const EntityCount& c : d.competitors) {
    w.BeginObject();
    NullableString(w, "id", c.entity.id);
    NullableString(w, "name", c.entity.canonical);
    w.Key("articles");
    w.Int(c.articles);
    w.EndObject();
  }
  w.EndArray();
}

void WeeksJson(JsonWriter& w, const std::vector<EntityWeek>& weeks) {
  w.Key("weeks");
  w.BeginArray();
  for (const EntityWeek& wk : weeks) {
    w.BeginObject();
    NullableString(w, "week", wk.week);
    w.Key("articles");
    w.Int(wk.articles);
    w.Key("mentions");
    w.Int(wk.mentions);
    NullableNumber(w, "research", wk.research);
    NullableNumber(w, "product", wk.product);
    w.EndObject();
  }
  w.EndArray();
}

void DetailJson(const EntityDetail& d, std::ostream& out, bool pretty) {
  JsonWriter w(out, pretty);
  w.BeginObject();
  SummaryFields(w, d.summary);
  RelationsJson(w, d);
  w.Key("events");
  w.BeginArray();
  for (const TimelineRow& r : d.events) WriteTimelineRowJson(w, r);
  w.EndArray();
  WeeksJson(w, d.weeks);
  w.EndObject();
  out << '\n';
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out.empty() ? "-" : out;
}

void DetailText(const EntityDetail& d, std::ostream& out, int width) {
  const EntitySummary& s = d.summary;
  out << s.entity.canonical << " (" << s.entity.type << ", " << s.entity.id << (s.known ? "" : ", not in a lexicon")
      << ")\n";
  out << FitToWidth("aliases:     " + Join(d.aliases), width) << '\n';
  out << "parent:      " << (d.parent ? d.parent->canonical : "-") << '\n';
  std::vector<std::string> names;
  for (const EntityRef& c : d.children) names.push_back(c.canonical);
  out << FitToWidth("children:    " + Join(names), width) << '\n';
  names.clear();
  for (const EntityCount& c : d.competitors) names.push_back(c.entity.canonical + " (" + std::to_string(c.articles) + ")");
  out << FitToWidth("competitors: " + Join(names), width) << '\n';
  out << "articles:    " << s.articles << ", mentions " << s.mentions << ", seen " << (s.first_seen.empty() ? "-" : s.first_seen)
      << " .. " << (s.last_seen.empty() ? "-" : s.last_seen) << '\n';
  out << "tone:        research " << (s.research ? Num(s.research) : "-") << ", product "
      << (s.product ? Num(s.product) : "-") << "\n\nweek       articles mentions  res   prod\n";
  for (const EntityWeek& w : d.weeks) {
    char line[96];
    std::snprintf(line, sizeof line, "%-10s %8lld %8lld  %-5s %s", w.week.c_str(), static_cast<long long>(w.articles),
                  static_cast<long long>(w.mentions), Num(w.research).c_str(), Num(w.product).c_str());
    std::string l = line;
    while (!l.empty() && l.back() == ' ') l.pop_back();
    out << l << '\n';
  }
  out << "\nevents:\n";
  if (d.events.empty()) out << "  -\n";
  for (const TimelineRow& r : d.events)
    out << FitToWidth("  " + r.date + "  " + r.event_type + "  " + DescribeRow(r), width) << '\n';
}

}  // namespace

StatusOr<std::unique_ptr<EntityListWriter>> MakeEntityListWriter(const std::string& format, std::ostream& out,
                                                                 const TimelineWriter::Options& options) {
  if (format == "json") return std::unique_ptr<EntityListWriter>(new JsonListWriter(out, options.pretty));
  if (format == "csv") return std::unique_ptr<EntityListWriter>(new CsvListWriter(out));
  if (format == "table") return std::unique_ptr<EntityListWriter>(new TableListWriter(out, options.width));
  return Status(StatusCode::kInvalidArgument, "--format must be table, json or csv, got '" + format + "'");
}

Status WriteEntityDetail(const std::string& format, const EntityDetail& d, std::ostream& out,
                         const TimelineWriter::Options& options) {
  if (format == "json") DetailJson(d, out, options.pretty);
  else if (format == "table") DetailText(d, out, std::max(options.width, 40));
  else return Status(StatusCode::kInvalidArgument, "--format must be table or json, got '" + format + "'");
  return Status::Ok();
}

}  // namespace news
