#include "report/talent_flow_svg.h"

#include <algorithm>
#include <map>

#include "common/utf8.h"
#include "report/html_escape.h"
#include "report/svg_chart.h"

namespace news {

namespace {

constexpr double kWidth = 640, kNodeW = 10, kLeftX = 170, kRightX = 460;
constexpr double kUnit = 14, kGap = 12, kTop = 24;  // px per person, px between nodes

struct Node {
  std::string name;
  int total = 0;
  double y = 0;     // top of the node
  double used = 0;  // band space already taken, from the top
};

// Nodes for one side, ordered by total desc then name, laid out top down.
std::vector<Node> Layout(const std::vector<TalentMove>& moves, bool left, double* height) {
  std::map<std::string, int> totals;
  for (const auto& m : moves) totals[left ? m.from : m.to] += m.count;
  std::vector<Node> nodes;
  for (const auto& [name, total] : totals) nodes.push_back({name, total});
  std::stable_sort(nodes.begin(), nodes.end(), [](const Node& a, const Node& b) { return a.total > b.total; });
  double y = kTop;
  for (auto& n : nodes) {
    n.y = y;
    y += n.total * kUnit + kGap;
  }
  *height = std::max(*height, y);
  return nodes;
}

Node& Find(std::vector<Node>& nodes, const std::string& name) {
  return *std::find_if(nodes.begin(), nodes.end(), [&](const Node& n) { return n.name == name; });
}

// Long names would run out of the drawing: keep 24 characters.
std::string Label(const std::string& name) {
  if (CountCodePoints(name) <= 24) return name;
  size_t pos = 0;
  for (int i = 0; i < 23; ++i) DecodeUtf8(name, &pos);
  return name.substr(0, pos) + "…";
}

std::string NodeSvg(const Node& n, bool left) {
  std::string y = SvgNumber(n.y), h = SvgNumber(n.total * kUnit);
  double x = left ? kLeftX - kNodeW : kRightX;
  std::string label_x = SvgNumber(left ? x - 6 : x + kNodeW + 6);
  return "<rect x=\"" + SvgNumber(x) + "\" y=\"" + y + "\" width=\"" + SvgNumber(kNodeW) + "\" height=\"" + h +
         "\" fill=\"#444\"/><text x=\"" + label_x + "\" y=\"" + SvgNumber(n.y + n.total * kUnit / 2 + 4) +
         "\" text-anchor=\"" + (left ? "end" : "start") + "\">" + EscapeHtml(Label(n.name)) + " (" +
         std::to_string(n.total) + ")</text>";
}

std::string BandSvg(const TalentMove& m, Node& from, Node& to) {
  double w = m.count * kUnit;
  double y1 = from.y + from.used + w / 2, y2 = to.y + to.used + w / 2;
  from.used += w;
  to.used += w;
  double mid = (kLeftX + kRightX) / 2;
  std::string people;
  for (const auto& p : m.people) people += (people.empty() ? "" : ", ") + p;
  return "<path d=\"M" + SvgNumber(kLeftX) + " " + SvgNumber(y1) + " C" + SvgNumber(mid) + " " + SvgNumber(y1) + " " +
         SvgNumber(mid) + " " + SvgNumber(y2) + " " + SvgNumber(kRightX) + " " + SvgNumber(y2) +
         "\" fill=\"none\" stroke=\"#1f5fa8\" stroke-opacity=\"0.45\" stroke-width=\"" + SvgNumber(w - 1) +
         "\"><title>" + EscapeHtml(m.from + " → " + m.to + ": " + people) + "</title></path>";
}

}  // namespace

std::string SvgTalentFlow(const std::vector<TalentMove>& moves, const std::string& title) {
  if (moves.empty()) return "";
  double height = 0;
  std::vector<Node> left = Layout(moves, true, &height), right = Layout(moves, false, &height);
  std::string s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + SvgNumber(kWidth) + " " +
                  SvgNumber(height) + "\" role=\"img\" aria-label=\"" + EscapeHtml(title) +
                  "\" class=\"flow\"><title>" + EscapeHtml(title) + "</title>";
  s += "<g font-size=\"11\" fill=\"#555\"><text x=\"" + SvgNumber(kLeftX) + "\" y=\"14\" text-anchor=\"end\">left</text>"
       "<text x=\"" + SvgNumber(kRightX) + "\" y=\"14\">joined</text></g><g>";
  // Bands leave each node in the order of the nodes they reach, so they
  // cross as little as a two-column layout allows.
  auto position = [](const std::vector<Node>& nodes, const std::string& name) {
    return std::find_if(nodes.begin(), nodes.end(), [&](const Node& n) { return n.name == name; }) - nodes.begin();
  };
  std::vector<const TalentMove*> order;
  for (const auto& m : moves) order.push_back(&m);
  std::stable_sort(order.begin(), order.end(), [&](const TalentMove* a, const TalentMove* b) {
    return std::pair(position(left, a->from), position(right, a->to)) <
           std::pair(position(left, b->from), position(right, b->to));
  });
  for (const auto* m : order) s += BandSvg(*m, Find(left, m->from), Find(right, m->to));
  s += "</g><g font-size=\"11\" fill=\"#222\">";
  for (const auto& n : left) s += NodeSvg(n, true);
  for (const auto& n : right) s += NodeSvg(n, false);
  return s + "</g></svg>";
}

}  // namespace news
