#include "text/term_lists.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "common/utf8.h"
#include "text/char_class.h"
#include "text/match_key.h"
#include "text/normalizer.h"

namespace news {
namespace {

namespace fs = std::filesystem;

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string_view::npos ? std::string() : std::string(s.substr(b, e - b + 1));
}

// Adds a term when every character is one the segmenter's lattice sees.
void AddIfChinese(const std::string& raw, WordTable* table) {
  std::string term = NormalizeText(Trim(raw));
  if (term.empty()) return;
  size_t pos = 0;
  while (pos < term.size())
    if (ClassOf(FoldCodePoint(DecodeUtf8(term, &pos))) != CharClass::kCjk) return;
  table->AddTerm(term);
}

Status ReadTermFile(const std::string& path, WordTable* table) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kIoError, path + ": cannot read the term list");
  std::string line;
  while (std::getline(in, line))
    if (!line.empty() && line[0] != '#') AddIfChinese(line, table);
  return Status::Ok();
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, sep)) out.push_back(item);
  return out;
}

Status ReadEntityFile(const std::string& path, WordTable* table) {
  std::ifstream in(path);
  if (!in) return Status(StatusCode::kIoError, path + ": cannot read the entity lexicon");
  std::string line;
  int canonical = -1, aliases = -1;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> cols = Split(line, '\t');
    if (header) {
      for (size_t i = 0; i < cols.size(); ++i) {
        if (Trim(cols[i]) == "canonical") canonical = static_cast<int>(i);
        if (Trim(cols[i]) == "aliases") aliases = static_cast<int>(i);
      }
      if (canonical < 0 || aliases < 0) return Status::Ok();  // not an entity list; `lexicon check` reports it
      header = false;
      continue;
    }
    if (static_cast<int>(cols.size()) > canonical) AddIfChinese(cols[canonical], table);
    if (static_cast<int>(cols.size()) > aliases)
      for (const std::string& a : Split(cols[aliases], '|')) AddIfChinese(a, table);
  }
  return Status::Ok();
}

}  // namespace

Status LoadTerms(const std::string& lexicon_dir, const std::string& user_lexicon_path, WordTable* table) {
  std::error_code ec;
  if (!lexicon_dir.empty()) {
    std::string terms = lexicon_dir + "/terms.txt";
    if (fs::is_regular_file(terms, ec)) NEWS_RETURN_IF_ERROR(ReadTermFile(terms, table));
    std::vector<fs::path> tsvs;
    for (const auto& e : fs::directory_iterator(lexicon_dir + "/entities", ec))
      if (e.path().extension() == ".tsv") tsvs.push_back(e.path());
    std::sort(tsvs.begin(), tsvs.end());
    for (const fs::path& p : tsvs) NEWS_RETURN_IF_ERROR(ReadEntityFile(p.string(), table));
  }
  if (!user_lexicon_path.empty()) NEWS_RETURN_IF_ERROR(ReadTermFile(user_lexicon_path, table));
  return Status::Ok();
}

}  // namespace news
