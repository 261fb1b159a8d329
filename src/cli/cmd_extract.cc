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

// DESIGN.md's fields, then what else ingest learned (url, canonical_url,
// charset, the date rule, and a month when the page names no day).
static void WriteExtractJson(std::ostream& out, const Document& d) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("source"); w.String(d.source);
  w.Key("title"); w.String(d.title);
  w.Key("published"); d.published.empty() ? w.Null() : w.String(d.published);
  w.Key("author"); d.author.empty() ? w.Null() : w.String(d.author);
  w.Key("lang"); w.String(DetectLanguage(d.body));
  w.Key("body"); w.String(d.body);
  if (!d.url.empty()) { w.Key("url"); w.String(d.url); }
  if (!d.canonical_url.empty()) { w.Key("canonical_url"); w.String(d.canonical_url); }
  if (!d.charset.empty()) { w.Key("charset"); w.String(d.charset); }
  if (!d.date_rule.empty()) { w.Key("date_rule"); w.String(d.date_rule); }
  if (!d.published_month.empty()) { w.Key("published_month"); w.String(d.published_month); }
  w.EndObject();
  out << '\n';
}

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
    Diagnostics warnings;
    for (SourceDocument& sd : LoadSourceDocuments(source, fetcher, files, &warnings)) {
      if (!sd.doc.ok()) { exit_code = Fail(ctx, sd.source, sd.doc.status().message(), kExitPartial); continue; }
      Document& doc = *sd.doc;
      doc.body = NormalizeText(doc.body);
      doc.title = NormalizeText(doc.title);
      WriteExtractJson(ctx.out, doc);
    }
    for (const Diagnostic& d : warnings.entries()) ctx.err << FormatDiagnostic(d) << '\n';
  }
  return exit_code;
}

extern const CommandInfo kExtractCommand = {
    "extract", "article text and metadata as JSON Lines",
    "usage: newsminer extract [options] FILE|URL...\n\n"
    "Prints one JSON object per document: source, title, published, author, lang,\n"
    "body (paragraphs separated by newlines), plus url, canonical_url, charset and\n"
    "date_rule (which rule found the date) when known, and published_month (YYYY-MM)\n"
    "when the page names a month but no day. A feed URL prints its items.\n\n"
    "Options:\n" NEWSMINER_FETCH_ARGS_USAGE,
    RunExtract};

}  // namespace news
