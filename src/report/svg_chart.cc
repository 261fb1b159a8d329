#include "report/svg_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "report/html_escape.h"

namespace news {

std::string SvgNumber(double v) {
  double r = std::round(v * 10) / 10;
  if (r == 0) r = 0;  // no "-0.0"
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", r);
  return buf;
}

namespace {

struct Plot {
  double left = 34, right, top = 10, bottom;
  double y_min, y_max;
  size_t n;
  double X(size_t i) const { return n <= 1 ? (left + right) / 2 : left + (right - left) * i / (n - 1); }
  double Y(double v) const {
    v = std::clamp(v, y_min, y_max);
    return bottom - (bottom - top) * (v - y_min) / (y_max - y_min);
  }
};

std::string Axes(const Plot& p, const std::vector<std::string>& labels) {
  std::string s = "<g font-size=\"9\" fill=\"#555\">";
  for (double v : {p.y_max, 0.0, p.y_min}) {
    std::string y = SvgNumber(p.Y(v));
    s += "<line x1=\"" + SvgNumber(p.left) + "\" y1=\"" + y + "\" x2=\"" + SvgNumber(p.right) + "\" y2=\"" + y +
         "\" stroke=\"#ccc\"" + (v == 0 ? "" : " stroke-dasharray=\"2 3\"") + "/>";
    s += "<text x=\"" + SvgNumber(p.left - 4) + "\" y=\"" + SvgNumber(p.Y(v) + 3) + "\" text-anchor=\"end\">" +
         (v > 0 ? "+" : "") + SvgNumber(v) + "</text>";
  }
  if (!labels.empty()) {
    std::string y = SvgNumber(p.bottom + 12);
    s += "<text x=\"" + SvgNumber(p.X(0)) + "\" y=\"" + y + "\">" + EscapeHtml(labels.front()) + "</text>";
    s += "<text x=\"" + SvgNumber(p.X(labels.size() - 1)) + "\" y=\"" + y + "\" text-anchor=\"end\">" +
         EscapeHtml(labels.back()) + "</text>";
  }
  return s + "</g>";
}

// One <path> per run of consecutive values, a dot on each value.
std::string Line(const Plot& p, const ChartSeries& series) {
  std::string path, dots;
  bool pen_down = false;
  for (size_t i = 0; i < series.values.size(); ++i) {
    if (!series.values[i]) { pen_down = false; continue; }
    std::string x = SvgNumber(p.X(i)), y = SvgNumber(p.Y(*series.values[i]));
    path += (pen_down ? " L" : " M") + x + " " + y;
    pen_down = true;
    dots += "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"2.2\" fill=\"" + series.colour + "\"/>";
  }
  std::string s = "<g>";
  if (!path.empty()) {
    s += "<path d=\"" + path.substr(1) + "\" fill=\"none\" stroke=\"" + series.colour + "\" stroke-width=\"1.8\"" +
         (series.dashed ? " stroke-dasharray=\"5 3\"" : "") + "/>";
  }
  return s + dots + "</g>";
}

std::string Legend(const Plot& p, const std::vector<ChartSeries>& series) {
  std::string s = "<g font-size=\"9\" fill=\"#333\">";
  double x = p.left;
  for (const auto& c : series) {
    std::string y = SvgNumber(p.bottom + 24);
    s += "<line x1=\"" + SvgNumber(x) + "\" y1=\"" + SvgNumber(p.bottom + 21) + "\" x2=\"" + SvgNumber(x + 16) +
         "\" y2=\"" + SvgNumber(p.bottom + 21) + "\" stroke=\"" + c.colour + "\" stroke-width=\"1.8\"" +
         (c.dashed ? " stroke-dasharray=\"5 3\"" : "") + "/>";
    s += "<text x=\"" + SvgNumber(x + 20) + "\" y=\"" + y + "\">" + EscapeHtml(c.name) + "</text>";
    x += 90;
  }
  return s + "</g>";
}

}  // namespace

std::string SvgLineChart(const std::vector<std::string>& x_labels, const std::vector<ChartSeries>& series,
                         const LineChartOptions& o) {
  Plot p;
  p.right = o.width - 8;
  p.bottom = o.height - 30;
  p.y_min = o.y_min;
  p.y_max = o.y_max;
  p.n = x_labels.size();
  std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(o.width) + " " +
                  std::to_string(o.height) + "\" role=\"img\" aria-label=\"" + EscapeHtml(o.title) +
                  "\" class=\"chart\"><title>" + EscapeHtml(o.title) + "</title>";
  s += Axes(p, x_labels);
  for (const auto& c : series) s += Line(p, c);
  s += Legend(p, series);
  return s + "</svg>";
}

}  // namespace news
