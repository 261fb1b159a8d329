// Unicode sparklines for the Markdown digest: one block character per week
// (▁▂▃▄▅▆▇█), a middle dot for a week without data.
//
//   Sparkline({0.1, std::nullopt, 0.4, -0.2})   // "▄·█▁"
//
// The scale runs from the series' minimum to its maximum, widened to at
// least `min_span` around their middle, so that noise of a few hundredths
// does not look like a swing. Pure function, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace news {

std::string Sparkline(const std::vector<std::optional<double>>& values, double min_span = 0.5);

}  // namespace news
