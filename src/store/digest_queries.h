// The SQL behind the weekly digest: a handful of reads over a date window
// that return plain rows; report/digest_builder.h turns them into a Digest.
// Everything heavy is aggregated by SQLite (entity mentions and tone per
// day over twelve weeks); only the digest week's own articles come back
// with their sentences, mentions and events.
//
//   DigestQuery q{"2025-11-24", "2026-02-15", "2026-01-12", "2026-02-09", "2026-02-15"};
//   NEWS_ASSIGN_OR_RETURN(DigestRows rows, LoadDigestRows(store, q));
//
// Days are `articles.sort_day` values (YYYY-MM-DD publication days); the
// caller widens the ranges by a day when a time zone could move articles
// across a boundary and filters exactly. Undated articles are not part of
// any week. All functions fail with the store's kDataError/kBusy Status
// when SQLite does; they never modify the database. Use the Store from one
// thread at a time.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/status.h"

namespace news {

class Store;

struct DigestQuery {
  std::string window_first, window_last;  // twelve weeks: trends, talent flow
  std::string volume_first;               // from here to window_last: article rows (week + 4 before)
  std::string week_first, week_last;      // the digest week: sentences, mentions, events, first-seen
};

struct DigestArticleRow {
  int64_t id = 0;
  std::string published;  // YYYY-MM-DD
  std::string title, source, url, canonical_url, lang;
  uint64_t simhash = 0;  // of the body, for near-duplicates (store.h SimHash)
};

// Mentions and tone of one entity on one day, summed over articles.
struct DigestEntityDayRow {
  std::string entity, day;
  int articles = 0, mentions = 0;
  double research_sum = 0, product_sum = 0;  // sum of tone × sentences
  int research_n = 0, product_n = 0;
};

struct DigestEntityInfo {
  std::string id, canonical, type, parent;
  bool known = true;
};

// An entity of one week article (article_entities).
struct DigestArticleEntityRow {
  int64_t article = 0;
  std::string entity, role;
  int mentions = 0;
};

struct DigestSentenceRow {
  int64_t article = 0;
  int index = 0;
  std::string text, lang, aspect;
  double score = 0, research = 0, product = 0;
};

struct DigestMentionRow {
  int64_t article = 0;
  int sentence = 0;
  std::string entity;
};

struct DigestEventRow {
  int64_t article = 0;
  std::string day;  // the article's publication day
  std::string date, type, person, organization, counterpart, product;
  int sentence = 0;
  std::string evidence;  // the sentence text; only for week articles
};

struct DigestDuplicateRow {
  int64_t article = 0;
  std::string source, canonical_url;
};

struct DigestRows {
  std::vector<DigestArticleRow> articles;           // volume_first .. window_last, by (day, id)
  std::vector<DigestEntityDayRow> entity_days;      // window, by (entity, day)
  std::vector<DigestEntityInfo> entities;           // every entity seen in the week or window, by id
  std::vector<DigestArticleEntityRow> article_entities;  // week articles
  std::vector<DigestSentenceRow> sentences;         // week articles: the first five and every toned one
  std::vector<DigestMentionRow> mentions;           // week articles, distinct (article, sentence, entity)
  std::vector<DigestEventRow> events;               // window (evidence only for week articles)
  std::vector<DigestDuplicateRow> duplicates;       // other sources of week articles
  std::vector<std::string> earlier_entities;        // week entities also seen before week_first
};

StatusOr<DigestRows> LoadDigestRows(Store& store, const DigestQuery& query);

// The latest publication day in the store (YYYY-MM-DD), or "" when no
// article has a date.
StatusOr<std::string> LatestArticleDay(Store& store);

}  // namespace news
