// Writes an Analysis in the `analyze --format json` shape of DESIGN.md,
// converting the library's byte offsets into code point offsets.
//
//   JsonWriter w(std::cout, /*pretty=*/true);
//   WriteAnalysisJson(w, analysis);
#pragma once

#include "common/json.h"
#include "model/analysis.h"

namespace news {

void WriteAnalysisJson(JsonWriter& w, const Analysis& a);

// The `extract` command's object: source, title, published, author, lang, body
// (plus url, canonical_url, charset and date_rule when known).
void WriteDocumentJson(JsonWriter& w, const Document& d, const std::string& lang);

}  // namespace news
