#include "ingest/feed.h"

#include <cctype>
#include <optional>

#include "ingest/content_hash.h"
#include "ingest/html_dom.h"
#include "ingest/text_dates.h"
#include "ingest/url.h"

namespace news {

namespace {

struct XmlToken {
  enum Kind { kOpen, kClose, kText, kEnd } kind = kEnd;
  std::string name;        // lower-cased, prefix kept ("content:encoded")
  std::string attrs;       // raw attribute text of an open tag
  bool self_closing = false;
  std::string text;        // decoded text or CDATA
};

// Streams tokens out of XML text; tolerant of the sloppiness feeds have.
class XmlTokenizer {
 public:
  explicit XmlTokenizer(std::string_view s) : s_(s) {}

  XmlToken Next() {
    XmlToken t;
    while (pos_ < s_.size()) {
      if (s_[pos_] != '<') {
        size_t lt = s_.find('<', pos_);
        if (lt == std::string_view::npos) lt = s_.size();
        t.kind = XmlToken::kText;
        t.text = DecodeBasicEntities(s_.substr(pos_, lt - pos_));
        pos_ = lt;
        return t;
      }
      if (Skip("<!--", "-->") || Skip("<?", "?>")) continue;
      if (s_.substr(pos_).starts_with("<![CDATA[")) {
        size_t end = s_.find("]]>", pos_ + 9);
        if (end == std::string_view::npos) end = s_.size();
        t.kind = XmlToken::kText;
        t.text = std::string(s_.substr(pos_ + 9, end - pos_ - 9));
        pos_ = end == s_.size() ? end : end + 3;
        return t;
      }
      if (Skip("<!", ">")) continue;
      size_t gt = s_.find('>', pos_);
      if (gt == std::string_view::npos) { pos_ = s_.size(); break; }
      std::string_view tag = s_.substr(pos_ + 1, gt - pos_ - 1);
      pos_ = gt + 1;
      bool close = !tag.empty() && tag[0] == '/';
      if (close) tag.remove_prefix(1);
      bool self_closing = !tag.empty() && tag.back() == '/';
      if (self_closing) tag.remove_suffix(1);
      size_t name_end = 0;
      while (name_end < tag.size() && !std::isspace(static_cast<unsigned char>(tag[name_end]))) ++name_end;
      t.kind = close ? XmlToken::kClose : XmlToken::kOpen;
      t.name = ToLowerAscii(tag.substr(0, name_end));
      t.attrs = std::string(tag.substr(name_end));
      t.self_closing = self_closing;
      return t;
    }
    t.kind = XmlToken::kEnd;
    return t;
  }

 private:
  bool Skip(std::string_view open, std::string_view close) {
    if (!s_.substr(pos_).starts_with(open)) return false;
    size_t end = s_.find(close, pos_ + open.size());
    pos_ = end == std::string_view::npos ? s_.size() : end + close.size();
    return true;
  }

  std::string_view s_;
  size_t pos_ = 0;
};

std::string AttrValue(std::string_view attrs, std::string_view name) {
  std::string lower = ToLowerAscii(attrs);
  for (size_t at = lower.find(name); at != std::string::npos; at = lower.find(name, at + 1)) {
    bool starts = at == 0 || std::isspace(static_cast<unsigned char>(lower[at - 1]));
    size_t p = at + name.size();
    while (p < attrs.size() && attrs[p] == ' ') ++p;
    if (!starts || p >= attrs.size() || attrs[p] != '=') continue;
    ++p;
    while (p < attrs.size() && attrs[p] == ' ') ++p;
    if (p >= attrs.size()) return "";
    char q = attrs[p];
    if (q != '"' && q != '\'') return "";
    size_t end = attrs.find(q, p + 1);
    return DecodeBasicEntities(attrs.substr(p + 1, end == std::string_view::npos ? std::string_view::npos : end - p - 1));
  }
  return "";
}

std::string LocalName(const std::string& name) {
  size_t colon = name.find(':');
  return colon == std::string::npos ? name : name.substr(colon + 1);
}

std::string DayOf(std::string_view value) {
  std::optional<Day> d = ParseDateValue(value);
  return d ? FormatDay(*d) : "";
}

// What a feed cut short or mangled lost, for Feed::problem. Items are
// numbered from 1 in document order.
struct FeedDamage {
  int opened = 0;            // items opened so far
  std::vector<int> unclosed; // items dropped because the next one opened first
  int cut_inside = 0;        // the item the text ends inside, 0: none
  bool root_closed = false;  // </rss> or </feed> seen

  std::string Describe(const std::string& tag, size_t kept, const std::string& root) const {
    std::string kept_text = kept == 0 ? "no complete item left"
                                      : "kept the " + std::to_string(kept) + " complete item" + (kept == 1 ? "" : "s");
    std::string out;
    if (!unclosed.empty()) {
      out = "item";
      for (size_t i = 0; i < unclosed.size(); ++i)
        out += (i == 0 ? " " : i + 1 == unclosed.size() ? " and " : ", ") + std::to_string(unclosed[i]);
      out += (unclosed.size() == 1 ? " has" : " have") + std::string(" no closing </") + tag + "> (dropped)";
    }
    if (cut_inside > 0)
      out += (out.empty() ? "" : "; ") + std::string("the feed is cut off inside item ") + std::to_string(cut_inside) +
             " (no closing </" + tag + ">, dropped)";
    else if (!root_closed && opened > 0)
      out += (out.empty() ? "" : "; ") + std::string("the feed ends without its closing </") + root +
             "> (later items may be missing)";
    return out.empty() ? out : out + ": " + kept_text;
  }
};

// Reads items (<item> or <entry>) with their child fields. Nested markup in
// a field (Atom type="xhtml") is kept as text of its children.
// Sets the item's link from a <link> value or href: an empty one is no link
// (resolving "" would give the feed's own URL, and every such item would be
// a duplicate of the first), and one that is not http(s) is kept aside for
// the message.
void SetLink(FeedItem& item, const std::string& feed_url, std::string_view value) {
  if (!item.link.empty() || !item.unusable_link.empty()) return;
  std::string_view v = TrimSpace(value);
  if (v.empty()) return;
  item.link = ResolveUrl(feed_url, v);
  if (item.link.empty()) item.unusable_link = std::string(v);
}

// The key an item is remembered by: its guid/id, else its link, else (an
// item that is only content, which RSS allows) a hash of what it says, so
// that two such items are not one and a later run still finds new ones.
std::string ItemKey(const FeedItem& item) {
  if (!item.id.empty()) return item.id;
  if (!item.link.empty()) return item.link;
  return "content:" + ContentHash(item.title + "\n" + item.unusable_link + "\n" + item.content).substr(0, 32);
}

Feed ReadFeed(std::string_view xml, const std::string& format, const std::string& feed_url) {
  Feed feed;
  feed.format = format;
  const std::string item_tag = format == "rss" ? "item" : "entry";
  XmlTokenizer tok(xml);
  std::optional<FeedItem> item;
  std::string item_name;  // the tag that opened the items ("item", "atom:entry")
  std::string field, text, summary;
  int depth_in_field = 0;
  bool in_author = false;
  FeedDamage damage;
  for (XmlToken t = tok.Next(); t.kind != XmlToken::kEnd; t = tok.Next()) {
    std::string local = LocalName(t.name);
    if (t.kind == XmlToken::kOpen && !t.self_closing && local == item_tag && (!item || t.name == item_name)) {
      // An item that opens while one is still open: the first was never
      // closed (cut off or mangled), and its fields cannot be told apart
      // from the new one's, so it is dropped whole.
      if (item) damage.unclosed.push_back(damage.opened);
      ++damage.opened;
      item.emplace();
      item_name = t.name;
      summary.clear(), field.clear(), depth_in_field = 0, in_author = false;
      continue;
    }
    if (t.kind == XmlToken::kClose && item && t.name == item_name) {
      if (item->content.empty()) item->content = summary;
      item->id = ItemKey(*item);
      if (!item->link.empty() || !item->content.empty()) feed.items.push_back(std::move(*item));
      item.reset();
      field.clear();
      continue;
    }
    if (t.kind == XmlToken::kClose && !item && (local == "rss" || local == "rdf" || local == "feed")) damage.root_closed = true;
    if (!item) {
      if (t.kind == XmlToken::kOpen && local == "title" && feed.title.empty()) field = "feed-title", text.clear();
      else if (t.kind == XmlToken::kText && field == "feed-title") text += t.text;
      else if (t.kind == XmlToken::kClose && field == "feed-title") { feed.title = std::string(TrimSpace(text)); field.clear(); }
      continue;
    }
    if (t.kind == XmlToken::kOpen) {
      if (!field.empty()) { ++depth_in_field; if (t.name != "div" || depth_in_field > 1) text += "<" + t.name + t.attrs + ">"; continue; }
      if (local == "author") in_author = true;
      if (local == "link" && format == "atom") {
        std::string rel = AttrValue(t.attrs, "rel");
        if (rel.empty() || rel == "alternate") SetLink(*item, feed_url, AttrValue(t.attrs, "href"));
        continue;
      }
      if (!t.self_closing) { field = t.name; text.clear(); depth_in_field = 0; }
      continue;
    }
    if (t.kind == XmlToken::kText) { if (!field.empty()) text += t.text; continue; }
    if (t.kind == XmlToken::kClose) {
      if (local == "author") in_author = false;
      if (field.empty()) continue;
      if (depth_in_field > 0) { --depth_in_field; text += "</" + t.name + ">"; continue; }
      std::string value(TrimSpace(text));
      std::string f = field;
      field.clear();
      std::string lf = LocalName(f);
      if (f == "title") item->title = value;
      else if (f == "link") SetLink(*item, feed_url, value);
      else if (f == "guid" || f == "id") item->id = value;
      else if ((lf == "pubdate" || f == "published" || f == "dc:date" || f == "issued") && item->published.empty()) item->published = DayOf(value);
      else if (f == "updated" && item->published.empty()) item->published = DayOf(value);
      else if (f == "content:encoded" || f == "content") item->content = value;
      else if (f == "description" || f == "summary") summary = value;
      else if ((f == "dc:creator" || (in_author && f == "name") || (f == "author" && format == "rss")) && item->author.empty()) item->author = value;
    }
  }
  if (item) damage.cut_inside = damage.opened;
  feed.problem = damage.Describe(item_name.empty() ? item_tag : item_name, feed.items.size(),
                                 format == "rss" ? "rss" : "feed");
  return feed;
}

std::string RootFormat(std::string_view bytes) {
  XmlTokenizer tok(bytes.substr(0, 4096));
  for (XmlToken t = tok.Next(); t.kind != XmlToken::kEnd; t = tok.Next()) {
    if (t.kind == XmlToken::kText && TrimSpace(t.text).empty()) continue;
    if (t.kind != XmlToken::kOpen) return "";
    std::string local = LocalName(t.name);
    if (local == "rss" || local == "rdf") return "rss";
    if (local == "feed") return "atom";
    return "";
  }
  return "";
}

}  // namespace

bool LooksLikeFeed(std::string_view bytes, std::string_view content_type) {
  std::string ct = ToLowerAscii(content_type);
  if (ct.find("rss") != std::string::npos || ct.find("atom") != std::string::npos) return true;
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  return !RootFormat(bytes).empty();
}

StatusOr<Feed> ParseFeed(std::string_view xml, const std::string& feed_url) {
  if (xml.starts_with("\xEF\xBB\xBF")) xml.remove_prefix(3);
  std::string format = RootFormat(xml);
  if (format.empty()) return Status(StatusCode::kParseError, "not an RSS or Atom feed");
  return ReadFeed(xml, format, feed_url);
}

}  // namespace news
