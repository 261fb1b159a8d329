#include "report/sparkline.h"

#include <algorithm>
#include <cmath>

namespace news {

std::string Sparkline(const std::vector<std::optional<double>>& values, double min_span) {
  static const char* const kBlocks[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  double lo = INFINITY, hi = -INFINITY;
  for (const auto& v : values) {
    if (v) { lo = std::min(lo, *v); hi = std::max(hi, *v); }
  }
  if (hi - lo < min_span) {
    double mid = (lo + hi) / 2;
    lo = mid - min_span / 2;
    hi = mid + min_span / 2;
  }
  std::string out;
  for (const auto& v : values) {
    if (!v) { out += "·"; continue; }
    int level = static_cast<int>(std::lround((*v - lo) / (hi - lo) * 7));
    out += kBlocks[std::clamp(level, 0, 7)];
  }
  return out;
}

}  // namespace news
