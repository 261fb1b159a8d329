// Normalisation of article text before anything else looks at it: invalid
// UTF-8 repaired, NFKC (which also folds full-width Latin and digits),
// control and zero-width characters removed, whitespace and line breaks made
// consistent. Offsets everywhere downstream point into this normalised text.
//
//   NormalizeStats stats;
//   std::string body = NormalizeText(raw, &stats);
//
// Thread-safe; never fails (bad input is repaired and counted).
#pragma once

#include <string>
#include <string_view>

namespace news {

struct NormalizeStats {
  size_t invalid_utf8 = 0;     // sequences replaced by U+FFFD
  size_t removed_controls = 0; // control, NUL and zero-width characters dropped
};

std::string NormalizeText(std::string_view raw, NormalizeStats* stats = nullptr);

}  // namespace news
