// Small inline SVG line charts for the HTML digest: the 12-week research and
// product tone of one organisation. No script, no external style: colours
// and dash patterns are attributes, so the chart survives being saved,
// mailed or printed in black and white (product is dashed).
//
//   std::string svg = SvgLineChart(week_labels,
//       {{"research", "#1f5fa8", false, research_values},
//        {"product", "#b5541c", true, product_values}}, {});
//
// Missing values break the line. All numbers are printed with one decimal,
// so the output is deterministic. Labels are escaped. Pure, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace news {

struct ChartSeries {
  std::string name;    // shown in the legend
  std::string colour;  // "#rrggbb"
  bool dashed = false;
  std::vector<std::optional<double>> values;  // one per x label
};

struct LineChartOptions {
  int width = 360, height = 140;  // viewBox units; the SVG scales to its container
  double y_min = -1, y_max = 1;   // tone scores live in [-1, 1]
  std::string title;              // accessible name (<title>)
};

std::string SvgLineChart(const std::vector<std::string>& x_labels, const std::vector<ChartSeries>& series,
                         const LineChartOptions& options);

// "12.3": one decimal, no locale, "-0.0" printed as "0.0".
std::string SvgNumber(double v);

}  // namespace news
