// Talent flow: who left which organisation for which. Each person counts
// once per table, however many articles (and in how many languages) report
// the move; a departure names where they went, a hire where they came from,
// and the two halves of one move, reported separately, are joined.
#include <algorithm>
#include <map>
#include <set>

#include "report/digest_context.h"

namespace news {

namespace {

constexpr const char* kUnknown = "?";

struct Observed {
  std::map<std::string, int> from, to;  // organisation -> reports
};

// The most reported known value, alphabetical on ties; "?" when none.
std::string Most(const std::map<std::string, int>& votes) {
  std::string best = kUnknown;
  int best_n = 0;
  for (const auto& [name, n] : votes) {
    if (name != kUnknown && n > best_n) { best = name; best_n = n; }
  }
  return best;
}

std::vector<TalentMove> Table(const std::map<std::string, Observed>& people, int max_rows) {
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> moves;
  for (const auto& [person, o] : people) {
    std::string from = Most(o.from), to = Most(o.to);
    // Both ends unknown says nothing; both ends equal is an internal transfer, not a move.
    if ((from == kUnknown && to == kUnknown) || from == to) continue;
    moves[{from, to}].push_back(person);
  }
  std::vector<TalentMove> out;
  for (auto& [ends, names] : moves) out.push_back({ends.first, ends.second, static_cast<int>(names.size()), names});
  std::stable_sort(out.begin(), out.end(), [](const TalentMove& a, const TalentMove& b) { return a.count > b.count; });
  if (static_cast<int>(out.size()) > max_rows) out.resize(max_rows);
  return out;
}

}  // namespace

TalentFlow BuildTalentFlow(const DigestContext& ctx) {
  std::map<std::string, Observed> week, quarter;
  for (const auto& e : ctx.rows.events) {
    if ((e.type != "departure" && e.type != "hire") || e.person.empty()) continue;
    int index = ctx.WeekOfDay(e.day);
    if (index < 0) continue;
    std::string org = e.organization.empty() ? kUnknown : e.organization;
    std::string other = e.counterpart.empty() ? kUnknown : e.counterpart;
    const std::string& from = e.type == "departure" ? org : other;
    const std::string& to = e.type == "departure" ? other : org;
    // This week's table: moves reported this week that happened in it.
    bool this_week = index == kTrendWeeks - 1 && !DatedBeforeWeek(e.date, ctx.window.week);
    for (auto* table : {&quarter, this_week ? &week : nullptr}) {
      if (!table) continue;
      ++(*table)[e.person].from[from];
      ++(*table)[e.person].to[to];
    }
  }
  return {Table(week, ctx.options.max_talent_moves), Table(quarter, ctx.options.max_talent_moves)};
}

}  // namespace news
