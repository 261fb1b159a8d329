// Renders a Digest as one JSON object for other tools, with the same content
// as the Markdown and HTML digests (numbers unformatted, rounded to three
// decimals; missing scores are null).
//
//   std::ostringstream out;
//   RenderDigestJson(digest, out, /*pretty=*/true);
//
// Shape (top level): {"week", "monday", "sunday", "tz", "empty", "header",
// "stories", "events", "talent_flow": {"week", "quarter"}, "tone",
// "entity_movers": {"rising", "falling", "first_seen"}}. Deterministic,
// pure, thread-safe.
#pragma once

#include <ostream>

#include "report/digest.h"

namespace news {

void RenderDigestJson(const Digest& digest, std::ostream& out, bool pretty = true);

}  // namespace news
