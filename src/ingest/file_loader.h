// Local files to Documents: expands directories (recursively) into article
// files and reads one file into a Document.
//
//   Diagnostics diag;
//   for (const std::string& path : ExpandPaths({"corpus"}, diag)) {
//     StatusOr<Document> d = LoadFile(path);
//   }
//
// Article files are .txt, .md, .html, .htm, .xhtml, and files without an
// extension whose first bytes look like text or HTML. Hidden entries and
// binary extension-less files are skipped with a warning; files with other
// extensions (.tsv, .json, .png, ...) and a folder's own documentation
// (README, LICENSE, CHANGELOG... with any extension) are not articles and are
// passed over silently; a file named explicitly is always read. Directory symlinks are followed once: a link back to an
// ancestor is reported, not looped.
//
// LoadFile fails with kIoError (missing, unreadable), kTooLarge (over
// max_bytes), kUnsupported (binary) or kParseError (empty, no text).
// Thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/dates.h"
#include "common/diagnostics.h"
#include "common/status.h"
#include "model/document.h"

namespace news {

struct FileOptions {
  size_t max_bytes = 10 * 1024 * 1024;  // larger files are refused, not truncated
  Day fetch_day = TodayUtc();           // publication dates after the day after this are ignored
};

// Files to ingest under `sources`, each once (directory contents sorted).
// Skipped entries are reported as warnings.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& sources, Diagnostics& diag);

StatusOr<Document> LoadFile(const std::string& path, const FileOptions& options = {});

}  // namespace news
