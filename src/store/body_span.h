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

}  // namespace news
