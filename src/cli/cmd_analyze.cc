#include <iostream>

#include "analysis/analysis_json.h"
#include "analysis/analyzer.h"
#include "cli/command.h"
#include "ingest/file_loader.h"

namespace news {

static int RunAnalyze(CommandContext& ctx) {
  ParsedArgs a;
  int code;
  if (!ParseOrFail(ctx, {{"format", true}, {"pretty", false}}, "analyze", &a, &code)) return code;
  if (a.positional.size() != 1) return Fail(ctx, "analyze", "expects exactly one FILE or URL");
  if (a.Get("format", "json") != "json") return Fail(ctx, "analyze", "--format must be json");
  auto analyzer = Analyzer::Create({ctx.lexicon_dir});
  if (!analyzer.ok()) return Fail(ctx, ctx.lexicon_dir, analyzer.status().message());
  const std::string& source = a.positional[0];
  StatusOr<Document> doc = LoadFile(source);
  if (!doc.ok()) return Fail(ctx, source, doc.status().message(), kExitPartial);
  Analysis result = (*analyzer)->Analyze(std::move(doc).value());
  JsonWriter w(ctx.out, a.Has("pretty"));
  WriteAnalysisJson(w, result);
  ctx.out << '\n';
  return kExitOk;
}

extern const CommandInfo kAnalyzeCommand = {
    "analyze", "the whole analysis of one document as JSON, stored nowhere",
    "usage: newsminer analyze FILE|URL [--format json] [--pretty]\n\n"
    "Prints sentences with tone, entities with mentions, dated events and the\n"
    "research/product tone summary. Offsets are Unicode code points into body.\n",
    RunAnalyze};

}  // namespace news
