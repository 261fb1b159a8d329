#include "store/store.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <set>

#include <unistd.h>

#include "common/dates.h"
#include "store/article_writer.h"
#include "store/entity_rollups.h"
#include "store/fts_index.h"
#include "store/fts_rank.h"
#include "store/schema.h"
#include "store/sqlite_db.h"
#include "store/stored_values.h"
#include "ingest/content_hash.h"
#include "text/match_key.h"

namespace news {

namespace {

std::string NowIso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Connection settings every Store uses: WAL so readers never block the
// writer, NORMAL sync (safe with WAL: a crash loses at most the last
// transactions, never consistency), foreign keys enforced.
Status Configure(Db& db, int cache_mib, int mmap_mib) {
  // 16 KiB pages pack 1-4 KB article bodies with less slack than the 4 KiB
  // default (about 6% smaller files). Only takes effect on a new, empty file.
  NEWS_RETURN_IF_ERROR(db.Exec("PRAGMA page_size = 16384"));
  NEWS_RETURN_IF_ERROR(db.Exec("PRAGMA foreign_keys = ON"));
  if (db.path() != ":memory:" && !db.path().empty()) {
    NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare("PRAGMA journal_mode = WAL"));
    NEWS_RETURN_IF_ERROR(st.Run());
  }
  NEWS_RETURN_IF_ERROR(db.Exec("PRAGMA synchronous = NORMAL"));
  if (mmap_mib > 0 && sizeof(void*) == 8)
    NEWS_RETURN_IF_ERROR(db.Exec("PRAGMA mmap_size = " + std::to_string(int64_t{mmap_mib} << 20)));
  return db.Exec("PRAGMA temp_store = MEMORY; PRAGMA cache_size = " + std::to_string(-1024 * std::max(1, cache_mib)));
}

// A read-only connection's settings: nothing that writes to the file.
Status ConfigureReader(Db& db, int cache_mib, int mmap_mib) {
  if (mmap_mib > 0 && sizeof(void*) == 8)
    NEWS_RETURN_IF_ERROR(db.Exec("PRAGMA mmap_size = " + std::to_string(int64_t{mmap_mib} << 20)));
  return db.Exec("PRAGMA temp_store = MEMORY; PRAGMA cache_size = " + std::to_string(-1024 * std::max(1, cache_mib)));
}

// A read-only connection cannot migrate, so its schema must already be the
// one this binary writes (a newer one is refused as Migrate refuses it).
Status CheckSchemaCurrent(Db& db) {
  NEWS_ASSIGN_OR_RETURN(int version, SchemaVersion(db));
  if (version < LatestSchemaVersion())
    return Status(StatusCode::kUnsupported, "database schema version " + std::to_string(version) +
                                                " is older than this newsminer needs (" +
                                                std::to_string(LatestSchemaVersion()) +
                                                ") and the file is opened read-only; run 'newsminer ingest' "
                                                "once with write access to upgrade it");
  return MigrateTo(db, version);  // refuses a newer file; runs no step
}

}  // namespace

struct Store::Batch {
  std::string ingested_at = NowIso();
  KnownRows added;  // entity/alias rows written by released savepoints
  EntityRollups rollups;  // what the released savepoints add to the entity totals
  int savepoints = 0;
  bool use_savepoints = true;
  bool dirty = false;  // without savepoints: an article failed half-written
  // Articles stored by released savepoints, full-text indexed after the last
  // one: FTS5 writes its pending terms out as a new segment at every
  // savepoint (and every statement journal), so indexing inside the
  // per-article savepoints made one tiny segment per article, merged over
  // and over, about a fifth of the writer's time.
  std::vector<std::pair<int64_t, size_t>> to_index;  // article id, index in the batch
};

Store::Store(std::unique_ptr<Db> db) : db_(std::move(db)), known_rows_(std::make_unique<KnownRows>()) {}
Store::~Store() = default;

// A read-only reader of a WAL file needs a -shm file; when none exists and
// the directory is not writable (a read-only mount, a root-owned 755
// folder), SQLite cannot make one. With no -wal file either, no writer is
// active, and the file can be read as immutable.
bool ReadAsImmutable(const std::string& path) {
  std::error_code ec;
  std::filesystem::path p(path);
  std::string dir = p.has_parent_path() ? p.parent_path().string() : ".";
  return !std::filesystem::exists(path + "-wal", ec) && !std::filesystem::exists(path + "-shm", ec) &&
         ::access(dir.c_str(), W_OK) != 0;
}

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path, const Options& options) {
  bool immutable = options.read_only && ReadAsImmutable(path);
  NEWS_ASSIGN_OR_RETURN(std::unique_ptr<Db> db,
                        Db::Open(path, {options.create, options.busy_timeout_ms, options.read_only, immutable}));
  if (options.read_only) {
    NEWS_RETURN_IF_ERROR(ConfigureReader(*db, options.cache_mib, options.mmap_mib));
  } else {
    NEWS_RETURN_IF_ERROR(Configure(*db, options.cache_mib, options.mmap_mib));
  }
  NEWS_RETURN_IF_ERROR(RegisterFtsRank(*db));
  NEWS_RETURN_IF_ERROR(RegisterStoredValueFunctions(*db));
  NEWS_RETURN_IF_ERROR(options.read_only ? CheckSchemaCurrent(*db) : Migrate(*db));
  return std::unique_ptr<Store>(new Store(std::move(db)));
}

StatusOr<std::vector<WriteOutcome>> Store::WriteAnalyses(const std::vector<Analysis>& batch,
                                                         const std::vector<FtsColumns>* fts) {
  if (fts && fts->size() != batch.size())
    return Status(StatusCode::kInvalidArgument, "WriteAnalyses: analyses and full-text rows differ in number");
  return Write(batch, nullptr, fts);
}

StatusOr<std::vector<WriteOutcome>> Store::ReplaceAnalyses(const std::vector<int64_t>& ids,
                                                           const std::vector<Analysis>& batch) {
  if (ids.size() != batch.size())
    return Status(StatusCode::kInvalidArgument, "ReplaceAnalyses: ids and analyses differ in number");
  return Write(batch, &ids, nullptr);
}

namespace {

// Foreign keys off for the length of a batch write (the pragma is a no-op
// inside a transaction, so it goes around it). The checks cost a tenth of
// the ingest's CPU time, and everything they would catch is checked
// before: ArticleWriter::Validate refuses a mention or event whose sentence
// does not exist, and the writer inserts an entity before its mentions.
class ForeignKeysOff {
 public:
  explicit ForeignKeysOff(Db& db) : db_(db) { ok_ = db_.Exec("PRAGMA foreign_keys = OFF").ok(); }
  ~ForeignKeysOff() {
    if (ok_) db_.Exec("PRAGMA foreign_keys = ON");
  }

 private:
  Db& db_;
  bool ok_ = false;
};

}  // namespace

StatusOr<std::vector<WriteOutcome>> Store::Write(const std::vector<Analysis>& batch,
                                                 const std::vector<int64_t>* ids,
                                                 const std::vector<FtsColumns>* fts) {
  ForeignKeysOff fk_off(*db_);
  // Fast path: no savepoint per article. Savepoints copy every page an
  // article touches into the sub-journal (16 KiB each) and were a sixth of
  // the writer's time; rows only fail on a constraint or an I/O error, and
  // then the whole transaction is rolled back and written again the
  // careful way, so one bad article still cannot take its batch with it.
  for (bool savepoints : {false, true}) {
    Batch b;
    b.use_savepoints = savepoints;
    NEWS_ASSIGN_OR_RETURN(auto tx, Transaction::Begin(*db_));
    std::vector<WriteOutcome> out;
    out.reserve(batch.size());
    for (size_t i = 0; i < batch.size() && !b.dirty; ++i) {
      out.push_back(WriteOne(batch[i], ids ? (*ids)[i] : 0, fts ? &(*fts)[i].stored_body : nullptr, b));
      if (out.back().kind == WriteOutcome::kStored) b.to_index.emplace_back(out.back().article_id, i);
    }
    if (b.dirty) continue;  // ~Transaction rolls back; try again with savepoints
    NEWS_RETURN_IF_ERROR(b.rollups.Write(*db_));
    for (const auto& [id, i] : b.to_index) {
      const Analysis& a = batch[i];
      NEWS_RETURN_IF_ERROR(IndexArticleColumns(*db_, id, fts ? (*fts)[i] : FtsColumnsFor(a.doc.title, a.doc.body)));
    }
    NEWS_RETURN_IF_ERROR(tx->Commit());
    known_rows_->Merge(b.added);
    return out;
  }
  return Status(StatusCode::kDataError, "batch write did not finish");
}

namespace {

struct Found {
  int64_t id = 0;
  std::string source;
  std::string kind;
};

StatusOr<Found> FindExact(Db& db, const Analysis& a, const std::string& hash) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare("SELECT id, source FROM articles WHERE content_hash = ?"));
  st.BindBlob(1, HashToStored(hash));
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  if (row) return Found{st.Int(0), st.Text(1), "exact"};
  if (a.doc.canonical_url.empty()) return Found{};
  NEWS_ASSIGN_OR_RETURN(Statement url, db.Prepare("SELECT id, source FROM articles WHERE canonical_url = ? LIMIT 1"));
  url.Bind(1, a.doc.canonical_url);
  NEWS_ASSIGN_OR_RETURN(bool found, url.Step());
  if (found) return Found{url.Int(0), url.Text(1), "url"};
  return Found{};
}

// A repost with another header or a few edited words: simhash close to an
// article published within three days (the index on (sort_day, simhash)
// makes this a short range scan).
StatusOr<Found> FindNear(Db& db, const Analysis& a, uint64_t simhash) {
  auto day = ParseIsoDay(a.doc.published);
  if (simhash == 0 || !day) return Found{};
  // Only columns of the index: reading `source` here made SQLite fetch every
  // candidate's table row (its whole body) -- at 100k articles, ~850 page
  // reads per ingested article.
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "SELECT id, simhash FROM articles WHERE sort_day BETWEEN ? AND ? AND simhash <> 0"));
  st.Bind(1, FormatDay(AddDays(*day, -3))).Bind(2, FormatDay(AddDays(*day, 3)));
  int64_t near = 0;
  while (near == 0) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Found{};
    if (IsNearDuplicate(simhash, static_cast<uint64_t>(st.Int(1)))) near = st.Int(0);
  }
  NEWS_ASSIGN_OR_RETURN(Statement source, db.Prepare("SELECT source FROM articles WHERE id = ?"));
  source.Bind(1, near);
  NEWS_ASSIGN_OR_RETURN(bool found, source.Step());
  return found ? Found{near, source.Text(0), "near"} : Found{};
}

// Looks for an already stored copy of `a`; records a new source of it.
StatusOr<WriteOutcome> FindDuplicate(Db& db, const Analysis& a, const ArticleRowKeys& keys) {
  NEWS_ASSIGN_OR_RETURN(Found f, FindExact(db, a, keys.content_hash));
  if (f.id == 0) {
    NEWS_ASSIGN_OR_RETURN(f, FindNear(db, a, keys.simhash));
  }
  WriteOutcome o;
  if (f.id == 0) return o;
  o.kind = WriteOutcome::kDuplicate;
  o.article_id = f.id;
  o.duplicate_kind = f.kind;
  // The same source seen again, as when a folder is ingested twice, adds
  // nothing; another source carrying the article is remembered once.
  if (f.source == a.doc.source) return o;
  NEWS_ASSIGN_OR_RETURN(Statement dup, db.Prepare(
      "INSERT OR IGNORE INTO duplicates (article_id, source, canonical_url, kind, seen_at) VALUES (?,?,?,?,?)"));
  dup.Bind(1, f.id).Bind(2, a.doc.source).BindOptional(3, a.doc.canonical_url).Bind(4, f.kind);
  dup.Bind(5, keys.ingested_at);
  NEWS_RETURN_IF_ERROR(dup.Run());
  return o;
}

}  // namespace

WriteOutcome Store::WriteOne(const Analysis& a, int64_t replace_id, const std::string* stored_body, Batch& b) {
  WriteOutcome o;
  o.error = ArticleWriter::Validate(a);
  if (!o.error.ok()) return o;
  const Document& d = a.doc;
  ArticleRowKeys keys{d.content_hash.empty() ? ContentHash(d.body) : d.content_hash,
                      d.content_hash.empty() ? SimHash(d.body) : d.simhash, b.ingested_at,
                      stored_body && !stored_body->empty() ? stored_body : nullptr};
  StatusOr<std::unique_ptr<Savepoint>> sp = std::unique_ptr<Savepoint>();
  if (b.use_savepoints) sp = Savepoint::Begin(*db_, "article" + std::to_string(++b.savepoints));
  if (!sp.ok()) { o.error = sp.status(); return o; }
  ArticleWriter writer(*db_, *known_rows_, b.added);
  if (replace_id == 0) {
    StatusOr<WriteOutcome> dup = FindDuplicate(*db_, a, keys);
    if (!dup.ok()) o.error = dup.status();
    else if (dup->kind == WriteOutcome::kDuplicate) o = *dup;
    else o.error = writer.Insert(a, keys, &o.article_id);
    if (o.error.ok() && o.kind != WriteOutcome::kDuplicate) o.kind = WriteOutcome::kStored;
  } else {
    o.article_id = replace_id;
    o.error = writer.Replace(replace_id, a, keys);
    if (o.error.ok()) o.kind = WriteOutcome::kUpdated;
  }
  if (o.error.ok() && *sp) o.error = (*sp)->Release();
  if (!o.error.ok()) {  // ~Savepoint rolls back
    o.kind = WriteOutcome::kFailed;
    b.dirty = !b.use_savepoints;
    return o;
  }
  b.added.Merge(writer.added());
  b.rollups.Merge(writer.rollups());
  return o;
}

StatusOr<std::vector<StoredDocument>> Store::DocumentsToReanalyze(const std::string& current_version, bool all,
                                                                  int64_t after_id, int limit) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db_->Prepare(
      "SELECT id, source, url, canonical_url, title, published, date_rule, author, charset, body, fetched_at, "
      "analyzer_version, body_size FROM articles WHERE id > ?1 AND (?2 OR analyzer_version <> ?3) ORDER BY id LIMIT ?4"));
  st.Bind(1, after_id).Bind(2, all ? 1 : 0).Bind(3, current_version).Bind(4, limit);
  std::vector<StoredDocument> out;
  while (true) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) break;
    StoredDocument s;
    s.id = st.Int(0);
    Document& d = s.doc;
    d.source = st.Text(1), d.url = st.Text(2), d.canonical_url = st.Text(3), d.title = st.Text(4);
    d.published = st.Text(5), d.date_rule = st.Text(6), d.author = st.Text(7), d.charset = st.Text(8);
    NEWS_ASSIGN_OR_RETURN(d.body, DecompressBody(st.BlobView(9), st.Int(12)));
    d.fetched_at = st.Text(10);
    s.analyzer_version = st.Text(11);
    out.push_back(std::move(s));
  }
  return out;
}

Status Store::SyncEntities(const std::vector<EntityRecord>& entities, const std::string& lexicon_version) {
  NEWS_ASSIGN_OR_RETURN(auto tx, Transaction::Begin(*db_));
  NEWS_ASSIGN_OR_RETURN(Statement upsert, db_->Prepare(
      // A lexicon without a parent (people: their employer comes from the
      // articles) keeps the stored one, as the article writer does, so that
      // re-running an ingest changes nothing.
      "INSERT INTO entities (key, id, canonical, type, parent, known) "
      "VALUES ((SELECT coalesce(max(key), 0) / 8 + 1 FROM entities) * 8 + ?5, ?1, ?2, ?3, ?4, 1) ON CONFLICT (id) DO UPDATE "
      "SET canonical = excluded.canonical, type = excluded.type, parent = coalesce(excluded.parent, parent), "
      "known = 1 WHERE (canonical, type, coalesce(excluded.parent, parent), known) IS NOT "
      "(excluded.canonical, excluded.type, parent, 1)"));
  NEWS_ASSIGN_OR_RETURN(Statement alias, db_->Prepare(
      "INSERT OR IGNORE INTO aliases (key, entity, alias) VALUES (?, ?, ?)"));
  for (const EntityRecord& e : entities) {
    upsert.Bind(1, e.id).Bind(2, e.canonical).Bind(3, e.type).BindOptional(4, e.parent).Bind(5, EntityTypeCode(e.type));
    NEWS_RETURN_IF_ERROR(upsert.Run());
    std::vector<std::string> names = e.aliases;
    names.push_back(e.canonical);
    for (const std::string& a : names) {
      std::string key = MatchKey(a);
      if (key.empty()) continue;
      alias.Bind(1, key).Bind(2, e.id).Bind(3, a);
      NEWS_RETURN_IF_ERROR(alias.Run());
    }
  }
  // Records from no named lexicon may have changed what a recorded one wrote.
  NEWS_ASSIGN_OR_RETURN(Statement version, db_->Prepare(
      lexicon_version.empty() ? "DELETE FROM lexicon_sync"
                              : "INSERT OR REPLACE INTO lexicon_sync (id, version) VALUES (1, ?)"));
  if (!lexicon_version.empty()) version.Bind(1, lexicon_version);
  NEWS_RETURN_IF_ERROR(version.Run());
  return tx->Commit();
}

StatusOr<bool> Store::EntitiesSyncedFrom(const std::string& lexicon_version) {
  if (lexicon_version.empty()) return false;
  NEWS_ASSIGN_OR_RETURN(Statement st, db_->Prepare("SELECT version = ? FROM lexicon_sync WHERE id = 1"));
  st.Bind(1, lexicon_version);
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  return row && st.Int(0) == 1;
}

StatusOr<int64_t> Store::FindByCanonicalUrl(const std::string& canonical_url) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db_->Prepare("SELECT id FROM articles WHERE canonical_url = ? LIMIT 1"));
  st.Bind(1, canonical_url);
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? st.Int(0) : int64_t{0};
}

StatusOr<int64_t> Store::CountRows(const std::string& table) {
  static const std::set<std::string> kTables = {"articles", "entities", "aliases", "sentences",
                                                "article_entities", "events", "event_entities", "duplicates"};
  if (!kTables.count(table)) return Status(StatusCode::kInvalidArgument, "no table named " + table);
  NEWS_ASSIGN_OR_RETURN(Statement st, db_->Prepare("SELECT count(*) FROM " + table));
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? st.Int(0) : int64_t{0};
}

}  // namespace news
