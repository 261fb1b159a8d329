// The subcommands of the `newsminer` binary. Each lives in its own
// cmd_<name>.cc and registers in commands.cc; main.cc only dispatches.
//
// A command returns the process exit status: 0 success, 1 some inputs
// failed (the rest were processed), 2 bad usage or a fatal error. Errors
// are printed as `newsminer: <source>: <cause>` on ctx.err.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/args.h"

namespace news {

constexpr int kExitOk = 0;
constexpr int kExitPartial = 1;
constexpr int kExitUsage = 2;

struct CommandContext {
  std::string db_path;      // --db, $NEWSMINER_DB, or newsminer.db
  std::string lexicon_dir;  // resolved --lexicons directory (may be empty)
  std::vector<std::string> args;  // after the command name, global options removed
  std::ostream& out;
  std::ostream& err;
  std::istream& in;
};

struct CommandInfo {
  const char* name;
  const char* summary;  // one line for `newsminer --help`
  const char* usage;    // full help for `newsminer <name> --help`
  int (*run)(CommandContext& ctx);
};

const std::vector<CommandInfo>& Commands();

// Prints `newsminer: <source>: <message>` and returns code.
int Fail(CommandContext& ctx, const std::string& source, const std::string& message, int code = kExitUsage);

// Parses ctx.args with spec; on error prints it and sets *exit_code to 2.
bool ParseOrFail(CommandContext& ctx, const ArgSpec& spec, const char* command, ParsedArgs* out, int* exit_code);

}  // namespace news
