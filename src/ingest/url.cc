#include "ingest/url.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace news {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsTrackingParam(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "yclid",
      "ref_src", "ref_url", "cmpid", "ocid", "smid", "smtyp", "sr_share", "ns_mchannel",
      "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "spm", "share", "from", "ito", "cmp",
      "wt.mc_id", "s_cid", "icid", "guccounter", "guce_referrer", "guce_referrer_sig", "feature",
      "rss", "referrer", "ref"};
  std::string n = Lower(name);
  if (n.starts_with("utm_") || n.starts_with("hmb_") || n.starts_with("pk_")) return true;
  return std::find(std::begin(kNames), std::end(kNames), n) != std::end(kNames);
}

// Removes "." and ".." segments (RFC 3986 5.2.4).
std::string RemoveDotSegments(std::string_view path) {
  std::vector<std::string_view> out;
  size_t pos = 1;
  bool trailing = false;
  while (pos <= path.size()) {
    size_t slash = path.find('/', pos);
    if (slash == std::string_view::npos) slash = path.size();
    std::string_view seg = path.substr(pos, slash - pos);
    trailing = seg == "." || seg == "..";
    if (seg == "..") { if (!out.empty()) out.pop_back(); }
    else if (seg != ".") out.push_back(seg);
    pos = slash + 1;
  }
  std::string r;
  for (std::string_view s : out) { r += '/'; r += s; }
  if (trailing || r.empty()) r += '/';
  return r;
}

}  // namespace

bool IsHttpUrl(std::string_view s) {
  std::string head = Lower(s.substr(0, 8));
  return head.starts_with("http://") || head.starts_with("https://");
}

std::optional<UrlParts> ParseUrl(std::string_view url) {
  size_t colon = url.find("://");
  if (colon == std::string_view::npos) return std::nullopt;
  UrlParts u;
  u.scheme = Lower(url.substr(0, colon));
  if (u.scheme != "http" && u.scheme != "https") return std::nullopt;
  std::string_view rest = url.substr(colon + 3);
  size_t hash = rest.find('#');
  if (hash != std::string_view::npos) { u.fragment = rest.substr(hash + 1); rest = rest.substr(0, hash); }
  size_t q = rest.find('?');
  if (q != std::string_view::npos) { u.query = rest.substr(q + 1); rest = rest.substr(0, q); }
  size_t slash = rest.find('/');
  std::string_view authority = rest.substr(0, slash);
  u.path = slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
  size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority.remove_prefix(at + 1);
  size_t port_colon = authority.rfind(':');
  if (port_colon != std::string_view::npos && authority.find(']') == std::string_view::npos) {
    std::string_view port = authority.substr(port_colon + 1);
    if (!port.empty() && std::all_of(port.begin(), port.end(), ::isdigit) && port.size() <= 5)
      u.port = std::stoi(std::string(port));
    else if (!port.empty()) return std::nullopt;
    authority = authority.substr(0, port_colon);
  }
  if (authority.empty()) return std::nullopt;
  u.host = Lower(authority);
  if ((u.scheme == "http" && u.port == 80) || (u.scheme == "https" && u.port == 443)) u.port = 0;
  return u;
}

std::string HostKey(const UrlParts& u) {
  return u.port ? u.host + ":" + std::to_string(u.port) : u.host;
}

std::string FormatUrl(const UrlParts& u) {
  std::string out = u.scheme + "://" + HostKey(u) + (u.path.empty() ? "/" : u.path);
  if (!u.query.empty()) out += "?" + u.query;
  return out;
}

std::string ResolveUrl(std::string_view base, std::string_view ref) {
  while (!ref.empty() && std::isspace(static_cast<unsigned char>(ref.front()))) ref.remove_prefix(1);
  while (!ref.empty() && std::isspace(static_cast<unsigned char>(ref.back()))) ref.remove_suffix(1);
  if (ref.empty()) return std::string(base);
  if (ref.find("://") != std::string_view::npos) return IsHttpUrl(ref) ? std::string(ref) : "";
  size_t colon = ref.find(':');
  if (colon != std::string_view::npos && colon < ref.find_first_of("/?#")) return "";  // mailto:, javascript:
  std::optional<UrlParts> b = ParseUrl(base);
  if (!b) return "";
  if (ref.starts_with("//")) return b->scheme + ":" + std::string(ref);
  UrlParts u = *b;
  u.fragment.clear();
  if (ref[0] == '#') return FormatUrl(u) + std::string(ref);
  std::string_view r = ref;
  std::string query;
  size_t hash = r.find('#');
  if (hash != std::string_view::npos) r = r.substr(0, hash);
  size_t q = r.find('?');
  if (q != std::string_view::npos) { query = r.substr(q + 1); r = r.substr(0, q); }
  if (r.empty()) { u.query = query; return FormatUrl(u); }
  std::string path = r[0] == '/' ? std::string(r) : b->path.substr(0, b->path.rfind('/') + 1) + std::string(r);
  u.path = RemoveDotSegments(path);
  u.query = query;
  return FormatUrl(u);
}

std::string CanonicalizeUrl(std::string_view url) {
  std::optional<UrlParts> u = ParseUrl(url);
  if (!u) return std::string(url);
  if (u->host.starts_with("www.")) u->host.erase(0, 4);
  if (u->host.ends_with(".")) u->host.pop_back();
  u->path = RemoveDotSegments(u->path);
  std::string query;
  size_t pos = 0;
  while (pos <= u->query.size() && !u->query.empty()) {
    size_t amp = u->query.find('&', pos);
    if (amp == std::string::npos) amp = u->query.size();
    std::string_view param = std::string_view(u->query).substr(pos, amp - pos);
    std::string_view name = param.substr(0, param.find('='));
    if (!param.empty() && !IsTrackingParam(name)) query += (query.empty() ? "" : "&") + std::string(param);
    pos = amp + 1;
  }
  u->query = query;
  u->fragment.clear();
  return FormatUrl(*u);
}

}  // namespace news
