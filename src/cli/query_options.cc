#include "cli/query_options.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <map>

#include "common/dates.h"

namespace news {

StatusOr<std::string> ParseEntityType(const std::string& t) {
  static const std::map<std::string, std::string> kTypes = {
      {"organization", "organization"}, {"org", "organization"}, {"division", "division"},
      {"div", "division"}, {"product", "product"}, {"person", "person"}};
  std::string lower;
  for (char c : t) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto it = kTypes.find(lower);
  if (it == kTypes.end())
    return Status(StatusCode::kInvalidArgument,
                  "--type must be organization, division, product or person, got '" + t + "'");
  return it->second;
}

Status ParseDateBounds(const ParsedArgs& a, std::string* from, std::string* to) {
  for (const char* name : {"from", "to"}) {
    if (!a.Has(name)) continue;
    auto range = ParseDateFilter(a.Get(name));
    if (!range)
      return Status(StatusCode::kInvalidArgument, std::string("--") + name +
                                                      " expects YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www, got '" +
                                                      a.Get(name) + "'");
    if (std::string(name) == "from") *from = FormatDay(range->first);
    else *to = FormatDay(range->last);
  }
  if (!from->empty() && !to->empty() && *from > *to)
    return Status(StatusCode::kInvalidArgument, "--to ends before --from starts (" + a.Get("from") + " .. " +
                                                    a.Get("to") + ")");
  return Status::Ok();
}

int TerminalWidth() {
  if (const char* c = std::getenv("COLUMNS"); c && std::atoi(c) > 20) return std::atoi(c);
  winsize ws{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) return ws.ws_col;
  return 120;
}

}  // namespace news
