// Normalisation of article text before anything else looks at it: invalid
// UTF-8 repaired (U+FFFD, counted), NFKC (which also folds full-width Latin,
// digits and punctuation to half-width, and U+3000 to a space), control,
// format and zero-width characters removed (NUL, soft hyphen, ZWSP, ZWJ,
// BOM, bidi controls), and white space made consistent: CR LF, CR, NEL and
// U+2028/9 become LF, runs of spaces and tabs one space, no space at the
// start or end of a line, at most one blank line in a row, none at the start
// or end. Offsets everywhere downstream point into this normalised text; the
// caller keeps the original for display.
//
//   NormalizeStats stats;
//   std::string body = NormalizeText(raw, &stats);
//
// Thread-safe; never fails (bad input is repaired and counted). Linear in
// the input; a 20 MB line is fine.
#pragma once

#include <string>
#include <string_view>

namespace news {

struct NormalizeStats {
  size_t invalid_utf8 = 0;     // sequences replaced by U+FFFD
  size_t removed_controls = 0; // control, NUL, format and zero-width characters dropped
};

std::string NormalizeText(std::string_view raw, NormalizeStats* stats = nullptr);

}  // namespace news
