// The web front end embedded in the binary. cmake/embed_web.cmake turns every
// file in src/server/web/ into bytes of a generated source at build time, so
// the served set is fixed: a URL path is looked up by exact name and nothing
// else can be reached (no file system access, no `..` handling to get wrong).
//
//   const WebAsset* a = FindWebAsset("/app.js");
//   if (a) Send(a->content_type, a->data);
//
// Pure lookups over static data; safe from any thread.
#pragma once

#include <string_view>
#include <vector>

namespace news {

struct EmbeddedFile {
  std::string_view path;  // "/index.html"
  std::string_view data;
};

// Defined in the generated web_assets_data.cc.
const std::vector<EmbeddedFile>& EmbeddedWebFiles();

struct WebAsset {
  std::string_view path;
  std::string_view content_type;  // with charset for text types
  std::string_view data;
};

// The asset for a request path ("/" means "/index.html"); nullptr when the
// path is not exactly one of the embedded files.
const WebAsset* FindWebAsset(std::string_view url_path);

// Content type from the file extension; application/octet-stream if unknown.
std::string_view ContentTypeFor(std::string_view path);

}  // namespace news
