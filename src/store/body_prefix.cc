#include "store/body_prefix.h"

#include <algorithm>

#include "common/utf8.h"
#include "text/match_key.h"

namespace news {

BodyPrefix::BodyPrefix(std::string_view stored, int64_t size) : stored_(stored), negative_(size < 0) {
  size_ = size > 0 ? static_cast<size_t>(size) : 0;
  zlib_ = stored.size() != size_;
  inflated_all_ = !zlib_;
}

BodyPrefix::~BodyPrefix() {
  if (z_open_) inflateEnd(&z_);
}

Status BodyPrefix::Inflate() {
  Status damaged(StatusCode::kDataError, "stored body is not a zlib stream of " + std::to_string(size_) + " bytes");
  if (!z_open_) {
    if (inflateInit(&z_) != Z_OK) return Status(StatusCode::kDataError, "cannot start inflating a stored body");
    z_open_ = true;
    z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stored_.data()));
    z_.avail_in = static_cast<uInt>(stored_.size());
  }
  size_t at = inflated_.size();
  size_t grow = std::min(size_ - at, std::max<size_t>(256, at));  // doubling: few calls for a long body
  inflated_.resize(at + grow);
  z_.next_out = reinterpret_cast<Bytef*>(inflated_.data() + at);
  z_.avail_out = static_cast<uInt>(grow);
  int rc = grow > 0 ? inflate(&z_, Z_NO_FLUSH) : Z_STREAM_END;
  inflated_.resize(inflated_.size() - z_.avail_out);
  if (rc == Z_STREAM_END || inflated_.size() == size_) {
    inflated_all_ = true;
    return rc == Z_STREAM_END && inflated_.size() != size_ ? damaged : Status::Ok();
  }
  return rc == Z_OK ? Status::Ok() : damaged;  // Z_BUF_ERROR: the stream stopped short
}

Status BodyPrefix::Extend(size_t want) {
  if (negative_) return Status(StatusCode::kDataError, "stored body has a negative size");
  while (text_.size() < want) {
    // A UTF-8 sequence is at most 4 bytes: decode only with them all here.
    if (!inflated_all_ && Bytes().size() - pos_ < 4) {
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
