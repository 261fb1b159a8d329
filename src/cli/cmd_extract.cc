#include <iostream>

#include "analysis/analysis_json.h"
#include "cli/command.h"
#include "ingest/file_loader.h"
#include "text/language.h"
#include "text/normalizer.h"

namespace news {

static int RunExtract(CommandContext& ctx) {
  ParsedArgs a;
  int code;
  if (!ParseOrFail(ctx, {}, "extract", &a, &code)) return code;
  if (a.positional.empty()) return Fail(ctx, "extract", "expects at least one FILE or URL");
  int exit_code = kExitOk;
  for (const std::string& source : a.positional) {
    StatusOr<Document> doc = LoadFile(source);
    if (!doc.ok()) { exit_code = Fail(ctx, source, doc.status().message(), kExitPartial); continue; }
    doc->body = NormalizeText(doc->body);
    JsonWriter w(ctx.out);
    WriteDocumentJson(w, *doc, DetectLanguage(doc->body));
    ctx.out << '\n';
  }
  return exit_code;
}

extern const CommandInfo kExtractCommand = {
    "extract", "article text and metadata as JSON Lines",
    "usage: newsminer extract FILE|URL...\n\n"
    "Prints one JSON object per document: source, title, published, author, lang, body.\n",
    RunExtract};

}  // namespace news
