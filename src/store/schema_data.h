// Data work of schema steps that SQL alone cannot do (each runs inside its
// step's transaction, see store/schema.cc). Internal to src/store/.
#pragma once

#include "common/status.h"

namespace news {

class Db;

// Step 9: packs every (article, entity)'s rows of the old `mentions` table
// into article_entities.spans (store/stored_values.h EncodeSpans).
// kDataError/kBusy from SQLite.
Status FillMentionSpans(Db& db);

}  // namespace news
