// A zlib-stored article body inflated a stretch at a time (256, 512, 1024 …
// bytes): search snippets and timeline evidence read a few sentences, most
// often near the top, and inflating whole bodies was a third of their CPU.
// The one step-wise inflater both readers share.
//
//   BodyInflater z(stored, size);          // articles.body, body_size
//   while (!z.done() && NeedMore(z.out())) NEWS_RETURN_IF_ERROR(z.Step());
//
// `stream` must outlive the object. Step() fails with kDataError when the
// stream is not zlib or breaks off (and again if called again); a stream
// that ends cleanly before `size` bytes is done() with ended_short() set,
// for the caller to judge. Not copyable; one per body.
#pragma once

#include <zlib.h>

#include <string>
#include <string_view>

#include "common/status.h"

namespace news {

class BodyInflater {
 public:
  BodyInflater(std::string_view stream, size_t size) : stream_(stream), size_(size) {}
  ~BodyInflater();
  BodyInflater(const BodyInflater&) = delete;
  BodyInflater& operator=(const BodyInflater&) = delete;

  // Appends the next stretch of the body to out().
  Status Step();
  bool done() const { return done_; }
  bool ended_short() const { return done_ && out_.size() != size_; }
  std::string& out() { return out_; }
  const std::string& out() const { return out_; }

 private:
  std::string_view stream_;
  size_t size_;
  bool open_ = false, done_ = false;
  z_stream z_{};
  std::string out_;
};

}  // namespace news
