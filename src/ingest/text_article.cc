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

// A YAML value in quotes ("…" or '…') without them.
static std::string_view Unquote(std::string_view v) {
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) return v.substr(1, v.size() - 2);
  return v;
}

// Applies one "Key: value" header; false when the line is not a known header.
// `yaml`: a front-matter line, whose values may be quoted.
static bool ApplyHeader(std::string_view line, Document& d, bool yaml = false) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 12) return false;
  std::string key = Lower(Trim(line.substr(0, colon)));
  std::string value(yaml ? Unquote(Trim(line.substr(colon + 1))) : Trim(line.substr(colon + 1)));
  if (key == "title") d.title = value;
  else if (key == "date" || key == "published") {
    if (ParseIsoDay(value.substr(0, 10))) { d.published = value.substr(0, 10); d.date_rule = "header"; }
  } else if (key == "author") d.author = value;
  else if (key == "url" || key == "source") d.canonical_url = value;
  else return false;
  return true;
}

// YAML front matter of a Markdown file (Hugo, Jekyll): a "---" line, "key:
// value" lines, a closing "---" (or "...") line. Known keys fill `d`, others
// are passed over. Returns the offset after the closing line; 0, with `d`
// untouched, when the text does not open with front matter or never closes it.
static size_t ReadFrontMatter(std::string_view text, Document& d) {
  if (!text.starts_with("---\n") && !text.starts_with("---\r\n")) return 0;
  Document found = d;
  for (size_t pos = text.find('\n') + 1; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    size_t next = nl == std::string_view::npos ? text.size() : nl + 1;
    std::string_view line = Trim(text.substr(pos, next - pos));
    if (line == "---" || line == "...") {
      d = std::move(found);
      return next;
    }
    // Only YAML-looking lines ("key: value", list items, indented or blank
    // lines, comments): text between two rules ("---") is body, not metadata.
    std::string_view raw = text.substr(pos, next - pos);
    bool yaml_like = line.empty() || line.front() == '#' || line.front() == '-' || raw.front() == ' ' ||
                     line.find(':') != std::string_view::npos;
    if (!yaml_like) return 0;
    ApplyHeader(line, found, true);
    pos = next;
  }
  return 0;
}

// A Markdown heading line ("# Title", "## Title ##") as its text.
static std::string_view HeadingText(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && n < 6 && line[n] == '#') ++n;
  if (n == 0 || n >= line.size() || line[n] != ' ') return line;
  std::string_view text = Trim(line.substr(n));
  while (!text.empty() && text.back() == '#') text.remove_suffix(1);
  text = Trim(text);
  return text.empty() ? line : text;
}

Document ParseTextArticle(const std::string& source, std::string_view text) {
  Document d;
  d.source = source;
  d.charset = "UTF-8";
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  size_t pos = ReadFrontMatter(text, d);
  const bool front_matter = pos > 0;
  bool any_header = front_matter;
  while (pos < text.size() && !front_matter) {
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
    d.title = std::string(HeadingText(Trim(rest.substr(0, rest.find('\n')))));
  }
  return d;
}

}  // namespace news
