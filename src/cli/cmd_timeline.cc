// `newsminer timeline`: parses the filters, resolves the entity name and
// streams rows from store/timeline_query.h into a report/ writer.
#include <iostream>
#include <set>

#include "cli/command.h"
#include "cli/query_options.h"
#include "report/timeline_format.h"
#include "store/fts_text.h"
#include "store/store.h"
#include "store/timeline_query.h"

namespace news {

namespace {

const ArgSpec kSpec = {{"entity", true}, {"with-children", false}, {"type", true},   {"event", true},
                       {"from", true},   {"to", true},             {"aspect", true}, {"tone", true},
                       {"search", true}, {"limit", true},          {"offset", true}, {"format", true},
                       {"pretty", false}};

Status ParseFilter(const ParsedArgs& a, TimelineFilter& f) {
  if (a.Has("type")) {
    NEWS_ASSIGN_OR_RETURN(f.entity_type, ParseEntityType(a.Get("type")));
  }
  static const std::set<std::string> kEvents = {"departure", "hire", "launch", "funding", "reorganization", "other"};
  f.event_type = a.Get("event");
  if (a.Has("event") && !kEvents.count(f.event_type))
    return Status(StatusCode::kInvalidArgument, "--event must be one of departure, hire, launch, funding, "
                                                "reorganization, other; got '" + f.event_type + "'");
  NEWS_RETURN_IF_ERROR(ParseDateBounds(a, &f.from, &f.to));
  f.aspect = a.Get("aspect");
  std::string tone = a.Get("tone");
  if (tone == "neg" || tone == "negative") f.tone = -1;
  else if (tone == "pos" || tone == "positive") f.tone = 1;
  else if (!tone.empty()) return Status(StatusCode::kInvalidArgument, "--tone must be neg or pos, got '" + tone + "'");
  // Checked here too (the query checks them), so bad usage prints no table header first.
  if (!f.aspect.empty() && f.aspect != "research" && f.aspect != "product")
    return Status(StatusCode::kInvalidArgument, "--aspect must be research or product, got '" + f.aspect + "'");
  if (f.tone != 0 && f.aspect.empty()) return Status(StatusCode::kInvalidArgument, "--tone needs --aspect research or product");
  f.search = a.Get("search");
  // `--search "$WORDS"` with nothing in it would print every row (empty) or
  // none (spaces, "***"): neither is what was asked.
  if (a.Has("search") && FtsQuery(f.search).empty())
    return Status(StatusCode::kInvalidArgument, "--search needs words or Chinese text to look for, got '" + f.search + "'");
  if (a.Has("entity") && a.Get("entity").find_first_not_of(" \t") == std::string::npos)
    return Status(StatusCode::kInvalidArgument, "--entity needs a name (any alias, any script) or an id");
  NEWS_ASSIGN_OR_RETURN(long limit, ParseLimit(a, "limit"));
  NEWS_ASSIGN_OR_RETURN(long offset, ParseCount(a, "offset", 0));
  f.limit = limit;
  f.offset = offset;
  return Status::Ok();
}

int RunTimeline(CommandContext& ctx) {
  ParsedArgs a;
  int code;
  if (!ParseOrFail(ctx, kSpec, "timeline", &a, &code)) return code;
  if (!a.positional.empty()) return Fail(ctx, "timeline", "unexpected argument '" + a.positional[0] + "'");
  TimelineFilter filter;
  if (Status s = ParseFilter(a, filter); !s.ok()) return Fail(ctx, "timeline", s.message());
  auto writer = MakeTimelineWriter(a.Get("format", "table"), ctx.out, {TerminalWidth(), a.Has("pretty")});
  if (!writer.ok()) return Fail(ctx, "timeline", writer.status().message());
  auto store = Store::Open(ctx.db_path, {.create = false, .read_only = true});
  if (!store.ok()) return Fail(ctx, ctx.db_path, store.status().message());
  if (a.Has("entity")) {
    auto refs = ResolveEntity(**store, a.Get("entity"), a.Has("with-children"));
    if (!refs.ok()) return Fail(ctx, a.Get("entity"), refs.status().message(), kExitPartial);
    for (const EntityRef& r : *refs) filter.entity_ids.push_back(r.id);
  }
  (*writer)->Begin();
  Status s = QueryTimeline(**store, filter, [&](const TimelineRow& r) {
    (*writer)->Row(r);
    return static_cast<bool>(ctx.out);
  });
  if (!s.ok()) return Fail(ctx, "timeline", s.message(), s.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitPartial);
  (*writer)->End();
  return kExitOk;
}

}  // namespace

extern const CommandInfo kTimelineCommand = {
    "timeline", "dated events and article mentions, filtered",
    "usage: newsminer timeline [--entity NAME [--with-children]] [--type T] [--event TYPE]\n"
    "                          [--from DATE] [--to DATE] [--aspect research|product [--tone neg|pos]]\n"
    "                          [--search TEXT] [--limit N] [--offset N] [--format table|json|csv]\n\n"
    "Rows are events (dated by the event) and articles (dated by publication),\n"
    "ordered by date.\n\n"
    "  --entity NAME     any alias in any script (谷歌, Google, 谷歌 DeepMind, org:google)\n"
    "  --with-children   with --entity: include its divisions and products\n"
    "  --type T          rows involving an organization, division, product or person\n"
    "  --event TYPE      only events: departure, hire, launch, funding, reorganization, other\n"
    "  --from/--to DATE  YYYY-MM-DD, YYYY-MM, YYYY or an ISO week YYYY-Www (inclusive)\n"
    "  --aspect A        rows whose tone covers research or product; --tone neg|pos narrows\n"
    "  --search TEXT     full-text search in titles and bodies (Chinese too)\n"
    "  --limit/--offset  page through the rows\n",
    RunTimeline};

}  // namespace news
