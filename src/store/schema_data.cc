#include "store/schema_data.h"

#include <vector>

#include "store/sqlite_db.h"
#include "store/stored_values.h"

namespace news {

namespace {

Status WriteSpans(Statement& update, int64_t article, int64_t entity, std::vector<MentionSpan>* spans) {
  if (spans->empty()) return Status::Ok();
  update.BindBlob(1, EncodeSpans(*spans)).Bind(2, article).Bind(3, entity);
  spans->clear();
  return update.Run();
}

}  // namespace

Status FillMentionSpans(Db& db) {
  NEWS_ASSIGN_OR_RETURN(Statement read, db.Prepare(
      "SELECT article, entity, begin, end, sentence FROM mentions ORDER BY article, entity, begin"));
  NEWS_ASSIGN_OR_RETURN(Statement update, db.Prepare(
      "UPDATE article_entities SET spans = ?1 WHERE article = ?2 AND entity = ?3"));
  int64_t article = -1, entity = -1;
  std::vector<MentionSpan> spans;
  while (true) {
    NEWS_ASSIGN_OR_RETURN(bool row, read.Step());
    if (!row || read.Int(0) != article || read.Int(1) != entity)
      NEWS_RETURN_IF_ERROR(WriteSpans(update, article, entity, &spans));
    if (!row) return Status::Ok();
    article = read.Int(0), entity = read.Int(1);
    spans.push_back({read.Int(2), read.Int(3), read.Int(4)});
  }
}

}  // namespace news
