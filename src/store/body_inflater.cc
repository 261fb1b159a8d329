#include "store/body_inflater.h"

#include <algorithm>

namespace news {

BodyInflater::~BodyInflater() {
  if (open_) inflateEnd(&z_);
}

Status BodyInflater::Step() {
  if (done_) return Status::Ok();
  if (!open_) {
    if (inflateInit(&z_) != Z_OK) return Status(StatusCode::kDataError, "cannot start inflating a stored body");
    open_ = true;
    z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stream_.data()));
    z_.avail_in = static_cast<uInt>(stream_.size());
  }
  size_t at = out_.size();
  size_t grow = std::min(size_ - at, std::max<size_t>(256, at));  // doubling: few calls for a long body
  out_.resize(at + grow);
  z_.next_out = reinterpret_cast<Bytef*>(out_.data() + at);
  z_.avail_out = static_cast<uInt>(grow);
  int rc = grow > 0 ? inflate(&z_, Z_NO_FLUSH) : Z_STREAM_END;
  out_.resize(out_.size() - z_.avail_out);
  done_ = rc == Z_STREAM_END || out_.size() == size_;
  if (rc == Z_OK || rc == Z_STREAM_END) return Status::Ok();
  // Z_BUF_ERROR: the stream stopped short; Z_DATA_ERROR: not zlib
  return Status(StatusCode::kDataError, "stored body is not a zlib stream of " + std::to_string(size_) + " bytes");
}

}  // namespace news
