#include "ingest/html_content.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <vector>

#include "common/utf8.h"

namespace news {

namespace {

// Words in class/id that mark boilerplate, and words that rescue an element
// that also carries one of them ("article-footer" vs "article-body").
constexpr std::string_view kUnlikely[] = {
    "comment", "disqus", "footer", "sidebar", "sponsor", "social", "share", "sharing",
    "related", "recommend", "newsletter", "subscribe", "promo", "breadcrumb", "pagination",
    "pager", "popup", "modal", "cookie", "banner", "menu", "masthead", "skyscraper",
    "shoutbox", "outbrain", "taboola", "advert", "trending", "popular", "more-stories",
    "signup", "sign-up", "navbar", "topbar", "toolbar", "byline", "dateline", "author-info",
    "author-bio", "caption", "credit", "copyright", "widget", "paywall", "read-more",
    "readmore", "jump-link", "tag-list", "taglist", "hot-news", "hotnews", "rank",
    "login", "print-only", "visually-hidden", "sr-only", "screen-reader"};
constexpr std::string_view kUnlikelyWords[] = {"ad", "ads", "nav", "header", "extra", "tags",
                                               "combx", "community", "agegate", "meta", "hidden",
                                               "hide", "tools", "links", "foot", "bottom", "top"};
constexpr std::string_view kMaybe[] = {"article", "body", "content", "entry", "main", "story",
                                       "post-text", "text", "column"};
constexpr std::string_view kNegative[] = {"hidden", "banner", "combx", "comment", "com-", "contact",
                                          "foot", "masthead", "media", "meta", "outbrain",
                                          "promo", "related", "scroll", "share", "shoutbox",
                                          "sidebar", "skyscraper", "sponsor", "shopping", "tags",
                                          "tool", "widget", "nav", "link"};
constexpr std::string_view kPositive[] = {"article", "body", "content", "entry", "hentry", "main",
                                          "page", "post", "text", "blog", "story", "zoom"};

bool ContainsAny(std::string_view s, const std::string_view* begin, const std::string_view* end) {
  return std::any_of(begin, end, [&](std::string_view w) { return s.find(w) != std::string_view::npos; });
}

bool HasWord(std::string_view s, const std::string_view* begin, const std::string_view* end) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    size_t j = i;
    while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
    std::string_view w = s.substr(i, j - i);
    if (!w.empty() && std::find(begin, end, w) != end) return true;
    i = j;
  }
  return false;
}

#define RANGE(a) std::begin(a), std::end(a)

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

bool IsDroppedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MENU:
    case GUMBO_TAG_LABEL: case GUMBO_TAG_MARQUEE:
      return true;
    default:
      return false;
  }
}

constexpr size_t kMinArticleChars = 250;

// Copyright and disclaimer notices are long, comma-rich paragraphs that are
// never the article.
bool IsLegalNotice(std::string_view text) {
  static constexpr std::string_view kMarks[] = {"著作权", "著作權", "版权所有", "版權所有", "Copyright", "copyright",
                                                "All rights reserved", "免责声明", "免責聲明", "\xC2\xA9"};
  return std::any_of(std::begin(kMarks), std::end(kMarks), [&](std::string_view m) { return text.find(m) != std::string_view::npos; });
}

bool IsComma(uint32_t cp) { return cp == ',' || cp == 0xFF0C || cp == 0x3001 || cp == 0x3002 || cp == 0xFF1B; }

struct Stats {
  int chars = 0, link_chars = 0, commas = 0;
  int inline_chars = 0, inline_commas = 0;  // text whose nearest block ancestor is this node
  int inline_link_chars = 0;                // ... of which inside links
  bool legal = false;                       // its inline text is a copyright/disclaimer notice
  int p = 0, img = 0, li = 0, input = 0, headings = 0;
  double score = 0;
  bool candidate = false;
  bool removed = false;
  int weight = 0;  // class/id weight: +25 / -25
};

class Extractor {
 public:
  Extractor(const FlatDom& dom, std::string_view title, bool strict)
      : dom_(dom), title_(title), strict_(strict), s_(static_cast<size_t>(dom.size())) {}

  std::string Run() {
    if (dom_.size() == 0) return "";
    MarkRemoved();
    CountText();
    ScoreParagraphs();
    int top = PickTop();
    if (top < 0) return "";
    std::string out;
    for (int i : Included(top)) Emit(i, top, out);
    return Finish(out);
  }

 private:
  Stats& S(int i) { return s_[static_cast<size_t>(i)]; }
  const FlatNode& N(int i) const { return dom_[i]; }
  bool IsElement(int i) const { return !N(i).is_text && N(i).g->type == GUMBO_NODE_ELEMENT; }

  std::string ClassAndId(int i) const {
    return ToLowerAscii(std::string(dom_.Attr(i, "class")) + " " + std::string(dom_.Attr(i, "id")));
  }

  bool IsHidden(int i) const {
    if (gumbo_get_attribute(&N(i).g->v.element.attributes, "hidden")) return true;
    if (dom_.Attr(i, "aria-hidden") == "true") return true;
    std::string style = ToLowerAscii(dom_.Attr(i, "style"));
    style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
    return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
  }

  bool IsUnlikely(int i, const std::string& ci) const {
    GumboTag t = N(i).tag;
    if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN) return false;
    std::string role = ToLowerAscii(dom_.Attr(i, "role"));
    if (role == "navigation" || role == "complementary" || role == "banner" || role == "contentinfo" ||
        role == "menu" || role == "menubar" || role == "dialog" || role == "alert" || role == "search")
      return true;
    if (ci.size() <= 1 || !strict_) return false;
    bool unlikely = ContainsAny(ci, RANGE(kUnlikely)) || HasWord(ci, RANGE(kUnlikelyWords));
    return unlikely && !ContainsAny(ci, RANGE(kMaybe));
  }

  // Marks whole subtrees that never hold article text.
  void MarkRemoved() {
    for (int i = 0; i < dom_.size();) {
      bool drop = false;
      if (IsElement(i)) {
        std::string ci = ClassAndId(i);
        drop = IsDroppedTag(N(i).tag) || IsHidden(i) || IsUnlikely(i, ci);
        if (ContainsAny(ci, RANGE(kNegative))) S(i).weight -= 25;
        if (ContainsAny(ci, RANGE(kPositive))) S(i).weight += 25;
      } else if (!N(i).is_text) {
        drop = true;  // comments, doctype
      }
      if (drop) {
        for (int j = i; j < N(i).end; ++j) S(j).removed = true;
        i = N(i).end;
      } else {
        ++i;
      }
    }
  }

  int NearestBlock(int i) const {
    int p = N(i).parent;
    while (p >= 0 && !IsBlockTag(N(p).tag)) p = N(p).parent;
    return p;
  }

  // Bottom-up character, link and comma counts (children follow parents in
  // document order, so one reverse pass suffices).
  void CountText() {
    std::vector<int> nearest_block(static_cast<size_t>(dom_.size()), -1);
    std::vector<char> in_link(static_cast<size_t>(dom_.size()), 0);
    for (int i = 0; i < dom_.size(); ++i) {
      int p = N(i).parent;
      nearest_block[static_cast<size_t>(i)] =
          p < 0 ? -1 : (IsBlockTag(N(p).tag) ? p : nearest_block[static_cast<size_t>(p)]);
      in_link[static_cast<size_t>(i)] = IsLink(i) || (p >= 0 && in_link[static_cast<size_t>(p)]);
    }
    for (int i = dom_.size() - 1; i >= 0; --i) {
      Stats& st = S(i);
      if (st.removed) continue;
      if (N(i).is_text) {
        std::string_view t = dom_.Text(i);
        for (size_t pos = 0; pos < t.size();) {
          uint32_t cp = DecodeUtf8(t, &pos);
          if (cp > ' ' && cp != 0xA0 && cp != 0x3000) ++st.chars;
          if (IsComma(cp)) ++st.commas;
        }
        int b = nearest_block[static_cast<size_t>(i)];
        if (b >= 0) {
          S(b).inline_chars += st.chars;
          S(b).inline_commas += st.commas;
          if (in_link[static_cast<size_t>(i)]) S(b).inline_link_chars += st.chars;
          if (IsLegalNotice(t)) S(b).legal = true;
        }
      } else {
        GumboTag t = N(i).tag;
        if (IsLink(i)) st.link_chars = st.chars;
        st.p += t == GUMBO_TAG_P;
        st.img += t == GUMBO_TAG_IMG;
        st.li += t == GUMBO_TAG_LI;
        st.input += t == GUMBO_TAG_INPUT;
        st.headings += t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
      }
      int p = N(i).parent;
      if (p < 0) continue;
      Stats& ps = S(p);
      ps.chars += st.chars;
      ps.link_chars += st.link_chars;
      ps.commas += st.commas;
      ps.p += st.p; ps.img += st.img; ps.li += st.li; ps.input += st.input; ps.headings += st.headings;
    }
  }

  // <a name=...> anchors are not links; an unclosed one (which the HTML5
  // parser re-opens around everything after it) must not make a whole
  // page look like navigation.
  bool IsLink(int i) const { return N(i).tag == GUMBO_TAG_A && !dom_.Attr(i, "href").empty(); }

  double LinkDensity(int i) { return S(i).chars ? static_cast<double>(S(i).link_chars) / S(i).chars : 0; }

  void Touch(int i) {
    Stats& st = S(i);
    if (st.candidate) return;
    st.candidate = true;
    switch (N(i).tag) {
      case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_SECTION: st.score += 5; break;
      case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: st.score += 3; break;
      case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
      case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: st.score -= 3; break;
      case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
      case GUMBO_TAG_H6: case GUMBO_TAG_TH: st.score -= 5; break;
      default: break;
    }
    st.score += st.weight;
  }

  static bool IsParagraphTag(GumboTag t) {
    return t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_LI || t == GUMBO_TAG_DD ||
           t == GUMBO_TAG_BLOCKQUOTE || (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6);
  }

  // Each block with enough inline text is a paragraph; its score flows to
  // the containers above it, less with each level.
  void ScoreParagraphs() {
    for (int i = 0; i < dom_.size(); ++i) {
      const Stats& st = S(i);
      int own_chars = st.inline_chars - st.inline_link_chars;  // link text is navigation, not prose
      if (st.removed || N(i).is_text || own_chars < kMinParagraphChars || st.legal) continue;
      if (st.inline_link_chars * 2 > st.inline_chars) continue;
      if (N(i).tag == GUMBO_TAG_BODY || N(i).tag == GUMBO_TAG_HTML) continue;
      double score = 1 + st.inline_commas + std::min(own_chars / 100, 3);
      int container = IsParagraphTag(N(i).tag) ? N(i).parent : i;
      for (int level = 0; container >= 0 && level < 5; ++level, container = N(container).parent) {
        if (N(container).tag == GUMBO_TAG_HTML) break;
        Touch(container);
        S(container).score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
      }
    }
  }

  int PickTop() {
    int top = -1;
    double best = 0;
    for (int i = 0; i < dom_.size(); ++i) {
      if (!S(i).candidate || S(i).removed) continue;
      double final_score = S(i).score * (1 - LinkDensity(i));
      S(i).score = final_score;
      if (top < 0 || final_score > best) { top = i; best = final_score; }
    }
    if (top < 0) return dom_.Find(GUMBO_TAG_BODY);
    return FirstOfRepeated(top, best);
  }

  // A blog or forum page lists several posts in identical containers (same
  // tag and class); the page's own article is the first of them, not the
  // longest. Returns the first such post when the top candidate is one.
  int FirstOfRepeated(int top, double best) {
    int post = top;
    for (int level = 0; level < 6 && post >= 0 && N(post).tag != GUMBO_TAG_BODY; ++level, post = N(post).parent) {
      std::string_view cls = dom_.Attr(post, "class");
      if (cls.empty()) continue;
      std::vector<int> same;
      for (int i = 0; i < dom_.size(); ++i)
        if (!N(i).is_text && !S(i).removed && N(i).tag == N(post).tag && S(i).candidate &&
            S(i).score >= best * 0.25 && N(i).parent != N(post).parent && dom_.Attr(i, "class") == cls)
          same.push_back(i);
      if (same.size() >= 3) return same.front() < post ? same.front() : top;
    }
    return top;
  }

  // The top candidate and the siblings that look like more of the article.
  std::vector<int> Included(int top) {
    int parent = N(top).parent;
    if (parent < 0 || N(top).tag == GUMBO_TAG_BODY) return {top};
    double threshold = std::max(10.0, S(top).score * 0.2);
    std::string top_class(dom_.Attr(top, "class"));
    std::vector<int> out;
    for (int c = parent + 1; c < N(parent).end; c = N(c).end) {
      if (S(c).removed || N(c).is_text) continue;
      if (c == top) { out.push_back(c); continue; }
      double bonus = !top_class.empty() && dom_.Attr(c, "class") == top_class ? S(top).score * 0.2 : 0;
      bool append = S(c).candidate && S(c).score + bonus >= threshold;
      if (!append && (N(c).tag == GUMBO_TAG_P || S(c).inline_chars == S(c).chars)) {
        double ld = LinkDensity(c);
        int len = S(c).chars;
        append = (len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld == 0 && S(c).commas > 0);
      }
      if (append) out.push_back(c);
    }
    return out;
  }

  // Readability's "conditional cleaning": lists, tables and divs inside the
  // article that are mostly links, images or form fields.
  bool DropInside(int i, int top) {
    if (i == top) return false;
    GumboTag t = N(i).tag;
    const Stats& st = S(i);
    if ((t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6)) return st.weight < 0 || LinkDensity(i) > 0.33 || t == GUMBO_TAG_H1;
    bool cleanable = t == GUMBO_TAG_TABLE || t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_DIV ||
                     t == GUMBO_TAG_SECTION || t == GUMBO_TAG_FORM || t == GUMBO_TAG_DL || t == GUMBO_TAG_FIELDSET;
    if (!cleanable) return false;
    double own = st.candidate ? st.score : 0;
    if (st.weight + own < 0) return true;
    if (st.commas >= 10) return false;
    double ld = LinkDensity(i);
    if (st.img > 1 && st.p * 2 < st.img) return true;
    if (st.input > st.p / 3) return true;
    if (st.chars < kMinParagraphChars && st.headings == 0 && (st.img == 0 || st.img > 2)) return true;
    if (st.weight < 25 && ld > 0.2) return true;
    if (st.weight >= 25 && ld > 0.5) return true;
    return false;
  }

  void Emit(int root, int top, std::string& out) {
    out += '\n';
    std::vector<int> closes;  // subtree ends of the open blocks: a newline when passed
    for (int i = root; i < N(root).end;) {
      while (!closes.empty() && closes.back() <= i) { closes.pop_back(); out += '\n'; }
      if (S(i).removed || (IsElement(i) && DropInside(i, top))) { i = N(i).end; continue; }
      if (N(i).is_text) { AppendCollapsed(out, dom_.Text(i)); ++i; continue; }
      GumboTag t = N(i).tag;
      if (t == GUMBO_TAG_BR || IsBlockTag(t)) out += '\n';
      if (IsBlockTag(t)) closes.push_back(N(i).end);
      ++i;
    }
    out += '\n';
  }

  std::string Finish(const std::string& raw) {
    std::string out;
    size_t pos = 0;
    std::string title = std::string(TrimSpace(title_));
    while (pos <= raw.size()) {
      size_t nl = raw.find('\n', pos);
      if (nl == std::string::npos) nl = raw.size();
      std::string_view line = TrimSpace(std::string_view(raw).substr(pos, nl - pos));
      if (!line.empty() && line != title) {
        out.append(line);
        out += '\n';
      }
      pos = nl + 1;
    }
    if (!out.empty()) out.pop_back();
    return out;
  }

  static constexpr int kMinParagraphChars = 25;
  const FlatDom& dom_;
  std::string_view title_;
  bool strict_;  // remove subtrees by class/id words
  std::vector<Stats> s_;
};

}  // namespace

std::string ExtractMainText(const FlatDom& dom, std::string_view title) {
  // Class names are the weakest evidence: when trusting them leaves almost
  // nothing ("page-ad-margins" wrapping the whole page), try without.
  std::string strict = Extractor(dom, title, true).Run();
  if (CountCodePoints(strict) >= kMinArticleChars) return strict;
  std::string lenient = Extractor(dom, title, false).Run();
  return CountCodePoints(lenient) > CountCodePoints(strict) ? lenient : strict;
}

}  // namespace news
