#include "server/api_backend.h"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <sstream>

#include "server/api_handlers.h"
#include "server/connection_pool.h"
#include "server/query_params.h"
#include "store/store.h"
#include "store/timeline_query.h"

namespace news {
namespace {

// How long a request waits for a free connection before answering 503.
constexpr std::chrono::milliseconds kConnectionWait{3000};

class StoreBackend : public ApiBackend {
 public:
  StoreBackend(const std::string& db_path, size_t connections)
      : pool_(connections, [db_path]() -> StatusOr<std::unique_ptr<Store>> {
          Store::Options o;
          o.create = false;
          o.busy_timeout_ms = 2000;  // a reader waits briefly, then the API says 503
          o.mmap_mib = 4096;         // long-lived readers: pages from the map, not read()
          o.read_only = true;        // queries only; Create() migrated the file
          return Store::Open(db_path, o);
        }) {}

  std::optional<ApiResponse> Handle(const ApiRequest& req) override {
    std::optional<Route> route = Match(req.path);
    if (!route) return std::nullopt;
    StatusOr<ConnectionPool<Store>::Lease> lease = pool_.Acquire(kConnectionWait);
    if (!lease.ok()) return ErrorFromStatus(lease.status());
    Store& store = **lease;
    switch (route->kind) {
      case Kind::kStats: return HandleStats(store, req);
      case Kind::kTimeline: return HandleTimeline(store, req);
      case Kind::kSearch: return HandleSearch(store, req);
      case Kind::kEntities: return HandleEntities(store, req);
      case Kind::kEntity: return HandleEntity(store, req, route->arg);
      case Kind::kArticle: return HandleArticle(store, req, route->arg);
      case Kind::kDigest: return HandleDigest(store, req);
    }
    return std::nullopt;
  }

 private:
  enum class Kind { kStats, kTimeline, kSearch, kEntities, kEntity, kArticle, kDigest };
  struct Route {
    Kind kind;
    std::string arg;  // the {name} or {id} path segment
  };

  static std::optional<Route> Match(const std::string& path) {
    static const std::pair<const char*, Kind> kExact[] = {
        {"/api/stats", Kind::kStats},       {"/api/timeline", Kind::kTimeline}, {"/api/search", Kind::kSearch},
        {"/api/entities", Kind::kEntities}, {"/api/digest", Kind::kDigest},
    };
    for (const auto& [p, kind] : kExact)
      if (path == p) return Route{kind, ""};
    static const std::pair<std::string_view, Kind> kPrefix[] = {{"/api/entities/", Kind::kEntity},
                                                                 {"/api/articles/", Kind::kArticle}};
    for (const auto& [prefix, kind] : kPrefix)
      if (path.size() > prefix.size() && path.compare(0, prefix.size(), prefix) == 0)
        return Route{kind, path.substr(prefix.size())};
    return std::nullopt;
  }

  ConnectionPool<Store> pool_;
};

// Both the read-write and the read-only open failed. For a file this
// process may not write, the read-write error is only "attempt to write a
// readonly database": the read-only open's error says what is wrong with
// the file itself (a schema too old to read without migrating, not SQLite).
// Otherwise the read-write error is the first cause and stands.
Status CauseOfBothFailures(const std::string& db_path, const Status& read_write, const Status& read_only) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(db_path, ec)) return read_write;
  fs::path dir = fs::path(db_path).has_parent_path() ? fs::path(db_path).parent_path() : fs::path(".");
  bool writable = ::access(db_path.c_str(), W_OK) == 0 && ::access(dir.c_str(), W_OK) == 0;
  return writable ? read_write : read_only;
}

}  // namespace

StatusOr<std::unique_ptr<ApiBackend>> ApiBackend::Create(const std::string& db_path, size_t connections) {
  // Creates the file and brings its schema up to date once, so the readers
  // never race to migrate and the page works on a fresh install.
  // A file this process may only read is served read-only (POST /api/ingest
  // then fails on its own), provided its schema is current.
  StatusOr<std::unique_ptr<Store>> first = Store::Open(db_path);
  if (!first.ok()) {
    Store::Options read_only;
    read_only.read_only = true;
    StatusOr<std::unique_ptr<Store>> reader = Store::Open(db_path, read_only);
    if (!reader.ok()) return CauseOfBothFailures(db_path, first.status(), reader.status());
  }
  return std::unique_ptr<ApiBackend>(new StoreBackend(db_path, connections));
}

void WriteEntityRef(JsonWriter& w, const EntityRef& e) {
  w.BeginObject();
  WriteEntityRefFields(w, e);
  w.EndObject();
}

void WriteEntityRefFields(JsonWriter& w, const EntityRef& e) {
  w.Key("id"); w.String(e.id);
  w.Key("name"); w.String(e.canonical);
  w.Key("type"); w.String(e.type);
}

void WriteArticleRef(JsonWriter& w, int64_t id, const std::string& title, const std::string& source,
                     const std::string& url, const std::string& published, const std::string& lang) {
  w.BeginObject();
  w.Key("id"); w.Int(id);
  w.Key("title"); w.String(title);
  w.Key("source"); w.String(source);
  w.Key("url"); w.String(url);
  NullableString(w, "published", published);
  w.Key("lang"); w.String(lang);
  w.EndObject();
}

}  // namespace news
