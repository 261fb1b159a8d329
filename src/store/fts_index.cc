#include "store/fts_index.h"

#include "store/fts_text.h"
#include "store/sqlite_db.h"

namespace news {

Status IndexArticleText(Db& db, int64_t id, std::string_view title, std::string_view body) {
  return IndexArticleColumns(db, id, FtsColumnsFor(title, body));
}

Status IndexArticleColumns(Db& db, int64_t id, const FtsColumns& c) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "INSERT INTO article_fts (rowid, title, body, tails) VALUES (?, ?, ?, ?)"));
  st.Bind(1, id).Bind(2, c.title).Bind(3, c.body).Bind(4, c.tails);
  return st.Run();
}

Status UnindexArticleText(Db& db, int64_t id, std::string_view title, std::string_view body) {
  FtsColumns c = FtsColumnsFor(title, body);
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare(
      "INSERT INTO article_fts (article_fts, rowid, title, body, tails) VALUES ('delete', ?, ?, ?, ?)"));
  st.Bind(1, id).Bind(2, c.title).Bind(3, c.body).Bind(4, c.tails);
  return st.Run();
}

Status IndexAllArticles(Db& db) {
  NEWS_ASSIGN_OR_RETURN(Statement st, db.Prepare("SELECT id, title, body FROM articles ORDER BY id"));
  while (true) {
    NEWS_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Status::Ok();
    NEWS_RETURN_IF_ERROR(IndexArticleText(db, st.Int(0), st.TextView(1), st.TextView(2)));
  }
}

}  // namespace news
