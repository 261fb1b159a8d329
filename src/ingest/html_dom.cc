#include "ingest/html_dom.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "common/utf8.h"

namespace news {

namespace {

bool StartsWithNoCase(std::string_view s, size_t at, std::string_view word) {
  if (s.size() - at < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(s[at + k])) != word[k]) return false;
  return true;
}

size_t FindNoCase(std::string_view s, size_t from, std::string_view word) {
  for (size_t at = s.find('<', from); at != std::string_view::npos; at = s.find('<', at + 1))
    if (StartsWithNoCase(s, at, word)) return at;
  return std::string_view::npos;
}

// Length of the raw-text element starting at `at` (its "<tag" matched), or
// 0 to keep it.
size_t RawElementLength(std::string_view html, size_t at, std::string_view tag) {
  size_t name_end = at + 1 + tag.size();
  if (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end]))) return 0;
  size_t open_end = html.find('>', at);
  if (open_end == std::string_view::npos) return html.size() - at;
  if (tag == "script" && ToLowerAscii(html.substr(at, open_end - at)).find("ld+json") != std::string::npos) return 0;
  std::string close = "</" + std::string(tag);
  size_t end = FindNoCase(html, open_end, close);
  if (end == std::string_view::npos) return html.size() - at;
  size_t gt = html.find('>', end);
  return (gt == std::string_view::npos ? html.size() : gt + 1) - at;
}

// Elements that have no end tag or whose end tag is optional (and so are
// closed by the parser as the next one opens): they do not deepen a page,
// and counting them would make a long table or list look deep.
bool NestsNothing(std::string_view name) {
  static const std::string_view kNames[] = {
      "area", "base", "br",    "col",   "embed", "hr",       "img",     "input", "link",  "meta",  "param",
      "source", "track", "wbr", "p",   "li",    "dt",       "dd",      "tr",    "td",    "th",    "option",
      "optgroup", "tbody", "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body"};
  for (std::string_view n : kNames)
    if (name == n) return true;
  return false;
}

// Calls f(begin, end, step) for every tag in `html`: step +1 for the start
// tag of an element that nests, -1 for its end tag, 0 for anything else.
// Comments are skipped whole; a '>' inside a quoted attribute value is not
// the tag's end.
template <class F>
void ScanTags(std::string_view html, F f) {
  for (size_t at = html.find('<'); at != std::string_view::npos && at + 1 < html.size(); at = html.find('<', at + 1)) {
    if (html.substr(at, 4) == "<!--") {
      size_t end = html.find("-->", at + 4);
      if (end == std::string_view::npos) return;
      at = end + 2;
      continue;
    }
    bool close = html[at + 1] == '/';
    size_t name_at = at + (close ? 2 : 1);
    size_t name_end = name_at;
    while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end]))) ++name_end;
    if (name_end == name_at) continue;  // "<!doctype", "<?xml", a lone '<'
    size_t gt = name_end;
    for (char quote = 0; gt < html.size() && (quote || html[gt] != '>'); ++gt)
      if (html[gt] == '"' || html[gt] == '\'') quote = quote == html[gt] ? 0 : quote ? quote : html[gt];
    if (gt >= html.size()) return;
    std::string name = ToLowerAscii(html.substr(name_at, name_end - name_at));
    bool self_closing = html[gt - 1] == '/';
    f(at, gt + 1, NestsNothing(name) || self_closing ? 0 : close ? -1 : 1);
    at = gt;
  }
}

}  // namespace

std::string CapNesting(std::string_view html, int max_depth) {
  int depth = 0, deepest = 0;
  ScanTags(html, [&](size_t, size_t, int step) {
    depth = std::max(0, depth + step);
    deepest = std::max(deepest, depth);
  });
  if (deepest <= max_depth) return std::string(html);
  std::string out;
  out.reserve(html.size());
  size_t copied = 0;
  depth = 0;
  ScanTags(html, [&](size_t begin, size_t end, int step) {
    bool drop = (step > 0 && depth >= max_depth) || (step < 0 && depth > max_depth);
    depth = std::max(0, depth + step);
    if (!drop) return;
    out.append(html.substr(copied, begin - copied));
    copied = end;
  });
  out.append(html.substr(copied));
  return out;
}

std::string StripNonContent(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  size_t copied = 0;
  for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    size_t skip = 0;
    if (html.substr(at).starts_with("<!--")) {
      size_t end = html.find("-->", at + 4);
      skip = (end == std::string_view::npos ? html.size() : end + 3) - at;
    } else {
      for (std::string_view tag : {"script", "style", "svg"}) {
        if (StartsWithNoCase(html, at + 1, tag)) { skip = RawElementLength(html, at, tag); break; }
      }
    }
    if (skip == 0) continue;
    out.append(html.substr(copied, at - copied));
    copied = at + skip;
    at = copied - 1;
    if (copied >= html.size()) break;
  }
  if (copied < html.size()) out.append(html.substr(copied));
  return out;
}

namespace {

// Iterative pre-order walk: (node, parent index) pairs, so a page nested
// thousands deep cannot overflow the stack. `end` is left for SetSubtreeEnds.
std::vector<FlatNode> PreOrder(const GumboNode* root) {
  std::vector<FlatNode> nodes;
  struct Item { const GumboNode* g; int parent; int depth; };
  std::vector<Item> stack{{root, -1, 0}};
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    FlatNode n;
    n.g = it.g;
    n.parent = it.parent;
    n.depth = it.depth;
    int index = static_cast<int>(nodes.size());
    if (it.g->type == GUMBO_NODE_ELEMENT || it.g->type == GUMBO_NODE_TEMPLATE) {
      n.tag = it.g->v.element.tag;
      const GumboVector& kids = it.g->v.element.children;
      for (unsigned k = kids.length; k-- > 0;)
        stack.push_back({static_cast<const GumboNode*>(kids.data[k]), index, it.depth + 1});
    } else {
      n.is_text = it.g->type == GUMBO_NODE_TEXT || it.g->type == GUMBO_NODE_CDATA ||
                  it.g->type == GUMBO_NODE_WHITESPACE;
    }
    nodes.push_back(n);
  }
  return nodes;
}

// A node's subtree ends where the next node of equal or smaller depth starts.
void SetSubtreeEnds(std::vector<FlatNode>& nodes) {
  const int size = static_cast<int>(nodes.size());
  std::vector<int> open;
  for (int i = 0; i < size; ++i) {
    while (!open.empty() && nodes[static_cast<size_t>(open.back())].depth >= nodes[static_cast<size_t>(i)].depth) {
      nodes[static_cast<size_t>(open.back())].end = i;
      open.pop_back();
    }
    open.push_back(i);
  }
  for (int i : open) nodes[static_cast<size_t>(i)].end = size;
}

}  // namespace

FlatDom::FlatDom(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never read parse errors; recording them costs time
  // gumbo's time grows with the square of the nesting depth (a 1 MB page of
  // 100,000 nested <div>s took 16 s), so deeper markup is flattened first.
  capped_ = CapNesting(html, kMaxNesting);
  output_ = gumbo_parse_with_options(&options, capped_.data(), capped_.size());
  nodes_ = PreOrder(output_->root);
  SetSubtreeEnds(nodes_);
}

FlatDom::~FlatDom() {
  if (output_) gumbo_destroy_output(&kGumboDefaultOptions, output_);
}

std::string_view FlatDom::Attr(int i, const char* name) const {
  const GumboNode* g = nodes_[static_cast<size_t>(i)].g;
  if (g->type != GUMBO_NODE_ELEMENT) return "";
  const GumboAttribute* a = gumbo_get_attribute(&g->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

std::string_view FlatDom::Text(int i) const {
  const FlatNode& n = nodes_[static_cast<size_t>(i)];
  return n.is_text ? std::string_view(n.g->v.text.text) : std::string_view();
}

std::string FlatDom::InnerText(int i) const {
  std::string out;
  for (int j = i; j < nodes_[static_cast<size_t>(i)].end;) {
    const FlatNode& n = nodes_[static_cast<size_t>(j)];
    if (n.tag == GUMBO_TAG_SCRIPT || n.tag == GUMBO_TAG_STYLE || n.tag == GUMBO_TAG_NOSCRIPT) { j = n.end; continue; }
    if (n.is_text) AppendCollapsed(out, Text(j));
    if (n.tag == GUMBO_TAG_BR || n.tag == GUMBO_TAG_P || n.tag == GUMBO_TAG_DIV) AppendCollapsed(out, " ");
    ++j;
  }
  return std::string(TrimSpace(out));
}

int FlatDom::Find(GumboTag tag) const {
  for (int i = 0; i < size(); ++i)
    if (nodes_[static_cast<size_t>(i)].tag == tag && !nodes_[static_cast<size_t>(i)].is_text) return i;
  return -1;
}

void AppendCollapsed(std::string& out, std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) { space = true; ++i; }
    if (space) {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    } else {
      out += static_cast<char>(c);
    }
  }
}

std::string_view TrimSpace(std::string_view s) {
  auto is_space_at_front = [&](std::string_view v) -> size_t {
    if (v.empty()) return 0;
    unsigned char c = static_cast<unsigned char>(v[0]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    if (v.starts_with("\xC2\xA0")) return 2;
    if (v.starts_with("\xE3\x80\x80")) return 3;  // U+3000
    return 0;
  };
  auto is_space_at_back = [&](std::string_view v) -> size_t {
    if (v.empty()) return 0;
    unsigned char c = static_cast<unsigned char>(v.back());
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    if (v.ends_with("\xC2\xA0")) return 2;
    if (v.ends_with("\xE3\x80\x80")) return 3;
    return 0;
  };
  for (size_t k; (k = is_space_at_front(s)) > 0;) s.remove_prefix(k);
  for (size_t k; (k = is_space_at_back(s)) > 0;) s.remove_suffix(k);
  return s;
}

std::string ToLowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string DecodeBasicEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') { out += s[i]; continue; }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) { out += s[i]; continue; }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    uint32_t cp = 0;
    if (ent == "amp") cp = '&';
    else if (ent == "lt") cp = '<';
    else if (ent == "gt") cp = '>';
    else if (ent == "quot") cp = '"';
    else if (ent == "apos") cp = '\'';
    else if (ent == "nbsp") cp = 0xA0;
    else if (ent.size() > 1 && ent[0] == '#') {
      bool hex = ent[1] == 'x' || ent[1] == 'X';
      cp = static_cast<uint32_t>(std::strtoul(std::string(ent.substr(hex ? 2 : 1)).c_str(), nullptr, hex ? 16 : 10));
      if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
    }
    if (cp == 0) { out += s[i]; continue; }
    AppendUtf8(out, cp);
    i = semi;
  }
  return out;
}

}  // namespace news
