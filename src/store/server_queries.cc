#include "store/server_queries.h"

#include "store/sqlite_db.h"
#include "store/store.h"

namespace news {

StatusOr<std::vector<std::string>> ArticleWeeks(Store& store) {
  // articles_by_week makes this a walk over the index's distinct keys.
  NEWS_ASSIGN_OR_RETURN(Statement st, store.db().Prepare(
      "SELECT DISTINCT week FROM articles WHERE week IS NOT NULL ORDER BY week"));
  std::vector<std::string> weeks;
  for (;;) {
    NEWS_ASSIGN_OR_RETURN(bool more, st.Step());
    if (!more) break;
    weeks.push_back(st.Text(0));
  }
  return weeks;
}

}  // namespace news
