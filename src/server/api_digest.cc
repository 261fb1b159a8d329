// GET /api/digest?week=2026-W07&format=json|html|md: the weekly digest, built
// and rendered by report/ exactly as `newsminer digest` does.
#include <sstream>

#include "report/digest_builder.h"
#include "report/digest_html.h"
#include "report/digest_json.h"
#include "report/digest_markdown.h"
#include "report/digest_week.h"
#include "server/api_handlers.h"
#include "server/query_params.h"
#include "store/digest_queries.h"

namespace news {
namespace {

// The digest's HTML carries its own <style> and inline SVG; it may style
// itself but never run a script, and only this page may frame it.
constexpr const char* kDigestCsp =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; "
    "form-action 'none'";

// The week asked for, else the one holding the latest dated article.
StatusOr<WeekRange> ChooseWeek(Store& store, const std::string& asked, const TimeZone& tz) {
  if (!asked.empty()) return *ParseIsoWeek(asked);  // validated by QueryParams::Week
  NEWS_ASSIGN_OR_RETURN(std::string latest, LatestArticleDay(store));
  std::optional<Day> day = LocalDay(latest, tz);
  return WeekContaining(day ? *day : TodayUtc());
}

}  // namespace

ApiResponse HandleDigest(Store& store, const ApiRequest& req) {
  QueryParams q(req.params);
  if (Status st = q.AllowOnly({"week", "format", "tz"}); !st.ok()) return ErrorFromStatus(st);
  StatusOr<std::string> week = q.Week("week");
  StatusOr<std::string> format = q.OneOf("format", {"json", "html", "md"}, "json");
  StatusOr<std::string> tz_text = q.Text("tz", 16, "UTC");
  for (const Status* st : {&week.status(), &format.status(), &tz_text.status()})
    if (!st->ok()) return ErrorFromStatus(*st);
  StatusOr<TimeZone> tz = ParseTimeZone(*tz_text);
  if (!tz.ok()) return JsonError(400, "bad_request", "parameter 'tz': " + tz.status().message());
  StatusOr<WeekRange> range = ChooseWeek(store, *week, *tz);
  if (!range.ok()) return ErrorFromStatus(range.status());
  DigestWindow window = MakeDigestWindow(*range);
  StatusOr<DigestRows> rows = LoadDigestRows(store, MakeDigestQuery(window, *tz));
  if (!rows.ok()) return ErrorFromStatus(rows.status());
  Digest digest = BuildDigest(*rows, window, *tz, {});
  ApiResponse r;
  if (*format == "html") {
    r.content_type = "text/html; charset=utf-8";
    r.body = RenderDigestHtml(digest);
    r.csp = kDigestCsp;
    r.allow_same_origin_frame = true;
  } else if (*format == "md") {
    r.content_type = "text/markdown; charset=utf-8";
    r.body = RenderDigestMarkdown(digest);
  } else {
    std::ostringstream out;
    RenderDigestJson(digest, out, false);
    r.body = out.str();
  }
  return r;
}

}  // namespace news
