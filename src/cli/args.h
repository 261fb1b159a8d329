// Command-line parsing for the subcommands: `--name value`, `--name=value`
// and boolean `--flag`, anywhere among the positional arguments. Only cli/
// reads argv.
//
//   ArgSpec spec{{"format", true}, {"limit", true}, {"with-children", false}};
//   StatusOr<ParsedArgs> a = ParseArgs(args, spec);
//   std::string fmt = a->Get("format", "table");
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "common/status.h"

namespace news {

struct OptionSpec {
  std::string name;  // without the leading --
  bool takes_value = true;
};
using ArgSpec = std::vector<OptionSpec>;

struct ParsedArgs {
  std::map<std::string, std::string> values;
  std::set<std::string> flags;
  std::vector<std::string> positional;

  bool Has(const std::string& name) const { return values.count(name) || flags.count(name); }
  std::string Get(const std::string& name, const std::string& fallback = "") const;
};

// Fails with kInvalidArgument for an unknown option or a missing value.
// `--` ends option parsing.
StatusOr<ParsedArgs> ParseArgs(const std::vector<std::string>& args, const ArgSpec& spec);

// Parses a non-negative integer option; fails with kInvalidArgument naming it.
StatusOr<long> ParseCount(const ParsedArgs& a, const std::string& name, long fallback);
// A row limit (--limit, --top): -1 (every row) when absent; 0 is refused
// (kInvalidArgument) as the API refuses limit=0 with 400.
StatusOr<long> ParseLimit(const ParsedArgs& a, const std::string& name);

}  // namespace news
