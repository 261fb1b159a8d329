#include "ingest/file_loader.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <utility>

#include "ingest/decode_document.h"

namespace news {

namespace fs = std::filesystem;

namespace {

std::string Extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

DocumentKind KindOf(const fs::path& p) {
  std::string ext = Extension(p);
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return DocumentKind::kHtml;
  if (ext == ".txt" || ext == ".md") return DocumentKind::kText;
  return DocumentKind::kUnknown;
}

bool HasExtension(const fs::path& p) { return !p.extension().empty() && p.filename().string() != p.extension().string(); }

// README.md, LICENSE, CHANGELOG.txt...: a folder's own documentation, not
// one of its articles (corpus/README.md would otherwise be ingested).
bool IsFolderDocumentation(const fs::path& p) {
  std::string stem = p.filename().string();
  stem = stem.substr(0, stem.find('.'));
  std::transform(stem.begin(), stem.end(), stem.begin(), [](unsigned char c) { return std::toupper(c); });
  static const std::set<std::string> kNames = {"README",  "LICENSE", "LICENCE",      "COPYING", "CHANGELOG",
                                               "CHANGES", "AUTHORS", "CONTRIBUTING", "NOTICE"};
  return kNames.count(stem) > 0;
}

std::string ReadHead(const fs::path& p, size_t n) {
  std::ifstream in(p, std::ios::binary);
  std::string buf(n, '\0');
  in.read(buf.data(), static_cast<std::streamsize>(n));
  buf.resize(static_cast<size_t>(in.gcount()));
  return buf;
}

using FileId = std::pair<dev_t, ino_t>;

std::optional<FileId> IdOf(const fs::path& p) {
  struct stat st{};
  if (::stat(p.c_str(), &st) != 0) return std::nullopt;
  return FileId{st.st_dev, st.st_ino};
}

// Decides one directory entry: returns true when it is an article file.
bool AcceptFile(const fs::path& p, Diagnostics& diag) {
  if (IsFolderDocumentation(p)) return false;
  if (KindOf(p) != DocumentKind::kUnknown) return true;
  if (HasExtension(p)) return false;  // .tsv, .json, .png: not articles
  std::string head = ReadHead(p, 8192);
  if (head.empty()) { diag.Warning(p.string(), "empty file without extension, skipped"); return false; }
  if (LooksBinary(head)) { diag.Warning(p.string(), "binary file, skipped"); return false; }
  return true;
}

// Iterative walk (no recursion, so deep trees cost no stack); directories
// are identified by device and inode so that symlink cycles end.
void WalkDirectory(const fs::path& root, std::vector<std::string>& out, Diagnostics& diag) {
  std::set<FileId> seen;
  std::vector<fs::path> pending{root};
  if (auto id = IdOf(root)) seen.insert(*id);
  while (!pending.empty()) {
    fs::path dir = pending.back();
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) { diag.Warning(dir.string(), "cannot read directory (" + ec.message() + "), skipped"); continue; }
    std::vector<fs::path> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) { diag.Warning(dir.string(), ec.message()); break; }
      entries.push_back(it->path());
    }
    std::sort(entries.begin(), entries.end());
    for (const fs::path& p : entries) {
      if (p.filename().string().starts_with(".")) { diag.Warning(p.string(), "hidden, skipped"); continue; }
      if (fs::is_directory(p, ec)) {
        std::optional<FileId> id = IdOf(p);
        if (!id) { diag.Warning(p.string(), "cannot read directory, skipped"); continue; }
        if (!seen.insert(*id).second) { diag.Warning(p.string(), "directory already visited (symlink loop?), skipped"); continue; }
        pending.push_back(p);
      } else if (fs::is_regular_file(p, ec)) {
        if (AcceptFile(p, diag)) out.push_back(p.string());
      } else if (fs::is_symlink(p, ec)) {
        diag.Warning(p.string(), "broken symbolic link, skipped");
      }
    }
  }
}

}  // namespace

std::vector<std::string> ExpandPaths(const std::vector<std::string>& sources, Diagnostics& diag) {
  std::vector<std::string> out;
  std::set<std::string> emitted;
  for (const std::string& s : sources) {
    std::error_code ec;
    std::vector<std::string> found;
    if (fs::is_directory(s, ec)) WalkDirectory(s, found, diag);
    else found.push_back(s);  // LoadFile reports a missing or unreadable file
    std::sort(found.begin(), found.end());
    for (std::string& f : found)
      if (emitted.insert(f).second) out.push_back(std::move(f));
  }
  return out;
}

// A missing path that is a URL of another kind ("ftp://host/x") is not a
// file the user mistyped: say which URLs are read.
static Status MissingFile(const std::string& path) {
  size_t sep = path.find("://");
  bool scheme = sep != std::string::npos && sep > 0 && std::isalpha(static_cast<unsigned char>(path[0])) &&
                std::all_of(path.begin(), path.begin() + static_cast<long>(sep), [](unsigned char c) {
                  return std::isalnum(c) || c == '+' || c == '-' || c == '.';
                });
  if (scheme)
    return Status(StatusCode::kUnsupported, "unsupported URL scheme '" + path.substr(0, sep) +
                                                "' (newsminer reads http and https URLs, files and directories)");
  return Status(StatusCode::kIoError, "no such file or directory");
}

StatusOr<Document> LoadFile(const std::string& path, const FileOptions& options) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return MissingFile(path);
  if (fs::is_directory(st)) return Status(StatusCode::kInvalidArgument, "is a directory");
  if (!fs::is_regular_file(st)) return Status(StatusCode::kUnsupported, "not a regular file");
  uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > options.max_bytes)
    return Status(StatusCode::kTooLarge, "file too large (" + std::to_string(size) + " bytes, limit " +
                                             std::to_string(options.max_bytes) + ")");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kIoError, "cannot open file for reading (permission denied?)");
  std::string bytes(static_cast<size_t>(ec ? 0 : size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (in.bad()) return Status(StatusCode::kIoError, "read error");
  bytes.resize(static_cast<size_t>(in.gcount()));
  if (bytes.empty()) return Status(StatusCode::kParseError, "empty file");
  DecodeHints hints;
  hints.kind = KindOf(path);
  hints.fetch_day = options.fetch_day;
  return DecodeDocument(path, bytes, hints);
}

}  // namespace news
