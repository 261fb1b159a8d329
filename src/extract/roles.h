// Roles inside one article: the subject organisation (the one the article is
// mainly about: weighted by the headline, the first sentence and paragraph,
// then by mentions, with divisions and products counting for their parent),
// its competitors (organisations sharing a market with it in
// competitors.tsv, or named next to a rivalry cue), every other organisation
// `other`; divisions and products get their parent's name; people get the
// organisation their sentence ties them to ("OpenAI CEO Sam Altman",
// "OpenAI研究員林佳穎", "a scientist at Google DeepMind").
//
//   AssignRoles(lex, cues, title_entities, st);
//
// Pure over its inputs; thread-safe per ExtractionState.
#pragma once

#include <vector>

#include "extract/event_cues.h"
#include "extract/extraction_state.h"
#include "lexicon/entity_lexicon.h"

namespace news {

// title_entities: lexicon indexes found in the headline, in order; `cues`
// gives the verbs whose subject is a hiring organisation (kind `hirer`).
// Returns the analysis().entities index of the subject, or -1.
int AssignRoles(const EntityLexicon& lex, const EventCues& cues, const std::vector<int>& title_entities, ExtractionState& st);

// The organisation (lexicon index, at organisation level: AWS -> Amazon) a
// person mention is tied to by its sentence, or -1. Used by roles and events.
int LinkedOrganization(const EntityLexicon& lex, const ExtractionState& st, const Mention& person);

}  // namespace news
