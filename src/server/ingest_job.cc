#include "server/ingest_job.h"

#include <memory>
#include <mutex>

#include "analysis/analyzer.h"
#include "ingest/source_loader.h"
#include "ingest/url.h"
#include "store/feed_state.h"
#include "store/store.h"

namespace news {
namespace {

// The analyzer, loaded once when the first job needs it.
class LazyAnalyzer {
 public:
  explicit LazyAnalyzer(std::string lexicon_dir) : lexicon_dir_(std::move(lexicon_dir)) {}
  StatusOr<const Analyzer*> Get() {
    std::lock_guard<std::mutex> lock(mu_);
    if (!analyzer_) {
      NEWS_ASSIGN_OR_RETURN(analyzer_, Analyzer::Create({lexicon_dir_}));
    }
    return analyzer_.get();
  }

 private:
  std::string lexicon_dir_;
  std::mutex mu_;
  std::unique_ptr<Analyzer> analyzer_;
};

// Analyses and stores one document (one transaction) and reports it.
Status StoreOne(Store& store, const Analyzer& analyzer, Document doc, const std::string& source, JobContext& ctx,
                bool* kept) {
  NEWS_ASSIGN_OR_RETURN(std::vector<WriteOutcome> out, store.WriteAnalyses({analyzer.Analyze(std::move(doc))}));
  const WriteOutcome& o = out.front();
  *kept = o.kind != WriteOutcome::kFailed;
  if (o.kind == WriteOutcome::kFailed) ctx.Item(JobOutcome::kFailed, source, o.error.message());
  else ctx.Item(o.kind == WriteOutcome::kDuplicate ? JobOutcome::kDuplicate : JobOutcome::kIngested, source, "");
  return Status::Ok();
}

// The feed's items that still need fetching; the others are counted now.
StatusOr<std::vector<const FeedItem*>> NewItems(Store& store, const UrlContent& c, JobContext& ctx) {
  std::vector<const FeedItem*> todo;
  for (const FeedItem& item : c.feed->items) {
    NEWS_ASSIGN_OR_RETURN(bool seen, FeedItemSeen(store, c.feed_url, item.id));
    if (seen) {  // ingested by an earlier run: counted so progress adds up to the feed's size
      ctx.Item(JobOutcome::kDuplicate, item.link.empty() ? item.id : item.link, "");
      continue;
    }
    if (!item.link.empty()) {
      NEWS_ASSIGN_OR_RETURN(int64_t id, store.FindByCanonicalUrl(CanonicalizeUrl(item.link)));
      if (id > 0) {
        ctx.Item(JobOutcome::kDuplicate, item.link, "");
        NEWS_RETURN_IF_ERROR(MarkFeedItemsSeen(store, c.feed_url, {item.id}));
        continue;
      }
    }
    todo.push_back(&item);
  }
  return todo;
}

Status IngestFeed(Store& store, const Analyzer& analyzer, const Fetcher& fetcher, const UrlContent& c,
                  JobContext& ctx) {
  if (c.feed->items.empty())
    return Status(StatusCode::kParseError, c.feed->problem.empty() ? "the feed has no items" : c.feed->problem);
  if (!c.feed->problem.empty()) ctx.Warn(c.feed_url, c.feed->problem);
  ctx.SetTotal(static_cast<long>(c.feed->items.size()));
  NEWS_ASSIGN_OR_RETURN(std::vector<const FeedItem*> todo, NewItems(store, c, ctx));
  for (const FeedItem* item : todo) {
    if (ctx.cancelled()) break;  // between articles: nothing is half written
    std::string source = item->link.empty() ? c.feed_url + "#" + item->id : item->link;
    ctx.SetCurrent(source);
    std::string note;
    StatusOr<Document> doc = LoadFeedItem(fetcher, *item, c.feed_url, &note);
    if (!doc.ok()) {
      ctx.Item(JobOutcome::kFailed, source, doc.status().message());
      continue;
    }
    bool kept = false;
    NEWS_RETURN_IF_ERROR(StoreOne(store, analyzer, std::move(*doc), source, ctx, &kept));
    if (kept) NEWS_RETURN_IF_ERROR(MarkFeedItemsSeen(store, c.feed_url, {item->id}));
  }
  return Status::Ok();
}

}  // namespace

IngestWork MakeIngestWork(const std::string& db_path, const std::string& lexicon_dir, const FetchOptions& fetch) {
  auto analyzer = std::make_shared<LazyAnalyzer>(lexicon_dir);
  return [db_path, analyzer, fetch](const std::string& url, JobContext& ctx) -> Status {
    NEWS_ASSIGN_OR_RETURN(const Analyzer* a, analyzer->Get());
    NEWS_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, Store::Open(db_path));
    Fetcher fetcher(fetch);
    ctx.SetCurrent(url);
    NEWS_ASSIGN_OR_RETURN(UrlContent content, FetchUrl(fetcher, url));
    if (content.feed) return IngestFeed(*store, *a, fetcher, content, ctx);
    if (!content.article) return Status(StatusCode::kUnsupported, "neither an article nor a feed");
    ctx.SetTotal(1);
    bool kept = false;
    return StoreOne(*store, *a, std::move(*content.article), url, ctx, &kept);
  };
}

}  // namespace news
