#include "ingest/text_article.h"

#include <algorithm>
#include <cctype>

#include "common/dates.h"

namespace news {

static std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

static std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// Applies one "Key: value" header; false when the line is not a known header.
static bool ApplyHeader(std::string_view line, Document& d) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 12) return false;
  std::string key = Lower(Trim(line.substr(0, colon)));
  std::string value(Trim(line.substr(colon + 1)));
  if (key == "title") d.title = value;
  else if (key == "date" || key == "published") {
    if (ParseIsoDay(value.substr(0, 10))) { d.published = value.substr(0, 10); d.date_rule = "header"; }
  } else if (key == "author") d.author = value;
  else if (key == "url" || key == "source") d.canonical_url = value;
  else return false;
  return true;
}

Document ParseTextArticle(const std::string& source, std::string_view text) {
  Document d;
  d.source = source;
  d.charset = "UTF-8";
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  size_t pos = 0;
  bool any_header = false;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? text.size() - pos : nl - pos);
    if (Trim(line).empty()) { if (any_header) pos = nl == std::string_view::npos ? text.size() : nl + 1; break; }
    if (!ApplyHeader(line, d)) break;
    any_header = true;
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
  }
  if (!any_header) pos = 0;
  d.body = std::string(text.substr(pos));
  if (d.title.empty()) {
    std::string_view rest = Trim(d.body);
    d.title = std::string(Trim(rest.substr(0, rest.find('\n'))));
  }
  return d;
}

}  // namespace news
