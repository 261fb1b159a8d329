#include "server/query_params.h"

#include <algorithm>
#include <charconv>

#include "common/utf8.h"

namespace news {
namespace {

Status Bad(std::string_view name, const std::string& why) {
  return Status(StatusCode::kInvalidArgument, "parameter '" + std::string(name) + "': " + why);
}

}  // namespace

Status QueryParams::AllowOnly(std::initializer_list<std::string_view> allowed) const {
  for (auto it = params_.begin(); it != params_.end(); it = params_.upper_bound(it->first)) {
    const std::string& name = it->first;
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      std::string shown = IsValidUtf8(name) ? std::string(TruncateUtf8(name, 40)) : "?";
      return Status(StatusCode::kInvalidArgument, "unknown parameter '" + shown + "'");
    }
    if (params_.count(name) > 1) return Bad(name, "given more than once");
  }
  return Status::Ok();
}

const std::string* QueryParams::Find(std::string_view name) const {
  auto it = params_.find(std::string(name));
  return it == params_.end() ? nullptr : &it->second;
}

StatusOr<std::string> QueryParams::Text(std::string_view name, size_t max_bytes, std::string fallback) const {
  const std::string* v = Find(name);
  if (!v) return fallback;
  if (!IsValidUtf8(*v)) return Bad(name, "not valid UTF-8");
  if (v->size() > max_bytes) return Bad(name, "longer than " + std::to_string(max_bytes) + " bytes");
  for (unsigned char c : *v)
    if (c < 0x20 || c == 0x7f) return Bad(name, "contains a control character");
  return *v;
}

StatusOr<long> QueryParams::Int(std::string_view name, long lo, long hi, long fallback) const {
  const std::string* v = Find(name);
  if (!v) return fallback;
  long n = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (v->empty() || ec != std::errc() || end != v->data() + v->size())
    return Bad(name, "expected a whole number");
  if (n < lo || n > hi)
    return Bad(name, "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
  return n;
}

StatusOr<std::string> QueryParams::OneOf(std::string_view name, std::initializer_list<std::string_view> choices,
                                         std::string fallback) const {
  const std::string* v = Find(name);
  if (!v) return fallback;
  if (std::find(choices.begin(), choices.end(), *v) != choices.end()) return *v;
  std::string list;
  for (std::string_view c : choices) list += (list.empty() ? "" : ", ") + std::string(c);
  return Bad(name, "must be one of: " + list);
}

StatusOr<std::string> QueryParams::DayBound(std::string_view name, bool last) const {
  const std::string* v = Find(name);
  if (!v) return std::string();
  std::optional<DayRange> range = ParseDateFilter(*v);
  if (!range) return Bad(name, "expected YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www");
  if (last) {
    // An end before the start is a mistake, not a question with no answer.
    const std::string* from = Find("from");
    std::optional<DayRange> start = from ? ParseDateFilter(*from) : std::nullopt;
    if (start && FormatDay(start->first) > FormatDay(range->last))
      return Bad(name, "ends before 'from' starts (" + *from + " .. " + *v + ")");
  }
  return FormatDay(last ? range->last : range->first);
}

StatusOr<std::string> QueryParams::Week(std::string_view name) const {
  const std::string* v = Find(name);
  if (!v) return std::string();
  if (!ParseIsoWeek(*v)) return Bad(name, "expected an ISO week such as 2026-W07");
  return *v;
}

StatusOr<bool> QueryParams::Bool(std::string_view name, bool fallback) const {
  const std::string* v = Find(name);
  if (!v) return fallback;
  if (*v == "1" || *v == "true") return true;
  if (*v == "0" || *v == "false") return false;
  return Bad(name, "expected 1, 0, true or false");
}

}  // namespace news
