// Writes the rows of one analysed article (inside the caller's savepoint):
// the article itself, its sentences, entities with aliases, per-article
// entity rollups, mentions, events and their entity links. Internal to
// src/store/ (store.cc drives it).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "common/status.h"
#include "model/analysis.h"
#include "store/entity_rollups.h"

namespace news {

class Db;

struct ArticleRowKeys {
  std::string content_hash;
  uint64_t simhash = 0;
  std::string ingested_at;  // ISO timestamp of this run
  // CompressBody(body) when already computed off the writing thread, else null.
  const std::string* stored_body = nullptr;
};

// Entity and alias rows already in the database (committed), so that the
// writer neither upserts them again nor looks up an entity's integer key.
struct KnownRows {
  std::unordered_set<std::string> rows;                   // cache keys of entity/alias rows
  std::unordered_map<std::string, int64_t> entity_keys;  // entity id -> entities.key

  void Merge(const KnownRows& other) {
    rows.insert(other.rows.begin(), other.rows.end());
    entity_keys.insert(other.entity_keys.begin(), other.entity_keys.end());
  }
};

class ArticleWriter {
 public:
  // `known` holds committed rows, `batch` those of this transaction's
  // articles already written; rows this writer adds are collected in added()
  // so the caller can merge them into `batch` once the article's savepoint
  // is released (and into `known` after the commit).
  ArticleWriter(Db& db, const KnownRows& known, const KnownRows& batch) : db_(db), known_(known), batch_(batch) {}

  // Checks offsets and indexes so that a malformed analysis fails cleanly
  // (kDataError naming the problem) before any row is written.
  static Status Validate(const Analysis& a);

  // Inserts a new article; sets *id. kDataError on a constraint failure.
  // Does not index its text: the caller calls IndexArticleText
  // (store/fts_index.h) once the article's savepoint is released.
  Status Insert(const Analysis& a, const ArticleRowKeys& keys, int64_t* id);

  // Deletes the analysis rows of article `id` and writes `a` in their place.
  Status Replace(int64_t id, const Analysis& a, const ArticleRowKeys& keys);

  const KnownRows& added() const { return added_; }
  // What this article adds to the entity totals (applied by the caller
  // before the commit, store/entity_rollups.h).
  const EntityRollups& rollups() const { return rollups_; }

 private:
  Status Reindex(int64_t id, const Analysis& a);
  Status WriteChildren(int64_t id, const Analysis& a);
  Status WriteSentences(int64_t id, const Analysis& a);
  Status WriteEntities(int64_t id, const Analysis& a);
  Status WriteEvents(int64_t id, const Analysis& a);
  StatusOr<int64_t> UpsertEntity(const EntityResult& e, const Analysis& a);
  StatusOr<int64_t> EntityKey(const std::string& id);
  Status AddAlias(const std::string& entity, const std::string& alias);
  bool Known(const std::string& key) const {
    return known_.rows.count(key) || batch_.rows.count(key) || added_.rows.count(key);
  }

  Db& db_;
  const KnownRows& known_;
  const KnownRows& batch_;
  KnownRows added_;
  EntityRollups rollups_;
  std::string sort_day_, week_, lang_;
  std::unordered_map<std::string, int64_t> article_keys_;  // this article's entity id -> key
};

}  // namespace news
