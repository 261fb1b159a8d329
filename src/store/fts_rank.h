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
#pragma once

#include "common/status.h"

namespace news {

class Db;

Status RegisterFtsRank(Db& db);

}  // namespace news
