#include "store/body_span.h"

#include <zlib.h>

#include <algorithm>

#include "store/stored_values.h"

namespace news {

namespace {

bool IsLead(unsigned char c) { return (c & 0xC0) != 0x80; }

// Inflates `stored` until the text holds `end` + 1 code points (so the one
// before `end` is complete) or the stream ends.
StatusOr<std::string> InflatePrefix(std::string_view stored, int64_t size, int64_t end) {
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return Status(StatusCode::kDataError, "cannot start inflating a stored body");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stored.data()));
  z.avail_in = static_cast<uInt>(stored.size());
  std::string out;
  int64_t leads = 0;
  int rc = Z_OK;
  while (rc == Z_OK && leads <= end && out.size() < static_cast<size_t>(size)) {
    size_t at = out.size();
    out.resize(std::min(static_cast<size_t>(size), at + std::max<size_t>(256, at)));  // 256, 512, 1024, ... bytes
    z.next_out = reinterpret_cast<Bytef*>(out.data() + at);
    z.avail_out = static_cast<uInt>(out.size() - at);
    rc = inflate(&z, Z_NO_FLUSH);
    out.resize(out.size() - z.avail_out);
    for (size_t i = at; i < out.size(); ++i) leads += IsLead(static_cast<unsigned char>(out[i]));
  }
  inflateEnd(&z);
  if (rc != Z_OK && rc != Z_STREAM_END)
    return Status(StatusCode::kDataError, "stored body is not a zlib stream of " + std::to_string(size) + " bytes");
  return out;
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
