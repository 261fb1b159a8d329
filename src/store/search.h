// Full-text search over stored articles, Chinese included: ranked in bm25
// order (store/fts_rank.h: the same order without bm25's per-row lookups;
// title weighs more than body), each hit with a snippet of the body around
// the first match and the matched spans to highlight. Traditional and
// Simplified match each other (离职 finds 離職), English is case-insensitive
// and unstemmed, two-character and one-character Chinese queries work, and
// "quoted parts" are phrases. See store/fts_text.h for the indexing.
//
//   NEWS_ASSIGN_OR_RETURN(std::vector<SearchHit> hits, Search(store, "離職", {.limit = 20}));
//   for (const SearchHit& h : hits) std::cout << HighlightSnippet(h, "[", "]");
//
// The user's text never reaches FTS syntax unescaped: `"`, `NEAR(`, `*`
// are searched as text (and, holding no letters, match nothing). Not
// thread-safe: uses the Store's connection.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/status.h"

namespace news {

class Store;

struct SearchOptions {
  int64_t limit = 20;         // hits returned
  int64_t offset = 0;         // hits skipped first
  std::string from{}, to{};   // inclusive YYYY-MM-DD bounds on publication (empty: open)
  int snippet_chars = 80;     // snippet length in code points
};

struct SearchHit {
  int64_t article_id = 0;
  std::string title, source, url, published, lang;
  double score = 0;  // relevance (bm25, larger is better)
  std::string snippet;  // plain text; "…" marks a cut
  std::vector<std::pair<int, int>> highlights;  // [begin, end) in code points into snippet
};

// Hits best first. An empty or unsearchable query gives no hits (not an
// error); database errors as kDataError/kBusy.
StatusOr<std::vector<SearchHit>> Search(Store& store, const std::string& query, const SearchOptions& options);

// The snippet with each highlighted span wrapped in open/close.
std::string HighlightSnippet(const SearchHit& hit, const std::string& open, const std::string& close);

// The snippet of `body` around the first occurrence of the query's terms,
// with highlights (what Search() uses; exposed for other views).
void MakeSnippet(const std::string& body, const std::string& query, int chars, std::string* snippet,
                 std::vector<std::pair<int, int>>* highlights);

}  // namespace news
