// The talent-flow diagram of the HTML digest: organisations people left on
// the left, organisations they joined on the right, one band per move whose
// thickness is the number of people. Inline SVG, no script; names are
// escaped and each band carries a <title> listing the people.
//
//   std::string svg = SvgTalentFlow(digest.talent.quarter, "Talent flow, 12 weeks");
//
// Deterministic: nodes are ordered by people moved (desc), then by name.
// Returns "" for an empty list. Pure, thread-safe.
#pragma once

#include <string>
#include <vector>

#include "report/digest.h"

namespace news {

std::string SvgTalentFlow(const std::vector<TalentMove>& moves, const std::string& title);

}  // namespace news
