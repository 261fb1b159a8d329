// A span of a stored article body without inflating all of it: a timeline
// row shows one sentence, most often near the top of its article (the
// evidence sentence, an entity's first mention, an event's sentence), and
// inflating whole bodies was a third of a timeline page's CPU.
//
//   NEWS_ASSIGN_OR_RETURN(std::string sentence, StoredBodySpan(st.BlobView(0), st.Int(1), begin, end));
//
// `stored` and `size` are articles.body and articles.body_size
// (store/stored_values.h: the raw text when the sizes agree, else a zlib
// stream). `begin`/`end` are code points, as sentences store them; the
// result equals substr(body_text, begin + 1, end - begin) in SQL (empty when
// the span lies outside the text). kDataError for a stream that is not
// zlib. Thread-safe (no shared state).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/status.h"

namespace news {

StatusOr<std::string> StoredBodySpan(std::string_view stored, int64_t size, int64_t begin, int64_t end);

// StoredBodySpan for rows read one after another, keeping the last
// article's inflated prefix: a timeline page shows an article's event rows
// and its mention row next to each other (they sort by day, then article),
// about two rows an article, and inflating was a quarter of a page's CPU.
// `id` names the body (articles.id): the same id must mean the same stored
// bytes for the object's life (one query). Not thread-safe.
//
//   BodySpans spans;
//   for (...) NEWS_ASSIGN_OR_RETURN(r.evidence, spans.Span(id, st.BlobView(5), st.Int(6), begin, end));
class BodySpans {
 public:
  StatusOr<std::string> Span(int64_t id, std::string_view stored, int64_t size, int64_t begin, int64_t end);

 private:
  int64_t id_ = -1;
  int64_t covered_ = 0;  // prefix_ holds code points [0, covered_) whole ...
  bool whole_ = false;   // ... or the entire body
  std::string prefix_;
};

}  // namespace news
