#include "cli/lexicon_sync.h"

#include <vector>

#include "lexicon/entity_lexicon.h"
#include "store/store.h"

namespace news {

Status SyncLexiconEntities(Store& store, const std::string& lexicon_dir) {
  if (lexicon_dir.empty()) return Status::Ok();
  std::vector<LexiconProblem> problems;
  EntityLexicon lex = LoadLexicons(lexicon_dir, &problems);
  std::vector<EntityRecord> records;
  records.reserve(lex.entities.size());
  for (const LexiconEntity& e : lex.entities) {
    if (e.id.empty() || e.canonical.empty() || e.type.empty()) continue;
    records.push_back({e.id, e.canonical, e.type, e.parent, e.aliases});
  }
  return store.SyncEntities(records);
}

}  // namespace news
