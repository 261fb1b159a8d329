// What the full-text index sees, and how a user's search becomes an FTS5
// query. Chinese has no spaces, so runs of CJK characters are indexed as
// overlapping character bigrams (研究人員 -> 研究 究人 人员), after the
// Traditional->Simplified and case fold of text/match_key.h; other words
// are indexed whole, case-folded, unstemmed. The last character of every CJK
// run also goes into a separate `tails` column, so that a one-character
// query (a prefix query: bigrams starting with it, or a tail) finds every
// occurrence.
//
//   FtsColumns c = FtsColumnsFor(title, body);   // what to INSERT
//   std::string q = FtsQuery("離職 \"research lab\"");
//   // q == "\"离职\" \"research lab\"" -- every term quoted: user text never
//   // becomes FTS syntax, so `"`, `NEAR(` or `*` are searched as text.
//
// Pure functions, thread-safe. Internal to src/store/, except that ingest
// workers (cli/ingest_pool.h) compute FtsColumnsFor in parallel and hand it
// to BatchWriter::Add, so the single writing thread does not.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace news {

struct FtsColumns {
  std::string title, body, tails;  // space-separated tokens
  // Not index text: the body as articles.body stores it (zlib,
  // store/stored_values.h CompressBody), computed here too so that the
  // ingest workers, not the single writing thread, compress it (~90 us a
  // body, a tenth of the writer's time per article).
  std::string stored_body;
};

FtsColumns FtsColumnsFor(std::string_view title, std::string_view body);

// The FTS5 MATCH expression for a user's search: whitespace-separated parts
// must all match (AND); a part in double quotes is a phrase, and so is a
// part whose pieces are joined by punctuation or a change of script
// ("research-led", "GPT-4o"). Empty when the text holds nothing searchable
// (then nothing matches).
std::string FtsQuery(std::string_view user_text);

// The folded strings a snippet should highlight for `user_text` (CJK runs
// and words as MatchKey gives them), longest first.
std::vector<std::string> FtsHighlightTerms(std::string_view user_text);

// True for the code points indexed as CJK bigrams (Han, kana, Hangul).
bool IsCjk(char32_t cp);

}  // namespace news
