// `newsminer ingest`: load, analyse and store articles. The command is glue:
// sources come from ingest/ (files, URLs, feeds), loading and analysis run
// in parallel in cli/ingest_pool.h, and this thread alone writes through
// store/batch_writer.h (one SQLite writer) and remembers feed items
// (store/feed_state.h).
#include <algorithm>
#include <iostream>
#include <map>
#include <thread>

#include "analysis/analyzer.h"
#include "cli/command.h"
#include "cli/lexicon_sync.h"
#include "cli/fetch_args.h"
#include "cli/ingest_pool.h"
#include "cli/progress.h"
#include "ingest/file_loader.h"
#include "ingest/url.h"
#include "store/batch_writer.h"
#include "store/feed_state.h"
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

// One run over the sources: hands tasks to the pool as results come back,
// writes analyses, expands feeds into their new items.
class IngestRun {
 public:
  IngestRun(Store& store, IngestPool& pool, BatchWriter& writer, size_t batch, Diagnostics& diag, Progress& progress)
      : store_(store), pool_(pool), writer_(writer), batch_(batch), diag_(diag), progress_(progress) {}

  Status Run(const std::vector<std::string>& sources) {
    std::vector<std::string> paths;
    for (const std::string& s : sources) {
      if (IsHttpUrl(s)) Queue({IngestTask::kUrl, s, {}, ""});
      else paths.push_back(s);
    }
    for (std::string& p : ExpandPaths(paths, diag_)) Queue({IngestTask::kFile, std::move(p), {}, ""});
    // Room for a whole batch more than the workers hold: while this thread
    // writes a batch (a transaction), the workers go on analysing the next
    // one instead of idling with two results each.
    const size_t max_in_flight = static_cast<size_t>(pool_.jobs()) * 2 + std::min<size_t>(batch_, 500);
    while (!pending_.empty() || pool_.in_flight() > 0) {
      while (!pending_.empty() && static_cast<size_t>(pool_.in_flight()) < max_in_flight) {
        pool_.Submit(std::move(pending_.front()));
        pending_.pop_front();
      }
      NEWS_RETURN_IF_ERROR(Handle(pool_.Take()));
    }
    NEWS_RETURN_IF_ERROR(writer_.Flush());
    return RememberFeedItems();
  }

  int64_t skipped_duplicates() const { return url_duplicates_; }
  int load_failures() const { return load_failures_; }

 private:
  void Queue(IngestTask t) {
    pending_.push_back(std::move(t));
    progress_.AddTotal(1);
  }

  Status Handle(IngestResult r) {
    progress_.Done();
    if (r.feed) return ExpandFeed(r);
    if (!r.note.empty()) diag_.Warning(r.task.source, r.note);
    if (!r.analysis) {
      diag_.Error(r.task.source, r.error.message());
      ++load_failures_;
      return Status::Ok();
    }
    if (r.task.kind == IngestTask::kFeedItem) handed_[r.task.feed_url].push_back({r.task.source, r.task.item.id});
    return writer_.Add(std::move(*r.analysis), std::move(r.fts));
  }

  // Queues the feed's items not ingested before; an item whose link is
  // already stored counts as a duplicate without a fetch.
  Status ExpandFeed(const IngestResult& r) {
    // A feed without one usable item (no link, no content) is a failed
    // source, as `extract` says, not a silent "ingested 0".
    if (r.feed->items.empty()) {
      diag_.Error(r.task.source, r.feed->problem.empty() ? "the feed has no items" : r.feed->problem);
      ++load_failures_;
      return Status::Ok();
    }
    // A feed cut short keeps its complete items; the user hears what was lost.
    if (!r.feed->problem.empty()) diag_.Warning(r.task.source, r.feed->problem);
    for (const FeedItem& item : r.feed->items) {
      NEWS_ASSIGN_OR_RETURN(bool seen, FeedItemSeen(store_, r.feed_url, item.id));
      if (seen) continue;
      if (!item.link.empty()) {
        NEWS_ASSIGN_OR_RETURN(int64_t id, store_.FindByCanonicalUrl(CanonicalizeUrl(item.link)));
        if (id > 0) {
          ++url_duplicates_;
          NEWS_RETURN_IF_ERROR(MarkFeedItemsSeen(store_, r.feed_url, {item.id}));
          continue;
        }
      }
      Queue({IngestTask::kFeedItem, item.link.empty() ? r.feed_url + "#" + item.id : item.link, item, r.feed_url});
    }
    return Status::Ok();
  }

  // Items that were stored or found to be duplicates are remembered; items
  // the store rejected are tried again next run.
  Status RememberFeedItems() {
    std::map<std::string, int> failed_sources;
    for (const Diagnostic& d : diag_.entries())
      if (d.severity == Diagnostic::Severity::kError) ++failed_sources[d.source];
    for (const auto& [feed, items] : handed_) {
      std::vector<std::string> keys;
      for (const auto& [source, key] : items)
        if (!failed_sources.count(source)) keys.push_back(key);
      NEWS_RETURN_IF_ERROR(MarkFeedItemsSeen(store_, feed, keys));
    }
    return Status::Ok();
  }

  Store& store_;
  IngestPool& pool_;
  BatchWriter& writer_;
  size_t batch_;
  Diagnostics& diag_;
  Progress& progress_;
  std::deque<IngestTask> pending_;
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> handed_;  // feed -> (source, item id)
  int64_t url_duplicates_ = 0;
  int load_failures_ = 0;
};

// The kind of a failure, without the detail that makes each message unique
// ("redirect loop at URL", "file too large (N bytes, ...)"), so that the
// summary line counts kinds instead of repeating every URL.
std::string ReasonKind(const std::string& message) {
  std::string kind = message;
  for (const char* cut : {" (", " at http"})
    if (size_t at = kind.find(cut); at != std::string::npos && at > 0) kind.resize(at);
  return kind;
}

// "(HTTP 404 Not Found: 2; empty file: 1)" for the failures in diag.
std::string FailureReasons(const Diagnostics& diag) {
  std::map<std::string, int> by_reason;
  for (const Diagnostic& d : diag.entries())
    if (d.severity == Diagnostic::Severity::kError) ++by_reason[ReasonKind(d.message)];
  std::vector<std::pair<std::string, int>> sorted(by_reason.begin(), by_reason.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string out;
  for (const auto& [reason, n] : sorted) out += (out.empty() ? "" : "; ") + reason + ": " + std::to_string(n);
  return out.empty() ? "" : " (" + out + ")";
}

StatusOr<int> ParseJobs(const ParsedArgs& a) {
  long cores = static_cast<long>(std::max(1u, std::thread::hardware_concurrency()));
  NEWS_ASSIGN_OR_RETURN(long jobs, ParseCount(a, "jobs", cores));
  if (jobs < 1 || jobs > 256) return Status(StatusCode::kInvalidArgument, "--jobs must be between 1 and 256");
  return static_cast<int>(jobs);
}

// The command line's choices, checked.
struct IngestArgs {
  std::vector<std::string> sources;
  bool reanalyze = false;
  bool all = false;
  size_t batch = 1000;
  int jobs = 1;
  FetchOptions fetch;
};

StatusOr<IngestArgs> ReadIngestArgs(const ParsedArgs& a) {
  IngestArgs args;
  args.sources = a.positional;
  args.reanalyze = a.Has("reanalyze");
  args.all = a.Has("all");
  if (args.sources.empty() && !args.reanalyze)
    return Status(StatusCode::kInvalidArgument, "expects at least one SOURCE (see: newsminer ingest --help)");
  if (args.all && !args.reanalyze) return Status(StatusCode::kInvalidArgument, "--all goes with --reanalyze");
  NEWS_ASSIGN_OR_RETURN(long batch, ParseCount(a, "batch", 1000));
  if (batch == 0) return Status(StatusCode::kInvalidArgument, "--batch must be at least 1");
  args.batch = static_cast<size_t>(batch);
  NEWS_ASSIGN_OR_RETURN(args.jobs, ParseJobs(a));
  NEWS_ASSIGN_OR_RETURN(args.fetch, FetchOptionsFromArgs(a));
  return args;
}

// A large cache and large batches: each commit writes every page the batch
// touched, and the random-order index pages are shared by the whole batch
// (200 -> 1,000 articles per commit cut the pages written per article about
// fivefold). Aliases from the lexicons make `timeline --entity` resolve any
// name, even for entities no article has mentioned yet.
StatusOr<std::unique_ptr<Store>> OpenStoreForIngest(const CommandContext& ctx) {
  NEWS_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, Store::Open(ctx.db_path, {.cache_mib = 128}));
  NEWS_RETURN_IF_ERROR(SyncLexiconEntities(*store, ctx.lexicon_dir));
  return store;
}

// Re-analysis (when asked for), then the sources; counts the feed items
// skipped as already stored into *url_duplicates.
Status IngestAll(Store& store, const Analyzer& analyzer, const IngestArgs& args, BatchWriter& writer,
                 Diagnostics& diag, Progress& progress, int64_t* url_duplicates) {
  if (args.reanalyze) NEWS_RETURN_IF_ERROR(Reanalyze(store, analyzer, args.all, writer));
  if (args.sources.empty()) return Status::Ok();
  Fetcher fetcher(args.fetch);
  FileOptions files;
  files.max_bytes = args.fetch.max_bytes;
  IngestPool pool(analyzer, fetcher, files, args.jobs);
  IngestRun run(store, pool, writer, args.batch, diag, progress);
  Status s = run.Run(args.sources);
  *url_duplicates = run.skipped_duplicates();
  return s;
}

// Workers finish in any order; problems are printed in source order.
void PrintProblems(const Diagnostics& diag, std::ostream& err) {
  std::vector<Diagnostic> problems = diag.entries();
  std::stable_sort(problems.begin(), problems.end(), [](const auto& x, const auto& y) { return x.source < y.source; });
  for (const Diagnostic& d : problems) err << FormatDiagnostic(d) << '\n';
}

// "ingested N, duplicate N, failed N[, reanalyzed N] (reasons)".
void PrintSummary(const BatchWriter::Counts& c, int64_t url_duplicates, const Diagnostics& diag, bool reanalyze,
                  std::ostream& out) {
  out << "ingested " << c.stored << ", duplicate " << c.duplicate + url_duplicates << ", failed " << diag.error_count();
  if (reanalyze) out << ", reanalyzed " << c.updated;
  out << FailureReasons(diag) << '\n';
}

int RunIngest(CommandContext& ctx) {
  ParsedArgs a;
  int code;
  ArgSpec spec = WithFetchArgs({{"reanalyze", false}, {"all", false}, {"batch", true}, {"jobs", true}});
  if (!ParseOrFail(ctx, spec, "ingest", &a, &code)) return code;
  StatusOr<IngestArgs> args = ReadIngestArgs(a);
  if (!args.ok()) return Fail(ctx, "ingest", args.status().message());
  auto analyzer = Analyzer::Create({ctx.lexicon_dir});
  if (!analyzer.ok()) return Fail(ctx, ctx.lexicon_dir.empty() ? "lexicons" : ctx.lexicon_dir, analyzer.status().message());
  auto store = OpenStoreForIngest(ctx);
  if (!store.ok()) return Fail(ctx, ctx.db_path, store.status().message());
  Diagnostics diag;
  BatchWriter writer(**store, {args->batch}, diag);
  Progress progress(ctx.err, IsTerminal(ctx.err));
  int64_t url_duplicates = 0;
  Status s = IngestAll(**store, **analyzer, *args, writer, diag, progress, &url_duplicates);
  progress.Finish();
  PrintProblems(diag, ctx.err);
  if (!s.ok()) return Fail(ctx, ctx.db_path, s.message());
  PrintSummary(writer.counts(), url_duplicates, diag, args->reanalyze, ctx.out);
  return diag.error_count() > 0 ? kExitPartial : kExitOk;
}

}  // namespace

extern const CommandInfo kIngestCommand = {
    "ingest", "store articles from files, directories, URLs and feeds",
    "usage: newsminer ingest [options] SOURCE...\n\n"
    "SOURCE is a file, a directory (recursive: .txt .md .html .htm .xhtml and\n"
    "extension-less text files), an http(s) URL of an article, or of an RSS/Atom\n"
    "feed (every item is ingested; items seen by an earlier run are skipped).\n"
    "The same article twice is stored once: an identical body, the same canonical\n"
    "URL, or a near-identical repost counts as a duplicate of the first copy.\n\n"
    "  --jobs N      load and analyse N sources at once (default: CPU cores);\n"
    "                at most 2 requests at a time go to any one host\n"
    "  --reanalyze   first recompute stored articles analysed with other lexicons\n"
    "  --all         with --reanalyze: recompute every stored article\n"
    "  --batch N     articles per database transaction (default 1000)\n"
    NEWSMINER_FETCH_ARGS_USAGE "\n"
    "Shows a progress bar on a terminal (plain lines otherwise) and ends with one\n"
    "summary line: ingested N, duplicate N, failed N (reasons). Exit 1 when some\n"
    "sources failed (each named on stderr), 2 when the database cannot be written.\n",
    RunIngest};

}  // namespace news
