#include "cli/command.h"

namespace news {

static int RunEntities(CommandContext& ctx) {
  return Fail(ctx, "entities", "not supported yet");
}

extern const CommandInfo kEntitiesCommand = {
    "entities", "entities with mention counts, first/last seen and tone",
    "usage: newsminer entities [--type T] [--format table|json|csv]\n",
    RunEntities};

}  // namespace news
