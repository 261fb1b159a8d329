// `newsminer digest`: picks the week (given, or the latest with data),
// loads its rows (store/digest_queries.h), builds the digest
// (report/digest_builder.h) and renders it as Markdown, HTML or JSON to
// stdout or to a file.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/command.h"
#include "common/dates.h"
#include "report/digest_builder.h"
#include "report/digest_html.h"
#include "report/digest_json.h"
#include "report/digest_markdown.h"
#include "report/digest_week.h"
#include "store/digest_queries.h"
#include "store/store.h"

namespace news {

namespace {

const ArgSpec kSpec = {{"week", true}, {"format", true}, {"output", true}, {"tz", true}};

// "-o FILE" is the documented short form of --output.
std::vector<std::string> ExpandShortOptions(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const auto& a : args) out.push_back(a == "-o" ? "--output" : a);
  return out;
}

// The week asked for, or the one holding the latest dated article, or (an
// empty database) the current week.
StatusOr<WeekRange> ChooseWeek(Store& store, const ParsedArgs& a, const TimeZone& tz) {
  if (a.Has("week")) {
    auto week = ParseIsoWeek(a.Get("week"));
    if (!week) return Status(StatusCode::kInvalidArgument, "--week expects an ISO week like 2026-W07, got '" + a.Get("week") + "'");
    return *week;
  }
  NEWS_ASSIGN_OR_RETURN(std::string latest, LatestArticleDay(store));
  auto day = LocalDay(latest, tz);
  return WeekContaining(day ? *day : TodayUtc());
}

std::string Render(const Digest& d, const std::string& format) {
  if (format == "html") return RenderDigestHtml(d);
  if (format == "json") {
    std::ostringstream out;
    RenderDigestJson(d, out);
    return out.str();
  }
  return RenderDigestMarkdown(d);
}

// Writes `text` into an existing file that is not a regular one (a FIFO,
// /dev/stdout, /dev/null) in place.
Status WriteInPlace(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  if (!out || !(out << text) || !out.flush()) return Status(StatusCode::kIoError, "cannot write the file");
  return Status::Ok();
}

// Writes next to the target and renames, so a failed run leaves no half
// file. Only a regular file (or a new one) is replaced that way: renaming
// over a device or a FIFO replaced it (`-o /dev/null` as root turned the
// system's /dev/null into a regular file), and renaming over a symlink
// replaced the link rather than the file it points to.
Status WriteOutput(const std::string& path, const std::string& text) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);  // follows symlinks
  if (fs::is_directory(st)) return Status(StatusCode::kInvalidArgument, "is a directory");
  if (fs::exists(st) && !fs::is_regular_file(st)) return WriteInPlace(path, text);
  std::string target = path;
  if (fs::is_symlink(fs::symlink_status(path, ec))) {
    fs::path real = fs::canonical(path, ec);
    if (!ec) target = real.string();
  }
  std::string tmp = target + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out || !(out << text) || !out.flush()) {
      std::remove(tmp.c_str());
      return Status(StatusCode::kIoError, "cannot write the file");
    }
  }
  if (std::rename(tmp.c_str(), target.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status(StatusCode::kIoError, "cannot replace the file");
  }
  return Status::Ok();
}

int RunDigest(CommandContext& ctx) {
  ctx.args = ExpandShortOptions(ctx.args);
  ParsedArgs a;
  int code;
  if (!ParseOrFail(ctx, kSpec, "digest", &a, &code)) return code;
  if (!a.positional.empty()) return Fail(ctx, "digest", "unexpected argument '" + a.positional[0] + "'");
  std::string format = a.Get("format", "md");
  if (format == "markdown") format = "md";
  if (format != "md" && format != "html" && format != "json")
    return Fail(ctx, "digest", "--format must be md, html or json, got '" + format + "'");
  auto tz = ParseTimeZone(a.Get("tz", "UTC"));
  if (!tz.ok()) return Fail(ctx, "digest", "--tz: " + tz.status().message());
  auto store = Store::Open(ctx.db_path, {.create = false, .read_only = true});
  if (!store.ok()) return Fail(ctx, ctx.db_path, store.status().message());
  auto week = ChooseWeek(**store, a, *tz);
  if (!week.ok()) return Fail(ctx, "digest", week.status().message(), week.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitPartial);
  DigestWindow window = MakeDigestWindow(*week);
  auto rows = LoadDigestRows(**store, MakeDigestQuery(window, *tz));
  if (!rows.ok()) return Fail(ctx, ctx.db_path, rows.status().message());
  std::string text = Render(BuildDigest(*rows, window, *tz, {}), format);
  if (!a.Has("output")) {
    ctx.out << text;
    return kExitOk;
  }
  if (Status s = WriteOutput(a.Get("output"), text); !s.ok()) return Fail(ctx, a.Get("output"), s.message());
  return kExitOk;
}

}  // namespace

extern const CommandInfo kDigestCommand = {
    "digest", "the weekly digest report",
    "usage: newsminer digest [--week 2026-W07] [--format md|html|json] [-o FILE] [--tz ZONE]\n\n"
    "The weekly digest: the week's volume against the four weeks before, top\n"
    "stories grouped across languages with a one-sentence summary each, the\n"
    "week's events, talent flow, research vs product tone per organisation\n"
    "with a 12-week trend, and the entities that rose, fell or appeared.\n\n"
    "  --week YYYY-Www   ISO week, Monday to Sunday (default: the latest week with articles)\n"
    "  --format F        md (default; GitHub Markdown that also reads in a terminal),\n"
    "                    html (one self-contained page) or json\n"
    "  -o, --output FILE write there instead of stdout\n"
    "  --tz ZONE         UTC (default) or an offset like +08:00; moves timestamps to\n"
    "                    local days (publication dates without a time stay as they are)\n\n"
    "A week without articles prints a digest that says so and exits 0.\n",
    RunDigest};

}  // namespace news
