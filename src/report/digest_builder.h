// Builds a Digest from the rows store/digest_queries.h loads: decides which
// articles fall in the week (in the chosen time zone), groups them into
// stories, lists and deduplicates events, follows people between
// organisations, computes tone per organisation and week, and finds the
// entities that rose, fell or appeared.
//
//   DigestWindow window = MakeDigestWindow(*ParseIsoWeek("2026-W07"));
//   DigestQuery q = MakeDigestQuery(window, tz);
//   NEWS_ASSIGN_OR_RETURN(DigestRows rows, LoadDigestRows(store, q));
//   Digest d = BuildDigest(rows, window, tz, {});
//
// Pure and deterministic (every list has a total order, ties broken by
// name and article id); never fails — missing pieces give empty sections.
// Thread-safe.
#pragma once

#include "report/digest.h"
#include "report/digest_week.h"
#include "store/digest_queries.h"

namespace news {

struct DigestOptions {
  int max_stories = 8;           // top stories shown
  int max_events = 40;           // events of the week shown
  int min_tone_sentences = 3;    // an organisation needs this many toned sentences in the week
  int max_organizations = 8;     // research-vs-product cards shown
  int movers_per_aspect = 3;     // sentences shown for what moved each score
  int max_entity_movers = 6;     // rising and falling, each
  int min_mover_mentions = 3;    // rising needs this many mentions now; falling this mean before
  int max_first_seen = 20;       // first-seen entities shown
  int max_talent_moves = 15;     // rows per talent-flow table
};

// The SQL date ranges for a window, widened by a day on each side when the
// zone is not UTC (a timestamp may then cross midnight).
DigestQuery MakeDigestQuery(const DigestWindow& window, const TimeZone& tz);

Digest BuildDigest(const DigestRows& rows, const DigestWindow& window, const TimeZone& tz, const DigestOptions& options);

// The publisher shown for an article: the host of its URL without "www.",
// or "local file" when it came from a file without a URL. Exposed for tests.
std::string PublisherOf(const std::string& url, const std::string& source);

}  // namespace news
