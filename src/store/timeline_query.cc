#include "store/timeline_query.h"

#include "lexicon/entity_lexicon.h"
#include "store/body_span.h"
#include "store/fts_text.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "store/stored_values.h"
#include "text/match_key.h"

namespace news {

namespace {

// A bound parameter: text, or an integer when is_int.
struct BindValue {
  BindValue(std::string t) : text(std::move(t)) {}  // NOLINT: implicit by design
  BindValue(int64_t i) : is_int(true), number(i) {}  // NOLINT
  bool is_int = false;
  int64_t number = 0;
  std::string text;
};

// A WHERE clause under construction with its bound values, so that user text
// only ever travels as a parameter.
struct Clause {
  std::string sql;
  std::vector<BindValue> values;

  void Add(const std::string& condition) { sql += (sql.empty() ? " WHERE " : " AND ") + condition; }
  void Add(const std::string& condition, BindValue v) {
    Add(condition);
    values.push_back(std::move(v));
  }
};

std::string Placeholders(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += i ? ",?" : "?";
  return s;
}

// Rows refer to entities by integer key (schema step 7); the filter names ids.
void AddEntityIds(Clause& c, const std::string& prefix, const std::vector<std::string>& ids) {
  c.Add(prefix + " IN (SELECT key FROM entities WHERE id IN (" + Placeholders(ids.size()) + "))");
  for (const std::string& id : ids) c.values.push_back(id);
}

// Tone condition on columns `<t>.research`, `<t>.research_n` (or product).
void AddTone(Clause& c, const TimelineFilter& f, const std::string& t) {
  if (f.aspect.empty()) return;
  c.Add(t + "." + f.aspect + "_n > 0");
  if (f.tone < 0) c.Add(t + "." + f.aspect + " < 0");
  if (f.tone > 0) c.Add(t + "." + f.aspect + " > 0");
}

// Full-text condition; a search with nothing searchable matches nothing.
// Two ways to test it: the matching ids listed once (IN: an index of them
// built before the walk, its cost growing with the number of matches), or
// each walked row probed in the full-text index (EXISTS ... rowid =: about
// 20 us a probe at 100k). SearchByProbe picks the probe when most articles
// match, as for 研究 (in 78% of them: 70 -> 8 ms for a page).
void AddSearch(Clause& c, const TimelineFilter& f, const std::string& id_col, bool probe) {
  if (f.search.empty()) return;
  std::string q = FtsQuery(f.search);
  if (q.empty()) c.Add("0");
  else if (probe) c.Add("EXISTS (SELECT 1 FROM article_fts x WHERE article_fts MATCH ? AND x.rowid = " + id_col + ")", q);
  else c.Add(id_col + " IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)", q);
}

// True when the search matches more than 40% of the articles: a page then
// probes about 2.5 rows per row shown, cheaper than listing every match.
StatusOr<bool> SearchByProbe(Db& db, const TimelineFilter& f) {
  std::string q = f.search.empty() ? "" : FtsQuery(f.search);
  // A one-character prefix query (`"研" *`) merges every token it starts
  // on each probe: always listed once.
  if (q.empty() || q.find('*') != std::string::npos || f.limit < 0 || f.limit + f.offset > 1000) return false;
  NEWS_ASSIGN_OR_RETURN(Statement all, db.Prepare("SELECT count(*) FROM articles"));
  NEWS_ASSIGN_OR_RETURN(bool row, all.Step());
  int64_t articles = row ? all.Int(0) : 0;
  NEWS_ASSIGN_OR_RETURN(Statement hits, db.Prepare("SELECT count(*) FROM article_fts WHERE article_fts MATCH ?"));
  hits.Bind(1, q);
  NEWS_ASSIGN_OR_RETURN(row, hits.Step());
  return row && articles > 0 && hits.Int(0) * 10 > articles * 4;
}

// An entity's key carries its type's code in its low bits
// (store/stored_values.h), so "has an entity of type T" reads the row's own
// index entries, without a join per row. An unknown type matches nothing.
void AddEntityType(Clause& c, const TimelineFilter& f, const std::string& table, const std::string& key,
                   const std::string& row_id) {
  if (f.entity_type.empty()) return;
  int code = EntityTypeCode(f.entity_type);
  if (EntityIdPrefix(f.entity_type).empty() || code < 0) return c.Add("0");
  c.Add("EXISTS (SELECT 1 FROM " + table + " x WHERE x." + key + " = " + row_id + " AND (x.entity & " +
            std::to_string(kEntityTypeBits) + ") = ?)",
        int64_t{code});
}

void AddArticleFilters(Clause& c, const TimelineFilter& f, const std::string& day_col, bool probe) {
  if (!f.from.empty() || !f.to.empty()) c.Add(day_col + " < '~'");
  if (!f.from.empty()) c.Add(day_col + " >= ?", f.from);
  if (!f.to.empty()) c.Add(day_col + " <= ?", f.to);
  AddSearch(c, f, "a.id", probe);
}

// Columns shared by both arms: kind, sort_day, article, event, date, event
// fields, sentence, tone (research, research_n, product, product_n, overall).
// The event columns after kind, sort_day, article and event. An event's tone
// is its article's, read with the article's title (FillArticle), so an arm
// joins the articles only to filter on tone: a month-dated event shares its
// sort_day with a thousand others at 100k, and each of those is read before
// the page's order is known.
constexpr const char* kEventColumns =
    "e.date, e.type, e.person, e.organization, e.counterpart, e.product, e.sentence, NULL, 0, NULL, 0, 0";

std::string EventJoins(const TimelineFilter& f) { return f.aspect.empty() ? "" : " JOIN articles a ON a.id = e.article"; }

std::string ArticleArm(const TimelineFilter& f, Clause& c, bool probe) {
  bool one_entity = f.entity_ids.size() == 1;
  std::string tone = one_entity ? "ae" : "a";
  // article_entities holds tones in ten-thousandths (store/stored_values.h).
  std::string scale = one_entity ? " / " + std::to_string(kToneScale) : "";
  std::string sql =
      "SELECT 0 AS kind, " + std::string(one_entity ? "ae" : "a") + ".sort_day AS sort_day, a.id AS article, "
      "0 AS event, a.published, NULL, NULL, NULL, NULL, NULL, " + (one_entity ? "ae.sentence" : "a.evidence") +
      ", " + tone + ".research" + scale + ", " + tone + ".research_n, " + tone + ".product" + scale + ", " + tone +
      ".product_n, a.overall ";
  if (one_entity) {
    sql += "FROM article_entities ae JOIN articles a ON a.id = ae.article";
    c.Add("ae.entity = (SELECT key FROM entities WHERE id = ?)", f.entity_ids[0]);
    AddArticleFilters(c, f, "ae.sort_day", probe);
  } else {
    sql += "FROM articles a";
    if (!f.entity_ids.empty()) {
      AddEntityIds(c, "a.id IN (SELECT article FROM article_entities WHERE entity", f.entity_ids);
      c.sql += ")";
    }
    AddArticleFilters(c, f, "a.sort_day", probe);
  }
  if (f.article_id) c.Add("a.id = ?", f.article_id);
  // EXISTS, not IN (...): most articles name a person or a product, so the
  // walk in date order stops after `limit` rows instead of first listing
  // every matching article and sorting them (3.7 s -> 40 ms at 100k).
  AddEntityType(c, f, "article_entities", "article", "a.id");
  AddTone(c, f, tone);
  return sql + c.sql;
}

// Which events an arm reads when `from` is set. An event overlapping
// [from, ...] either starts in from's month or later (sort_day >= "YYYY-MM":
// month and day dates, and ISO weeks, sort there) or is dated by from's year
// alone (sort_day = "YYYY", which sorts before all of that year's months).
// Two arms, each a contiguous range of the date index, replace one range
// from January of from's year that read every earlier event of that year
// only to drop it (13 ms for `--type person --from 2025-06` at 100k).
enum class EventDays { kAll, kFromMonth, kFromYear };

void AddEventDays(Clause& c, const TimelineFilter& f, const std::string& day_col, EventDays days) {
  if (days != EventDays::kAll) c.Add("e.last_day >= ?", f.from);
  if (days == EventDays::kFromMonth) c.Add(day_col + " >= ?", f.from.substr(0, 7));
  if (days == EventDays::kFromYear) c.Add(day_col + " = ?", f.from.substr(0, 4));
  if (!f.to.empty()) c.Add(day_col + " <= ?", f.to);
}

// One entity: walk its rows of event_entities_by_entity in date order, so
// the arm stops after `limit` rows instead of reading all of the entity's
// events and sorting them. An event linked to the entity in two roles
// (organisation and counterpart) is read once, from its first role.
std::string OneEntityEventSource(const TimelineFilter& f, Clause& c, EventDays days) {
  c.Add("ee.entity = (SELECT key FROM entities WHERE id = ?)", f.entity_ids[0]);
  c.Add("ee.role = (SELECT min(x.role) FROM event_entities x WHERE x.event = ee.event AND x.entity = ee.entity)");
  AddEventDays(c, f, "ee.sort_day", days);
  return "ee.sort_day AS sort_day, e.article AS article, e.id AS event, " + std::string(kEventColumns) +
         " FROM event_entities ee JOIN events e ON e.id = ee.event" + EventJoins(f);
}

std::string EventSource(const TimelineFilter& f, Clause& c, EventDays days) {
  if (!f.entity_ids.empty()) {
    AddEntityIds(c, "e.id IN (SELECT event FROM event_entities WHERE entity", f.entity_ids);
    c.sql += ")";
  }
  AddEventDays(c, f, "e.sort_day", days);
  return "e.sort_day AS sort_day, e.article AS article, e.id AS event, " + std::string(kEventColumns) +
         " FROM events e" + EventJoins(f);
}

std::string EventArm(const TimelineFilter& f, Clause& c, EventDays days, bool probe) {
  std::string sql = "SELECT 1 AS kind, " +
                    (f.entity_ids.size() == 1 ? OneEntityEventSource(f, c, days) : EventSource(f, c, days));
  if (!f.event_type.empty()) c.Add("e.type = ?", f.event_type);
  if (f.article_id) c.Add("e.article = ?", f.article_id);
  AddSearch(c, f, "e.article", probe);
  AddEntityType(c, f, "event_entities", "event", "e.id");
  AddTone(c, f, "a");
  return sql + c.sql;
}

void BindAll(Statement& st, const std::vector<BindValue>& values) {
  int i = 1;
  for (const BindValue& v : values) {
    if (v.is_int) st.Bind(i++, v.number);
    else st.Bind(i++, v.text);
  }
}

// The row's article fields and evidence sentence; an event row also takes
// its article's tone (see kEventColumns).
Status FillArticle(Db& db, BodySpans& spans, TimelineRow& r) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "SELECT a.title, a.source, a.url, a.published, a.lang, a.body, a.body_size, s.begin, s.end, "
      "a.research, a.research_n, a.product, a.product_n, a.overall "
      "FROM articles a LEFT JOIN sentences s ON s.article = a.id AND s.idx = ?2 WHERE a.id = ?1"));
  st.Bind(1, r.article_id).Bind(2, r.sentence);
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return Status::Ok();
  r.title = st.Text(0), r.source = st.Text(1), r.url = st.Text(2), r.published = st.Text(3);
  r.lang = st.Text(4);
  if (!st.IsNull(7)) {  // the sentence, inflating the body only up to its end
    NEWS_ASSIGN_OR_RETURN(r.evidence, spans.Span(r.article_id, st.BlobView(5), st.Int(6), st.Int(7), st.Int(8)));
  }
  if (r.kind == "event") {
    if (st.Int(10) > 0) r.research = st.Double(9);
    if (st.Int(12) > 0) r.product_tone = st.Double(11);
    r.overall = st.Double(13);
  }
  return Status::Ok();
}

Status FillEntities(Db& db, TimelineRow& r) {
  const char* sql = r.kind == "event"
      ? "SELECT en.id, en.canonical, en.type FROM event_entities ee JOIN entities en ON en.key = ee.entity "
        "WHERE ee.event = ? ORDER BY ee.role"
      : "SELECT en.id, en.canonical, en.type FROM article_entities ae JOIN entities en ON en.key = ae.entity "
        "WHERE ae.article = ? ORDER BY ae.mentions DESC, ae.sentence, en.canonical";
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(sql));
  st.Bind(1, r.kind == "event" ? r.event_id : r.article_id);
  while (true) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    r.entities.push_back({st.Text(0), st.Text(1), st.Text(2)});
  }
  return Status::Ok();
}

TimelineRow ReadRow(const Statement& st) {
  TimelineRow r;
  r.kind = st.Int(0) ? "event" : "article";
  r.article_id = st.Int(2);
  r.event_id = st.Int(3);
  r.date = st.Text(4);
  r.event_type = st.Text(5), r.person = st.Text(6), r.organization = st.Text(7);
  r.counterpart = st.Text(8), r.product = st.Text(9);
  r.sentence = static_cast<int>(st.Int(10));
  if (st.Int(12) > 0) r.research = st.Double(11);
  if (st.Int(14) > 0) r.product_tone = st.Double(13);
  r.overall = st.Double(15);
  return r;
}

Status CheckFilter(const TimelineFilter& f) {
  if (!f.aspect.empty() && f.aspect != "research" && f.aspect != "product")
    return Status(StatusCode::kInvalidArgument, "--aspect must be research or product, got '" + f.aspect + "'");
  if (f.tone != 0 && f.aspect.empty())
    return Status(StatusCode::kInvalidArgument, "--tone needs --aspect research or product");
  return Status::Ok();
}

// One SELECT over the article arm (unless only events are asked for) and
// one event arm per way of dating, with its values in bind order.
struct TimelineSql {
  std::string sql;
  std::vector<BindValue> values;
};

TimelineSql BuildTimelineSql(const TimelineFilter& f, bool probe) {
  TimelineSql q;
  auto add_arm = [&](auto make_arm) {
    Clause c;
    std::string arm = make_arm(c);
    q.sql += (q.sql.empty() ? "" : " UNION ALL ") + arm;
    q.values.insert(q.values.end(), c.values.begin(), c.values.end());
  };
  if (!f.events_only && f.event_type.empty()) add_arm([&](Clause& c) { return ArticleArm(f, c, probe); });
  for (EventDays days : f.from.empty() ? std::vector{EventDays::kAll}
                                       : std::vector{EventDays::kFromMonth, EventDays::kFromYear})
    add_arm([&](Clause& c) { return EventArm(f, c, days, probe); });
  q.sql += " ORDER BY sort_day, article, kind, event LIMIT ? OFFSET ?";
  q.values.push_back(f.limit < 0 ? int64_t{-1} : f.limit);
  q.values.push_back(f.offset);
  return q;
}

}  // namespace

StatusOr<std::vector<EntityRef>> ResolveEntity(Store& store, const std::string& name, bool with_children) {
  Db& db = store.db();
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "WITH RECURSIVE hit(id) AS ("
      "  SELECT entity FROM aliases WHERE key = ?1 UNION SELECT id FROM entities WHERE id = ?2"
      "  UNION SELECT id FROM entities WHERE canonical = ?2),"
      " tree(id, depth) AS (SELECT id, 0 FROM hit UNION"
      "  SELECT e.id, t.depth + 1 FROM entities e JOIN tree t ON e.parent = t.id WHERE ?3 AND t.depth < 8)"
      " SELECT e.id, e.canonical, e.type, min(t.depth) AS d FROM tree t JOIN entities e ON e.id = t.id"
      " GROUP BY e.id ORDER BY d, e.known DESC, e.id"));
  st.Bind(1, MatchKey(name)).Bind(2, name).Bind(3, with_children ? 1 : 0);
  std::vector<EntityRef> out;
  while (true) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    out.push_back({st.Text(0), st.Text(1), st.Text(2)});
  }
  if (out.empty()) return Status(StatusCode::kNotFound, "no entity is known by this name");
  return out;
}

Status QueryTimeline(Store& store, const TimelineFilter& f, const std::function<bool(const TimelineRow&)>& emit) {
  NEWS_RETURN_IF_ERROR(CheckFilter(f));
  NEWS_ASSIGN_OR_RETURN(bool probe, SearchByProbe(store.db(), f));
  TimelineSql q = BuildTimelineSql(f, probe);
  Db& db = store.db();
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(q.sql));
  BindAll(st, q.values);
  BodySpans spans;
  while (true) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Status::Ok();
    TimelineRow r = ReadRow(st);
    NEWS_RETURN_IF_ERROR(FillArticle(db, spans, r));
    NEWS_RETURN_IF_ERROR(FillEntities(db, r));
    if (r.kind == "article") r.date = r.published;
    if (!emit(r)) return Status::Ok();
  }
}

}  // namespace news
