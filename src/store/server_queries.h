// Queries only the web server needs: the ISO weeks that have articles, for
// the digest page's week picker (the rest of the page's figures come from
// store/article_queries.h GetStats).
//
//   NEWS_ASSIGN_OR_RETURN(std::vector<std::string> weeks, ArticleWeeks(store));
//
// Fails with the store's kDataError/kBusy when SQLite does; never writes.
// Not thread-safe: uses the Store's connection.
#pragma once

#include <string>
#include <vector>

#include "common/status.h"

namespace news {

class Store;

// Distinct ISO weeks (YYYY-Www) of dated articles, oldest first.
StatusOr<std::vector<std::string>> ArticleWeeks(Store& store);

}  // namespace news
