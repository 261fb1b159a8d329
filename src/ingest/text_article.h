// Plain-text articles: optional header lines (`Title:`, `Date:`, `Author:`,
// `URL:`), a blank line, then the body; or Markdown's YAML front matter
// between `---` lines (title, date, author, url; quoted or not). Without
// headers the first line is the title, without a Markdown heading's `#`s.
//
//   Document d = ParseTextArticle("corpus/a.txt", bytes);
//
// Never fails: text without headers is all body. Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "model/document.h"

namespace news {

Document ParseTextArticle(const std::string& source, std::string_view text);

}  // namespace news
