#include "server/web_assets.h"

#include <map>
#include <string>

namespace news {

std::string_view ContentTypeFor(std::string_view path) {
  static const std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},  {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"}, {".svg", "image/svg+xml"},
      {".png", "image/png"},                  {".ico", "image/x-icon"},
      {".json", "application/json; charset=utf-8"}, {".txt", "text/plain; charset=utf-8"},
  };
  for (const auto& [ext, type] : kTypes)
    if (path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext) return type;
  return "application/octet-stream";
}

const WebAsset* FindWebAsset(std::string_view url_path) {
  // Built once; the embedded set never changes while the process runs.
  static const std::map<std::string, WebAsset, std::less<>> kByPath = [] {
    std::map<std::string, WebAsset, std::less<>> m;
    for (const EmbeddedFile& f : EmbeddedWebFiles())
      m.emplace(std::string(f.path), WebAsset{f.path, ContentTypeFor(f.path), f.data});
    return m;
  }();
  if (url_path == "/") url_path = "/index.html";
  auto it = kByPath.find(url_path);
  return it == kByPath.end() ? nullptr : &it->second;
}

}  // namespace news
