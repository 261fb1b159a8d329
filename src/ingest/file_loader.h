// Local files to Documents: expands directories (recursively) into article
// files and reads one file into a Document.
//
//   Diagnostics diag;
//   for (const std::string& path : ExpandPaths({"corpus"}, diag)) {
//     StatusOr<Document> d = LoadFile(path);
//   }
//
// LoadFile fails with kIoError (unreadable), kUnsupported (binary or unknown
// type) or kParseError (empty). Thread-safe.
#pragma once

#include <string>
#include <vector>

#include "common/diagnostics.h"
#include "common/status.h"
#include "model/document.h"

namespace news {

// Files to ingest under `sources`, sorted, each once. Skipped entries (hidden,
// unknown extension, unreadable directory) are reported as warnings.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& sources, Diagnostics& diag);

StatusOr<Document> LoadFile(const std::string& path);

}  // namespace news
