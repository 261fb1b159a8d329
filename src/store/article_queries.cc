#include "store/article_queries.h"

#include <algorithm>
#include <functional>
#include <tuple>

#include "store/sqlite_db.h"
#include "store/store.h"
#include "store/stored_values.h"

namespace news {

namespace {

Status Each(Statement& st, const std::function<void(const Statement&)>& f) {
  while (true) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Status::Ok();
    f(st);
  }
}

StatusOr<int64_t> Scalar(Db& db, const std::string& sql) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(sql));
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? st.Int(0) : int64_t{0};
}

Status ReadArticleRow(Db& db, int64_t id, ArticleRecord& a) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "SELECT source, url, canonical_url, title, published, week, date_rule, author, lang, charset, body, "
      "fetched_at, ingested_at, analyzer_version, lower(hex(content_hash)), research, product, overall, research_label, "
      "product_label, overall_label, research_n, product_n, evidence, body_size FROM articles WHERE id = ?"));
  st.Bind(1, id);
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return Status(StatusCode::kNotFound, "no article with id " + std::to_string(id));
  a.id = id;
  std::string* text[] = {&a.source, &a.url, &a.canonical_url, &a.title, &a.published, &a.week, &a.date_rule,
                         &a.author, &a.lang, &a.charset, &a.body, &a.fetched_at, &a.ingested_at,
                         &a.analyzer_version, &a.content_hash};
  for (int i = 0; i < 15; ++i)
    if (i != 10) *text[i] = st.Text(i);
  NEWS_ASSIGN_OR_RETURN(a.body, DecompressBody(st.BlobView(10), st.Int(24)));
  ToneSummary& t = a.tone;
  t.research = st.Double(15), t.product = st.Double(16), t.overall = st.Double(17);
  t.research_label = static_cast<int>(st.Int(18)), t.product_label = static_cast<int>(st.Int(19));
  t.overall_label = static_cast<int>(st.Int(20));
  t.research_n = static_cast<int>(st.Int(21)), t.product_n = static_cast<int>(st.Int(22));
  (t.research_n >= t.product_n ? t.research_top : t.product_top).push_back(static_cast<int>(st.Int(23)));
  return Status::Ok();
}

// Since schema step 7: tones in ten-thousandths, aspect and role codes, a
// sentence's lang NULL when it is the article's; see store/stored_values.h.
Status ReadSentences(Db& db, ArticleRecord& a) {
  NEWS_ASSIGN_OR_RETURN(Statement s, db.Prepare(
      "SELECT idx, begin, end, substr(?2, begin + 1, end - begin), coalesce(lang, ?3), aspect, score, label, "
      "research, product FROM sentences WHERE article = ?1 ORDER BY idx"));
  s.Bind(1, a.id).Bind(2, a.body).Bind(3, a.lang);
  return Each(s, [&](const Statement& r) {
    StoredSentence x{static_cast<int>(r.Int(0)), r.Int(1), r.Int(2), r.Text(3), r.Text(4), {}};
    x.tone = {AspectName(r.Int(5)), ToneFromStored(r.Int(6)), static_cast<int>(r.Int(7)), ToneFromStored(r.Int(8)),
              ToneFromStored(r.Int(9))};
    a.sentences.push_back(std::move(x));
  });
}

Status ReadEntities(Db& db, ArticleRecord& a) {
  NEWS_ASSIGN_OR_RETURN(Statement e, db.Prepare(
      "SELECT en.id, en.canonical, en.type, ae.role, ae.mentions, ae.research, ae.research_n, ae.product, "
      "ae.product_n FROM article_entities ae JOIN entities en ON en.key = ae.entity WHERE ae.article = ? "
      "ORDER BY ae.mentions DESC, ae.sentence, en.canonical"));
  e.Bind(1, a.id);
  return Each(e, [&](const Statement& r) {
    StoredArticleEntity x{{r.Text(0), r.Text(1), r.Text(2)}, RoleName(r.Int(3)), r.Int(4), {}, {}};
    if (r.Int(6) > 0) x.research = ToneFromStored(r.Int(5));
    if (r.Int(8) > 0) x.product = ToneFromStored(r.Int(7));
    a.entities.push_back(std::move(x));
  });
}

// Mentions are packed per entity in article_entities.spans (schema step 9);
// a mention has no stored surface, it is the body between begin and end.
Status ReadMentions(Db& db, ArticleRecord& a) {
  NEWS_ASSIGN_OR_RETURN(Statement m, db.Prepare(
      "SELECT en.id, en.canonical, en.type, ae.spans FROM article_entities ae "
      "JOIN entities en ON en.key = ae.entity WHERE ae.article = ?"));
  m.Bind(1, a.id);
  CodePointSlicer body(a.body);
  Status decoded = Status::Ok();
  NEWS_RETURN_IF_ERROR(Each(m, [&](const Statement& r) {
    StatusOr<std::vector<MentionSpan>> spans = DecodeSpans(r.BlobView(3));
    if (!spans.ok()) decoded = spans.status();
    for (const MentionSpan& x : spans.ok() ? *spans : std::vector<MentionSpan>{})
      a.mentions.push_back({{r.Text(0), r.Text(1), r.Text(2)}, static_cast<int>(x.sentence), x.begin, x.end,
                            body.Slice(x.begin, x.end)});
  }));
  NEWS_RETURN_IF_ERROR(decoded);
  std::sort(a.mentions.begin(), a.mentions.end(), [](const StoredMention& x, const StoredMention& y) {
    return std::tie(x.begin, x.entity.id) < std::tie(y.begin, y.entity.id);
  });
  return Status::Ok();
}

Status ReadDuplicateSources(Db& db, ArticleRecord& a) {
  NEWS_ASSIGN_OR_RETURN(Statement d, db.Prepare("SELECT source FROM duplicates WHERE article_id = ? ORDER BY seen_at, source"));
  d.Bind(1, a.id);
  return Each(d, [&](const Statement& r) { a.duplicate_sources.push_back(r.Text(0)); });
}

Status ReadChildren(Db& db, ArticleRecord& a) {
  NEWS_RETURN_IF_ERROR(ReadSentences(db, a));
  NEWS_RETURN_IF_ERROR(ReadEntities(db, a));
  NEWS_RETURN_IF_ERROR(ReadMentions(db, a));
  return ReadDuplicateSources(db, a);
}

}  // namespace

StatusOr<ArticleRecord> GetArticle(Store& store, int64_t id) {
  Db& db = store.db();
  ArticleRecord a;
  NEWS_RETURN_IF_ERROR(ReadArticleRow(db, id, a));
  NEWS_RETURN_IF_ERROR(ReadChildren(db, a));
  NEWS_ASSIGN_OR_RETURN(Statement ev, db.Prepare("SELECT id FROM events WHERE article = ? ORDER BY sort_day, id"));
  ev.Bind(1, id);
  std::vector<int64_t> ids;
  NEWS_RETURN_IF_ERROR(Each(ev, [&](const Statement& r) { ids.push_back(r.Int(0)); }));
  if (ids.empty()) return a;
  // Reuse the timeline's row building for the events of this article.
  TimelineFilter f;
  f.events_only = true;
  f.article_id = id;
  NEWS_RETURN_IF_ERROR(QueryTimeline(store, f, [&](const TimelineRow& r) {
    a.events.push_back(r);
    return true;
  }));
  return a;
}

namespace {

// The first and last dated day and the newest week, from articles_by_day.
Status DateRange(Db& db, StoreStats* s) {
  NEWS_ASSIGN_OR_RETURN(Statement first, db.Prepare(
      "SELECT sort_day FROM articles WHERE sort_day < '~' ORDER BY sort_day LIMIT 1"));
  NEWS_RETURN_IF_ERROR(Each(first, [&](const Statement& r) { s->first_published = r.Text(0); }));
  NEWS_ASSIGN_OR_RETURN(Statement last, db.Prepare(
      "SELECT sort_day, week FROM articles WHERE sort_day < '~' ORDER BY sort_day DESC LIMIT 1"));
  return Each(last, [&](const Statement& r) { s->last_published = r.Text(0), s->latest_week = r.Text(1); });
}

}  // namespace

StatusOr<StoreStats> GetStats(Store& store, StatsDetail detail) {
  Db& db = store.db();
  StoreStats s;
  NEWS_ASSIGN_OR_RETURN(s.articles, Scalar(db, "SELECT count(*) FROM articles"));
  NEWS_ASSIGN_OR_RETURN(s.entities, Scalar(db, "SELECT count(*) FROM entities"));
  NEWS_ASSIGN_OR_RETURN(s.mentions, Scalar(db, "SELECT coalesce(sum(mentions), 0) FROM entity_totals"));
  NEWS_ASSIGN_OR_RETURN(s.events, Scalar(db, "SELECT count(*) FROM events"));
  NEWS_ASSIGN_OR_RETURN(s.duplicates, Scalar(db, "SELECT count(*) FROM duplicates"));
  NEWS_ASSIGN_OR_RETURN(int64_t pages, Scalar(db, "PRAGMA page_count"));
  NEWS_ASSIGN_OR_RETURN(int64_t page_size, Scalar(db, "PRAGMA page_size"));
  s.file_bytes = pages * page_size;
  NEWS_RETURN_IF_ERROR(DateRange(db, &s));
  NEWS_ASSIGN_OR_RETURN(Statement langs, db.Prepare("SELECT lang, count(*) FROM articles GROUP BY lang ORDER BY 2 DESC"));
  NEWS_RETURN_IF_ERROR(Each(langs, [&](const Statement& r) { s.languages.emplace_back(r.Text(0), r.Int(1)); }));
  if (detail == StatsDetail::kQuick) return s;
  NEWS_ASSIGN_OR_RETURN(s.sentences, Scalar(db, "SELECT count(*) FROM sentences"));
  NEWS_ASSIGN_OR_RETURN(s.body_bytes, Scalar(db, "SELECT coalesce(sum(body_size), 0) FROM articles"));
  return s;
}

}  // namespace news
