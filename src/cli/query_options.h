// Option parsing shared by the query commands (timeline, entities): entity
// types, date bounds and the terminal width for tables.
#pragma once

#include <string>

#include "cli/args.h"
#include "common/status.h"

namespace news {

// organization|org, division|div, product, person (any case) -> DB spelling.
StatusOr<std::string> ParseEntityType(const std::string& text);

// --from / --to: YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www as the first (from)
// or last (to) day covered; empty when the option is absent.
Status ParseDateBounds(const ParsedArgs& a, std::string* from, std::string* to);

// $COLUMNS, else the terminal's width, else 120 (when piped).
int TerminalWidth();

}  // namespace news
