#include <iostream>

#include "cli/command.h"

namespace news {

extern const CommandInfo kIngestCommand;
extern const CommandInfo kAnalyzeCommand;
extern const CommandInfo kExtractCommand;
extern const CommandInfo kTokenizeCommand;
extern const CommandInfo kSentimentCommand;
extern const CommandInfo kTimelineCommand;
extern const CommandInfo kEntitiesCommand;
extern const CommandInfo kDigestCommand;
extern const CommandInfo kServeCommand;
extern const CommandInfo kLexiconCommand;

const std::vector<CommandInfo>& Commands() {
  static const std::vector<CommandInfo> kAll = {
      kIngestCommand,   kAnalyzeCommand,  kExtractCommand, kTokenizeCommand, kSentimentCommand,
      kTimelineCommand, kEntitiesCommand, kDigestCommand,  kServeCommand,    kLexiconCommand,
  };
  return kAll;
}

int Fail(CommandContext& ctx, const std::string& source, const std::string& message, int code) {
  std::string line = "newsminer: " + source + ": ";
  for (char c : message) line += (c == '\n' || c == '\r') ? ' ' : c;
  ctx.err << line << '\n';
  return code;
}

bool ParseOrFail(CommandContext& ctx, const ArgSpec& spec, const char* command, ParsedArgs* out, int* exit_code) {
  StatusOr<ParsedArgs> parsed = ParseArgs(ctx.args, spec);
  if (!parsed.ok()) {
    *exit_code = Fail(ctx, command, parsed.status().message() + " (see: newsminer " + command + " --help)");
    return false;
  }
  *out = std::move(parsed).value();
  return true;
}

}  // namespace news
