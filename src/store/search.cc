#include "store/search.h"

#include <algorithm>
#include <optional>

#include "common/utf8.h"
#include "store/body_prefix.h"
#include "store/fts_rank.h"
#include "store/fts_text.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "text/match_key.h"

namespace news {

namespace {

std::u32string Decode(std::string_view s) {
  std::u32string out;
  size_t pos = 0;
  while (pos < s.size()) out.push_back(DecodeUtf8(s, &pos));
  return out;
}

std::string Encode(const std::u32string& s, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end && i < s.size(); ++i) AppendUtf8(out, s[i]);
  return out;
}

bool IsAsciiAlnum(char32_t c) { return c < 0x80 && std::isalnum(static_cast<int>(c)); }

// Whether `term` at `at` in `text` is a match: ASCII words only at word
// boundaries, so "ai" does not light up inside "said". The caller knows the
// code point after the term (it is decoded, or the text ends there).
bool IsMatch(const std::u32string& text, const std::u32string& term, size_t at) {
  bool word = IsAsciiAlnum(term.front()) && IsAsciiAlnum(term.back());
  return !word || !((at > 0 && IsAsciiAlnum(text[at - 1])) ||
                    (at + term.size() < text.size() && IsAsciiAlnum(text[at + term.size()])));
}

// Occurrences of `term` in `text`.
std::vector<size_t> FindAll(const std::u32string& text, const std::u32string& term) {
  std::vector<size_t> out;
  for (size_t at = text.find(term); at != std::u32string::npos; at = text.find(term, at + 1))
    if (IsMatch(text, term, at)) out.push_back(at);
  return out;
}

// The first match of any term in the whole body (0 when none), decoding
// no more than needed: a match at p is known to be the first once every
// term that could start at or before p (and the code point after it) is
// decoded.
StatusOr<size_t> FirstMatch(BodyPrefix& body, const std::vector<std::u32string>& terms, size_t longest) {
  for (size_t want = 64;; want *= 2) {
    NEWS_RETURN_IF_ERROR(body.Extend(want));
    const std::u32string& folded = body.folded();
    size_t first = std::u32string::npos;
    for (const std::u32string& term : terms)
      for (size_t at = folded.find(term); at < first; at = folded.find(term, at + 1)) {
        if (!body.complete() && at + term.size() >= folded.size()) break;  // the next code point is not decoded yet
        if (IsMatch(folded, term, at)) first = at;
      }
    if (body.complete()) return first == std::u32string::npos ? 0 : first;
    if (first != std::u32string::npos && first + longest < folded.size()) return first;
  }
}

// MakeSnippet over a body decoded as far as needed.
Status Snippet(BodyPrefix& prefix, const std::string& query, int chars, std::string* snippet,
               std::vector<std::pair<int, int>>* highlights) {
  std::vector<std::u32string> terms;  // longest first
  size_t longest = 0;
  for (const std::string& t : FtsHighlightTerms(query))
    if (!t.empty()) terms.push_back(Decode(t)), longest = std::max(longest, terms.back().size());
  NEWS_ASSIGN_OR_RETURN(size_t first, FirstMatch(prefix, terms, longest));
  size_t n = static_cast<size_t>(std::max(chars, 10));
  size_t start = first > n / 4 ? first - n / 4 : 0;
  // Decoded past the window by the longest term and one code point, so the
  // window's matches and their word boundaries are all known; a body that
  // ends sooner is decoded whole and the window may move back.
  NEWS_RETURN_IF_ERROR(prefix.Extend(start + n + longest + 1));
  const std::u32string& text = prefix.text();
  size_t end = std::min(text.size(), start + n);
  if (prefix.complete() && end == text.size()) start = end > n ? end - n : 0;
  // Keep non-overlapping spans inside the window, longest terms winning.
  std::vector<std::pair<size_t, size_t>> kept;
  for (const std::u32string& term : terms)
    for (size_t at : FindAll(prefix.folded(), term)) {
      std::pair<size_t, size_t> s(at, at + term.size());
      if (s.first < start || s.second > end) continue;
      bool overlaps = std::any_of(kept.begin(), kept.end(),
                                  [&](const auto& k) { return s.first < k.second && k.first < s.second; });
      if (!overlaps) kept.push_back(s);
    }
  std::sort(kept.begin(), kept.end());
  std::string lead = start > 0 ? "…" : "";
  *snippet = lead + Encode(text, start, end) + (end < text.size() ? "…" : "");
  highlights->clear();
  int shift = start > 0 ? 1 : 0;  // the leading ellipsis is one code point
  for (const auto& k : kept)
    highlights->emplace_back(static_cast<int>(k.first - start) + shift, static_cast<int>(k.second - start) + shift);
  return Status::Ok();
}

}  // namespace

void MakeSnippet(const std::string& body, const std::string& query, int chars, std::string* snippet,
                 std::vector<std::pair<int, int>>* highlights) {
  BodyPrefix prefix{std::string_view(body)};
  Status st = Snippet(prefix, query, chars, snippet, highlights);  // plain text: decoding cannot fail
  (void)st;
}

std::string HighlightSnippet(const SearchHit& hit, const std::string& open, const std::string& close) {
  std::u32string text = Decode(hit.snippet);
  std::string out;
  size_t at = 0;
  for (const auto& [b, e] : hit.highlights) {
    out += Encode(text, at, b) + open + Encode(text, b, e) + close;
    at = e;
  }
  return out + Encode(text, at, text.size());
}

namespace {

constexpr double kTitleWeight = 3.0, kBodyWeight = 1.0, kTailsWeight = 0.5;

// Columns: id, title, source, url, published, lang, body, body_size (the
// stored body: a snippet inflates only what it shows).
StatusOr<SearchHit> ReadHit(const Statement& st, const std::string& query, const SearchOptions& o, double score) {
  SearchHit h;
  h.article_id = st.Int(0);
  h.title = st.Text(1), h.source = st.Text(2), h.url = st.Text(3), h.published = st.Text(4), h.lang = st.Text(5);
  h.score = score;
  BodyPrefix body(st.BlobView(6), st.Int(7));
  NEWS_RETURN_IF_ERROR(Snippet(body, query, o.snippet_chars, &h.snippet, &h.highlights));
  return h;
}

// The articles published in [from, to], by id, for a dated search.
StatusOr<std::vector<bool>> ArticlesInRange(Db& db, const SearchOptions& o) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare("SELECT id FROM articles WHERE sort_day BETWEEN ?1 AND ?2"));
  st.Bind(1, o.from.empty() ? std::string("0000") : o.from).Bind(2, o.to.empty() ? std::string("9999") : o.to);
  std::vector<bool> in;
  while (true) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return in;
    int64_t id = st.Int(0);
    if (id < 0 || id > (int64_t{1} << 32)) continue;
    if (static_cast<size_t>(id) >= in.size()) in.resize(static_cast<size_t>(id) + 1, false);
    in[static_cast<size_t>(id)] = true;
  }
}

// newsminer_top ranks every matching row in one call (store/fts_rank.h);
// nullopt when it declines and the caller ranks row by row.
StatusOr<std::optional<std::vector<SearchHit>>> SearchOnePhrase(Db& db, const std::string& match,
                                                                const std::string& query, const SearchOptions& o) {
  FtsTopRequest request;
  request.count = o.limit + o.offset;
  request.weights = {kTitleWeight, kBodyWeight, kTailsWeight};
  std::vector<bool> in_range;
  if (!o.from.empty() || !o.to.empty()) {
    NEWS_ASSIGN_OR_RETURN(in_range, ArticlesInRange(db, o));
    request.keep = [&in_range](int64_t id) { return id >= 0 && static_cast<size_t>(id) < in_range.size() && in_range[static_cast<size_t>(id)]; };
  }
  {
    NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
        "SELECT newsminer_top(article_fts, ?2) FROM article_fts WHERE article_fts MATCH ?1 LIMIT 1"));
    st.Bind(1, match);
    st.BindPointer(2, &request, kFtsTopPointer);
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (row && st.Int(0) == 0) return std::optional<std::vector<SearchHit>>();
  }
  std::vector<SearchHit> hits;
  for (size_t i = static_cast<size_t>(o.offset); i < request.hits.size(); ++i) {
    NEWS_ASSIGN_OR_RETURN(Statement article, db.Prepare(
        "SELECT id, title, source, url, published, lang, body, body_size FROM articles WHERE id = ?"));
    article.Bind(1, request.hits[i].rowid);
    NEWS_ASSIGN_OR_RETURN(bool row, article.Step());
    if (!row) continue;
    NEWS_ASSIGN_OR_RETURN(SearchHit hit, ReadHit(article, query, o, request.hits[i].score));
    hits.push_back(std::move(hit));
  }
  return std::optional<std::vector<SearchHit>>(std::move(hits));
}

}  // namespace

StatusOr<std::vector<SearchHit>> Search(Store& store, const std::string& query, const SearchOptions& o) {
  std::vector<SearchHit> hits;
  std::string match = FtsQuery(query);
  if (match.empty() || o.limit == 0) return hits;
  if (o.limit > 0) {
    NEWS_ASSIGN_OR_RETURN(std::optional<std::vector<SearchHit>> top, SearchOnePhrase(store.db(), match, query, o));
    if (top) return std::move(*top);
  }
  bool dated = !o.from.empty() || !o.to.empty();
  std::string inner = "SELECT rowid, newsminer_rank(article_fts, 3.0, 1.0, 0.5) AS score FROM article_fts "
                      "WHERE article_fts MATCH ?1";
  if (dated) inner += " AND rowid IN (SELECT id FROM articles WHERE sort_day BETWEEN ?4 AND ?5)";
  inner += " ORDER BY score LIMIT ?2 OFFSET ?3";
  NEWS_ASSIGN_OR_RETURN(Statement st, store.db().Prepare(
      "SELECT a.id, a.title, a.source, a.url, a.published, a.lang, a.body, a.body_size, f.score "
      "FROM (" + inner +
      ") f JOIN articles a ON a.id = f.rowid ORDER BY f.score, a.id"));
  st.Bind(1, match).Bind(2, o.limit < 0 ? int64_t{-1} : o.limit).Bind(3, o.offset);
  if (dated) st.Bind(4, o.from.empty() ? std::string("0000") : o.from).Bind(5, o.to.empty() ? std::string("9999") : o.to);
  while (true) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return hits;
    NEWS_ASSIGN_OR_RETURN(SearchHit hit, ReadHit(st, query, o, -st.Double(8)));
    hits.push_back(std::move(hit));
  }
}

}  // namespace news
