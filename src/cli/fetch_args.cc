#include "cli/fetch_args.h"

#include <cmath>
#include <cstdlib>

namespace news {

ArgSpec WithFetchArgs(ArgSpec spec) {
  spec.push_back({"insecure", false});
  spec.push_back({"connect-timeout", true});
  spec.push_back({"read-timeout", true});
  spec.push_back({"max-bytes", true});
  return spec;
}

static StatusOr<std::chrono::milliseconds> Seconds(const ParsedArgs& a, const std::string& name,
                                                   std::chrono::milliseconds fallback) {
  if (!a.Has(name)) return fallback;
  std::string v = a.Get(name);
  char* end = nullptr;
  double s = std::strtod(v.c_str(), &end);
  if (v.empty() || *end != '\0' || !std::isfinite(s) || s <= 0 || s > 86400)
    return Status(StatusCode::kInvalidArgument, "--" + name + " expects seconds (e.g. 10 or 0.5), got '" + v + "'");
  return std::chrono::milliseconds(static_cast<long>(s * 1000));
}

StatusOr<FetchOptions> FetchOptionsFromArgs(const ParsedArgs& a) {
  FetchOptions o;
  o.insecure = a.Has("insecure");
  NEWS_ASSIGN_OR_RETURN(o.connect_timeout, Seconds(a, "connect-timeout", o.connect_timeout));
  NEWS_ASSIGN_OR_RETURN(o.read_timeout, Seconds(a, "read-timeout", o.read_timeout));
  NEWS_ASSIGN_OR_RETURN(long max_bytes, ParseCount(a, "max-bytes", static_cast<long>(o.max_bytes)));
  if (max_bytes < 1) return Status(StatusCode::kInvalidArgument, "--max-bytes must be at least 1");
  o.max_bytes = static_cast<size_t>(max_bytes);
  return o;
}

}  // namespace news
