// `newsminer extract FILE|URL...`: the article text and metadata of each
// document as JSON Lines (a feed URL gives one line per item).
#include <iostream>

#include "analysis/analysis_json.h"
#include "cli/command.h"
#include "cli/fetch_args.h"
#include "ingest/source_loader.h"
#include "text/language.h"
#include "text/normalizer.h"

namespace news {

static int RunExtract(CommandContext& ctx) {
  ParsedArgs a;
  int code;
  if (!ParseOrFail(ctx, WithFetchArgs({}), "extract", &a, &code)) return code;
  if (a.positional.empty()) return Fail(ctx, "extract", "expects at least one FILE or URL");
  StatusOr<FetchOptions> fetch = FetchOptionsFromArgs(a);
  if (!fetch.ok()) return Fail(ctx, "extract", fetch.status().message());
  Fetcher fetcher(*fetch);
  FileOptions files;
  files.max_bytes = fetch->max_bytes;
  int exit_code = kExitOk;
  for (const std::string& source : a.positional) {
    for (SourceDocument& sd : LoadSourceDocuments(source, fetcher, files)) {
      if (!sd.doc.ok()) { exit_code = Fail(ctx, sd.source, sd.doc.status().message(), kExitPartial); continue; }
      Document& doc = *sd.doc;
      doc.body = NormalizeText(doc.body);
      doc.title = NormalizeText(doc.title);
      JsonWriter w(ctx.out);
      WriteDocumentJson(w, doc, DetectLanguage(doc.body));
      ctx.out << '\n';
    }
  }
  return exit_code;
}

extern const CommandInfo kExtractCommand = {
    "extract", "article text and metadata as JSON Lines",
    "usage: newsminer extract [options] FILE|URL...\n\n"
    "Prints one JSON object per document: source, title, published, author, lang,\n"
    "body (paragraphs separated by newlines), plus url, canonical_url, charset and\n"
    "date_rule (which rule found the date) when known. A feed URL prints its items.\n\n"
    "Options:\n" NEWSMINER_FETCH_ARGS_USAGE,
    RunExtract};

}  // namespace news
