#include "cli/command.h"

namespace news {

static int RunServe(CommandContext& ctx) {
  return Fail(ctx, "serve", "not supported yet");
}

extern const CommandInfo kServeCommand = {
    "serve", "JSON API and web page over the database",
    "usage: newsminer serve [--host 127.0.0.1] [--port 8080]\n",
    RunServe};

}  // namespace news
