#include "store/schema.h"

#include <string>
#include <vector>

#include "store/fts_index.h"
#include "store/schema_data.h"
#include "store/sqlite_db.h"

namespace news {

namespace {

struct Migration {
  const char* description;
  const char* sql;
  Status (*then)(Db&) = nullptr;  // data work the SQL cannot do (same transaction)
  // Rebuilds tables under their names: foreign keys off around the step's
  // transaction (dropping a parent table would otherwise cascade), checked
  // with foreign_key_check before the commit.
  bool rebuilds_tables = false;
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

// Version 7: a file about 40% smaller (issue 7: the database was 4x the raw
// text). The content hash is 32 bytes instead of 64 hex digits; the index
// on analyzer_version goes (no query used it: re-analysis walks ids).
// Bodies are zlib-compressed (as in an SQLite Archive: raw when that
// is not smaller; `body_size` is the text's byte length, so the sqlite3
// shell reads one with CAST(sqlar_uncompress(body, body_size) AS TEXT));
// rows refer to entities by an integer `key` (8 * n + the type's code, see
// store/stored_values.h) instead of the text id; tones are integers in
// ten-thousandths; aspects and roles are small codes; a sentence's `lang` is
// NULL when it is the article's; mentions no longer copy their surface text
// (it is the body between begin and end). article_entities is keyed by
// (article, entity), in insertion order, with one covering index by
// (entity, sort_day) for timelines and date ranges; the per-week index
// (a full copy of every row) is replaced by `entity_week_totals`, totals per
// entity and ISO week kept by the same triggers as entity_totals. Runs with
// foreign keys off (tables are rebuilt under their names) and checks them
// before committing.
constexpr const char* kSchemaCompact = R"sql(
DROP VIEW timeline_events;
DROP VIEW timeline_articles;
DROP VIEW entity_mentions;
DROP VIEW entity_weeks;
DROP TRIGGER article_entities_replace;
DROP TRIGGER entity_totals_add;
DROP TRIGGER entity_totals_remove;

CREATE TABLE entities_v7 (
  key       INTEGER PRIMARY KEY,
  id        TEXT NOT NULL UNIQUE,
  canonical TEXT NOT NULL,
  type      TEXT NOT NULL,
  parent    TEXT,
  known     INTEGER NOT NULL DEFAULT 1
);
INSERT INTO entities_v7 (key, id, canonical, type, parent, known)
  SELECT row_number() OVER (ORDER BY id) * 8 + CASE type WHEN 'organization' THEN 0 WHEN 'division' THEN 1
           WHEN 'product' THEN 2 WHEN 'person' THEN 3 ELSE 7 END, id, canonical, type, parent, known
  FROM entities;
DROP TABLE entities;
ALTER TABLE entities_v7 RENAME TO entities;
CREATE INDEX entities_by_parent ON entities(parent) WHERE parent IS NOT NULL;
CREATE INDEX entities_by_canonical ON entities(canonical);

CREATE TABLE articles_v7 (
  id               INTEGER PRIMARY KEY,
  source           TEXT NOT NULL,
  url              TEXT,
  canonical_url    TEXT,
  content_hash     BLOB NOT NULL UNIQUE,
  simhash          INTEGER NOT NULL,
  title            TEXT NOT NULL,
  published        TEXT,
  week             TEXT,
  sort_day         TEXT NOT NULL,
  date_rule        TEXT,
  author           TEXT,
  lang             TEXT NOT NULL,
  charset          TEXT,
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
  evidence         INTEGER NOT NULL DEFAULT 0,
  body_size        INTEGER NOT NULL,
  body             BLOB NOT NULL
);
INSERT INTO articles_v7 (id, source, url, canonical_url, content_hash, simhash, title, published, week, sort_day,
    date_rule, author, lang, charset, fetched_at, ingested_at, analyzer_version, research, product, overall,
    research_label, product_label, overall_label, research_n, product_n, evidence, body_size, body)
  SELECT id, source, url, canonical_url, newsminer_unhex(content_hash), simhash, title, published, week, sort_day, date_rule,
         author, lang, charset, fetched_at, ingested_at, analyzer_version, research, product, overall,
         research_label, product_label, overall_label, research_n, product_n, evidence,
         length(CAST(body AS BLOB)), newsminer_compress(body)
  FROM articles ORDER BY id;
DROP TABLE articles;
ALTER TABLE articles_v7 RENAME TO articles;
CREATE INDEX articles_by_day ON articles(sort_day, simhash);
CREATE INDEX articles_by_week ON articles(week);
CREATE INDEX articles_by_url ON articles(canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX articles_by_lang ON articles(lang);

CREATE TABLE sentences_v7 (
  article  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx      INTEGER NOT NULL,
  begin    INTEGER NOT NULL,
  end      INTEGER NOT NULL,
  lang     TEXT,
  aspect   INTEGER NOT NULL,
  score    INTEGER NOT NULL,
  label    INTEGER NOT NULL,
  research INTEGER NOT NULL,
  product  INTEGER NOT NULL,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;
INSERT INTO sentences_v7 (article, idx, begin, end, lang, aspect, score, label, research, product)
  SELECT s.article, s.idx, s.begin, s.end, nullif(s.lang, a.lang),
         CASE s.aspect WHEN 'research' THEN 1 WHEN 'product' THEN 2 WHEN 'both' THEN 3 ELSE 0 END,
         CAST(round(s.score * 10000) AS INTEGER), s.label, CAST(round(s.research * 10000) AS INTEGER),
         CAST(round(s.product * 10000) AS INTEGER)
  FROM sentences s JOIN articles a ON a.id = s.article ORDER BY s.article, s.idx;
DROP TABLE sentences;
ALTER TABLE sentences_v7 RENAME TO sentences;

CREATE TABLE mentions_v7 (
  article  INTEGER NOT NULL,
  begin    INTEGER NOT NULL,
  entity   INTEGER NOT NULL REFERENCES entities(key),
  end      INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  PRIMARY KEY (article, begin, entity),
  FOREIGN KEY (article, sentence) REFERENCES sentences(article, idx) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO mentions_v7 (article, begin, entity, end, sentence)
  SELECT m.article, m.begin, en.key, m.end, m.sentence FROM mentions m JOIN entities en ON en.id = m.entity
  ORDER BY m.article, m.begin, en.key;
DROP TABLE mentions;
ALTER TABLE mentions_v7 RENAME TO mentions;

CREATE TABLE article_entities_v7 (
  article    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity     INTEGER NOT NULL REFERENCES entities(key),
  sort_day   TEXT NOT NULL,
  role       INTEGER,
  mentions   INTEGER NOT NULL,
  sentence   INTEGER NOT NULL,
  research   INTEGER NOT NULL,
  product    INTEGER NOT NULL,
  research_n INTEGER NOT NULL,
  product_n  INTEGER NOT NULL,
  PRIMARY KEY (article, entity)
) WITHOUT ROWID;
INSERT INTO article_entities_v7 (article, entity, sort_day, role, mentions, sentence, research, product,
    research_n, product_n)
  SELECT ae.article, en.key, ae.sort_day,
         CASE ae.role WHEN 'subject' THEN 1 WHEN 'competitor' THEN 2 WHEN 'other' THEN 3 END, ae.mentions,
         ae.sentence, CAST(round(ae.research * 10000) AS INTEGER), CAST(round(ae.product * 10000) AS INTEGER),
         ae.research_n, ae.product_n
  FROM article_entities ae JOIN entities en ON en.id = ae.entity ORDER BY ae.article, en.key;
DROP TABLE article_entities;
ALTER TABLE article_entities_v7 RENAME TO article_entities;
CREATE INDEX article_entities_by_entity ON article_entities(
  entity, sort_day, mentions, research, research_n, product, product_n);

CREATE TABLE event_entities_v7 (
  event    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  entity   INTEGER NOT NULL REFERENCES entities(key),
  role     INTEGER NOT NULL,
  sort_day TEXT NOT NULL,
  PRIMARY KEY (event, role, entity)
) WITHOUT ROWID;
INSERT INTO event_entities_v7 (event, entity, role, sort_day)
  SELECT ee.event, en.key, CASE ee.role WHEN 'person' THEN 0 WHEN 'organization' THEN 1
           WHEN 'counterpart' THEN 2 ELSE 3 END, ee.sort_day
  FROM event_entities ee JOIN entities en ON en.id = ee.entity;
DROP TABLE event_entities;
ALTER TABLE event_entities_v7 RENAME TO event_entities;
CREATE INDEX event_entities_by_entity ON event_entities(entity, sort_day, event);

DROP TABLE entity_totals;
CREATE TABLE entity_totals (
  entity       INTEGER PRIMARY KEY REFERENCES entities(key),
  articles     INTEGER NOT NULL,
  mentions     INTEGER NOT NULL,
  first_seen   TEXT,
  last_seen    TEXT,
  research_sum INTEGER NOT NULL,
  research_n   INTEGER NOT NULL,
  product_sum  INTEGER NOT NULL,
  product_n    INTEGER NOT NULL
);
INSERT INTO entity_totals
  SELECT entity, count(*), sum(mentions), min(nullif(sort_day, '~')), max(nullif(sort_day, '~')),
         sum(research * research_n), sum(research_n), sum(product * product_n), sum(product_n)
  FROM article_entities GROUP BY entity;

CREATE TABLE entity_week_totals (
  week         TEXT NOT NULL,
  entity       INTEGER NOT NULL REFERENCES entities(key),
  articles     INTEGER NOT NULL,
  mentions     INTEGER NOT NULL,
  first_seen   TEXT NOT NULL,
  last_seen    TEXT NOT NULL,
  research_sum INTEGER NOT NULL,
  research_n   INTEGER NOT NULL,
  product_sum  INTEGER NOT NULL,
  product_n    INTEGER NOT NULL,
  PRIMARY KEY (week, entity)
) WITHOUT ROWID;
CREATE INDEX entity_week_totals_by_entity ON entity_week_totals(entity, week);
INSERT INTO entity_week_totals
  SELECT a.week, ae.entity, count(*), sum(ae.mentions), min(ae.sort_day), max(ae.sort_day),
         sum(ae.research * ae.research_n), sum(ae.research_n),
         sum(ae.product * ae.product_n), sum(ae.product_n)
  FROM article_entities ae JOIN articles a ON a.id = ae.article
  WHERE a.week IS NOT NULL GROUP BY a.week, ae.entity;

CREATE TRIGGER article_entities_replace BEFORE INSERT ON article_entities
WHEN EXISTS (SELECT 1 FROM article_entities WHERE article = new.article AND entity = new.entity)
BEGIN
  DELETE FROM article_entities WHERE article = new.article AND entity = new.entity;
END;

-- The ISO week of a day: the year and day-of-year of that week's Thursday.
CREATE TRIGGER entity_rollups_add AFTER INSERT ON article_entities
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
  INSERT INTO entity_week_totals
    SELECT strftime('%Y', thu) || '-W' || printf('%02d', (strftime('%j', thu) - 1) / 7 + 1), new.entity, 1,
           new.mentions, new.sort_day, new.sort_day, new.research * new.research_n, new.research_n,
           new.product * new.product_n, new.product_n
    FROM (SELECT date(new.sort_day, '-3 days', 'weekday 4') AS thu) WHERE thu IS NOT NULL
  ON CONFLICT (week, entity) DO UPDATE SET
    articles = articles + 1,
    mentions = mentions + excluded.mentions,
    first_seen = min(first_seen, excluded.first_seen),
    last_seen = max(last_seen, excluded.last_seen),
    research_sum = research_sum + excluded.research_sum,
    research_n = research_n + excluded.research_n,
    product_sum = product_sum + excluded.product_sum,
    product_n = product_n + excluded.product_n;
END;

CREATE TRIGGER entity_rollups_remove AFTER DELETE ON article_entities
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
  UPDATE entity_week_totals SET
    articles = articles - 1,
    mentions = mentions - old.mentions,
    research_sum = research_sum - old.research * old.research_n,
    research_n = research_n - old.research_n,
    product_sum = product_sum - old.product * old.product_n,
    product_n = product_n - old.product_n,
    first_seen = coalesce((SELECT min(sort_day) FROM article_entities WHERE entity = old.entity
                             AND sort_day BETWEEN date(old.sort_day, '-6 days', 'weekday 1')
                                              AND date(old.sort_day, '-6 days', 'weekday 1', '+6 days')), first_seen),
    last_seen = coalesce((SELECT max(sort_day) FROM article_entities WHERE entity = old.entity
                            AND sort_day BETWEEN date(old.sort_day, '-6 days', 'weekday 1')
                                             AND date(old.sort_day, '-6 days', 'weekday 1', '+6 days')), last_seen)
  WHERE entity = old.entity AND week = (SELECT strftime('%Y', thu) || '-W' || printf('%02d', (strftime('%j', thu) - 1) / 7 + 1)
                                        FROM (SELECT date(old.sort_day, '-3 days', 'weekday 4') AS thu));
  DELETE FROM entity_week_totals WHERE entity = old.entity AND articles <= 0;
END;

CREATE VIEW timeline_events AS
  SELECT e.date, e.type, e.person, e.organization, e.counterpart, e.product, a.title, a.source,
         substr(CAST(sqlar_uncompress(a.body, a.body_size) AS TEXT), s.begin + 1, s.end - s.begin) AS evidence,
         e.article, e.id AS event
  FROM events e JOIN articles a ON a.id = e.article
  JOIN sentences s ON s.article = e.article AND s.idx = e.sentence
  ORDER BY e.sort_day, e.id;

CREATE VIEW timeline_articles AS
  SELECT a.published, a.week, a.title, a.source, a.lang,
         round(a.research, 3) AS research, round(a.product, 3) AS product,
         (SELECT group_concat(en.canonical, ', ') FROM article_entities ae
            JOIN entities en ON en.key = ae.entity WHERE ae.article = a.id) AS entities,
         a.id AS article
  FROM articles a ORDER BY a.sort_day, a.id;

CREATE VIEW entity_mentions AS
  SELECT en.canonical, en.type, a.published,
         substr(CAST(sqlar_uncompress(a.body, a.body_size) AS TEXT), m.begin + 1, m.end - m.begin) AS surface,
         a.title,
         substr(CAST(sqlar_uncompress(a.body, a.body_size) AS TEXT), s.begin + 1, s.end - s.begin) AS sentence,
         m.article
  FROM mentions m JOIN entities en ON en.key = m.entity
  JOIN articles a ON a.id = m.article
  JOIN sentences s ON s.article = m.article AND s.idx = m.sentence;

CREATE VIEW entity_weeks AS
  SELECT en.canonical, en.type, w.week, w.articles, w.mentions,
         round(w.research_sum / 10000.0 / nullif(w.research_n, 0), 3) AS research,
         round(w.product_sum / 10000.0 / nullif(w.product_n, 0), 3) AS product
  FROM entity_week_totals w JOIN entities en ON en.key = w.entity;
)sql";

// Version 8: the writer adds up entity_totals and entity_week_totals per
// batch (store/entity_rollups.h) and applies them before its commit: the
// two insert triggers cost about half of the writing thread's time (two
// upserts and a week computation per article_entities row). The delete
// trigger stays, so a replaced analysis is still subtracted exactly.
// article_entities rows are written by newsminer only.
constexpr const char* kSchemaRollupsByWriter = R"sql(
DROP TRIGGER article_entities_replace;
DROP TRIGGER entity_rollups_add;
)sql";

// Version 9: an entity's mentions in an article are packed into
// article_entities.spans (varints, about 3.5 bytes a mention; see
// store/stored_values.h) instead of an 18-byte row each in `mentions`
// (the schema's third-largest table at 100k articles); FillMentionSpans
// copies the old rows, step 10 drops them. Also events_by_day gains the
// article, so the timeline's event arm comes out in (sort_day, article)
// order and its merge stops at the page (server engineer's measurement:
// a month of one aspect 3.3 -> 0.9 ms CPU at 100k).
constexpr const char* kSchemaSpans = R"sql(
ALTER TABLE article_entities ADD COLUMN spans BLOB;
DROP INDEX events_by_day;
CREATE INDEX events_by_day ON events(sort_day, article, id);
)sql";

// Version 10: the mentions table goes; entity_mentions lists one row per
// entity and article with the sentence of its first mention (the exact
// spans are in article_entities.spans, decoded by newsminer).
constexpr const char* kSchemaDropMentions = R"sql(
DROP VIEW entity_mentions;
DROP TABLE mentions;
CREATE VIEW entity_mentions AS
  SELECT en.canonical, en.type, a.published, ae.mentions, a.title,
         substr(CAST(sqlar_uncompress(a.body, a.body_size) AS TEXT), s.begin + 1, s.end - s.begin) AS sentence,
         ae.article
  FROM article_entities ae JOIN entities en ON en.key = ae.entity
  JOIN articles a ON a.id = ae.article
  JOIN sentences s ON s.article = ae.article AND s.idx = ae.sentence;
)sql";

// Version 11 (server engineer, issue 9): an entity's page counts its rivals
// (organisations named as competitor where it is the subject, and the other
// way round). These partial indexes hold only subject and competitor rows
// (a third of article_entities): the entity's such rows, and an article's
// rows of one role, so the count reads index ranges instead of every row
// of each article (OpenAI at 100k: 44 -> 9 ms; 4.5 MB each).
constexpr const char* kSchemaRoleIndexes = R"sql(
CREATE INDEX article_entities_by_role ON article_entities(entity, role, article) WHERE role IN (1, 2);
CREATE INDEX article_entities_roles ON article_entities(article, role, entity) WHERE role IN (1, 2);
)sql";

// The lexicon version (lexicon/lexicon_cache.h's key: the lexicon files and
// the binary) the entities and aliases were last synced from, so that an
// ingest with unchanged lexicons skips rewriting thousands of rows.
constexpr const char* kSchemaLexiconSync = R"sql(
CREATE TABLE lexicon_sync (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version TEXT NOT NULL
);
)sql";

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kMigrations = {
      {"articles, entities, mentions, sentences, events, duplicates and timeline views", kSchemaV1},
      {"full-text index of titles and bodies", kSchemaV2, IndexAllArticles},
      {"feed items already ingested (store/feed_state.h)", kSchemaFeedItems},
      {"article_entities week index covering the per-week columns", kSchemaWeekCovering},
      {"entity totals kept by triggers", kSchemaEntityTotals},
      {"articles by language", kSchemaLangIndex},
      {"compact storage: compressed bodies, integer entity keys and tones, weekly entity totals", kSchemaCompact,
       nullptr, true},
      {"entity totals added up by the writer, not by insert triggers", kSchemaRollupsByWriter},
      {"mention spans packed into article_entities; events_by_day with the article", kSchemaSpans,
       FillMentionSpans},
      {"mentions table dropped", kSchemaDropMentions},
      {"subject and competitor rows indexed for the entity page's rivals", kSchemaRoleIndexes},
      {"the lexicon version the entities were synced from", kSchemaLexiconSync},
  };
  return kMigrations;
}

}  // namespace

namespace {

// Foreign keys off for the life of this object, when asked (the pragma is a
// no-op inside a transaction, so it goes around the step's).
class ForeignKeysOffFor {
 public:
  ForeignKeysOffFor(Db& db, bool off) : db_(db), off_(off) {
    if (off_) off_ = db_.Exec("PRAGMA foreign_keys = OFF").ok();
  }
  ~ForeignKeysOffFor() {
    if (off_) db_.Exec("PRAGMA foreign_keys = ON");
  }

 private:
  Db& db_;
  bool off_;
};

Status StepFailed(int v, const Migration& m, const std::string& why) {
  return Status(StatusCode::kDataError,
                "schema step " + std::to_string(v + 1) + " (" + m.description + ") failed: " + why);
}

Status CheckForeignKeys(Db& db) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare("PRAGMA foreign_key_check"));
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  if (row) return Status(StatusCode::kDataError, "a row of " + st.Text(0) + " refers to a missing " + st.Text(2));
  return Status::Ok();
}

Status RunStep(Db& db, int v, const Migration& m) {
  ForeignKeysOffFor fk(db, m.rebuilds_tables);
  NEWS_ASSIGN_OR_RETURN(auto tx, Transaction::Begin(db));
  // Another process may have migrated while we waited for the write lock.
  NEWS_ASSIGN_OR_RETURN(int now, SchemaVersion(db));
  if (now > v) return Status::Ok();
  Status s = db.Exec(m.sql);
  if (s.ok() && m.then) s = m.then(db);
  if (s.ok() && m.rebuilds_tables) s = CheckForeignKeys(db);
  if (!s.ok()) return StepFailed(v, m, s.message());
  NEWS_RETURN_IF_ERROR(db.Exec("PRAGMA user_version = " + std::to_string(v + 1)));
  return tx->Commit();
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
    NEWS_RETURN_IF_ERROR(RunStep(db, v, m));
  }
  return Status::Ok();
}

}  // namespace news
