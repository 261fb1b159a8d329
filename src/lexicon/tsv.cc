#include "lexicon/tsv.h"

#include <fstream>
#include <sstream>

#include "common/utf8.h"

namespace news {

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

static std::vector<std::string> SplitCells(std::string_view line) {
  std::vector<std::string> cells;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cells.push_back(Trim(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  while (cells.size() > 1 && cells.back().empty()) cells.pop_back();
  return cells;
}

std::vector<std::string> SplitList(std::string_view s, int* empty_parts) {
  std::vector<std::string> parts;
  if (Trim(s).empty()) return parts;
  size_t start = 0;
  while (true) {
    size_t bar = s.find('|', start);
    std::string part = Trim(s.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
    if (part.empty()) {
      if (empty_parts) ++*empty_parts;
    } else {
      parts.push_back(std::move(part));
    }
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return parts;
}

StatusOr<TsvFile> ParseTsv(const std::string& path, std::string_view text) {
  TsvFile f;
  f.path = path;
  if (!IsValidUtf8(text)) return Status(StatusCode::kParseError, path + ":1: not valid UTF-8");
  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    ++line_no;
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    std::string trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    if (f.header.empty()) {
      f.header = SplitCells(line);
      f.header_line = line_no;
    } else {
      f.rows.push_back({line_no, SplitCells(line)});
    }
  }
  if (f.header.empty()) return Status(StatusCode::kParseError, path + ":1: no header row");
  return f;
}

StatusOr<TsvFile> ReadTsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kIoError, path + ": cannot read");
  std::stringstream ss;
  ss << in.rdbuf();
  return ParseTsv(path, ss.str());
}

}  // namespace news
