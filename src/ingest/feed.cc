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

// Reads items (<item> or <entry>) with their child fields, token by token.
// Nested markup in a field (Atom type="xhtml") is kept as text of its
// children. One reader reads one feed.
class FeedReader {
 public:
  FeedReader(const std::string& format, const std::string& feed_url)
      : format_(format), feed_url_(feed_url), item_tag_(format == "rss" ? "item" : "entry") {
    feed_.format = format;
  }

  Feed Read(std::string_view xml) {
    XmlTokenizer tok(xml);
    for (XmlToken t = tok.Next(); t.kind != XmlToken::kEnd; t = tok.Next()) Take(t);
    if (item_) damage_.cut_inside = damage_.opened;
    feed_.problem = damage_.Describe(item_name_.empty() ? item_tag_ : item_name_, feed_.items.size(),
                                     format_ == "rss" ? "rss" : "feed");
    return std::move(feed_);
  }

 private:
  void Take(const XmlToken& t) {
    std::string local = LocalName(t.name);
    if (t.kind == XmlToken::kOpen && !t.self_closing && local == item_tag_ && (!item_ || t.name == item_name_))
      return OpenItem(t);
    if (t.kind == XmlToken::kClose && item_ && t.name == item_name_) return CloseItem();
    if (!item_) return TakeOutsideItems(t, local);
    if (t.kind == XmlToken::kOpen) OpenInItem(t, local);
    else if (t.kind == XmlToken::kText && !field_.empty()) text_ += t.text;
    else if (t.kind == XmlToken::kClose) CloseInItem(t, local);
  }

  // Outside items only the feed's title counts, and whether the root closes.
  void TakeOutsideItems(const XmlToken& t, const std::string& local) {
    if (t.kind == XmlToken::kClose && (local == "rss" || local == "rdf" || local == "feed")) damage_.root_closed = true;
    if (t.kind == XmlToken::kOpen && local == "title" && feed_.title.empty()) field_ = "feed-title", text_.clear();
    else if (t.kind == XmlToken::kText && field_ == "feed-title") text_ += t.text;
    else if (t.kind == XmlToken::kClose && field_ == "feed-title") { feed_.title = std::string(TrimSpace(text_)); field_.clear(); }
  }

  // An item that opens while one is still open: the first was never closed
  // (cut off or mangled), and its fields cannot be told apart from the new
  // one's, so it is dropped whole.
  void OpenItem(const XmlToken& t) {
    if (item_) damage_.unclosed.push_back(damage_.opened);
    ++damage_.opened;
    item_.emplace();
    item_name_ = t.name;
    summary_.clear(), field_.clear(), depth_in_field_ = 0, in_author_ = false;
  }

  void CloseItem() {
    if (item_->content.empty()) item_->content = summary_;
    item_->id = ItemKey(*item_);
    if (!item_->link.empty() || !item_->content.empty()) feed_.items.push_back(std::move(*item_));
    item_.reset();
    field_.clear();
  }

  void OpenInItem(const XmlToken& t, const std::string& local) {
    if (!field_.empty()) {
      ++depth_in_field_;
      if (t.name != "div" || depth_in_field_ > 1) text_ += "<" + t.name + t.attrs + ">";
      return;
    }
    if (local == "author") in_author_ = true;
    if (local == "link" && format_ == "atom") {
      std::string rel = AttrValue(t.attrs, "rel");
      if (rel.empty() || rel == "alternate") SetLink(*item_, feed_url_, AttrValue(t.attrs, "href"));
      return;
    }
    if (!t.self_closing) { field_ = t.name; text_.clear(); depth_in_field_ = 0; }
  }

  void CloseInItem(const XmlToken& t, const std::string& local) {
    if (local == "author") in_author_ = false;
    if (field_.empty()) return;
    if (depth_in_field_ > 0) { --depth_in_field_; text_ += "</" + t.name + ">"; return; }
    std::string value(TrimSpace(text_));
    std::string f = field_;
    field_.clear();
    SetField(f, value);
  }

  // The first date and author win; a summary stands in for missing content.
  void SetField(const std::string& f, const std::string& value) {
    FeedItem& item = *item_;
    std::string lf = LocalName(f);
    if (f == "title") item.title = value;
    else if (f == "link") SetLink(item, feed_url_, value);
    else if (f == "guid" || f == "id") item.id = value;
    else if ((lf == "pubdate" || f == "published" || f == "dc:date" || f == "issued") && item.published.empty()) item.published = DayOf(value);
    else if (f == "updated" && item.published.empty()) item.published = DayOf(value);
    else if (f == "content:encoded" || f == "content") item.content = value;
    else if (f == "description" || f == "summary") summary_ = value;
    else if ((f == "dc:creator" || (in_author_ && f == "name") || (f == "author" && format_ == "rss")) && item.author.empty()) item.author = value;
  }

  const std::string format_, feed_url_, item_tag_;
  Feed feed_;
  std::optional<FeedItem> item_;
  std::string item_name_;  // the tag that opened the items ("item", "atom:entry")
  std::string field_, text_, summary_;
  int depth_in_field_ = 0;
  bool in_author_ = false;
  FeedDamage damage_;
};

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
  return FeedReader(format, feed_url).Read(xml);
}

}  // namespace news
