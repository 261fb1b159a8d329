// The read-only API handlers, one function per endpoint, each taking a Store
// connection borrowed for the request (api_backend.cc owns the pool and the
// routing). They validate every parameter before touching the database and
// return JSON; library errors become statuses through ErrorFromStatus.
//
//   ApiResponse r = HandleTimeline(store, req);   // GET /api/timeline?entity=OpenAI
//
// Internal to src/server/. Each call uses only its `store`; safe to run in
// parallel on different connections.
#pragma once

#include <optional>
#include <string>

#include "common/json.h"
#include "server/api_types.h"

namespace news {

class Store;
struct EntityRef;
struct TimelineRow;

ApiResponse HandleStats(Store& store, const ApiRequest& req);
ApiResponse HandleTimeline(Store& store, const ApiRequest& req);
ApiResponse HandleSearch(Store& store, const ApiRequest& req);
ApiResponse HandleEntities(Store& store, const ApiRequest& req);
ApiResponse HandleEntity(Store& store, const ApiRequest& req, const std::string& name);
ApiResponse HandleArticle(Store& store, const ApiRequest& req, const std::string& id);
ApiResponse HandleDigest(Store& store, const ApiRequest& req);

// JSON pieces shared by the handlers.
// {"id", "name", "type"}: an entity as every endpoint names it.
void WriteEntityRef(JsonWriter& w, const EntityRef& e);
void WriteEntityRefFields(JsonWriter& w, const EntityRef& e);  // the same, inside an open object
void WriteArticleRef(JsonWriter& w, int64_t id, const std::string& title, const std::string& source,
                     const std::string& url, const std::string& published, const std::string& lang);
void WriteTimelineRow(JsonWriter& w, const TimelineRow& row);

}  // namespace news
