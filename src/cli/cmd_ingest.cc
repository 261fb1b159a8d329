#include "cli/command.h"

namespace news {

static int RunIngest(CommandContext& ctx) {
  return Fail(ctx, "ingest", "not supported yet");
}

extern const CommandInfo kIngestCommand = {
    "ingest", "store articles from files, directories, URLs and feeds",
    "usage: newsminer ingest [--jobs N] [--reanalyze] SOURCE...\n\nSOURCE is a file, a directory (recursive), an http(s) URL of an article, or of\nan RSS/Atom feed. The same article twice is stored once.\n",
    RunIngest};

}  // namespace news
