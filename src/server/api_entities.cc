// GET /api/entities and GET /api/entities/{name}.
#include <sstream>

#include "common/dates.h"
#include "common/utf8.h"
#include "server/api_handlers.h"
#include "server/query_params.h"
#include "store/entity_queries.h"
#include "store/timeline_query.h"

namespace news {
namespace {

void WriteSummaryFields(JsonWriter& w, const EntitySummary& s) {
  WriteEntityRefFields(w, s.entity);
  w.Key("known"); w.Bool(s.known);
  w.Key("articles"); w.Int(s.articles);
  w.Key("mentions"); w.Int(s.mentions);
  NullableString(w, "first_seen", s.first_seen);
  NullableString(w, "last_seen", s.last_seen);
  NullableNumber(w, "research", s.research);
  NullableNumber(w, "product", s.product);
  w.Key("research_n"); w.Int(s.research_n);
  w.Key("product_n"); w.Int(s.product_n);
}

// Every week from the first to the last (at most ten years), so the chart's
// x axis is time and quiet weeks show as zero rather than vanishing.
std::vector<EntityWeek> ContinuousWeeks(const std::vector<EntityWeek>& weeks) {
  if (weeks.empty()) return weeks;
  std::optional<WeekRange> first = ParseIsoWeek(weeks.front().week), last = ParseIsoWeek(weeks.back().week);
  if (!first || !last) return weeks;
  std::vector<EntityWeek> out;
  size_t i = 0;
  for (Day d = first->monday; DaysFromCivil(d) <= DaysFromCivil(last->monday) && out.size() < 530; d = AddDays(d, 7)) {
    std::string label = IsoWeekOf(d);
    if (i < weeks.size() && weeks[i].week == label) {
      out.push_back(weeks[i++]);
    } else {
      out.emplace_back();
      out.back().week = label;
    }
  }
  return out;
}

// The list's filter from the query; its limit is one more than asked, so
// that a next page shows.
StatusOr<EntityListFilter> ListFilter(const QueryParams& q) {
  NEWS_RETURN_IF_ERROR(q.AllowOnly({"type", "week", "from", "to", "limit", "offset", "top"}));
  EntityListFilter f;
  NEWS_ASSIGN_OR_RETURN(f.type, q.OneOf("type", {"organization", "division", "product", "person"}));
  NEWS_ASSIGN_OR_RETURN(f.week, q.Week("week"));
  NEWS_ASSIGN_OR_RETURN(f.from, q.DayBound("from", false));
  NEWS_ASSIGN_OR_RETURN(f.to, q.DayBound("to", true));
  NEWS_ASSIGN_OR_RETURN(long limit, q.Int(q.Has("top") ? "top" : "limit", 1, 1000, 100));
  NEWS_ASSIGN_OR_RETURN(f.offset, q.Int("offset", 0, 1000000, 0));
  if (q.Has("top") && q.Has("limit"))
    return Status(StatusCode::kInvalidArgument, "give either 'top' or 'limit', not both");
  if (q.Has("week") && (q.Has("from") || q.Has("to")))
    return Status(StatusCode::kInvalidArgument, "give either 'week' or 'from'/'to', not both");
  f.limit = limit + 1;
  return f;
}

// What the entity is tied to: its aliases, parent, children and the
// competitors named with it.
void WriteRelations(JsonWriter& w, const EntityDetail& d) {
  w.Key("aliases"); w.BeginArray();
  for (const auto& a : d.aliases) w.String(a);
  w.EndArray();
  w.Key("parent");
  if (d.parent) WriteEntityRef(w, *d.parent);
  else w.Null();
  w.Key("children"); w.BeginArray();
  for (const auto& c : d.children) WriteEntityRef(w, c);
  w.EndArray();
  w.Key("competitors"); w.BeginArray();
  for (const auto& c : d.competitors) {
    w.BeginObject();
    WriteEntityRefFields(w, c.entity);
    w.Key("articles"); w.Int(c.articles);
    w.EndObject();
  }
  w.EndArray();
}

void WriteWeeks(JsonWriter& w, const std::vector<EntityWeek>& weeks) {
  w.Key("weeks"); w.BeginArray();
  for (const auto& wk : ContinuousWeeks(weeks)) {
    w.BeginObject();
    w.Key("week"); w.String(wk.week);
    w.Key("articles"); w.Int(wk.articles);
    w.Key("mentions"); w.Int(wk.mentions);
    NullableNumber(w, "research", wk.research);
    NullableNumber(w, "product", wk.product);
    w.EndObject();
  }
  w.EndArray();
}

// refs: every entity the name resolved to, the one detailed first.
std::string EntityJson(const EntityDetail& d, const std::vector<EntityRef>& refs) {
  std::ostringstream out;
  JsonWriter w(out);
  w.BeginObject();
  WriteSummaryFields(w, d.summary);
  WriteRelations(w, d);
  w.Key("events"); w.BeginArray();
  for (const auto& e : d.events) WriteTimelineRow(w, e);
  w.EndArray();
  WriteWeeks(w, d.weeks);
  if (refs.size() > 1) {
    w.Key("also_known_as"); w.BeginArray();  // an ambiguous alias: the other entities it names
    for (size_t i = 1; i < refs.size(); ++i) WriteEntityRef(w, refs[i]);
    w.EndArray();
  }
  w.EndObject();
  return out.str();
}

}  // namespace

ApiResponse HandleEntities(Store& store, const ApiRequest& req) {
  StatusOr<EntityListFilter> f = ListFilter(QueryParams(req.params));
  if (!f.ok()) return ErrorFromStatus(f.status());
  const long limit = static_cast<long>(f->limit - 1), offset = static_cast<long>(f->offset);
  std::ostringstream out;
  JsonWriter w(out);
  w.BeginObject();
  w.Key("entities"); w.BeginArray();
  long n = 0;
  Status st = ListEntities(store, *f, [&](const EntitySummary& s) {
    if (n++ >= limit) return false;
    w.BeginObject();
    WriteSummaryFields(w, s);
    w.EndObject();
    return true;
  });
  if (!st.ok()) return ErrorFromStatus(st);
  w.EndArray();
  w.Key("offset"); w.Int(offset);
  w.Key("limit"); w.Int(limit);
  w.Key("next_offset");
  if (n > limit) w.Int(offset + limit);
  else w.Null();
  w.EndObject();
  return JsonOk(out.str());
}

ApiResponse HandleEntity(Store& store, const ApiRequest& req, const std::string& name) {
  QueryParams q(req.params);
  if (Status st = q.AllowOnly({"events"}); !st.ok()) return ErrorFromStatus(st);
  StatusOr<long> max_events = q.Int("events", 1, 1000, 100);
  if (!max_events.ok()) return ErrorFromStatus(max_events.status());
  if (name.size() > 200 || !IsValidUtf8(name))
    return JsonError(400, "bad_request", "entity name must be UTF-8 text of at most 200 bytes");
  StatusOr<std::vector<EntityRef>> refs = ResolveEntity(store, name, false);
  if (!refs.ok() && refs.status().code() == StatusCode::kNotFound)
    return JsonError(404, "not_found", "no entity is known as '" + name + "'");
  if (!refs.ok()) return ErrorFromStatus(refs.status());
  EntityDetailOptions o;
  o.max_events = *max_events;
  StatusOr<EntityDetail> d = GetEntityDetail(store, refs->front().id, o);
  if (!d.ok()) return ErrorFromStatus(d.status());
  return JsonOk(EntityJson(*d, *refs));
}

}  // namespace news
