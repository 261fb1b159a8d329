#include "lexicon/folded_text.h"

#include "common/utf8.h"
#include "text/match_key.h"

namespace news {

FoldedText FoldForMatching(std::string_view text) {
  FoldedText f;
  f.key.reserve(text.size());
  f.original.reserve(text.size() + 1);
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t cp = DecodeUtf8(text, &pos);
    size_t before = f.key.size();
    AppendUtf8(f.key, FoldCodePoint(cp));
    // Every byte of the folded character points at the start of the original
    // one, so spans never split a code point.
    for (size_t i = before; i < f.key.size(); ++i) f.original.push_back(static_cast<uint32_t>(start));
  }
  f.original.push_back(static_cast<uint32_t>(text.size()));
  return f;
}

}  // namespace news
