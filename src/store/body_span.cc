#include "store/body_span.h"

#include <algorithm>
#include <utility>

#include "store/body_inflater.h"
#include "store/stored_values.h"

namespace news {

namespace {

bool IsLead(unsigned char c) { return (c & 0xC0) != 0x80; }

// Inflates `stored` until the text holds `end` + 1 code points (so the one
// before `end` is complete) or the stream ends.
StatusOr<std::string> InflatePrefix(std::string_view stored, int64_t size, int64_t end) {
  BodyInflater z(stored, static_cast<size_t>(size));
  int64_t leads = 0;
  while (!z.done() && leads <= end) {
    size_t at = z.out().size();
    NEWS_RETURN_IF_ERROR(z.Step());
    for (size_t i = at; i < z.out().size(); ++i) leads += IsLead(static_cast<unsigned char>(z.out()[i]));
  }
  return std::move(z.out());
}

}  // namespace

StatusOr<std::string> StoredBodySpan(std::string_view stored, int64_t size, int64_t begin, int64_t end) {
  if (size < 0) return Status(StatusCode::kDataError, "stored body has a negative size");
  begin = std::max<int64_t>(begin, 0);
  if (end <= begin) return std::string();
  if (static_cast<uint64_t>(stored.size()) == static_cast<uint64_t>(size)) return CodePointSlicer(stored).Slice(begin, end);
  NEWS_ASSIGN_OR_RETURN(std::string prefix, InflatePrefix(stored, size, end));
  return CodePointSlicer(prefix).Slice(begin, end);
}

StatusOr<std::string> BodySpans::Span(int64_t id, std::string_view stored, int64_t size, int64_t begin,
                                       int64_t end) {
  if (size < 0 || static_cast<uint64_t>(stored.size()) == static_cast<uint64_t>(size))
    return StoredBodySpan(stored, size, begin, end);  // an error, or text stored as is
  begin = std::max<int64_t>(begin, 0);
  if (end <= begin) return std::string();
  if (id != id_ || (!whole_ && end > covered_)) {
    id_ = -1;  // until the new prefix is in
    NEWS_ASSIGN_OR_RETURN(prefix_, InflatePrefix(stored, size, end));
    id_ = id;
    covered_ = end;
    whole_ = prefix_.size() == static_cast<size_t>(size);
  }
  return CodePointSlicer(prefix_).Slice(begin, end);
}

}  // namespace news
