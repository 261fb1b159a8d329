// Copies the entity lexicon (ids, names, types, parents, aliases in every
// script) into the store, so that `timeline --entity` and `entities show`
// resolve any alias the lexicon lists, and parents/children are known even
// for entities no article has named yet. Glue between lexicon/ and store/.
// The store records the lexicon version it was synced from (the lexicon
// cache key: the files and the binary), and the same version is not synced
// again.
//
//   NEWS_RETURN_IF_ERROR(SyncLexiconEntities(*store, ctx.lexicon_dir));
//
// Problems in the lexicon files are not reported here (Analyzer::Create and
// `lexicon check` report them); the entities that loaded are synced.
#pragma once

#include <string>

#include "common/status.h"

namespace news {

class Store;

// kDataError/kBusy when the store cannot be written. An empty lexicon_dir
// syncs nothing.
Status SyncLexiconEntities(Store& store, const std::string& lexicon_dir);

}  // namespace news
