// Entity views over the store: the list of entities with mention counts,
// first and last seen, and mean tone (optionally for one period, most talked
// about first), and everything about one entity (aliases, parent, children,
// competitors, events, a weekly series). Used by `newsminer entities`, the
// JSON API and the digest.
//
//   EntityListFilter f;
//   f.week = "2026-W07"; f.limit = 20;          // the top 20 of a week
//   NEWS_RETURN_IF_ERROR(ListEntities(store, f, [&](const EntitySummary& e) { ...; return true; }));
//
//   NEWS_ASSIGN_OR_RETURN(EntityDetail d, GetEntityDetail(store, "org:openai", {}));
//
// Counts come from stored articles (duplicates are not stored). Tone means
// are weighted by the number of sentences behind each article's value, and
// are nullopt when no sentence carried that aspect. Not thread-safe: uses
// the Store's connection.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/status.h"
#include "store/timeline_query.h"

namespace news {

class Store;

struct EntityListFilter {
  std::string type;      // organization, division, product, person (empty: all)
  std::string week;      // ISO week YYYY-Www (empty: see from/to)
  std::string from, to;  // inclusive YYYY-MM-DD bounds on publication (empty: open)
  int64_t limit = -1;    // at most this many (-1: all)
  int64_t offset = 0;
};

struct EntitySummary {
  EntityRef entity;
  std::string parent;  // parent entity id, or empty
  bool known = true;   // from a lexicon
  int64_t articles = 0, mentions = 0;
  std::string first_seen, last_seen;  // publication dates (empty when only undated articles)
  std::optional<double> research, product;
  int64_t research_n = 0, product_n = 0;  // sentences behind the means
};

// Entities ordered by mentions (then articles, then name), most first.
// Calls `row` until it returns false.
Status ListEntities(Store& store, const EntityListFilter& filter,
                    const std::function<bool(const EntitySummary&)>& row);

struct EntityWeek {
  std::string week;  // YYYY-Www
  int64_t articles = 0, mentions = 0;
  std::optional<double> research, product;
};

struct EntityCount {
  EntityRef entity;
  int64_t articles = 0;  // articles the two share in that relation
};

struct EntityDetail {
  EntitySummary summary;  // over all time
  std::vector<std::string> aliases;  // as written, sorted
  std::optional<EntityRef> parent;
  std::vector<EntityRef> children;  // divisions and products whose parent it is
  // Organisations named as rivals in articles about this one (role
  // competitor when it is the subject, or the subject when it is a
  // competitor), most shared articles first.
  std::vector<EntityCount> competitors;
  std::vector<TimelineRow> events;  // its events by date (at most max_events)
  std::vector<EntityWeek> weeks;    // one per ISO week with articles, in order
};

struct EntityDetailOptions {
  int64_t max_events = 100;
  int64_t max_competitors = 20;
};

// kNotFound when no entity has this id (resolve names with ResolveEntity).
StatusOr<EntityDetail> GetEntityDetail(Store& store, const std::string& entity_id, const EntityDetailOptions& options);

}  // namespace news
