#include "ingest/html_metadata.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <vector>

#include "common/json.h"
#include "common/utf8.h"
#include "ingest/text_dates.h"

namespace news {

namespace {

struct JsonLdFacts {
  std::string headline, date, author;
};

bool IsArticleType(const JsonValue& type) {
  auto check = [](const std::string& t) {
    return t.find("Article") != std::string::npos || t == "BlogPosting" || t == "ReportageNews" ||
           t == "LiveBlogPosting" || t == "Report" || t == "WebPage" || t == "Posting";
  };
  if (type.is_string()) return check(type.AsString());
  for (const JsonValue& t : type.items())
    if (t.is_string() && check(t.AsString())) return true;
  return false;
}

std::string AuthorName(const JsonValue& a) {
  if (a.is_string()) return a.AsString();
  if (a.is_object()) return a["name"].is_string() ? a["name"].AsString() : "";
  std::vector<std::string> names;
  for (const JsonValue& x : a.items()) {
    std::string n = AuthorName(x);
    if (!n.empty()) names.push_back(n);
  }
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// Walks the JSON-LD value (objects, arrays, @graph) for the first article.
void CollectJsonLd(const JsonValue& v, JsonLdFacts& facts, int depth) {
  if (depth > 16) return;
  if (v.is_array()) {
    for (const JsonValue& x : v.items()) CollectJsonLd(x, facts, depth + 1);
    return;
  }
  if (!v.is_object()) return;
  if (IsArticleType(v["@type"])) {
    if (facts.headline.empty() && v["headline"].is_string()) facts.headline = v["headline"].AsString();
    if (facts.date.empty() && v["datePublished"].is_string()) facts.date = v["datePublished"].AsString();
    if (facts.date.empty() && v["dateCreated"].is_string()) facts.date = v["dateCreated"].AsString();
    if (facts.author.empty()) facts.author = AuthorName(v["author"]);
  }
  if (v.Has("@graph")) CollectJsonLd(v["@graph"], facts, depth + 1);
  if (v.Has("mainEntity")) CollectJsonLd(v["mainEntity"], facts, depth + 1);
}

struct Collected {
  JsonLdFacts jsonld;
  std::string og_title, og_site, title_tag, h1, canonical, og_url;
  std::vector<std::pair<std::string, std::string>> date_metas;  // (name, content) in priority order
  std::string meta_author;
  std::string time_datetime;
  int h1_index = -1;
};

constexpr std::string_view kDateMetaNames[] = {
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "published_time",
    "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.created", "dc.date",
    "dcterms.date", "citation_publication_date", "citation_date", "date", "article.published",
    "publication_date", "originalpublicationdate", "cxenseparse:recs:publishtime", "pdate"};

int DateMetaRank(const std::string& name) {
  for (size_t i = 0; i < std::size(kDateMetaNames); ++i)
    if (name == kDateMetaNames[i]) return static_cast<int>(i);
  return -1;
}

void CollectMeta(const FlatDom& dom, int i, Collected& c) {
  std::string name = ToLowerAscii(dom.Attr(i, "property"));
  if (name.empty()) name = ToLowerAscii(dom.Attr(i, "name"));
  if (name.empty()) name = ToLowerAscii(dom.Attr(i, "itemprop"));
  std::string content(TrimSpace(dom.Attr(i, "content")));
  if (content.empty() && name == "datepublished") content = std::string(dom.Attr(i, "datetime"));
  if (name.empty() || content.empty()) return;
  if (name == "og:title" && c.og_title.empty()) c.og_title = content;
  else if (name == "og:site_name") c.og_site = content;
  else if (name == "og:url") c.og_url = content;
  else if ((name == "author" || name == "article:author" || name == "dc.creator" ||
            name == "sailthru.author" || name == "parsely-author" || name == "byl") &&
           c.meta_author.empty() && content.find("://") == std::string::npos) {
    c.meta_author = content;
    if (c.meta_author.starts_with("By ") || c.meta_author.starts_with("by ")) c.meta_author.erase(0, 3);
  } else if (DateMetaRank(name) >= 0) {
    c.date_metas.emplace_back(name, content);
  }
}

Collected Collect(const FlatDom& dom) {
  Collected c;
  for (int i = 0; i < dom.size(); ++i) {
    const FlatNode& n = dom[i];
    if (n.is_text) continue;
    switch (n.tag) {
      case GUMBO_TAG_META: CollectMeta(dom, i, c); break;
      case GUMBO_TAG_TITLE: if (c.title_tag.empty()) c.title_tag = dom.InnerText(i); break;
      case GUMBO_TAG_H1:
        if (c.h1.empty()) { c.h1 = dom.InnerText(i); c.h1_index = i; }
        break;
      case GUMBO_TAG_LINK:
        if (ToLowerAscii(dom.Attr(i, "rel")) == "canonical" && c.canonical.empty()) c.canonical = dom.Attr(i, "href");
        break;
      case GUMBO_TAG_TIME:
        if (c.time_datetime.empty() && !dom.Attr(i, "datetime").empty()) c.time_datetime = dom.Attr(i, "datetime");
        break;
      case GUMBO_TAG_SCRIPT:
        if (ToLowerAscii(dom.Attr(i, "type")) == "application/ld+json" && i + 1 < n.end && dom[i + 1].is_text) {
          StatusOr<JsonValue> v = ParseJson(dom.Text(i + 1));
          if (v.ok()) CollectJsonLd(*v, c.jsonld, 0);
        }
        break;
      default:
        if (!dom.Attr(i, "itemprop").empty()) {
          std::string prop = ToLowerAscii(dom.Attr(i, "itemprop"));
          std::string_view dt = dom.Attr(i, "datetime");
          if (prop == "datepublished" && (!dt.empty() || !dom.Attr(i, "content").empty()))
            c.date_metas.emplace_back(prop, std::string(dt.empty() ? dom.Attr(i, "content") : dt));
        }
        break;
    }
  }
  std::stable_sort(c.date_metas.begin(), c.date_metas.end(),
                   [](const auto& a, const auto& b) { return DateMetaRank(a.first) < DateMetaRank(b.first); });
  return c;
}

bool NearCopyright(std::string_view text, size_t at) {
  size_t from = at > 60 ? at - 60 : 0;
  std::string before = ToLowerAscii(text.substr(from, at - from));
  return before.find("\xC2\xA9") != std::string::npos || before.find("copyright") != std::string::npos ||
         before.find("(c)") != std::string::npos || before.find("版权") != std::string::npos ||
         before.find("版權") != std::string::npos;
}

// Page text in document order (no script/style), with the byte offset at
// which the headline node starts.
std::string PageText(const FlatDom& dom, int h1_index, size_t* h1_offset) {
  std::string text;
  *h1_offset = std::string::npos;
  for (int i = 0; i < dom.size();) {
    const FlatNode& n = dom[i];
    if (!n.is_text && (n.tag == GUMBO_TAG_SCRIPT || n.tag == GUMBO_TAG_STYLE || n.tag == GUMBO_TAG_HEAD ||
                       n.tag == GUMBO_TAG_NOSCRIPT || n.tag == GUMBO_TAG_TEMPLATE)) { i = n.end; continue; }
    if (i == h1_index) *h1_offset = text.size();
    if (n.is_text) AppendCollapsed(text, dom.Text(i));
    else if (n.tag == GUMBO_TAG_BR || n.tag == GUMBO_TAG_P || n.tag == GUMBO_TAG_DIV || n.tag == GUMBO_TAG_TD ||
             n.tag == GUMBO_TAG_LI || n.tag == GUMBO_TAG_TR || (n.tag >= GUMBO_TAG_H1 && n.tag <= GUMBO_TAG_H6))
      text += '\n';
    ++i;
  }
  return text;
}

std::optional<Day> StructuredDate(std::string_view value, const Day& latest) {
  std::optional<Day> d = ParseDateValue(value);
  if (d && DaysFromCivil(*d) <= DaysFromCivil(latest)) return d;
  return std::nullopt;
}

void FindDate(const Collected& c, std::string_view url, const Day& latest, PageMetadata& m) {
  auto set = [&](const Day& d, const char* rule) { m.published = FormatDay(d); m.date_rule = rule; };
  if (auto d = StructuredDate(c.jsonld.date, latest)) return set(*d, "json-ld");
  for (const auto& [name, value] : c.date_metas)
    if (auto d = StructuredDate(value, latest)) return set(*d, "meta");
  if (auto d = StructuredDate(c.time_datetime, latest)) return set(*d, "time");
  if (auto d = DateFromUrl(url); d && DaysFromCivil(*d) <= DaysFromCivil(latest)) return set(*d, "url");
}

bool FollowedByTime(std::string_view text, size_t at) {
  size_t p = at;
  while (p < text.size() && (text[p] == ' ' || text[p] == '\n')) ++p;
  size_t digits = 0;
  while (p < text.size() && std::isdigit(static_cast<unsigned char>(text[p])) && digits < 2) { ++p; ++digits; }
  if (digits == 0 || p >= text.size()) return false;
  return text[p] == ':' || text.substr(p).starts_with("：") || text.substr(p).starts_with("时") ||
         text.substr(p).starts_with("時");
}

bool CueBefore(std::string_view text, size_t at, std::initializer_list<std::string_view> cues) {
  size_t from = at > 24 ? at - 24 : 0;
  std::string before = ToLowerAscii(text.substr(from, at - from));
  for (std::string_view c : cues)
    if (before.find(c) != std::string::npos) return true;
  return false;
}

// Start of the extracted body inside the page text: where its first real
// paragraph (15+ characters, so not a repeated headline) begins; npos if
// not found.
size_t FindBodyStart(std::string_view text, std::string_view body) {
  std::string_view chosen;
  for (size_t pos = 0; pos < body.size();) {
    size_t nl = body.find('\n', pos);
    std::string_view line = body.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (chosen.empty() || CountCodePoints(line) >= 15) chosen = line;
    if (CountCodePoints(line) >= 15 || nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  chosen = TruncateUtf8(chosen, 30);
  if (CountCodePoints(chosen) < 4) return std::string_view::npos;
  return text.find(chosen);
}

double ScoreTextDate(std::string_view text, const TextDate& td, size_t body_start, size_t h1) {
  double score = 0;
  if (body_start != std::string::npos) {
    if (td.begin <= body_start && body_start - td.begin <= 400) score += 4 + (400.0 - static_cast<double>(body_start - td.begin)) / 400;
    else if (td.begin > body_start) score += td.begin - body_start < 150 ? 2 : -2;
  }
  if (h1 != std::string::npos && td.begin >= h1 && td.begin - h1 <= 600) score += 3;
  if (FollowedByTime(text, td.end)) score += 2;
  if (CueBefore(text, td.begin, {"发布", "發布", "发表", "發表", "时间", "時間", "日期", "更新", "posted",
                                 "published", "updated", "于", "於", "张贴", "張貼"}))
    score += 2;
  if (CueBefore(text, td.begin, {"截止", "建立", "注册", "註冊", "加入", "生日", "成立"})) score -= 3;
  return score;
}

// A month is a last resort: the first one not in a copyright line and not
// after the fetch month.
void FindTextMonth(std::string_view text, const Day& latest, PageMetadata& m) {
  for (const TextDate& td : FindMonthsInText(text)) {
    if (td.day.year * 12 + td.day.month > latest.year * 12 + latest.month || NearCopyright(text, td.begin)) continue;
    m.published_month = FormatDay(td.day).substr(0, 7);
    m.date_rule = "text-month";
    return;
  }
}

}  // namespace

void FindTextDate(const FlatDom& dom, std::string_view body, const Day& latest, PageMetadata& m) {
  size_t h1 = std::string::npos;
  std::string text = PageText(dom, dom.Find(GUMBO_TAG_H1), &h1);
  if (h1 == std::string::npos && CountCodePoints(m.title) >= 6) h1 = text.find(m.title);
  size_t body_start = FindBodyStart(text, body);
  std::optional<TextDate> best;
  double best_score = 0;
  for (const TextDate& td : FindDatesInText(text, 400)) {
    if (DaysFromCivil(td.day) > DaysFromCivil(latest) || NearCopyright(text, td.begin)) continue;
    double score = ScoreTextDate(text, td, body_start, h1);
    if (!best || score > best_score) { best = td; best_score = score; }
  }
  if (!best) return FindTextMonth(text, latest, m);
  m.published = FormatDay(best->day);
  m.date_rule = best_score > 0 ? "text-near-title" : "text";
}


std::string StripSiteSuffix(std::string_view title, std::string_view site_name) {
  static constexpr std::string_view kSeps[] = {" | ", " - ", " – ", " — ", " :: ", " · ", "｜", "_", " « ", " » "};
  std::vector<std::string_view> parts{title};
  for (std::string_view sep : kSeps) {
    std::vector<std::string_view> next;
    for (std::string_view p : parts) {
      for (size_t at; (at = p.find(sep)) != std::string_view::npos; p.remove_prefix(at + sep.size()))
        next.push_back(p.substr(0, at));
      next.push_back(p);
    }
    parts = std::move(next);
  }
  std::vector<std::string_view> kept;
  for (std::string_view p : parts) {
    p = TrimSpace(p);
    if (!p.empty() && p != site_name) kept.push_back(p);
  }
  if (kept.empty()) return std::string(TrimSpace(title));
  auto longest = std::max_element(kept.begin(), kept.end(),
                                  [](auto a, auto b) { return CountCodePoints(a) < CountCodePoints(b); });
  if (CountCodePoints(kept[0]) * 5 >= CountCodePoints(*longest) * 2) return std::string(kept[0]);
  return std::string(*longest);
}


PageMetadata ExtractMetadata(const FlatDom& dom, std::string_view page_url, const Day& latest) {
  Collected c = Collect(dom);
  PageMetadata m;
  m.site_name = c.og_site;
  if (!c.og_title.empty()) m.title = StripSiteSuffix(c.og_title, c.og_site);
  else if (!c.jsonld.headline.empty()) m.title = c.jsonld.headline;
  else if (!c.h1.empty() && c.title_tag.find(c.h1) != std::string::npos) m.title = c.h1;  // "Headline-Site"
  else if (!c.title_tag.empty()) m.title = StripSiteSuffix(c.title_tag, c.og_site);
  else m.title = c.h1;
  m.title = DecodeBasicEntities(m.title);
  m.author = !c.jsonld.author.empty() ? c.jsonld.author : c.meta_author;
  m.canonical_url = !c.canonical.empty() ? c.canonical : c.og_url;
  // A file has no URL of its own; its canonical link may still carry a date.
  FindDate(c, page_url.empty() ? std::string_view(m.canonical_url) : page_url, latest, m);
  return m;
}

}  // namespace news
