// The SQLite store: one database file holding every ingested article with
// its analysis (sentences and tone, entities and mentions, dated events),
// the entities and their aliases, and the duplicates seen. The schema is
// documented in README.md ("Database schema") and versioned by
// store/schema.h; opening an older file upgrades it, a newer one is refused.
//
//   NEWS_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, Store::Open("newsminer.db"));
//   NEWS_ASSIGN_OR_RETURN(auto outcomes, store->WriteAnalyses(batch));
//   for (const WriteOutcome& o : outcomes) if (o.kind == WriteOutcome::kDuplicate) ...
//
// Query functions live in their own headers (store/timeline_query.h,
// store/entity_queries.h, store/article_queries.h, store/search.h) and take
// a Store&. Files WAL mode, so readers in other processes run while a writer
// writes; a second writer waits up to Options::busy_timeout_ms.
//
// A Store is one connection: use it from one thread at a time (open one
// Store per thread; they can share the file).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/status.h"
#include "model/analysis.h"
#include "store/fts_text.h"

namespace news {

class Db;
struct KnownRows;

// What happened to one Analysis handed to WriteAnalyses / ReplaceAnalyses.
struct WriteOutcome {
  enum Kind { kStored, kDuplicate, kUpdated, kFailed };
  Kind kind = kFailed;
  int64_t article_id = 0;      // the stored article (the original, for a duplicate)
  std::string duplicate_kind;  // "exact" (same content hash), "url" (same canonical URL) or
                               // "near" (simhash within kNearDuplicateBits, published within 3 days)
  Status error;                // why, when kFailed; the article left no rows
};

// A stored article's document, for recomputing its analysis.
struct StoredDocument {
  int64_t id = 0;
  Document doc;
  std::string analyzer_version;
};

// An entity as a lexicon defines it, for SyncEntities.
struct EntityRecord {
  std::string id;         // "org:openai"
  std::string canonical;  // "OpenAI"
  std::string type;       // organization, division, product, person
  std::string parent;     // parent entity id, or empty
  std::vector<std::string> aliases;  // any script, as written
};

class Store {
 public:
  struct Options {
    bool create = true;           // create a missing file (false: kNotFound)
    int busy_timeout_ms = 10000;  // wait this long for another writer's lock
    // Page cache of this connection. A bulk writer wants more: the
    // indexes it inserts into at random (entity, week, day) must stay
    // cached, or every insert reads a page back from the file (at 20k
    // articles a 32 MiB cache meant 181 page reads per ingested article).
    int cache_mib = 32;
    // Read through a memory map of up to this much of the file (0: off).
    // Saves a read() per page for long-lived readers (the server: an
    // entity page at 100k articles spent 0.15 s of 0.25 s CPU in read()),
    // but mapped pages count as the process's memory, so short commands
    // and the ingest writer leave it off.
    int mmap_mib = 0;
    // Queries only: the file is opened with SQLITE_OPEN_READONLY and neither
    // configured nor migrated, so a database the user may only read (chmod
    // 444, a read-only mount) still answers timeline/entities/digest/serve.
    // Its schema must be current: an older one is kUnsupported ("run
    // newsminer ingest once to upgrade it"). Implies create = false.
    // A WAL file whose directory this process cannot write (no -shm can be
    // made) and that has no -wal file (so no writer is active) is then read
    // as immutable.
    bool read_only = false;
  };

  // Opens (creating if allowed) and migrates. Fails with kNotFound (missing
  // file, create=false), kIoError (cannot open), kDataError (not a newsminer
  // database, or a migration step failed) or kUnsupported (schema newer than
  // this binary; with read_only also older than this binary).
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path, const Options& options);
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path) { return Open(path, Options{}); }
  ~Store();

  // Stores a batch of analyses in one transaction; each article's rows are
  // written all or nothing (a savepoint per article), so one bad article is
  // reported as kFailed and the others are still stored. An article whose
  // body (content hash) or canonical URL is already stored is kDuplicate and
  // writes nothing but, for a new source, a row in `duplicates`; so is a
  // near duplicate (ingest/content_hash.h IsNearDuplicate) published within
  // three days of a stored article. Documents without content_hash/simhash
  // get them computed here. One outcome
  // per input, in order. The whole call fails (nothing stored) only when the
  // transaction itself cannot start or commit (kBusy, kIoError).
  // `fts`, when given, holds FtsColumnsFor(title, body) of each article
  // (store/fts_text.h), computed beforehand off the writing thread.
  StatusOr<std::vector<WriteOutcome>> WriteAnalyses(const std::vector<Analysis>& batch,
                                                    const std::vector<FtsColumns>* fts = nullptr);

  // Replaces the stored analysis of articles ids[i] with batch[i] (same rules
  // of atomicity); the article keeps its id, source and ingested_at. kUpdated
  // on success; kFailed with kNotFound when the id does not exist.
  StatusOr<std::vector<WriteOutcome>> ReplaceAnalyses(const std::vector<int64_t>& ids,
                                                      const std::vector<Analysis>& batch);

  // Up to `limit` stored articles with id > after_id, in id order, whose
  // analyzer_version differs from `current_version` (all of them when
  // `all`), with the document rebuilt from the stored columns.
  StatusOr<std::vector<StoredDocument>> DocumentsToReanalyze(const std::string& current_version, bool all,
                                                             int64_t after_id, int limit);

  // Upserts lexicon entities (canonical name, type and parent from the
  // lexicon win; known = 1) and adds their aliases, so that `--entity` finds
  // an entity by any alias even before an article used it. One transaction;
  // kDataError/kBusy on failure (then nothing changed).
  // `lexicon_version` (may be empty) names the lexicon the records come
  // from; it is recorded in the same transaction, for EntitiesSyncedFrom().
  Status SyncEntities(const std::vector<EntityRecord>& entities, const std::string& lexicon_version = "");
  // Whether the last SyncEntities() recorded this non-empty version: syncing
  // the same lexicon again would change nothing.
  StatusOr<bool> EntitiesSyncedFrom(const std::string& lexicon_version);

  // The id of the article stored under this canonical URL, or 0. Lets
  // fetchers skip a page they already have.
  StatusOr<int64_t> FindByCanonicalUrl(const std::string& canonical_url);

  // Row count of a table of the schema (for summaries and tests).
  StatusOr<int64_t> CountRows(const std::string& table);

  // For the query files in src/store/ only (see store/sqlite_db.h).
  Db& db() { return *db_; }

 private:
  explicit Store(std::unique_ptr<Db> db);
  struct Batch;
  StatusOr<std::vector<WriteOutcome>> Write(const std::vector<Analysis>& batch, const std::vector<int64_t>* ids,
                                            const std::vector<FtsColumns>* fts);
  WriteOutcome WriteOne(const Analysis& a, int64_t replace_id, const std::string* stored_body, Batch& batch);

  std::unique_ptr<Db> db_;
  std::unique_ptr<KnownRows> known_rows_;  // entity/alias rows and entity keys already written (committed)
};

}  // namespace news
