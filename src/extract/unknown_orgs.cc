#include "extract/unknown_orgs.h"

#include <algorithm>
#include <set>

#include "common/utf8.h"

namespace news {

namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Words that may open a capitalised run without being part of a company
// name ("At Kestrel Dynamics", "The start-up"), or that no company name holds.
bool IsRunStopWord(std::string_view w) {
  static const std::set<std::string_view> kStop = {
      "The", "A", "An", "And", "But", "Or", "In", "On", "At", "For", "With", "From", "To", "Of", "By", "As", "It", "Its",
      "He", "She", "They", "We", "His", "Her", "Their", "This", "That", "These", "Those", "Last", "Next", "Earlier",
      "Later", "Meanwhile", "Since", "After", "Before", "When", "While", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December", "Another", "Other", "Its", "Our", "Your", "One", "Two", "New"};
  return kStop.count(w) > 0;
}

// One word of a company name: a capital, then letters or digits ("Quillmark",
// "AI", "Labs", "X1").
size_t WordEnd(std::string_view s, size_t pos) {
  if (pos >= s.size() || !IsUpper(s[pos])) return pos;
  size_t end = pos + 1;
  while (end < s.size() && IsAlnum(s[end])) ++end;
  return end;
}

// Up to three capitalised words from `pos`, single spaces between them.
size_t NameForward(std::string_view s, size_t pos) {
  size_t end = WordEnd(s, pos);
  if (end == pos) return pos;
  for (int words = 1; words < 3 && end + 1 < s.size() && s[end] == ' '; ++words) {
    size_t next = WordEnd(s, end + 1);
    if (next == end + 1) break;
    end = next;
  }
  return end;
}

// The run of up to three capitalised words that ends at `end`, or `end`.
size_t NameBackward(std::string_view s, size_t end) {
  size_t begin = end;
  for (int words = 0; words < 3; ++words) {
    if (words > 0 && (begin < 2 || s[begin - 1] != ' ')) break;
    size_t word_end = words == 0 ? end : begin - 1, b = word_end;
    while (b > 0 && IsAlnum(s[b - 1])) --b;
    if (b == word_end || WordEnd(s, b) != word_end) break;  // not a capitalised word
    begin = b;
  }
  return begin;
}

// Drops leading stop words ("At Kestrel Dynamics" -> "Kestrel Dynamics") and
// checks what is left: no stop word inside, three letters at least.
bool CleanName(std::string_view s, size_t* begin, size_t end) {
  while (*begin < end) {
    size_t w = WordEnd(s, *begin);
    if (!IsRunStopWord(s.substr(*begin, w - *begin))) break;
    *begin = w < end ? w + 1 : end;
  }
  if (end - *begin < 3) return false;
  for (size_t p = *begin; p < end;) {
    size_t w = WordEnd(s, p);
    if (w == p || IsRunStopWord(s.substr(p, w - p))) return false;
    p = w + 1;
  }
  return true;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// "Quillmark AI, a San Francisco start-up that ...": the cue closes an
// apposition (a/an/the, then only words) that follows the name and a comma;
// words after the cue say it is the company itself, not "start-up founders".
bool AppositionBefore(std::string_view s, const OrgCue& c, size_t* comma) {
  size_t from = c.begin > 80 ? c.begin - 80 : 0;
  size_t at = s.rfind(", ", c.begin);
  if (at == std::string_view::npos || at < from) return false;
  std::string_view between = s.substr(at + 2, c.begin - at - 2);
  if (!StartsWith(between, "a ") && !StartsWith(between, "an ") && !StartsWith(between, "the ")) return false;
  if (!std::all_of(between.begin(), between.end(), [](char ch) { return IsAlnum(ch) || ch == ' ' || ch == '-'; }))
    return false;
  std::string_view after = s.substr(c.end);
  static const std::string_view kAfter[] = {",", ".", ";", " that ", " which ", " in ", " based ", " from ", " with ",
                                            " whose ", " founded ", " called ", " backed ", " building ", " focused ",
                                            " and ", " run ", " led ", " last "};
  if (!after.empty() && std::none_of(std::begin(kAfter), std::end(kAfter), [&](std::string_view w) { return StartsWith(after, w); }))
    return false;
  *comma = at;
  return true;
}

void Add(std::string_view s, size_t begin, size_t end, std::vector<FoundOrganization>* out) {
  if (begin >= end || !CleanName(s, &begin, end)) return;
  for (const FoundOrganization& o : *out)
    if (o.begin < end && begin < o.end) return;
  out->push_back({begin, end, std::string(s.substr(begin, end - begin))});
}

void EnglishCue(std::string_view s, const OrgCue& c, std::vector<FoundOrganization>* out) {
  if (c.kind == kStartupCue) {
    if (size_t comma; AppositionBefore(s, c, &comma)) Add(s, NameBackward(s, comma), comma, out);
    if (c.end < s.size() && s[c.end] == ' ') Add(s, c.end + 1, NameForward(s, c.end + 1), out);  // "the start-up Parallax Labs"
  } else if (c.kind == kCompanyNounCue) {
    // "Sensorvue, an app analytics firm, said": the noun heads the
    // apposition; "Sam Chen, a researcher at the company," is a person's.
    size_t comma;
    if (!AppositionBefore(s, c, &comma)) return;
    std::string_view between = s.substr(comma + 2, c.begin - comma - 2);
    for (std::string_view w : {" at ", " of ", " for ", " with ", " in ", " from ", " to ", " by ", " on "})
      if (between.find(w) != std::string_view::npos) return;
    Add(s, NameBackward(s, comma), comma, out);
  } else if (c.kind == kCalledCue) {
    // "The new company, called Parallax Labs, has raised ..."; "a company
    // named X" (but "the company named Jane Doe its CEO" is a hire: after
    // "named" the noun must close the words before, with a or new before it).
    std::string_view before = s.substr(c.begin > 40 ? c.begin - 40 : 0, std::min<size_t>(c.begin, 40));
    bool named = s.substr(c.begin, 5) == "named";
    bool company = false;
    for (std::string_view w : {"company", "start-up", "startup", "firm", "venture"}) {
      if (!named) company = company || before.find(w) != std::string_view::npos;
      else
        for (std::string_view det : {"a ", "an ", "new "})
          company = company || (before.size() >= det.size() + w.size() + 1 &&
                                before.substr(before.size() - w.size() - 1 - det.size()) == std::string(det) + std::string(w) + " ");
    }
    if (company) Add(s, c.end, NameForward(s, c.end), out);
  } else if (c.kind == kRaisedCue) {
    // "Lumenfold raised $60 million", "Quillmark AI has raised $48 million":
    // the sentence opens with the name; a sum or a round follows.
    size_t end = c.begin;
    if (end < 1 || s[end - 1] != ' ') return;
    --end;
    for (std::string_view aux : {" has", " have"})
      if (end >= aux.size() && s.substr(end - aux.size(), aux.size()) == aux) end -= aux.size();
    size_t begin = NameBackward(s, end);
    size_t lead = 0;
    while (lead < s.size() && (s[lead] == ' ' || s[lead] == '"')) ++lead;
    std::string_view after = s.substr(c.end, 16);
    bool sum = after.find('$') != std::string_view::npos || after.find("€") != std::string_view::npos ||
               after.find("£") != std::string_view::npos || StartsWith(after, " a seed") || StartsWith(after, " a series");
    if (begin == lead && begin < end && sum) Add(s, begin, end, out);
  }
}

// Endings of Chinese company names: 霽光智能, 曜衡科技, 星塵機器人.
const std::vector<std::string_view>& ChineseSuffixes() {
  static const std::vector<std::string_view> kSuffixes = {
      "智能", "科技", "機器人", "机器人", "智造", "數據", "数据", "資訊", "资讯", "生技", "半導體", "半导体",
      "實驗室", "实验室", "網路", "网络", "光電", "光电", "動力", "动力", "醫療", "医疗", "晶片", "芯片"};
  return kSuffixes;
}

bool IsHan(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

// Where the first company-name ending of a run of Han characters ends, with
// two to four characters before it and six characters in all at most
// (霽光智能本週二 -> 12), or npos. The run holds three-byte characters
// only, so an ending can start only at bytes 6, 9 or 12: a compare there per
// ending, not a search of the run per ending.
size_t NameEndingEnd(std::string_view run) {
  constexpr size_t kMaxEnd = 18;
  size_t best = std::string_view::npos;
  for (size_t at = 6; at + 6 <= std::min(run.size(), kMaxEnd); at += 3)
    for (std::string_view suffix : ChineseSuffixes())
      if (at + suffix.size() <= kMaxEnd && run.substr(at, suffix.size()) == suffix) best = std::min(best, at + suffix.size());
  return best;
}

// After a Chinese cue: a Latin name (新創公司Parallax Labs) or Han
// characters up to the first company-name ending with two characters
// before it (霽光智能本週二 -> 霽光智能).
// 一家名為潮汐視覺的本地初創公司: the name runs from the cue to 的 (two to
// six Han characters, or a Latin name), and a company noun follows 的 closely
// (一款名为X的应用 names a product).
void NamedCue(std::string_view s, const OrgCue& c, std::vector<FoundOrganization>* out) {
  size_t de = s.find("的", c.end);
  if (de == std::string_view::npos || de - c.end < 6 || de - c.end > 30) return;
  std::string_view name = s.substr(c.end, de - c.end);
  bool latin = IsUpper(name[0]) && NameForward(s, c.end) == de;
  bool han = name.size() <= 18;
  for (size_t p = 0; han && p < name.size();) han = IsHan(DecodeUtf8(name, &p));
  if (!latin && !han) return;
  std::string_view after = s.substr(de + 3, 21);
  bool company = false;
  for (std::string_view w : {"公司", "初創", "初创", "新創", "新创", "企業", "企业", "機構", "机构", "實驗室", "实验室", "工作室"})
    company = company || after.find(w) != std::string_view::npos;
  if (!company) return;
  for (const FoundOrganization& o : *out)
    if (o.begin < de && c.end < o.end) return;
  out->push_back({c.end, de, std::string(name)});
}

void ChineseCue(std::string_view s, const OrgCue& c, std::vector<FoundOrganization>* out) {
  if (c.kind == kNamedCue) return NamedCue(s, c, out);
  size_t pos = c.end;
  if (c.kind == kEstablishedCue) {
    // 成立於今年九月的深衡智能: past the time phrase and its 的.
    size_t de = s.find("的", pos);
    if (de == std::string_view::npos || de - pos > 30) return;
    for (std::string_view brk : {"，", "。", "、", "；"})
      if (s.substr(pos, de - pos).find(brk) != std::string_view::npos) return;
    pos = de + 3;
  }
  for (std::string_view skip : {"公司", "企業", "企业"})
    if (StartsWith(s.substr(pos), skip)) pos += skip.size();
  while (pos < s.size() && s[pos] == ' ') ++pos;
  if (pos < s.size() && IsUpper(s[pos])) {
    Add(s, pos, NameForward(s, pos), out);
    return;
  }
  size_t end = pos, chars = 0;
  while (end < s.size() && chars < 10) {
    size_t next = end;
    if (!IsHan(DecodeUtf8(s, &next))) break;
    end = next;
    ++chars;
  }
  std::string_view run = s.substr(pos, end - pos);
  size_t best = NameEndingEnd(run);
  if (best == std::string_view::npos) return;
  // After a bare 公司 only a company that closes or gets something right
  // away (灵枢动力宣布完成B轮融资): 公司人工智能部门 names no company.
  if (c.kind == kCompanyFundsCue) {
    std::string_view after = s.substr(pos + best);
    bool funds = false;
    for (std::string_view v : {"宣布完成", "完成", "宣布獲得", "宣布获得", "獲得", "获得"}) funds = funds || StartsWith(after, v);
    if (!funds || run.substr(0, best) == "人工智能" || run.substr(0, best) == "人工智慧") return;
  }
  for (const FoundOrganization& o : *out)
    if (o.begin < pos + best && pos < o.end) return;
  out->push_back({pos, pos + best, std::string(run.substr(0, best))});
}

}  // namespace

const std::vector<std::pair<std::string, OrgCueKind>>& OrganizationCueWords() {
  static const std::vector<std::pair<std::string, OrgCueKind>> kWords = {
      {"start-up", kStartupCue}, {"startup", kStartupCue},  {"新創", kStartupCue},   {"新创", kStartupCue},
      {"初創", kStartupCue},     {"初创", kStartupCue},     {"創業公司", kStartupCue}, {"创业公司", kStartupCue},
      {"創辦的", kFoundedCue},   {"创办的", kFoundedCue},   {"創立的", kFoundedCue},   {"创立的", kFoundedCue},
      {"raises", kRaisedCue},    {"raised", kRaisedCue},    {"called ", kCalledCue},   {"named ", kCalledCue},
      {"名為", kNamedCue},       {"名为", kNamedCue},       {"成立於", kEstablishedCue}, {"成立于", kEstablishedCue},
      {"company", kCompanyNounCue}, {"firm", kCompanyNounCue}, {"公司", kCompanyFundsCue}};
  return kWords;
}

std::vector<FoundOrganization> FindUnknownOrganizations(std::string_view sentence, const std::vector<OrgCue>& cues) {
  std::vector<FoundOrganization> out;
  for (const OrgCue& c : cues) {
    bool chinese = static_cast<unsigned char>(sentence[c.begin]) >= 0x80;
    if (chinese) ChineseCue(sentence, c, &out);
    else EnglishCue(sentence, c, &out);
  }
  std::sort(out.begin(), out.end(), [](const FoundOrganization& a, const FoundOrganization& b) { return a.begin < b.begin; });
  return out;
}

std::string OrganizationShortForm(std::string_view name) {
  static const std::set<std::string_view> kEnglish = {"AI", "Labs", "Lab", "Robotics", "Dynamics", "Systems", "Technologies",
                                                      "Technology", "Inc", "Intelligence", "Computing", "Research"};
  if (size_t space = name.rfind(' '); space != std::string_view::npos) {
    if (kEnglish.count(name.substr(space + 1)) && space >= 4) return std::string(name.substr(0, space));
    return "";
  }
  for (std::string_view suffix : ChineseSuffixes())
    if (name.size() >= suffix.size() + 6 && name.substr(name.size() - suffix.size()) == suffix)
      return std::string(name.substr(0, name.size() - suffix.size()));
  return "";
}

}  // namespace news
