// A stored article body decoded only as far as a reader needs, folded as
// MatchKey folds it (one code point for one): a search snippet shows 80
// characters around the first match, most often near the top of the body,
// and inflating, decoding and folding whole bodies for each of 20 hits was
// over a third of a cheap search's CPU.
//
//   BodyPrefix body(st.BlobView(6), st.Int(7));   // articles.body, body_size
//   NEWS_RETURN_IF_ERROR(body.Extend(300));        // at least 300 code points, or all
//   body.text()[i], body.folded()[i], body.complete()
//
// `stored` is the raw text when its length equals `size`, else a zlib stream
// (store/stored_values.h); it must outlive the object. Text decodes exactly
// as DecodeUtf8 over the whole body would (a sequence is decoded only with
// all its bytes at hand). kDataError when the stream is not zlib or ends
// early. Not copyable; one per body.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/status.h"
#include "store/body_inflater.h"

namespace news {

class BodyPrefix {
 public:
  BodyPrefix(std::string_view stored, int64_t size);
  explicit BodyPrefix(std::string_view text) : BodyPrefix(text, static_cast<int64_t>(text.size())) {}
  BodyPrefix(const BodyPrefix&) = delete;
  BodyPrefix& operator=(const BodyPrefix&) = delete;

  // Decodes at least `want` code points, or the whole body.
  Status Extend(size_t want);
  bool complete() const { return (!zlib_ || z_.done()) && pos_ >= Bytes().size(); }
  const std::u32string& text() const { return text_; }
  const std::u32string& folded() const { return folded_; }

 private:
  std::string_view Bytes() const { return zlib_ ? std::string_view(z_.out()) : stored_; }
  Status Inflate();  // the next stretch of the stream

  std::string_view stored_;
  bool negative_ = false;
  size_t size_ = 0;
  bool zlib_ = false;
  BodyInflater z_;  // used when zlib_
  size_t pos_ = 0;  // next byte to decode
  std::u32string text_, folded_;
};

}  // namespace news
