// GET /api/timeline and GET /api/search.
#include <sstream>

#include "server/api_handlers.h"
#include "server/query_params.h"
#include "store/fts_text.h"
#include "store/search.h"
#include "store/timeline_query.h"

namespace news {
namespace {

constexpr long kMaxLimit = 500;
constexpr long kMaxOffset = 1000000;
constexpr size_t kMaxText = 200;

// Reads the same filters as `newsminer timeline` from the query string.
StatusOr<TimelineFilter> TimelineFilterFrom(Store& store, const QueryParams& q, long* limit, long* offset) {
  NEWS_RETURN_IF_ERROR(q.AllowOnly({"entity", "type", "event", "from", "to", "aspect", "tone", "search", "limit",
                                    "offset", "with_children"}));
  TimelineFilter f;
  NEWS_ASSIGN_OR_RETURN(std::string entity, q.Text("entity", kMaxText));
  NEWS_ASSIGN_OR_RETURN(bool with_children, q.Bool("with_children", false));
  NEWS_ASSIGN_OR_RETURN(f.entity_type, q.OneOf("type", {"organization", "division", "product", "person"}));
  NEWS_ASSIGN_OR_RETURN(f.event_type,
                        q.OneOf("event", {"departure", "hire", "launch", "funding", "reorganization", "other"}));
  NEWS_ASSIGN_OR_RETURN(f.from, q.DayBound("from", false));
  NEWS_ASSIGN_OR_RETURN(f.to, q.DayBound("to", true));
  NEWS_ASSIGN_OR_RETURN(f.aspect, q.OneOf("aspect", {"research", "product"}));
  NEWS_ASSIGN_OR_RETURN(std::string tone, q.OneOf("tone", {"neg", "pos"}));
  if (!tone.empty() && f.aspect.empty())
    return Status(StatusCode::kInvalidArgument, "parameter 'tone' needs 'aspect' (research or product)");
  f.tone = tone == "neg" ? -1 : tone == "pos" ? 1 : 0;
  NEWS_ASSIGN_OR_RETURN(f.search, q.Text("search", kMaxText));
  // As in `newsminer timeline`: a blank name or a search with nothing to
  // look for ('', spaces, '***') would answer every row or none, neither of
  // which was asked. The page leaves empty filters out.
  if (q.Has("entity") && entity.find_first_not_of(" \t") == std::string::npos)
    return Status(StatusCode::kInvalidArgument, "parameter 'entity': needs a name (any alias, any script) or an id");
  if (q.Has("search") && FtsQuery(f.search).empty())
    return Status(StatusCode::kInvalidArgument,
                  "parameter 'search': needs words or Chinese text to look for, got '" + f.search + "'");
  NEWS_ASSIGN_OR_RETURN(*limit, q.Int("limit", 1, kMaxLimit, 50));
  NEWS_ASSIGN_OR_RETURN(*offset, q.Int("offset", 0, kMaxOffset, 0));
  if (!entity.empty()) {
    StatusOr<std::vector<EntityRef>> refs = ResolveEntity(store, entity, with_children);
    if (!refs.ok() && refs.status().code() == StatusCode::kNotFound)
      return Status(StatusCode::kNotFound, "no entity is known as '" + entity + "'");
    if (!refs.ok()) return refs.status();
    for (const EntityRef& r : *refs) f.entity_ids.push_back(r.id);
  }
  f.limit = *limit + 1;  // one more tells whether another page exists
  f.offset = *offset;
  return f;
}

void WriteNextOffset(JsonWriter& w, bool more, long offset, long limit) {
  w.Key("next_offset");
  if (more) w.Int(offset + limit);
  else w.Null();
}

}  // namespace

void WriteTimelineRow(JsonWriter& w, const TimelineRow& r) {
  w.BeginObject();
  w.Key("kind"); w.String(r.kind);
  NullableString(w, "date", r.date);
  if (r.kind == "event") {
    w.Key("event_id"); w.Int(r.event_id);
    w.Key("event_type"); w.String(r.event_type);
    w.Key("person"); w.String(r.person);
    w.Key("organization"); w.String(r.organization);
    w.Key("counterpart"); w.String(r.counterpart);
    w.Key("product_name"); w.String(r.product);
  }
  w.Key("entities"); w.BeginArray();
  for (const EntityRef& e : r.entities) WriteEntityRef(w, e);
  w.EndArray();
  NullableNumber(w, "research", r.research);
  NullableNumber(w, "product", r.product_tone);
  w.Key("overall"); w.Double(r.overall);
  w.Key("evidence"); w.String(r.evidence);
  w.Key("sentence"); w.Int(r.sentence);
  w.Key("article"); WriteArticleRef(w, r.article_id, r.title, r.source, r.url, r.published, r.lang);
  w.EndObject();
}

ApiResponse HandleTimeline(Store& store, const ApiRequest& req) {
  long limit = 0, offset = 0;
  StatusOr<TimelineFilter> f = TimelineFilterFrom(store, QueryParams(req.params), &limit, &offset);
  if (!f.ok()) return ErrorFromStatus(f.status());
  std::ostringstream out;
  JsonWriter w(out);
  w.BeginObject();
  w.Key("rows"); w.BeginArray();
  long n = 0;
  Status st = QueryTimeline(store, *f, [&](const TimelineRow& row) {
    if (n++ < limit) WriteTimelineRow(w, row);
    return true;
  });
  if (!st.ok()) return ErrorFromStatus(st);
  w.EndArray();
  w.Key("offset"); w.Int(offset);
  w.Key("limit"); w.Int(limit);
  WriteNextOffset(w, n > limit, offset, limit);
  w.EndObject();
  return JsonOk(out.str());
}

ApiResponse HandleSearch(Store& store, const ApiRequest& req) {
  QueryParams q(req.params);
  if (Status st = q.AllowOnly({"q", "limit", "offset", "from", "to"}); !st.ok()) return ErrorFromStatus(st);
  StatusOr<std::string> text = q.Text("q", kMaxText);
  StatusOr<long> limit = q.Int("limit", 1, 100, 20), offset = q.Int("offset", 0, 10000, 0);
  StatusOr<std::string> from = q.DayBound("from", false), to = q.DayBound("to", true);
  for (const Status* st : {&text.status(), &limit.status(), &offset.status(), &from.status(), &to.status()})
    if (!st->ok()) return ErrorFromStatus(*st);
  if (text->empty()) return JsonError(400, "bad_request", "parameter 'q': the text to search for is missing");
  if (FtsQuery(*text).empty())
    return JsonError(400, "bad_request", "parameter 'q': needs words or Chinese text to look for, got '" + *text + "'");
  SearchOptions o;
  o.limit = *limit + 1;
  o.offset = *offset;
  o.from = *from;
  o.to = *to;
  StatusOr<std::vector<SearchHit>> hits = Search(store, *text, o);
  if (!hits.ok()) return ErrorFromStatus(hits.status());
  std::ostringstream out;
  JsonWriter w(out);
  w.BeginObject();
  w.Key("query"); w.String(*text);
  w.Key("hits"); w.BeginArray();
  for (size_t i = 0; i < hits->size() && static_cast<long>(i) < *limit; ++i) {
    const SearchHit& h = (*hits)[i];
    w.BeginObject();
    w.Key("article"); WriteArticleRef(w, h.article_id, h.title, h.source, h.url, h.published, h.lang);
    w.Key("score"); w.Double(h.score);
    w.Key("snippet"); w.String(h.snippet);
    w.Key("highlights"); w.BeginArray();
    for (auto [b, e] : h.highlights) {
      w.BeginArray(); w.Int(b); w.Int(e); w.EndArray();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("offset"); w.Int(*offset);
  w.Key("limit"); w.Int(*limit);
  WriteNextOffset(w, static_cast<long>(hits->size()) > *limit, *offset, *limit);
  w.EndObject();
  return JsonOk(out.str());
}

}  // namespace news
