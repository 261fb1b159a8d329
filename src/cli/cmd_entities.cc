// `newsminer entities`: the entity list (optionally the top N of a period)
// and `entities show NAME` for one entity. Glue between store/entity_queries.h
// and report/timeline_entities.h.
#include <iostream>

#include "cli/command.h"
#include "cli/query_options.h"
#include "common/dates.h"
#include "report/timeline_entities.h"
#include "store/entity_queries.h"
#include "store/store.h"
#include "store/timeline_query.h"

namespace news {

namespace {

const ArgSpec kSpec = {{"type", true}, {"top", true},    {"week", true},   {"from", true},  {"to", true},
                       {"limit", true}, {"offset", true}, {"format", true}, {"pretty", false}};

// `show` gives every week of the entity: a list filter would be dropped without a word.
Status CheckShowArgs(const ParsedArgs& a) {
  for (const char* list_only : {"type", "top", "week", "from", "to", "limit", "offset"})
    if (a.Has(list_only))
      return Status(StatusCode::kInvalidArgument,
                    std::string("show takes no --") + list_only + " (it shows every week of the entity)");
  return Status::Ok();
}

Status ParseListFilter(const ParsedArgs& a, EntityListFilter& f) {
  if (a.Has("type")) {
    NEWS_ASSIGN_OR_RETURN(f.type, ParseEntityType(a.Get("type")));
  }
  if (a.Has("week")) {
    if (!ParseIsoWeek(a.Get("week")))
      return Status(StatusCode::kInvalidArgument, "--week expects an ISO week like 2026-W07, got '" + a.Get("week") + "'");
    f.week = a.Get("week");
  }
  NEWS_RETURN_IF_ERROR(ParseDateBounds(a, &f.from, &f.to));
  // The week would win and the dates be dropped without a word.
  if (a.Has("week") && (a.Has("from") || a.Has("to")))
    return Status(StatusCode::kInvalidArgument, "give --week or --from/--to, not both");
  if (a.Has("top") && a.Has("limit")) return Status(StatusCode::kInvalidArgument, "give --top or --limit, not both");
  NEWS_ASSIGN_OR_RETURN(long limit, ParseLimit(a, a.Has("top") ? "top" : "limit"));
  NEWS_ASSIGN_OR_RETURN(long offset, ParseCount(a, "offset", 0));
  f.limit = limit;
  f.offset = offset;
  return Status::Ok();
}

int ShowEntity(CommandContext& ctx, Store& store, const ParsedArgs& a) {
  if (a.positional.size() != 2) return Fail(ctx, "entities", "show expects one NAME (any alias, or an id)");
  const std::string& name = a.positional[1];
  auto refs = ResolveEntity(store, name, false);
  if (!refs.ok()) return Fail(ctx, name, refs.status().message(), kExitPartial);
  auto detail = GetEntityDetail(store, (*refs)[0].id, {});
  if (!detail.ok()) return Fail(ctx, name, detail.status().message(), kExitPartial);
  Status s = WriteEntityDetail(a.Get("format", "table"), *detail, ctx.out, {TerminalWidth(), a.Has("pretty")});
  if (!s.ok()) return Fail(ctx, "entities", s.message());
  return kExitOk;
}

int RunEntities(CommandContext& ctx) {
  ParsedArgs a;
  int code;
  if (!ParseOrFail(ctx, kSpec, "entities", &a, &code)) return code;
  bool show = !a.positional.empty() && a.positional[0] == "show";
  if (!a.positional.empty() && !show) return Fail(ctx, "entities", "unexpected argument '" + a.positional[0] + "'");
  EntityListFilter filter;
  if (Status s = show ? CheckShowArgs(a) : ParseListFilter(a, filter); !s.ok()) return Fail(ctx, "entities", s.message());
  std::string format = a.Get("format", "table");
  if (show && format == "csv") return Fail(ctx, "entities", "--format must be table or json for show");
  auto writer = MakeEntityListWriter(format, ctx.out, {TerminalWidth(), a.Has("pretty")});
  if (!writer.ok()) return Fail(ctx, "entities", writer.status().message());
  auto store = Store::Open(ctx.db_path, {.create = false, .read_only = true});
  if (!store.ok()) return Fail(ctx, ctx.db_path, store.status().message());
  if (show) return ShowEntity(ctx, **store, a);
  (*writer)->Begin();
  Status s = ListEntities(**store, filter, [&](const EntitySummary& e) {
    (*writer)->Row(e);
    return static_cast<bool>(ctx.out);
  });
  if (!s.ok()) return Fail(ctx, "entities", s.message(), kExitPartial);
  (*writer)->End();
  return kExitOk;
}

}  // namespace

extern const CommandInfo kEntitiesCommand = {
    "entities", "entities with mention counts, first/last seen and mean tone",
    "usage: newsminer entities [--type T] [--top N] [--week 2026-W07 | --from DATE --to DATE]\n"
    "                          [--limit N] [--offset N] [--format table|json|csv]\n"
    "       newsminer entities show NAME [--format table|json]\n\n"
    "Lists entities, most mentioned first, with the articles and mentions, the first\n"
    "and last publication date, and the mean research and product tone.\n\n"
    "  --type T         organization, division, product or person\n"
    "  --top N          the N most mentioned (with --week: the most talked-about of that week)\n"
    "  --week W         only articles of ISO week W; --from/--to take dates, months or weeks\n"
    "  show NAME        one entity (any alias, any script): aliases, parent, children,\n"
    "                   competitors, events and its weekly count and tone\n",
    RunEntities};

}  // namespace news
