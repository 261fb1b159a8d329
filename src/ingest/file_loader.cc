#include "ingest/file_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "ingest/text_article.h"

namespace news {

namespace fs = std::filesystem;

static bool IsArticleExtension(const fs::path& p) {
  static const std::set<std::string> kExt = {".txt", ".md", ".html", ".htm", ".xhtml"};
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return kExt.count(ext) > 0;
}

static void WalkDirectory(const fs::path& dir, std::vector<std::string>& out, Diagnostics& diag) {
  std::error_code ec;
  auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) { diag.Error(dir.string(), ec.message()); return; }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) { diag.Warning(dir.string(), ec.message()); break; }
    const fs::path& p = it->path();
    if (p.filename().string().starts_with(".")) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && IsArticleExtension(p)) out.push_back(p.string());
  }
}

std::vector<std::string> ExpandPaths(const std::vector<std::string>& sources, Diagnostics& diag) {
  std::vector<std::string> out;
  for (const std::string& s : sources) {
    std::error_code ec;
    if (fs::is_directory(s, ec)) {
      std::vector<std::string> found;
      WalkDirectory(s, found, diag);
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(s);  // LoadFile reports a missing or unreadable file
    }
  }
  return out;
}

static bool LooksBinary(std::string_view bytes) {
  size_t n = std::min<size_t>(bytes.size(), 8192), zeros = 0;
  for (size_t i = 0; i < n; ++i) zeros += bytes[i] == '\0';
  return zeros > 0;
}

StatusOr<Document> LoadFile(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status(StatusCode::kIoError, "no such file or directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kIoError, "cannot open file for reading");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string bytes = ss.str();
  if (bytes.empty()) return Status(StatusCode::kParseError, "empty file");
  if (LooksBinary(bytes)) return Status(StatusCode::kUnsupported, "binary file (NUL bytes), skipped");
  std::string ext = fs::path(path).extension().string();
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml")
    return Status(StatusCode::kUnsupported, "HTML pages are not supported yet");
  return ParseTextArticle(path, bytes);
}

}  // namespace news
