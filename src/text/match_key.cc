#include "text/match_key.h"

#include <unicode/uchar.h>

#include "common/utf8.h"

namespace news {

char32_t FoldCodePoint(char32_t cp) {
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
}

std::string MatchKey(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  size_t pos = 0;
  while (pos < utf8.size()) AppendUtf8(out, FoldCodePoint(DecodeUtf8(utf8, &pos)));
  return out;
}

}  // namespace news
