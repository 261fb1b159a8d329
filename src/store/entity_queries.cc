#include "store/entity_queries.h"

#include "store/sqlite_db.h"
#include "store/store.h"
#include "store/stored_values.h"

namespace news {

namespace {

// Columns 0..12 of an entity summary, aggregated over `ae` rows (tones are
// stored in ten-thousandths, store/stored_values.h).
constexpr const char* kSummaryColumns =
    "en.id, en.canonical, en.type, en.parent, en.known, count(ae.article), sum(ae.mentions), "
    "min(nullif(ae.sort_day, '~')), max(nullif(ae.sort_day, '~')), "
    "sum(ae.research * ae.research_n) / 10000.0 / nullif(sum(ae.research_n), 0), sum(ae.research_n), "
    "sum(ae.product * ae.product_n) / 10000.0 / nullif(sum(ae.product_n), 0), sum(ae.product_n)";

EntitySummary ReadSummary(const Statement& st) {
  EntitySummary s;
  s.entity = {st.Text(0), st.Text(1), st.Text(2)};
  s.parent = st.Text(3);
  s.known = st.Int(4) != 0;
  s.articles = st.Int(5);
  s.mentions = st.Int(6);
  s.first_seen = st.Text(7);
  s.last_seen = st.Text(8);
  s.research = st.OptDouble(9);
  s.research_n = st.Int(10);
  s.product = st.OptDouble(11);
  s.product_n = st.Int(12);
  return s;
}

Status Collect(Statement& st, const std::function<void(const Statement&)>& each) {
  while (true) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Status::Ok();
    each(st);
  }
}

Status FillRelations(Db& db, const std::string& id, EntityDetail& d) {
  NEWS_ASSIGN_OR_RETURN(Statement aliases, db.Prepare("SELECT DISTINCT alias FROM aliases WHERE entity = ? ORDER BY alias"));
  aliases.Bind(1, id);
  NEWS_RETURN_IF_ERROR(Collect(aliases, [&](const Statement& s) { d.aliases.push_back(s.Text(0)); }));
  NEWS_ASSIGN_OR_RETURN(Statement parent, db.Prepare(
      "SELECT p.id, p.canonical, p.type FROM entities e JOIN entities p ON p.id = e.parent WHERE e.id = ?"));
  parent.Bind(1, id);
  NEWS_RETURN_IF_ERROR(Collect(parent, [&](const Statement& s) { d.parent = EntityRef{s.Text(0), s.Text(1), s.Text(2)}; }));
  NEWS_ASSIGN_OR_RETURN(Statement children, db.Prepare(
      "SELECT id, canonical, type FROM entities WHERE parent = ? ORDER BY type, canonical"));
  children.Bind(1, id);
  return Collect(children, [&](const Statement& s) { d.children.push_back({s.Text(0), s.Text(1), s.Text(2)}); });
}

// Rivals: organisations named as competitor where this entity is the
// subject, or as subject where it is a competitor; one row per article and
// rival ((article, entity) is the key), so count(*) counts articles. Both
// sides are ranges of the partial role indexes (schema step 11) when they
// exist: the entity's subject/competitor rows, then each article's
// counterpart role (a page of OpenAI at 100k: 44 -> 9 ms).
Status FillCompetitors(Db& db, const std::string& id, int64_t limit, EntityDetail& d) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "SELECT en.id, en.canonical, en.type, count(*) AS n FROM article_entities me "
      "JOIN article_entities other ON other.article = me.article AND other.role = 3 - me.role "
      "AND other.role IN (1, 2) AND other.entity <> me.entity "
      "JOIN entities en ON en.key = other.entity "
      "WHERE me.entity = (SELECT key FROM entities WHERE id = ?1) AND me.role IN (1, 2) "
      "GROUP BY en.id ORDER BY n DESC, en.canonical LIMIT ?2"));
  st.Bind(1, id).Bind(2, limit);
  return Collect(st, [&](const Statement& s) {
    d.competitors.push_back({{s.Text(0), s.Text(1), s.Text(2)}, s.Int(3)});
  });
}

Status FillWeeks(Db& db, const std::string& id, EntityDetail& d) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "SELECT week, articles, mentions, research_sum / 10000.0 / nullif(research_n, 0), "
      "product_sum / 10000.0 / nullif(product_n, 0) FROM entity_week_totals "
      "WHERE entity = (SELECT key FROM entities WHERE id = ?) ORDER BY week"));
  st.Bind(1, id);
  return Collect(st, [&](const Statement& s) {
    d.weeks.push_back({s.Text(0), s.Int(1), s.Int(2), s.OptDouble(3), s.OptDouble(4)});
  });
}

// Columns 0..12 as kSummaryColumns, from the all-time totals (schema step 5).
constexpr const char* kTotalsSql =
    "SELECT en.id, en.canonical, en.type, en.parent, en.known, t.articles, t.mentions, t.first_seen, t.last_seen, "
    "t.research_sum / 10000.0 / nullif(t.research_n, 0), t.research_n, "
    "t.product_sum / 10000.0 / nullif(t.product_n, 0), t.product_n "
    "FROM entity_totals t JOIN entities en ON en.key = t.entity WHERE t.articles > 0";

// The same columns for one ISO week, from the weekly totals (schema step 7).
constexpr const char* kWeekSql =
    "SELECT en.id, en.canonical, en.type, en.parent, en.known, t.articles, t.mentions, t.first_seen, t.last_seen, "
    "t.research_sum / 10000.0 / nullif(t.research_n, 0), t.research_n, "
    "t.product_sum / 10000.0 / nullif(t.product_n, 0), t.product_n "
    "FROM entity_week_totals t JOIN entities en ON en.key = t.entity WHERE t.week = ?1";

// One entity's summary from the totals; an entity without articles has
// none (zero counts, no dates or tone).
constexpr const char* kOneEntitySql =
    "SELECT en.id, en.canonical, en.type, en.parent, en.known, coalesce(t.articles, 0), coalesce(t.mentions, 0), "
    "t.first_seen, t.last_seen, t.research_sum / 10000.0 / nullif(t.research_n, 0), coalesce(t.research_n, 0), "
    "t.product_sum / 10000.0 / nullif(t.product_n, 0), coalesce(t.product_n, 0) "
    "FROM entities en LEFT JOIN entity_totals t ON t.entity = en.key AND t.articles > 0 WHERE en.id = ?";

}  // namespace

Status ListEntities(Store& store, const EntityListFilter& f, const std::function<bool(const EntitySummary&)>& emit) {
  // Over all time the totals table answers, for one week the weekly totals;
  // a date range reads the per-article rows (by entity, then day).
  bool all_time = f.week.empty() && f.from.empty() && f.to.empty();
  bool one_week = !f.week.empty() && f.from.empty() && f.to.empty();
  std::string sql = all_time   ? std::string(kTotalsSql)
                    : one_week ? std::string(kWeekSql)
                               : std::string("SELECT ") + kSummaryColumns +
                                     " FROM entities en JOIN article_entities ae ON ae.entity = en.key WHERE 1";
  // Parameters are numbered so that unused ones can stay unbound (NULL).
  if (!f.week.empty() && !one_week)
    sql += " AND ae.sort_day < '~' AND strftime('%Y', date(ae.sort_day, '-3 days', 'weekday 4')) || '-W' || "
           "printf('%02d', (strftime('%j', date(ae.sort_day, '-3 days', 'weekday 4')) - 1) / 7 + 1) = ?1";
  if (!f.from.empty()) sql += " AND ae.sort_day >= ?2 AND ae.sort_day < '~'";
  if (!f.to.empty()) sql += " AND ae.sort_day <= ?3";
  if (!f.type.empty()) sql += " AND en.type = ?4";
  if (!all_time && !one_week) sql += " GROUP BY ae.entity";
  sql += " ORDER BY 7 DESC, 6 DESC, en.canonical LIMIT ?5 OFFSET ?6";
  NEWS_ASSIGN_OR_RETURN(Statement st, store.db().Prepare(sql));
  if (!f.week.empty()) st.Bind(1, f.week);
  if (!f.from.empty()) st.Bind(2, f.from);
  if (!f.to.empty()) st.Bind(3, f.to);
  if (!f.type.empty()) st.Bind(4, f.type);
  st.Bind(5, f.limit < 0 ? int64_t{-1} : f.limit).Bind(6, f.offset);
  while (true) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row || !emit(ReadSummary(st))) return Status::Ok();
  }
}

StatusOr<EntityDetail> GetEntityDetail(Store& store, const std::string& id, const EntityDetailOptions& options) {
  Db& db = store.db();
  EntityDetail d;
  {
    // From the all-time totals, as the entity list (adding up the rows of
    // an entity in 10,000 articles was a third of its page).
    NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(kOneEntitySql));
    st.Bind(1, id);
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Status(StatusCode::kNotFound, "no entity with id " + id);
    d.summary = ReadSummary(st);
  }
  NEWS_RETURN_IF_ERROR(FillRelations(db, id, d));
  NEWS_RETURN_IF_ERROR(FillCompetitors(db, id, options.max_competitors, d));
  NEWS_RETURN_IF_ERROR(FillWeeks(db, id, d));
  TimelineFilter events;
  events.entity_ids = {id};
  events.events_only = true;
  events.limit = options.max_events;
  NEWS_RETURN_IF_ERROR(QueryTimeline(store, events, [&](const TimelineRow& r) {
    d.events.push_back(r);
    return true;
  }));
  return d;
}

}  // namespace news
