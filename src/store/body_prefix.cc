#include "store/body_prefix.h"

#include "common/utf8.h"
#include "text/match_key.h"

namespace news {

namespace {
size_t SizeOrZero(int64_t size) { return size > 0 ? static_cast<size_t>(size) : 0; }
}  // namespace

BodyPrefix::BodyPrefix(std::string_view stored, int64_t size)
    : stored_(stored), negative_(size < 0), size_(SizeOrZero(size)), z_(stored, SizeOrZero(size)) {
  zlib_ = stored.size() != size_;
}

Status BodyPrefix::Inflate() {
  NEWS_RETURN_IF_ERROR(z_.Step());
  if (z_.ended_short())
    return Status(StatusCode::kDataError, "stored body is not a zlib stream of " + std::to_string(size_) + " bytes");
  return Status::Ok();
}

Status BodyPrefix::Extend(size_t want) {
  if (negative_) return Status(StatusCode::kDataError, "stored body has a negative size");
  while (text_.size() < want) {
    // A UTF-8 sequence is at most 4 bytes: decode only with them all here.
    if (zlib_ && !z_.done() && Bytes().size() - pos_ < 4) {
      NEWS_RETURN_IF_ERROR(Inflate());
      continue;
    }
    std::string_view bytes = Bytes();
    if (pos_ >= bytes.size()) break;
    char32_t c = DecodeUtf8(bytes, &pos_);
    text_.push_back(c);
    folded_.push_back(FoldCodePoint(c));
  }
  return Status::Ok();
}

}  // namespace news
