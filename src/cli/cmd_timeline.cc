#include "cli/command.h"

namespace news {

static int RunTimeline(CommandContext& ctx) {
  return Fail(ctx, "timeline", "not supported yet");
}

extern const CommandInfo kTimelineCommand = {
    "timeline", "dated events and article mentions, filtered",
    "usage: newsminer timeline [--entity NAME] [--type T] [--event TYPE] [--from DATE] [--to DATE]\n                          [--aspect research|product] [--search TEXT] [--limit N]\n                          [--format table|json|csv]\n",
    RunTimeline};

}  // namespace news
