// Keeps the full-text index (the contentless FTS5 table `article_fts`, rowid
// = articles.id) in step with the articles. Internal to src/store/: the
// article writer and the schema migration call it inside their transaction.
#pragma once

#include <cstdint>
#include <string_view>

#include "common/status.h"
#include "store/fts_text.h"

namespace news {

class Db;

// Indexes an article's title and body (see store/fts_text.h).
Status IndexArticleText(Db& db, int64_t id, std::string_view title, std::string_view body);

// The same with the columns already computed (FtsColumnsFor, fts_text.h).
Status IndexArticleColumns(Db& db, int64_t id, const FtsColumns& columns);

// Removes what IndexArticleText(id, title, body) added; the same title and
// body must be given (a contentless index keeps no copy).
Status UnindexArticleText(Db& db, int64_t id, std::string_view title, std::string_view body);

// Indexes every stored article (schema upgrade of a database that had none).
Status IndexAllArticles(Db& db);

}  // namespace news
