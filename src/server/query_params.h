// Validated access to a request's query parameters. Every API handler names
// the parameters it accepts; anything else, a repeated parameter, text that
// is not UTF-8 or too long, a number out of range or a value outside its set
// is a 400 with a message naming the parameter.
//
//   QueryParams q(params);
//   NEWS_RETURN_IF_ERROR(q.AllowOnly({"entity", "limit"}));
//   NEWS_ASSIGN_OR_RETURN(long limit, q.Int("limit", 1, 500, 50));
//
// A plain value; not shared between threads.
#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/dates.h"
#include "common/status.h"

namespace news {

class QueryParams {
 public:
  // `params` as decoded from the URL; the same name may appear twice.
  explicit QueryParams(std::multimap<std::string, std::string> params) : params_(std::move(params)) {}

  // kInvalidArgument for a name not in `allowed` or given more than once.
  Status AllowOnly(std::initializer_list<std::string_view> allowed) const;

  bool Has(std::string_view name) const { return params_.count(std::string(name)) > 0; }

  // Free text: valid UTF-8, no control characters, at most max_bytes.
  StatusOr<std::string> Text(std::string_view name, size_t max_bytes, std::string fallback = "") const;
  // A whole number in [lo, hi].
  StatusOr<long> Int(std::string_view name, long lo, long hi, long fallback) const;
  // One of `choices` (exact match).
  StatusOr<std::string> OneOf(std::string_view name, std::initializer_list<std::string_view> choices,
                              std::string fallback = "") const;
  // A date filter as the CLI takes it (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www),
  // as the first (or, with last = true, the last) day it covers, YYYY-MM-DD.
  // Empty when absent. The last day (the `to` bound) must not come before
  // the first day of a `from` parameter.
  StatusOr<std::string> DayBound(std::string_view name, bool last) const;
  // An ISO week label YYYY-Www.
  StatusOr<std::string> Week(std::string_view name) const;
  // "1", "true", "0", "false"; absent gives fallback.
  StatusOr<bool> Bool(std::string_view name, bool fallback) const;

 private:
  const std::string* Find(std::string_view name) const;

  std::multimap<std::string, std::string> params_;
};

}  // namespace news
