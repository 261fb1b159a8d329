// Renders a Digest as Markdown (GitHub-flavoured: pipe tables, anchors from
// headings) that also reads well as plain text in a terminal: short lines
// of prose, tables for numbers, Unicode sparklines for 12-week trends.
//
//   std::string md = RenderDigestMarkdown(digest);
//
// Every piece of article text is escaped (Markdown punctuation and raw HTML
// are backslash-escaped, newlines folded) so a title cannot inject markup or
// links; only http(s) URLs become links. Deterministic, pure, thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "report/digest.h"

namespace news {

std::string RenderDigestMarkdown(const Digest& digest);

// Backslash-escapes Markdown punctuation and folds line breaks to spaces.
std::string EscapeMarkdown(std::string_view text);

}  // namespace news
