// A flattened, read-only view of a gumbo parse tree for the HTML extractors
// (internal to src/ingest/). Nodes are stored in document order; a node's
// subtree is the index range [i, end), so every pass is a loop instead of a
// recursion and a page nested 10,000 levels deep costs no stack.
//
//   FlatDom dom(html);                 // parses with gumbo
//   for (int i = 0; i < dom.size(); i = dom.Next(i)) ...
//
// Not thread-safe per instance; instances are independent.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace news {

struct FlatNode {
  const GumboNode* g = nullptr;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool is_text = false;      // text, CDATA or whitespace node
  int parent = -1;
  int end = 0;               // one past the last node of the subtree
  int depth = 0;
};

// Start tags of nesting elements (not <p>, <li>, <td>, void elements...)
// deeper than `max_depth`, and their end tags, are removed; their text
// stays. Returns `html` unchanged when it is not that deep. Real pages stay
// under a few hundred levels; a hostile one nests 100,000.
std::string CapNesting(std::string_view html, int max_depth);

class FlatDom {
 public:
  static constexpr int kMaxNesting = 2000;
  // Parses CapNesting(html, kMaxNesting): the parse takes time in the
  // square of the depth, so a deeper page would take minutes.
  explicit FlatDom(std::string_view html);
  ~FlatDom();
  FlatDom(const FlatDom&) = delete;
  FlatDom& operator=(const FlatDom&) = delete;

  int size() const { return static_cast<int>(nodes_.size()); }
  const FlatNode& operator[](int i) const { return nodes_[static_cast<size_t>(i)]; }
  // The next node after i's subtree (its next sibling or an ancestor's).
  int Next(int i) const { return nodes_[static_cast<size_t>(i)].end; }

  // Attribute value or "" (gumbo lower-cases attribute names).
  std::string_view Attr(int i, const char* name) const;
  // Text of a text node; "" for elements.
  std::string_view Text(int i) const;
  // Whitespace-collapsed text of the whole subtree (skips script/style).
  std::string InnerText(int i) const;
  // The first element with this tag, or -1.
  int Find(GumboTag tag) const;

 private:
  std::string capped_;  // the parsed text: gumbo's nodes point into it
  GumboOutput* output_ = nullptr;
  std::vector<FlatNode> nodes_;
};

// The page without comments and without the contents of <script> (except
// JSON-LD), <style> and <svg> elements: they hold no article text, are most
// of a modern page's bytes, and the parser is the slowest step.
std::string StripNonContent(std::string_view html);

// Appends `text` to `out`, collapsing whitespace runs into one space.
void AppendCollapsed(std::string& out, std::string_view text);
// Trims ASCII and ideographic spaces.
std::string_view TrimSpace(std::string_view s);
std::string ToLowerAscii(std::string_view s);
// Decodes the five XML entities and numeric character references.
std::string DecodeBasicEntities(std::string_view s);

}  // namespace news
