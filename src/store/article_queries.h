// One stored article with everything the analysis found (for the API's
// article page and the digest's evidence), the list of recent articles, and
// database-wide figures.
//
//   NEWS_ASSIGN_OR_RETURN(ArticleRecord a, GetArticle(store, 42));
//   for (const StoredSentence& s : a.sentences) ... s.text ...
//   NEWS_ASSIGN_OR_RETURN(StoreStats st, GetStats(store));
//
// Offsets are Unicode code points into `body` (as stored). Not thread-safe:
// uses the Store's connection.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/status.h"
#include "model/analysis.h"
#include "store/timeline_query.h"

namespace news {

class Store;

struct StoredSentence {
  int index = 0;
  int64_t begin = 0, end = 0;  // code points into body
  std::string text, lang;
  SentenceTone tone;
};

struct StoredMention {
  EntityRef entity;
  int sentence = 0;
  int64_t begin = 0, end = 0;  // code points into body
  std::string surface;
};

struct StoredArticleEntity {
  EntityRef entity;
  std::string role;  // subject, competitor, other (organisations); empty otherwise
  int64_t mentions = 0;
  std::optional<double> research, product;
};

struct ArticleRecord {
  int64_t id = 0;
  std::string source, url, canonical_url, title, published, week, date_rule, author, lang, charset;
  std::string body, fetched_at, ingested_at, analyzer_version, content_hash;
  ToneSummary tone;  // research_top/product_top hold the evidence sentence only
  std::vector<StoredSentence> sentences;
  std::vector<StoredArticleEntity> entities;  // most mentioned first
  std::vector<StoredMention> mentions;        // in text order
  std::vector<TimelineRow> events;            // in date order
  std::vector<std::string> duplicate_sources; // other sources carrying it
};

// kNotFound when there is no such article.
StatusOr<ArticleRecord> GetArticle(Store& store, int64_t id);

struct StoreStats {
  int64_t articles = 0, entities = 0, mentions = 0, events = 0, duplicates = 0;
  std::string first_published, last_published;  // empty when no dated article
  std::string latest_week;                       // ISO week of the newest dated article
  int64_t file_bytes = 0;                        // database pages in use (page_count * page_size)
  std::vector<std::pair<std::string, int64_t>> languages;  // lang -> articles
  // kFull only (each reads a whole table: seconds at 100k articles):
  int64_t sentences = -1;   // sentence rows
  int64_t body_bytes = -1;  // total UTF-8 bytes of stored bodies
};

// kQuick answers from indexes and the entity totals in milliseconds at any
// size (the web page asks on every load); kFull adds the table scans.
enum class StatsDetail { kQuick, kFull };

StatusOr<StoreStats> GetStats(Store& store, StatsDetail detail = StatsDetail::kQuick);

}  // namespace news
