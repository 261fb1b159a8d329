#include "store/digest_queries.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <vector>

#include "common/dates.h"

#include "store/sqlite_db.h"
#include "store/store.h"
#include "store/stored_values.h"

namespace news {

namespace {

Status LoadArticles(Db& db, const DigestQuery& q, DigestRows* rows) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "SELECT id, published, title, source, coalesce(url, ''), coalesce(canonical_url, ''), lang, "
      "simhash FROM articles WHERE sort_day BETWEEN ?1 AND ?2 ORDER BY sort_day, id"));
  st.Bind(1, q.volume_first).Bind(2, q.window_last);
  for (;;) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Status::Ok();
    rows->articles.push_back({st.Int(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4), st.Text(5), st.Text(6),
                              static_cast<uint64_t>(st.Int(7))});
  }
}

// Mentions and tone per entity and day over the window, summed by SQLite.
Status LoadEntityDays(Db& db, const DigestQuery& q, DigestRows* rows) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "SELECT en.id, ae.sort_day, count(*), sum(ae.mentions), sum(ae.research * ae.research_n), sum(ae.research_n), "
      "sum(ae.product * ae.product_n), sum(ae.product_n) FROM entities en "
      "JOIN article_entities ae ON ae.entity = en.key AND ae.sort_day BETWEEN ?1 AND ?2 "
      "GROUP BY en.id, ae.sort_day ORDER BY en.id, ae.sort_day"));
  // One range of the covering (entity, sort_day) index per entity.
  st.Bind(1, q.window_first).Bind(2, q.window_last);
  for (;;) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Status::Ok();
    DigestEntityDayRow r;
    r.entity = st.Text(0);
    r.day = st.Text(1);
    r.articles = static_cast<int>(st.Int(2));
    r.mentions = static_cast<int>(st.Int(3));
    r.research_sum = ToneFromStored(st.Int(4));
    r.research_n = static_cast<int>(st.Int(5));
    r.product_sum = ToneFromStored(st.Int(6));
    r.product_n = static_cast<int>(st.Int(7));
    rows->entity_days.push_back(std::move(r));
  }
}

Status LoadEntities(Db& db, DigestRows* rows) {
  std::set<std::string> wanted;
  for (const auto& r : rows->entity_days) wanted.insert(r.entity);
  for (const auto& id : wanted) {
    // A fresh borrow per id: the statement resets when `st` goes away.
    NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
        "SELECT id, canonical, type, coalesce(parent, ''), known FROM entities WHERE id = ?1"));
    st.Bind(1, id);
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (row) rows->entities.push_back({st.Text(0), st.Text(1), st.Text(2), st.Text(3), st.Int(4) != 0});
  }
  return Status::Ok();
}

Status LoadWeekArticleEntities(Db& db, const DigestQuery& q, DigestRows* rows) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "SELECT ae.article, en.id, ae.role, ae.mentions FROM article_entities ae JOIN entities en ON en.key = ae.entity "
      "WHERE ae.article IN (SELECT id FROM articles WHERE sort_day BETWEEN ?1 AND ?2) ORDER BY ae.article, en.id"));
  st.Bind(1, q.week_first).Bind(2, q.week_last);
  for (;;) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Status::Ok();
    rows->article_entities.push_back({st.Int(0), st.Text(1), RoleName(st.Int(2)), static_cast<int>(st.Int(3))});
  }
}

// The first five sentences (summary candidates) and every toned one.
Status LoadSentences(Db& db, const DigestQuery& q, DigestRows* rows) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "SELECT s.article, s.idx, s.begin, s.end, coalesce(s.lang, a.lang), s.aspect, s.score, s.research, s.product, "
      "a.body, a.body_size FROM articles a JOIN sentences s ON s.article = a.id "
      "WHERE a.sort_day BETWEEN ?1 AND ?2 AND (s.idx < 5 OR s.aspect <> 0) ORDER BY s.article, s.idx"));
  st.Bind(1, q.week_first).Bind(2, q.week_last);
  // Each body is decompressed once for all of its sentences.
  int64_t article = -1;
  std::string body;
  CodePointSlicer slicer("");
  for (;;) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Status::Ok();
    if (st.Int(0) != article) {
      article = st.Int(0);
      NEWS_ASSIGN_OR_RETURN(body, DecompressBody(st.BlobView(9), st.Int(10)));
      slicer = CodePointSlicer(body);
    }
    rows->sentences.push_back({article, static_cast<int>(st.Int(1)), slicer.Slice(st.Int(2), st.Int(3)),
                               st.Text(4), AspectName(st.Int(5)), ToneFromStored(st.Int(6)),
                               ToneFromStored(st.Int(7)), ToneFromStored(st.Int(8))});
  }
}

// Which sentences name which entities (from the packed mention spans of
// article_entities, schema step 9), each (article, sentence, entity) once.
Status LoadMentions(Db& db, const DigestQuery& q, DigestRows* rows) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "SELECT ae.article, en.id, ae.spans FROM articles a JOIN article_entities ae ON ae.article = a.id "
      "JOIN entities en ON en.key = ae.entity WHERE a.sort_day BETWEEN ?1 AND ?2"));
  st.Bind(1, q.week_first).Bind(2, q.week_last);
  std::set<std::tuple<int64_t, int64_t, std::string>> seen;
  for (;;) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    NEWS_ASSIGN_OR_RETURN(std::vector<MentionSpan> spans, DecodeSpans(st.BlobView(2)));
    for (const MentionSpan& m : spans) seen.emplace(st.Int(0), m.sentence, st.Text(1));
  }
  for (const auto& [article, sentence, entity] : seen)
    rows->mentions.push_back({article, static_cast<int>(sentence), entity});
  return Status::Ok();
}

// Events of the window; the evidence sentence only for the week's articles.
Status LoadEvents(Db& db, const DigestQuery& q, DigestRows* rows) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "SELECT e.article, a.sort_day, e.date, e.type, coalesce(e.person, ''), coalesce(e.organization, ''), "
      "coalesce(e.counterpart, ''), coalesce(e.product, ''), e.sentence, "
      "CASE WHEN a.sort_day >= ?3 THEN (SELECT substr(newsminer_body(a.body, a.body_size), s.begin + 1, "
      "s.end - s.begin) FROM sentences s "
      "WHERE s.article = e.article AND s.idx = e.sentence) ELSE '' END "
      "FROM articles a JOIN events e ON e.article = a.id WHERE a.sort_day BETWEEN ?1 AND ?2 "
      "AND (a.sort_day >= ?3 OR e.type IN ('departure', 'hire')) ORDER BY a.sort_day, e.article, e.id"));
  st.Bind(1, q.window_first).Bind(2, q.window_last).Bind(3, q.week_first);
  for (;;) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Status::Ok();
    rows->events.push_back({st.Int(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4), st.Text(5), st.Text(6),
                            st.Text(7), static_cast<int>(st.Int(8)), st.IsNull(9) ? "" : st.Text(9)});
  }
}

Status LoadDuplicates(Db& db, const DigestQuery& q, DigestRows* rows) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "SELECT d.article_id, d.source, coalesce(d.canonical_url, '') FROM articles a "
      "JOIN duplicates d ON d.article_id = a.id WHERE a.sort_day BETWEEN ?1 AND ?2 ORDER BY d.article_id, d.source"));
  st.Bind(1, q.week_first).Bind(2, q.week_last);
  for (;;) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Status::Ok();
    rows->duplicates.push_back({st.Int(0), st.Text(1), st.Text(2)});
  }
}

// Which of the week's entities some article before the week already named
// (one index probe per entity).
Status LoadEarlierEntities(Db& db, const DigestQuery& q, DigestRows* rows) {
  std::set<std::string> week;
  for (const auto& ae : rows->article_entities) week.insert(ae.entity);
  for (const auto& id : week) {
    NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
        "SELECT 1 FROM article_entities WHERE entity = (SELECT key FROM entities WHERE id = ?1) AND sort_day < ?2 "
        "LIMIT 1"));
    st.Bind(1, id).Bind(2, q.week_first);
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (row) rows->earlier_entities.push_back(id);
  }
  return Status::Ok();
}

}  // namespace

StatusOr<DigestRows> LoadDigestRows(Store& store, const DigestQuery& q) {
  Db& db = store.db();
  DigestRows rows;
  NEWS_RETURN_IF_ERROR(LoadArticles(db, q, &rows));
  NEWS_RETURN_IF_ERROR(LoadEntityDays(db, q, &rows));
  NEWS_RETURN_IF_ERROR(LoadWeekArticleEntities(db, q, &rows));
  NEWS_RETURN_IF_ERROR(LoadEntities(db, &rows));
  NEWS_RETURN_IF_ERROR(LoadSentences(db, q, &rows));
  NEWS_RETURN_IF_ERROR(LoadMentions(db, q, &rows));
  NEWS_RETURN_IF_ERROR(LoadEvents(db, q, &rows));
  NEWS_RETURN_IF_ERROR(LoadDuplicates(db, q, &rows));
  NEWS_RETURN_IF_ERROR(LoadEarlierEntities(db, q, &rows));
  return rows;
}

StatusOr<std::string> LatestArticleDay(Store& store) {
  NEWS_ASSIGN_OR_RETURN(Statement st, store.db().Prepare(
      "SELECT sort_day FROM articles WHERE sort_day < '~' ORDER BY sort_day DESC LIMIT 1"));
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? st.Text(0) : std::string();
}

}  // namespace news
