#include "store/schema.h"

#include <string>
#include <vector>

#include "store/fts_index.h"
#include "store/sqlite_db.h"

namespace news {

namespace {

struct Migration {
  const char* description;
  const char* sql;
  Status (*then)(Db&) = nullptr;  // data work the SQL cannot do (same transaction)
};

// Version 1: articles and everything one analysis produces. Offsets (begin,
// end) are Unicode code points into articles.body, so substr(body, begin + 1,
// end - begin) in the sqlite3 shell gives the text. `sort_day` is the date
// used for ordering: the publication or event date, or '~' when unknown, so
// undated rows sort after every date.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE articles (
  id               INTEGER PRIMARY KEY,
  source           TEXT NOT NULL,
  url              TEXT,
  canonical_url    TEXT,
  content_hash     TEXT NOT NULL UNIQUE,
  simhash          INTEGER NOT NULL,
  title            TEXT NOT NULL,
  published        TEXT,
  week             TEXT,
  sort_day         TEXT NOT NULL,
  date_rule        TEXT,
  author           TEXT,
  lang             TEXT NOT NULL,
  charset          TEXT,
  body             TEXT NOT NULL,
  fetched_at       TEXT,
  ingested_at      TEXT NOT NULL,
  analyzer_version TEXT NOT NULL,
  research         REAL NOT NULL,
  product          REAL NOT NULL,
  overall          REAL NOT NULL,
  research_label   INTEGER NOT NULL,
  product_label    INTEGER NOT NULL,
  overall_label    INTEGER NOT NULL,
  research_n       INTEGER NOT NULL,
  product_n        INTEGER NOT NULL,
  evidence         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_by_day ON articles(sort_day, simhash);
CREATE INDEX articles_by_week ON articles(week);
CREATE INDEX articles_by_url ON articles(canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX articles_by_version ON articles(analyzer_version);

CREATE TABLE entities (
  id        TEXT PRIMARY KEY,
  canonical TEXT NOT NULL,
  type      TEXT NOT NULL,
  parent    TEXT,
  known     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX entities_by_parent ON entities(parent) WHERE parent IS NOT NULL;
CREATE INDEX entities_by_canonical ON entities(canonical);

CREATE TABLE aliases (
  key    TEXT NOT NULL,
  entity TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias  TEXT NOT NULL,
  PRIMARY KEY (key, entity)
) WITHOUT ROWID;
CREATE INDEX aliases_by_entity ON aliases(entity);

CREATE TABLE sentences (
  article  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx      INTEGER NOT NULL,
  begin    INTEGER NOT NULL,
  end      INTEGER NOT NULL,
  lang     TEXT,
  aspect   TEXT NOT NULL,
  score    REAL NOT NULL,
  label    INTEGER NOT NULL,
  research REAL NOT NULL,
  product  REAL NOT NULL,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;

CREATE TABLE mentions (
  article  INTEGER NOT NULL,
  begin    INTEGER NOT NULL,
  entity   TEXT NOT NULL REFERENCES entities(id),
  end      INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  surface  TEXT NOT NULL,
  PRIMARY KEY (article, begin, entity),
  FOREIGN KEY (article, sentence) REFERENCES sentences(article, idx) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE article_entities (
  article    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity     TEXT NOT NULL REFERENCES entities(id),
  sort_day   TEXT NOT NULL,
  week       TEXT,
  role       TEXT,
  mentions   INTEGER NOT NULL,
  sentence   INTEGER NOT NULL,
  research   REAL NOT NULL,
  product    REAL NOT NULL,
  research_n INTEGER NOT NULL,
  product_n  INTEGER NOT NULL,
  PRIMARY KEY (article, entity)
) WITHOUT ROWID;
CREATE INDEX article_entities_by_entity ON article_entities(entity, sort_day, article);
CREATE INDEX article_entities_by_week ON article_entities(week, entity);

CREATE TABLE events (
  id           INTEGER PRIMARY KEY,
  article      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  date         TEXT NOT NULL,
  sort_day     TEXT NOT NULL,
  last_day     TEXT NOT NULL,
  date_rule    TEXT,
  type         TEXT NOT NULL,
  person       TEXT,
  organization TEXT,
  counterpart  TEXT,
  product      TEXT,
  sentence     INTEGER NOT NULL,
  FOREIGN KEY (article, sentence) REFERENCES sentences(article, idx) ON DELETE CASCADE
);
CREATE INDEX events_by_article ON events(article);
CREATE INDEX events_by_day ON events(sort_day, id);
CREATE INDEX events_by_type ON events(type, sort_day);

CREATE TABLE event_entities (
  event    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  entity   TEXT NOT NULL REFERENCES entities(id),
  role     TEXT NOT NULL,
  sort_day TEXT NOT NULL,
  PRIMARY KEY (event, role, entity)
) WITHOUT ROWID;
CREATE INDEX event_entities_by_entity ON event_entities(entity, sort_day, event);

CREATE TABLE duplicates (
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  source        TEXT NOT NULL,
  canonical_url TEXT,
  kind          TEXT NOT NULL CHECK (kind IN ('exact', 'near', 'url')),
  seen_at       TEXT NOT NULL,
  PRIMARY KEY (article_id, source)
) WITHOUT ROWID;

CREATE VIEW timeline_events AS
  SELECT e.date, e.type, e.person, e.organization, e.counterpart, e.product,
         a.title, a.source, substr(a.body, s.begin + 1, s.end - s.begin) AS evidence,
         e.article, e.id AS event
  FROM events e JOIN articles a ON a.id = e.article
  JOIN sentences s ON s.article = e.article AND s.idx = e.sentence
  ORDER BY e.sort_day, e.id;

CREATE VIEW timeline_articles AS
  SELECT a.published, a.week, a.title, a.source, a.lang,
         round(a.research, 3) AS research, round(a.product, 3) AS product,
         (SELECT group_concat(en.canonical, ', ') FROM article_entities ae
            JOIN entities en ON en.id = ae.entity WHERE ae.article = a.id) AS entities,
         a.id AS article
  FROM articles a ORDER BY a.sort_day, a.id;

CREATE VIEW entity_mentions AS
  SELECT en.canonical, en.type, a.published, m.surface, a.title,
         substr(a.body, s.begin + 1, s.end - s.begin) AS sentence, m.article
  FROM mentions m JOIN entities en ON en.id = m.entity
  JOIN articles a ON a.id = m.article
  JOIN sentences s ON s.article = m.article AND s.idx = m.sentence;

CREATE VIEW entity_weeks AS
  SELECT en.canonical, en.type, ae.week, count(*) AS articles, sum(ae.mentions) AS mentions,
         round(sum(ae.research * ae.research_n) / nullif(sum(ae.research_n), 0), 3) AS research,
         round(sum(ae.product * ae.product_n) / nullif(sum(ae.product_n), 0), 3) AS product
  FROM article_entities ae JOIN entities en ON en.id = ae.entity
  WHERE ae.week IS NOT NULL
  GROUP BY ae.entity, ae.week;
)sql";

// Version 2: full-text search. Contentless (the text lives in articles),
// fed with CJK bigrams and folded words by store/fts_text.h; existing
// articles are indexed by the step.
constexpr const char* kSchemaV2 = R"sql(
CREATE VIRTUAL TABLE article_fts USING fts5(
  title, body, tails, content = '', tokenize = 'unicode61 remove_diacritics 2');
)sql";

// Feed items already ingested, per feed (ingest team, store/feed_state.cc):
// the next run of `ingest FEED_URL` fetches only items not listed here.
// `feed` is the canonical feed URL, `item` the item's guid/id (else link).
constexpr const char* kSchemaFeedItems = R"sql(
CREATE TABLE feed_items (
  feed    TEXT NOT NULL,
  item    TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (feed, item)
) WITHOUT ROWID;
)sql";

// Version 4: the week index of article_entities covers every column the
// per-week readers use (`entities --top N --week W`, the digest's entity
// days), so they scan the index alone instead of looking up each row by
// its primary key: at 100k articles a week has ~22,000 rows and the lookups
// were most of `entities --top 20 --week` (p95 65 ms) and of the digest.
constexpr const char* kSchemaWeekCovering = R"sql(
DROP INDEX article_entities_by_week;
CREATE INDEX article_entities_by_week ON article_entities(
  week, entity, sort_day, mentions, research, research_n, product, product_n);
)sql";

// Version 5: totals per entity over all time, kept by triggers in the
// same transaction as the article rows, so `entities` and the web page's
// entity list read a few hundred rows instead of grouping every
// article_entities row (19 s at 100k articles on a loaded machine).
// A REPLACE that overwrites a row fires no delete trigger, so the writer's
// INSERT OR REPLACE is preceded by removing a conflicting row explicitly.
constexpr const char* kSchemaEntityTotals = R"sql(
CREATE TABLE entity_totals (
  entity       TEXT PRIMARY KEY REFERENCES entities(id),
  articles     INTEGER NOT NULL,
  mentions     INTEGER NOT NULL,
  first_seen   TEXT,
  last_seen    TEXT,
  research_sum REAL NOT NULL,
  research_n   INTEGER NOT NULL,
  product_sum  REAL NOT NULL,
  product_n    INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO entity_totals
  SELECT entity, count(*), sum(mentions), min(nullif(sort_day, '~')), max(nullif(sort_day, '~')),
         sum(research * research_n), sum(research_n), sum(product * product_n), sum(product_n)
  FROM article_entities GROUP BY entity;

CREATE TRIGGER article_entities_replace BEFORE INSERT ON article_entities
WHEN EXISTS (SELECT 1 FROM article_entities WHERE article = new.article AND entity = new.entity)
BEGIN
  DELETE FROM article_entities WHERE article = new.article AND entity = new.entity;
END;

CREATE TRIGGER entity_totals_add AFTER INSERT ON article_entities
BEGIN
  INSERT INTO entity_totals VALUES (
    new.entity, 1, new.mentions, nullif(new.sort_day, '~'), nullif(new.sort_day, '~'),
    new.research * new.research_n, new.research_n, new.product * new.product_n, new.product_n)
  ON CONFLICT (entity) DO UPDATE SET
    articles = articles + 1,
    mentions = mentions + excluded.mentions,
    first_seen = min(coalesce(first_seen, excluded.first_seen), coalesce(excluded.first_seen, first_seen)),
    last_seen = max(coalesce(last_seen, excluded.last_seen), coalesce(excluded.last_seen, last_seen)),
    research_sum = research_sum + excluded.research_sum,
    research_n = research_n + excluded.research_n,
    product_sum = product_sum + excluded.product_sum,
    product_n = product_n + excluded.product_n;
END;

CREATE TRIGGER entity_totals_remove AFTER DELETE ON article_entities
BEGIN
  UPDATE entity_totals SET
    articles = articles - 1,
    mentions = mentions - old.mentions,
    research_sum = research_sum - old.research * old.research_n,
    research_n = research_n - old.research_n,
    product_sum = product_sum - old.product * old.product_n,
    product_n = product_n - old.product_n,
    first_seen = (SELECT min(sort_day) FROM article_entities WHERE entity = old.entity AND sort_day < '~'),
    last_seen = (SELECT max(sort_day) FROM article_entities WHERE entity = old.entity AND sort_day < '~')
  WHERE entity = old.entity;
  DELETE FROM entity_totals WHERE entity = old.entity AND articles <= 0;
END;
)sql";

// Version 6: articles by language, so the web page's statistics (asked on
// every page load) count languages from an index instead of reading every
// article row with its body (about a second at 100k articles).
constexpr const char* kSchemaLangIndex = R"sql(
CREATE INDEX articles_by_lang ON articles(lang);
)sql";

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kMigrations = {
      {"articles, entities, mentions, sentences, events, duplicates and timeline views", kSchemaV1},
      {"full-text index of titles and bodies", kSchemaV2, IndexAllArticles},
      {"feed items already ingested (store/feed_state.h)", kSchemaFeedItems},
      {"article_entities week index covering the per-week columns", kSchemaWeekCovering},
      {"entity totals kept by triggers", kSchemaEntityTotals},
      {"articles by language", kSchemaLangIndex},
  };
  return kMigrations;
}

}  // namespace

int LatestSchemaVersion() { return static_cast<int>(Migrations().size()); }

StatusOr<int> SchemaVersion(Db& db) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare("PRAGMA user_version"));
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? static_cast<int>(st.Int(0)) : 0;
}

Status Migrate(Db& db) { return MigrateTo(db, LatestSchemaVersion()); }

Status MigrateTo(Db& db, int latest) {
  NEWS_ASSIGN_OR_RETURN(int version, SchemaVersion(db));
  if (latest > LatestSchemaVersion()) latest = LatestSchemaVersion();
  if (version > LatestSchemaVersion())
    return Status(StatusCode::kUnsupported, "database schema version " + std::to_string(version) +
                                                " is newer than this newsminer supports (" +
                                                std::to_string(LatestSchemaVersion()) + "); use a newer newsminer");
  for (int v = version; v < latest; ++v) {
    const Migration& m = Migrations()[v];
    NEWS_ASSIGN_OR_RETURN(auto tx, Transaction::Begin(db));
    // Another process may have migrated while we waited for the write lock.
    NEWS_ASSIGN_OR_RETURN(int now, SchemaVersion(db));
    if (now > v) continue;
    Status s = db.Exec(m.sql);
    if (!s.ok())
      return Status(StatusCode::kDataError, "schema step " + std::to_string(v + 1) + " (" + m.description +
                                                ") failed: " + s.message());
    if (m.then) s = m.then(db);
    if (!s.ok())
      return Status(StatusCode::kDataError, "schema step " + std::to_string(v + 1) + " (" + m.description +
                                                ") failed: " + s.message());
    NEWS_RETURN_IF_ERROR(db.Exec("PRAGMA user_version = " + std::to_string(v + 1)));
    NEWS_RETURN_IF_ERROR(tx->Commit());
  }
  return Status::Ok();
}

}  // namespace news
