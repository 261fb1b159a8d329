#include <iostream>

#include "analysis/analysis_json.h"
#include "analysis/analyzer.h"
#include "cli/command.h"
#include "cli/fetch_args.h"
#include "ingest/source_loader.h"
#include "ingest/url.h"

namespace news {

// One article from a file or URL. A feed is refused before any of its items
// is fetched: reading them only to say no cost a request per item, and a
// warning for each broken link.
static StatusOr<Document> LoadArticle(const std::string& source, const Fetcher& fetcher, const FileOptions& files) {
  if (!IsHttpUrl(source)) return LoadFile(source, files);
  NEWS_ASSIGN_OR_RETURN(UrlContent c, FetchUrl(fetcher, source, files.fetch_day));
  if (c.feed)
    return Status(StatusCode::kUnsupported, "is a feed with " + std::to_string(c.feed->items.size()) +
                                                " items; analyze takes one article (use ingest, or analyze an item's link)");
  return std::move(*c.article);
}

static int RunAnalyze(CommandContext& ctx) {
  ParsedArgs a;
  int code;
  if (!ParseOrFail(ctx, WithFetchArgs({{"format", true}, {"pretty", false}}), "analyze", &a, &code)) return code;
  if (a.positional.size() != 1) return Fail(ctx, "analyze", "expects exactly one FILE or URL");
  if (a.Get("format", "json") != "json") return Fail(ctx, "analyze", "--format must be json");
  StatusOr<FetchOptions> fetch = FetchOptionsFromArgs(a);
  if (!fetch.ok()) return Fail(ctx, "analyze", fetch.status().message());
  auto analyzer = Analyzer::Create({ctx.lexicon_dir});
  if (!analyzer.ok()) return Fail(ctx, ctx.lexicon_dir, analyzer.status().message());
  const std::string& source = a.positional[0];
  Fetcher fetcher(*fetch);
  FileOptions files;
  files.max_bytes = fetch->max_bytes;
  StatusOr<Document> doc = LoadArticle(source, fetcher, files);
  if (!doc.ok()) return Fail(ctx, source, doc.status().message(), kExitPartial);
  Analysis result = (*analyzer)->Analyze(std::move(doc).value());
  JsonWriter w(ctx.out, a.Has("pretty"));
  WriteAnalysisJson(w, result);
  ctx.out << '\n';
  return kExitOk;
}

extern const CommandInfo kAnalyzeCommand = {
    "analyze", "the whole analysis of one document as JSON, stored nowhere",
    "usage: newsminer analyze FILE|URL [--format json] [--pretty] [options]\n\n"
    "Prints sentences with tone, entities with mentions, dated events and the\n"
    "research/product tone summary. Offsets are Unicode code points into body.\n\n"
    "Options:\n" NEWSMINER_FETCH_ARGS_USAGE,
    RunAnalyze};

}  // namespace news
