// The JSON shape shared by the streaming list outputs (`timeline`,
// `entities`): {"<key>": [ ...one object per row... ], "count": N}, written
// row by row so memory does not grow with the number of rows, plus the two
// field helpers their rows use (empty string -> null, no value -> null).
//
//   JsonRowList list(std::cout, /*pretty=*/false, "rows");
//   list.Begin();
//   list.Row([&](JsonWriter& w) { WriteTimelineRowJson(w, r); });  // one whole value
//   list.End();
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "common/json.h"

namespace news {

void NullableString(JsonWriter& w, const char* key, const std::string& value);
void NullableNumber(JsonWriter& w, const char* key, const std::optional<double>& value);

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
