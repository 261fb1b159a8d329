// The JSON shape shared by the streaming list outputs (`timeline`,
// `entities`): {"<key>": [ ...one object per row... ], "count": N}, written
// row by row so memory does not grow with the number of rows.
//
//   JsonRowList list(std::cout, /*pretty=*/false, "rows");
//   list.Begin();
//   list.Row([&](JsonWriter& w) { WriteTimelineRowJson(w, r); });  // one whole value
//   list.End();
#pragma once

#include <ostream>
#include <string>

#include "common/json.h"

namespace news {

class JsonRowList {
 public:
  JsonRowList(std::ostream& out, bool pretty, const char* key) : out_(out), w_(out, pretty), key_(key) {}

  void Begin() {
    w_.BeginObject();
    w_.Key(key_);
    w_.BeginArray();
  }
  // `write` writes one row, a whole JSON value.
  template <typename Write>
  void Row(Write&& write) {
    ++count_;
    write(w_);
  }
  void End() {
    w_.EndArray();
    w_.Key("count");
    w_.Int(count_);
    w_.EndObject();
    out_ << '\n';
  }

 private:
  std::ostream& out_;
  JsonWriter w_;
  const char* key_;
  long long count_ = 0;
};

}  // namespace news
