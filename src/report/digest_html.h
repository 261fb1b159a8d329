// Renders a Digest as one self-contained HTML5 page: inline CSS and SVG, no
// script, no external request (no fonts, images or styles from elsewhere),
// a table of contents, a layout that reflows on a phone and a print style.
//
//   std::string html = RenderDigestHtml(digest);
//
// Every piece of article text passes through EscapeHtml, and only http(s)
// URLs become links (with rel="noopener noreferrer"), so a hostile title or
// body shows as text. Chinese text carries its lang attribute so browsers
// pick the right glyphs. Deterministic, pure, thread-safe.
#pragma once

#include <string>

#include "report/digest.h"

namespace news {

std::string RenderDigestHtml(const Digest& digest);

}  // namespace news
