// The "feeds seen" memory: which items of which RSS/Atom feed have already
// been ingested (stored, or recognised as duplicates), so that the next run
// of `ingest FEED_URL` fetches only new items. Items that failed are not
// remembered and are tried again next time.
//
//   NEWS_ASSIGN_OR_RETURN(bool seen, FeedItemSeen(store, feed_url, item.id));
//   if (!seen) ... fetch, analyse, store ...; MarkFeedItemsSeen(store, feed_url, {item.id});
//
// Feed URLs are compared in canonical form (ingest/url.h). Uses the Store's
// connection: call from the thread that owns the Store.
#pragma once

#include <string>
#include <vector>

#include "common/status.h"
#include "store/store.h"

namespace news {

// kDataError/kBusy when the database cannot be read.
StatusOr<bool> FeedItemSeen(Store& store, const std::string& feed_url, const std::string& item_key);

// Records the items (idempotent), in one transaction.
Status MarkFeedItemsSeen(Store& store, const std::string& feed_url, const std::vector<std::string>& item_keys);

// Items remembered for a feed (for summaries and tests).
StatusOr<int64_t> CountFeedItemsSeen(Store& store, const std::string& feed_url);

}  // namespace news
