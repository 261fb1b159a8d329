#include "cli/lexicon_sync.h"

#include <vector>

#include "lexicon/entity_lexicon.h"
#include "lexicon/lexicon_cache.h"
#include "store/store.h"

namespace news {

Status SyncLexiconEntities(Store& store, const std::string& lexicon_dir) {
  if (lexicon_dir.empty()) return Status::Ok();
  // Reading the lexicons and rewriting ~5k entities with their aliases was a
  // third of a one-article ingest; the version is found from the files'
  // metadata when they did not change (lexicon/lexicon_cache.h).
  std::string version = ResolveLexiconCacheKey(DefaultLexiconCacheDir(), lexicon_dir);
  NEWS_ASSIGN_OR_RETURN(bool synced, store.EntitiesSyncedFrom(version));
  if (synced) return Status::Ok();
  std::vector<LexiconProblem> problems;
  EntityLexicon lex = LoadLexicons(lexicon_dir, &problems);
  std::vector<EntityRecord> records;
  records.reserve(lex.entities.size());
  for (const LexiconEntity& e : lex.entities) {
    if (e.id.empty() || e.canonical.empty() || e.type.empty()) continue;
    records.push_back({e.id, e.canonical, e.type, e.parent, e.aliases});
  }
  return store.SyncEntities(records, version);
}

}  // namespace news
