// Plain-text articles: optional header lines (`Title:`, `Date:`, `Author:`,
// `URL:`), a blank line, then the body. Without headers the first line is
// the title.
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
