#include "server/api.h"

#include <charconv>
#include <sstream>

#include "common/json.h"
#include "server/api_backend.h"
#include "server/query_params.h"

namespace news {
namespace {

constexpr std::string_view kJobsPrefix = "/api/jobs/";

void WriteJob(JsonWriter& w, const JobSnapshot& s) {
  w.BeginObject();
  w.Key("id"); w.Int(s.id);
  w.Key("kind"); w.String(s.kind);
  w.Key("source"); w.String(s.source);
  w.Key("state"); w.String(s.state);
  w.Key("total"); s.total < 0 ? w.Null() : w.Int(s.total);
  w.Key("done"); w.Int(s.done);
  w.Key("ingested"); w.Int(s.ingested);
  w.Key("duplicates"); w.Int(s.duplicates);
  w.Key("failed"); w.Int(s.failed);
  w.Key("current"); w.String(s.current);
  w.Key("message"); w.String(s.message);
  w.Key("errors"); w.BeginArray();
  for (const auto& e : s.errors) w.String(e);
  w.EndArray();
  w.Key("elapsed_s"); w.Double(s.elapsed_s, 2);
  w.EndObject();
}

// Only web addresses: a page must not make the server read its own files.
bool IsHttpUrl(const std::string& s) {
  return (s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0) && s.size() > 8 &&
         s.find_first_of(" \t\r\n") == std::string::npos;
}

}  // namespace

Api::Api(Options options) : options_(std::move(options)), jobs_(JobRunner::Options{}) {}
Api::~Api() { Shutdown(); }

StatusOr<std::unique_ptr<Api>> Api::Create(Options options) {
  std::unique_ptr<Api> api(new Api(std::move(options)));
  NEWS_ASSIGN_OR_RETURN(api->backend_, ApiBackend::Create(api->options_.db_path, api->options_.db_connections));
  return api;
}

void Api::Shutdown() { jobs_.Shutdown(); }

ApiResponse Api::Handle(const ApiRequest& req) {
  if (req.path == "/api/ingest") {
    if (req.method != "POST") return JsonError(405, "method_not_allowed", "use POST for /api/ingest");
    return PostIngest(req);
  }
  if (req.method != "GET" && req.method != "HEAD")
    return JsonError(405, "method_not_allowed", req.method + " is not allowed on " + req.path);
  if (req.path == "/api/jobs") return ListJobs(req);
  if (req.path.rfind(kJobsPrefix, 0) == 0) return GetJob(req.path.substr(kJobsPrefix.size()));
  if (std::optional<ApiResponse> r = backend_->Handle(req)) return *r;
  return JsonError(404, "not_found", "no such endpoint: " + req.path);
}

ApiResponse Api::PostIngest(const ApiRequest& req) {
  if (req.body.size() > options_.max_body_bytes)
    return JsonError(413, "too_large", "request body larger than " + std::to_string(options_.max_body_bytes) + " bytes");
  StatusOr<JsonValue> body = ParseJson(req.body);
  if (!body.ok()) return JsonError(400, "bad_json", body.status().message());
  const JsonValue& url = (*body)["url"];
  if (!body->is_object() || !url.is_string() || !IsHttpUrl(url.AsString()))
    return JsonError(400, "bad_request", "expected {\"url\": \"https://...\"} with an http(s) address of an article or feed");
  if (!options_.ingest) return JsonError(503, "unavailable", "this server cannot ingest");
  std::string source = url.AsString();
  IngestWork work = options_.ingest;
  StatusOr<int64_t> id = jobs_.Submit("ingest", source, [work, source](JobContext& ctx) { return work(source, ctx); });
  if (!id.ok()) return ErrorFromStatus(id.status());
  ApiResponse r = GetJob(std::to_string(*id));
  r.status = 202;
  return r;
}

ApiResponse Api::GetJob(const std::string& id_text) {
  int64_t id = 0;
  auto [end, ec] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
  if (id_text.empty() || ec != std::errc() || end != id_text.data() + id_text.size())
    return JsonError(400, "bad_request", "job id must be a number");
  std::optional<JobSnapshot> snap = jobs_.Get(id);
  if (!snap) return JsonError(404, "not_found", "no job " + id_text);
  std::ostringstream out;
  JsonWriter w(out);
  WriteJob(w, *snap);
  return JsonOk(out.str());
}

ApiResponse Api::ListJobs(const ApiRequest& req) {
  QueryParams q(req.params);
  if (Status st = q.AllowOnly({"limit"}); !st.ok()) return ErrorFromStatus(st);
  StatusOr<long> limit = q.Int("limit", 1, 200, 20);
  if (!limit.ok()) return ErrorFromStatus(limit.status());
  std::ostringstream out;
  JsonWriter w(out);
  w.BeginObject();
  w.Key("jobs"); w.BeginArray();
  for (const JobSnapshot& s : jobs_.Recent(*limit)) WriteJob(w, s);
  w.EndArray();
  w.EndObject();
  return JsonOk(out.str());
}

}  // namespace news
