// The timeline: dated events and article mentions from the store, filtered
// and ordered by date, delivered one row at a time so that callers (the
// `timeline` command, the JSON API, the digest) can stream any number of
// rows in constant memory.
//
//   TimelineFilter f;
//   NEWS_ASSIGN_OR_RETURN(f.entities, ResolveEntity(store, "谷歌", /*with_children=*/false));
//   f.from = "2026-02-01"; f.limit = 50;
//   NEWS_RETURN_IF_ERROR(QueryTimeline(store, f, [&](const TimelineRow& r) { print(r); return true; }));
//
// Rows come ordered by date (events dated by their own date, articles by
// publication date; undated articles last), then article, articles before
// their events. Not thread-safe: uses the Store's connection.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/status.h"

namespace news {

class Store;

struct EntityRef {
  std::string id;         // "org:openai"
  std::string canonical;  // "OpenAI"
  std::string type;       // organization, division, product, person
};

// Finds the entity a user means by `name`: any stored alias in any script
// (matched on MatchKey: Traditional/Simplified and case folded), the
// canonical name, or the id itself. With `with_children`, the entity's
// divisions and products (recursively) follow it. kNotFound when nothing
// matches; several entities when the alias is ambiguous.
StatusOr<std::vector<EntityRef>> ResolveEntity(Store& store, const std::string& name, bool with_children);

struct TimelineFilter {
  std::vector<std::string> entity_ids;  // rows about any of these (empty: all)
  std::string entity_type;              // rows involving an entity of this type (empty: any)
  std::string event_type;               // only events of this type (empty: events and articles)
  bool events_only = false;             // leave out article rows
  std::string from, to;                 // inclusive YYYY-MM-DD bounds (empty: open)
  std::string aspect;                   // "research" or "product": rows with tone on it
  int tone = 0;                         // with aspect: -1 negative, 1 positive, 0 either
  std::string search;                   // full-text query over title and body (empty: none)
  int64_t article_id = 0;               // only rows of this article (0: any)
  int64_t limit = -1;                   // at most this many rows (-1: all)
  int64_t offset = 0;                   // rows skipped first
};

struct TimelineRow {
  std::string kind;  // "event" or "article"
  std::string date;  // event date (YYYY-MM-DD or YYYY-MM) or publication date; empty when unknown
  // Events only:
  int64_t event_id = 0;
  std::string event_type, person, organization, counterpart, product;
  // The entities the row is about (an event's participants; an article's
  // entities, most mentioned first).
  std::vector<EntityRef> entities;
  // Tone: of the filtered entity in the article when one entity is asked
  // for, else of the article. nullopt when no sentence carried that aspect.
  std::optional<double> research, product_tone;
  double overall = 0;
  std::string evidence;  // the sentence that supports the row
  int sentence = 0;      // its index in the article
  int64_t article_id = 0;
  std::string title, source, url, published, lang;
};

// Calls `row` for each matching row in order until it returns false.
// kInvalidArgument for a bad filter (unknown aspect, bad date); database
// errors as kDataError/kBusy.
Status QueryTimeline(Store& store, const TimelineFilter& filter, const std::function<bool(const TimelineRow&)>& row);

}  // namespace news
