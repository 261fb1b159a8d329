// `newsminer ingest`: load, analyse and store articles. The command is glue:
// sources come from ingest/, analysis from analysis/, and batching and
// deduplication live in store/batch_writer.h.
#include <iostream>

#include "analysis/analyzer.h"
#include "cli/command.h"
#include "ingest/file_loader.h"
#include "store/batch_writer.h"
#include "store/store.h"

namespace news {

namespace {

// Recomputes stored articles from their stored bodies: those analysed with
// another lexicon/model version, or all of them.
Status Reanalyze(Store& store, const Analyzer& analyzer, bool all, BatchWriter& writer) {
  int64_t after = 0;
  while (true) {
    NEWS_ASSIGN_OR_RETURN(std::vector<StoredDocument> docs,
                          store.DocumentsToReanalyze(analyzer.version(), all, after, 200));
    if (docs.empty()) break;
    for (StoredDocument& d : docs) {
      after = d.id;
      NEWS_RETURN_IF_ERROR(writer.AddReplacement(d.id, analyzer.Analyze(std::move(d.doc))));
    }
    // Write before reading the next page so a re-analysed article (now at
    // the current version) is not read again.
    NEWS_RETURN_IF_ERROR(writer.Flush());
  }
  return Status::Ok();
}

Status IngestFiles(const std::vector<std::string>& sources, const Analyzer& analyzer, BatchWriter& writer,
                   Diagnostics& diag) {
  for (const std::string& path : ExpandPaths(sources, diag)) {
    StatusOr<Document> doc = LoadFile(path);
    if (!doc.ok()) {
      diag.Error(path, doc.status().message());
      continue;
    }
    NEWS_RETURN_IF_ERROR(writer.Add(analyzer.Analyze(std::move(doc).value())));
  }
  return writer.Flush();
}

void PrintSummary(CommandContext& ctx, const BatchWriter::Counts& c, bool reanalyzed, int load_errors) {
  ctx.out << "ingested " << c.stored << ", duplicate " << c.duplicate << ", failed " << c.failed + load_errors;
  if (reanalyzed) ctx.out << ", reanalyzed " << c.updated;
  ctx.out << '\n';
}

int RunIngest(CommandContext& ctx) {
  ParsedArgs a;
  int code;
  if (!ParseOrFail(ctx, {{"reanalyze", false}, {"all", false}, {"batch", true}}, "ingest", &a, &code)) return code;
  bool reanalyze = a.Has("reanalyze");
  if (a.positional.empty() && !reanalyze) return Fail(ctx, "ingest", "expects at least one SOURCE (see: newsminer ingest --help)");
  if (a.Has("all") && !reanalyze) return Fail(ctx, "ingest", "--all goes with --reanalyze");
  StatusOr<long> batch = ParseCount(a, "batch", 200);
  if (!batch.ok() || *batch == 0) return Fail(ctx, "ingest", batch.ok() ? "--batch must be at least 1" : batch.status().message());

  auto analyzer = Analyzer::Create({ctx.lexicon_dir});
  if (!analyzer.ok()) return Fail(ctx, ctx.lexicon_dir.empty() ? "lexicons" : ctx.lexicon_dir, analyzer.status().message());
  auto store = Store::Open(ctx.db_path);
  if (!store.ok()) return Fail(ctx, ctx.db_path, store.status().message());

  Diagnostics diag;
  BatchWriter writer(**store, {static_cast<size_t>(*batch)}, diag);
  Status s = reanalyze ? Reanalyze(**store, **analyzer, a.Has("all"), writer) : Status::Ok();
  if (s.ok()) s = IngestFiles(a.positional, **analyzer, writer, diag);
  for (const Diagnostic& d : diag.entries()) ctx.err << FormatDiagnostic(d) << '\n';
  if (!s.ok()) return Fail(ctx, ctx.db_path, s.message());
  int load_errors = diag.error_count() - static_cast<int>(writer.counts().failed);
  PrintSummary(ctx, writer.counts(), reanalyze, load_errors);
  return diag.error_count() > 0 ? kExitPartial : kExitOk;
}

}  // namespace

extern const CommandInfo kIngestCommand = {
    "ingest", "store articles from files, directories, URLs and feeds",
    "usage: newsminer ingest [--reanalyze [--all]] [--batch N] SOURCE...\n\n"
    "SOURCE is a file or a directory (recursive). The same article twice is stored\n"
    "once: ingesting a folder again stores nothing new and counts duplicates.\n\n"
    "  --reanalyze   first recompute stored articles analysed with other lexicons\n"
    "  --all         with --reanalyze: recompute every stored article\n"
    "  --batch N     articles per database transaction (default 200)\n\n"
    "Prints one summary line: ingested N, duplicate N, failed N. Exit 1 when some\n"
    "sources failed (each named on stderr), 2 when the database cannot be written.\n",
    RunIngest};

}  // namespace news
