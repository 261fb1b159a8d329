// A reader for the project's lexicon TSV files: UTF-8 text, `#` comment
// lines and blank lines skipped, a header row, then one record per line.
// Each row keeps its 1-based line number so that problems can be reported
// as `file:line: cause`.
//
//   StatusOr<TsvFile> t = ReadTsv("lexicons/entities/orgs.tsv");
//   for (const TsvRow& r : t->rows) use(r.cells[0], r.line);
//
// Fails with kIoError when the file cannot be read and kParseError (file:1)
// when it has no header. Pure function.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace news {

struct TsvRow {
  int line = 0;
  std::vector<std::string> cells;  // trimmed of surrounding spaces
};

struct TsvFile {
  std::string path;
  std::vector<std::string> header;
  int header_line = 0;
  std::vector<TsvRow> rows;
};

StatusOr<TsvFile> ReadTsv(const std::string& path);
// The same, over text already in memory (`path` only names it in errors).
StatusOr<TsvFile> ParseTsv(const std::string& path, std::string_view text);

// Splits "a|b|c" into its non-empty trimmed parts; *empty_parts counts the
// empty ones ("a||b"), which the lexicon checker reports.
std::vector<std::string> SplitList(std::string_view s, int* empty_parts = nullptr);

std::string Trim(std::string_view s);

}  // namespace news
