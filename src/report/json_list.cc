#include "report/json_list.h"

namespace news {

void NullableString(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  if (value.empty()) w.Null();
  else w.String(value);
}

void NullableNumber(JsonWriter& w, const char* key, const std::optional<double>& value) {
  w.Key(key);
  if (value) w.Double(*value);
  else w.Null();
}

}  // namespace news
