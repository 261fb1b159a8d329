#include "cli/command.h"

namespace news {

static int RunLexicon(CommandContext& ctx) {
  return Fail(ctx, "lexicon", "not supported yet");
}

extern const CommandInfo kLexiconCommand = {
    "lexicon", "validate the lexicons or propose new entries",
    "usage: newsminer lexicon check|suggest\n",
    RunLexicon};

}  // namespace news
