// The ranking function of full-text search: `newsminer_rank(article_fts,
// w_title, w_body, w_tails)`, an FTS5 auxiliary function registered on
// every Store connection. It orders rows exactly as FTS5's built-in
// bm25(article_fts, w_title, w_body, w_tails) does (same formula, k1 = 1.2,
// b = 0.75, weighted phrase counts, document length over the average) and
// returns the same kind of value: lower is better, negative for a match.
//
// Why not bm25() itself: bm25 first scans every row that matches each
// phrase to count them (the inverse document frequency), once per query,
// before scoring; a frequent Chinese bigram such as 研究 matches most of
// the corpus, so that scan alone was a third of a search. With a single
// phrase the IDF is one positive constant that cannot change the order, so
// newsminer_rank skips the scan (the score is then bm25 / IDF); with
// several phrases it counts them like bm25 does.
//
//   RegisterFtsRank(db);   // Store::Open does it
//   SELECT rowid FROM article_fts WHERE article_fts MATCH ?
//     ORDER BY newsminer_rank(article_fts, 3.0, 1.0, 0.5) LIMIT 20;
//
// `newsminer_top(article_fts, ?)` ranks a whole one-phrase query in one
// call, with the same scores: bound to an FtsTopRequest (sqlite3_bind_pointer,
// type kFtsTopPointer) and called on the first row of
//   SELECT newsminer_top(article_fts, ?2) FROM article_fts WHERE article_fts MATCH ?1 LIMIT 1
// it walks every matching row inside FTS5 (xQueryPhrase) and keeps the best
// `count` in a heap, instead of returning each row's score through the SQL
// engine into a sorter: for 研究, in 68,000 of 88,000 articles, that loop
// was half of a search. Several phrases (an AND, as FtsQuery writes them)
// are walked one after the other, each counted for its IDF as bm25 does.
// It returns 1 (0 only from an older build: rank row by row then).
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "common/status.h"

namespace news {

class Db;

Status RegisterFtsRank(Db& db);

inline constexpr const char* kFtsTopPointer = "newsminer_top_request";

struct FtsTopHit {
  int64_t rowid = 0;
  double score = 0;  // bm25 / IDF, larger is better (newsminer_rank's value negated)
};

struct FtsTopRequest {
  int64_t count = 20;                     // hits kept
  std::vector<double> weights;            // per column (title, body, tails)
  std::function<bool(int64_t)> keep;      // rows to consider (empty: all)
  std::vector<FtsTopHit> hits;            // out: best first; ties by rowid
};

}  // namespace news
