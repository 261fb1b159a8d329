// Writes the rows of one analysed article (inside the caller's savepoint):
// the article itself, its sentences, entities with aliases, per-article
// entity rollups, mentions, events and their entity links. Internal to
// src/store/ (store.cc drives it).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>

#include "common/status.h"
#include "model/analysis.h"

namespace news {

class Db;

struct ArticleRowKeys {
  std::string content_hash;
  uint64_t simhash = 0;
  std::string ingested_at;  // ISO timestamp of this run
};

class ArticleWriter {
 public:
  // `known` lists entity/alias rows already in the database (committed);
  // rows this writer adds are collected in added() so the caller can merge
  // them once the article's savepoint is released.
  ArticleWriter(Db& db, const std::unordered_set<std::string>& known) : db_(db), known_(known) {}

  // Checks offsets and indexes so that a malformed analysis fails cleanly
  // (kDataError naming the problem) before any row is written.
  static Status Validate(const Analysis& a);

  // Inserts a new article; sets *id. kDataError on a constraint failure.
  // Does not index its text: the caller calls IndexArticleText
  // (store/fts_index.h) once the article's savepoint is released.
  Status Insert(const Analysis& a, const ArticleRowKeys& keys, int64_t* id);

  // Deletes the analysis rows of article `id` and writes `a` in their place.
  Status Replace(int64_t id, const Analysis& a, const ArticleRowKeys& keys);

  const std::unordered_set<std::string>& added() const { return added_; }

 private:
  Status Reindex(int64_t id, const Analysis& a);
  Status WriteChildren(int64_t id, const Analysis& a);
  Status WriteSentences(int64_t id, const Analysis& a);
  Status WriteEntities(int64_t id, const Analysis& a);
  Status WriteEvents(int64_t id, const Analysis& a);
  Status UpsertEntity(const EntityResult& e, const Analysis& a);
  Status AddAlias(const std::string& entity, const std::string& alias);
  bool Known(const std::string& key) const { return known_.count(key) || added_.count(key); }

  Db& db_;
  const std::unordered_set<std::string>& known_;
  std::unordered_set<std::string> added_;
  std::string sort_day_, week_;
};

}  // namespace news
