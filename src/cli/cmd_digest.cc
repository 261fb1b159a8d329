#include "cli/command.h"

namespace news {

static int RunDigest(CommandContext& ctx) {
  return Fail(ctx, "digest", "not supported yet");
}

extern const CommandInfo kDigestCommand = {
    "digest", "the weekly digest report",
    "usage: newsminer digest [--week 2026-W07] [--format md|html|json] [-o FILE]\n",
    RunDigest};

}  // namespace news
