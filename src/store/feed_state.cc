#include "store/feed_state.h"

#include "ingest/decode_document.h"
#include "ingest/url.h"
#include "store/sqlite_db.h"

namespace news {

StatusOr<bool> FeedItemSeen(Store& store, const std::string& feed_url, const std::string& item_key) {
  NEWS_ASSIGN_OR_RETURN(Statement st, store.db().Prepare("SELECT 1 FROM feed_items WHERE feed = ? AND item = ?"));
  st.Bind(1, CanonicalizeUrl(feed_url)).Bind(2, item_key);
  return st.Step();
}

Status MarkFeedItemsSeen(Store& store, const std::string& feed_url, const std::vector<std::string>& item_keys) {
  if (item_keys.empty()) return Status::Ok();
  std::string feed = CanonicalizeUrl(feed_url), now = NowIsoUtc();
  NEWS_ASSIGN_OR_RETURN(std::unique_ptr<Transaction> tx, Transaction::Begin(store.db()));
  for (const std::string& key : item_keys) {
    NEWS_ASSIGN_OR_RETURN(Statement st, store.db().Prepare("INSERT OR IGNORE INTO feed_items(feed, item, seen_at) VALUES (?, ?, ?)"));
    NEWS_RETURN_IF_ERROR(st.Bind(1, feed).Bind(2, key).Bind(3, now).Run());
  }
  return tx->Commit();
}

StatusOr<int64_t> CountFeedItemsSeen(Store& store, const std::string& feed_url) {
  NEWS_ASSIGN_OR_RETURN(Statement st, store.db().Prepare("SELECT count(*) FROM feed_items WHERE feed = ?"));
  st.Bind(1, CanonicalizeUrl(feed_url));
  NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? st.Int(0) : 0;
}

}  // namespace news
