#include "extract/person_patterns.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>
#include <unordered_map>

#include "extract/chinese_cue_names.h"
#include "extract/english_title_patterns.h"
#include "extract/literals.h"
#include "lexicon/aho_corasick.h"
#include "lexicon/snapshot.h"

namespace news {

namespace {

constexpr std::string_view kZhTitles[] = {
    "首席執行官", "首席执行官", "執行長",     "执行长",     "行政總裁",   "行政总裁",   "首席科學家", "首席科学家",
    "首席技術官", "首席技术官", "技術長",     "技术长",     "首席研究員", "首席研究员", "研究副總裁", "研究副总裁",
    "副總裁",     "副总裁",     "總裁",       "总裁",       "聯合創始人", "联合创始人", "共同創辦人", "共同创办人",
    "首席財務官", "首席财务官", "首席運營官", "首席运营官", "首席營運官", "首席营运官", "首席產品官", "首席产品官",
    "首席架構師", "首席架构师", "營運長",     "营运长",     "財務長",     "财务长",     "產品長",     "产品长",
    "策略長",     "策略长",     "研發長",     "研发长",     "資訊長",     "资讯长",     "發言人",     "发言人",
    "分析師",     "分析师",     "顧問",       "顾问",       "副手",       "專家",       "专家",       "處長",
    "处长",       "所長",       "所长",       "部長",       "部长",       "組長",       "组长",       "局長",
    "局长",       "行長",       "行长",       "延攬",       "延揽",       "聘請",       "聘请",       "招攬",
    "招揽",       "網羅",       "网罗",       "挖角",       "挖來",       "挖来",       "任命",       "聘任",
    "創辦人",     "创办人",     "創始人",     "创始人",     "負責人",     "负责人",     "研究主管",   "主管",
    "總監",       "总监",       "總經理",     "总经理",     "董事長",     "董事长",     "研究員",     "研究员",
    "科學家",     "科学家",     "工程師",     "工程师",     "架構師",     "架构师",     "教授",       "合夥人",
    "合伙人",     "獨立董事",   "独立董事",   "執行董事",   "执行董事",   "特助",       "特別助理",   "特别助理",
    "院長",       "院长",       "主任",       "經理",       "经理",       "CEO",        "CTO",        "VP"};

constexpr uint8_t kEnglishCue = 1, kChineseCue = 2, kClauseCue = 4, kOrganizationCue = 8, kSuccessionCue = 16,
                  kFounderCue = 32;

// How a pattern is run. Every pattern is tried only where a cue word sits
// (found by one Aho–Corasick pass over the sentence), anchored there, rather
// than scanning each sentence once per pattern: most sentences have no cue.
enum class Anchor {
  kCue,        // the pattern starts at an English or Chinese cue (a title)
  kAfterName,  // the pattern starts at a comma; the name is the capitalised words before it
  kNameBefore  // the pattern starts at an English cue; the name is the capitalised words right before it
};

// A pattern of english_title_patterns.h at its anchor: the name for kCue,
// the whole match for kAfterName, any span when a kNameBefore one matches.
using Matcher = std::optional<TextSpan> (*)(const TitleText& t, size_t pos);

struct Pattern {
  Matcher match = nullptr;
  Anchor anchor = Anchor::kCue;
  uint8_t cue = 0;            // the cue kind that anchors it (kEnglishCue, kChineseCue, kClauseCue)
  bool coordinated = false;   // "founded by A and B": the name after "and" is found too
  bool comma_after_cue = false;  // "His deputy, Clara Mendel,": a comma, not the name, follows the cue
  // English cue patterns: lower-case literals every match starts with (empty:
  // no filter). Checked at each cue before the pattern is tried: most cues
  // ("model", "team", "product" are common words) start no title.
  literals::Literals starts = {};
};

// Words that start an English title pattern (lower case; matched on an
// ASCII-lowered copy of the sentence).
const char* const kEnCueWords[] = {
    "chief", "ceo", "cto", "cfo", "coo", "cpo", "co-founder", "cofounder", "founder", "president", "vice", "vp", "head",
    "research", "staff", "principal", "senior", "lead", "scientist", "researcher", "engineer", "director", "managing",
    "general", "professor", "chairman", "chairwoman", "hired", "poached", "recruited", "appointed", "promoted", "led by",
    "team", "tech", "technical", "engineering", "product", "image", "video", "safety", "model",
    "headed by", "founded", "co-founded", "run by", "named", "scientists", "engineers", "executives", "employees",
    "leaders", "deputy", "executive", "search", "data", "training", "evaluation", "infrastructure", "robotics", "policy",
    "program", "project", "spokesperson", "spokeswoman", "spokesman", "analyst", "fellow", "distinguished", "architect",
    "member", "applied", "joined", "joins", "rejoined", "will join", "has joined", "is joining", "was named",
    "has been named", "had been named", "is named", "will be named", "was appointed", "has been appointed",
    "had been appointed", "is appointed", "will be appointed", "was promoted", "has been promoted", "is promoted",
    "was tapped", "has been tapped", "was elevated", "takes over", "took over", "will take over", "has taken over",
    "steps in", "stepped in", "will step in", "becomes", "became", "will become"};

// Chinese verbs that open a relative clause describing a person:
// 「曾參與DALL-E開發的Daniel Okafor」, 「負責視覺模型的林佳穎」.
constexpr std::string_view kZhClauseVerbs[] = {
    "參與", "参与", "負責", "负责", "領導", "领导", "主導", "主导", "帶領", "带领", "創立", "创立", "創辦", "创办",
    "主持", "打造", "掌管", "執掌", "执掌",
    // a hire verb before a relative clause: 「延攬曾任Google TPU晶片團隊資深工程經理的周柏宇」
    "延攬", "延揽", "聘請", "聘请", "招攬", "招揽", "網羅", "网罗", "挖角",
    // where someone comes from: 「來自百度研究院的儲一帆和來自商湯科技的駱佳音」
    "來自", "来自"};

// The patterns, each with the start words that tell the cues it may start at.
std::vector<Pattern> PatternList() {
  std::vector<Pattern> patterns;
  auto add = [&patterns](Matcher match, Anchor anchor, uint8_t cue) { patterns.push_back({match, anchor, cue}); };
  add(TitleThenName, Anchor::kCue, kEnglishCue);
  // Not at the cues that only other patterns start with ("scientists" is
  // also a "scientist" cue at the same place).
  patterns.back().starts = {"chief ", "ceo", "cto", "cfo", "coo", "cpo", "co-founder", "cofounder", "founder",
                                "president", "vice president", "vp", "head of ", "research ", "staff ", "principal ",
                                "senior ", "lead ", "scientist", "researcher", "engineer", "director", "team lead",
                                "tech lead", "technical lead", "engineering lead", "product lead", "image lead", "video lead",
                                "safety lead", "model lead", "search lead", "data lead", "training lead",
                                "evaluation lead", "infrastructure lead", "robotics lead", "policy lead", "program lead",
                                "project lead", "spokesperson", "spokeswoman", "spokesman", "analyst", "research fellow",
                                "senior fellow", "distinguished ", "fellow", "architect", "general counsel", "member of",
                                "product manager", "program manager", "project manager", "engineering manager",
                                "research manager", "applied ", "managing director", "general manager", "professor", "chairman",
                                "chairwoman", "hired", "poached", "recruited", "appointed", "promoted"};
  // "founded last year by A and B", "founded in 2024 by ...": a time or
  // place may sit between the verb and "by".
  add(ByThenName, Anchor::kCue, kEnglishCue);
  patterns.back().coordinated = true;
  patterns.back().starts = {"led", "headed", "run", "co-founded", "cofounded", "founded"};
  // "Mistral named Amara Osei its chief scientist", "named Li Wei as CTO".
  add(NamedThenName, Anchor::kCue, kEnglishCue);
  patterns.back().starts = {"named"};
  // "Two researchers who report to her, Marcus Oyelaran and Wen-Li Chao, are
  // expected to follow": a plural noun, then the names it stands for.
  add(PluralThenNames, Anchor::kCue, kEnglishCue);
  patterns.back().coordinated = true;
  patterns.back().starts = {"researchers", "scientists", "engineers", "executives", "employees", "leaders", "deputy", "executive"};
  // A plural title right before two names: "Research scientists Maya
  // Okonkwo and Felix Brandauer have left", "engineers Ben Achterberg and
  // Sione Fifita".
  add(PluralTitleThenNames, Anchor::kCue, kEnglishCue);
  patterns.back().coordinated = true;
  patterns.back().starts = {"researchers ", "scientists ", "engineers ", "research ", "senior ", "staff ", "principal ", "lead "};
  // A title noun, then the name between commas: "His deputy, Clara Mendel,
  // is expected to follow", "Another senior researcher, Adaeze Nwosu, left".
  add(NounCommaName, Anchor::kCue, kEnglishCue);
  patterns.back().starts = {"deputy,", "researcher,", "scientist,", "engineer,", "director,", "executive,",
                                "founder,", "co-founder,", "cofounder,", "president,", "professor,", "lead,",
                                "analyst,", "spokesperson,", "spokeswoman,", "spokesman,", "architect,", "fellow,"};
  patterns.back().comma_after_cue = true;
  // The same with a phrase between the noun and the comma: "A third
  // researcher from the same team, Priyanka Sood, left", "a senior engineer
  // at Nvidia, Ana Ruiz, said".
  add(NounPhraseCommaName, Anchor::kCue, kEnglishCue);
  patterns.back().starts = {"researcher ", "scientist ", "engineer ", "director ", "executive ",
                                "lead ", "fellow ", "architect "};
  // A post taken, with the name before the verb: "Aurélien Dumont-Lacaze
  // joined earlier this month as chief financial officer", "Dmitri Halvorsen
  // was named acting head of the speech group", "Ana Ruiz takes over as
  // CTO". The post must be a title: "Sequoia joined as lead investor" and
  // "Jane Street was named a partner" give nobody.
  add([](const TitleText& t, size_t pos) { return PostTaken(t, pos) ? std::optional(TextSpan{pos, pos}) : std::nullopt; },
      Anchor::kNameBefore, kEnglishCue);
  patterns.back().starts = {"joined", "joins", "rejoined", "will join", "has joined", "is joining", "was named",
                                "has been named", "had been named", "is named", "will be named", "was appointed",
                                "has been appointed", "had been appointed", "is appointed", "will be appointed",
                                "was promoted", "has been promoted", "is promoted", "was tapped", "has been tapped",
                                "was elevated", "takes over", "took over", "will take over", "has taken over", "steps in",
                                "stepped in", "will step in", "becomes", "became", "will become"};
  // An age may stand between the name and its apposition: "Jane Doe, 45, a
  // former Meta director", "Jane Doe, 52, who led ...".
  add(Apposition, Anchor::kAfterName, 0);
  add(WhoClause, Anchor::kAfterName, 0);
  return patterns;
}

// A cue word and what it cues.
struct CueWord {
  std::string word;      // ASCII letters in lower case
  uint8_t kind = 0;      // kEnglishCue, kChineseCue ...
  uint8_t org_kind = 0;  // its OrgCueKind, for a kOrganizationCue
};

// Every cue word in the order the automaton numbers them (a word that comes
// again, with another kind, keeps its first number).
std::vector<CueWord> CueWords() {
  std::vector<CueWord> out;
  out.reserve(std::size(kEnCueWords) + std::size(kZhTitles) + std::size(kZhClauseVerbs) + std::size(kSuccessionVerbs) +
              std::size(kFounderVerbs) + OrganizationCueWords().size());
  auto add = [&out](std::string_view w, uint8_t kind, uint8_t org_kind = 0) {
    std::string lower(w);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out.push_back({std::move(lower), kind, org_kind});
  };
  for (const char* w : kEnCueWords) add(w, kEnglishCue);
  // 負責人之一Nadia Petrova: "one of the heads"
  for (std::string_view w : kZhTitles) add(w, kChineseCue);
  for (std::string_view w : kZhClauseVerbs) add(w, kClauseCue);
  for (std::string_view w : kSuccessionVerbs) add(w, kSuccessionCue);
  for (std::string_view w : kFounderVerbs) add(w, kFounderCue);
  // Organisation cues ride on the same scan: one pass over each sentence.
  for (const auto& [w, kind] : OrganizationCueWords()) add(w, kOrganizationCue, kind);
  return out;
}

}  // namespace

// The patterns and what their cue words tell them; `cues` is built from
// `keys` or loaded from a snapshot that was.
struct PersonPatternSet {
  std::vector<Pattern> patterns = PatternList();
  std::vector<std::string> keys;  // the cue words by their number in `cues`
  AhoCorasick cues;
  std::vector<uint8_t> cue_kind;  // per cue key: kEnglishCue | kChineseCue ...
  std::vector<uint8_t> org_kind;  // per cue key: its OrgCueKind, 0 if none
  // Per English cue key, a bit per pattern: whether a start of the pattern
  // agrees with the cue word (only then can one of them be at the cue);
  // ten patterns, sixteen bits.
  std::vector<uint16_t> english_patterns;

  PersonPatternSet() {
    std::vector<CueWord> words = CueWords();
    std::unordered_map<std::string_view, int> numbers(2 * words.size());
    keys.reserve(words.size());
    cue_kind.reserve(words.size());
    org_kind.reserve(words.size());
    english_patterns.reserve(words.size());
    for (const CueWord& w : words) {
      auto [it, added] = numbers.emplace(w.word, static_cast<int>(keys.size()));
      if (added) keys.push_back(w.word);
      size_t k = it->second;
      cue_kind.resize(keys.size(), 0);
      org_kind.resize(keys.size(), 0);
      english_patterns.resize(keys.size(), 0);
      cue_kind[k] |= w.kind;
      if (w.org_kind) org_kind[k] = w.org_kind;
      if (w.kind != kEnglishCue) continue;
      for (size_t i = 0; i < patterns.size(); ++i)
        if (patterns[i].starts.empty() || patterns[i].starts.AnyAgreesWith(w.word)) english_patterns[k] |= 1u << i;
    }
  }
};

namespace {

// "has hired Arash Tehrani and Wen Jiahui": a hire verb takes people as its
// object, so a name after "and" is a second person (after a title it may be
// an organisation: "engineer Ana Ruiz and Thinking Machines").
bool IsHireVerbAt(std::string_view lower, size_t pos) {
  for (std::string_view v : {"hired ", "poached ", "recruited ", "appointed "})
    if (lower.compare(pos, v.size(), v) == 0) return true;
  return false;
}

// No title pattern (cue, clause and name) is longer than this.
constexpr size_t kMaxPatternBytes = 200;

// The name that ends right before `comma`: the leftmost run of capitalised
// words that reaches it (at most ~60 bytes back).
std::optional<TextSpan> NameBefore(std::string_view sentence, size_t comma) {
  return LatinNameEndingAt(sentence.substr(0, comma), comma > 64 ? comma - 64 : 0);
}

// "Monday Jane Doe was named ...": a name whose first of three words may
// not stand in a name is the two words after it.
std::string_view WithoutLeadingStopWord(std::string_view name) {
  size_t sp = name.find(' ');
  if (sp == std::string_view::npos || !IsNameStopWord(name.substr(0, sp)) || name.find(' ', sp + 1) == std::string_view::npos)
    return name;
  return name.substr(sp + 1);
}

std::string_view Slice(std::string_view s, TextSpan span) { return s.substr(span.begin, span.end - span.begin); }

// A kNameBefore pattern at the cue `h`: the name is the capitalised words
// that end one space before it.
void NameBeforeCue(const Pattern& p, const TitleText& t, std::string_view sentence, const AhoCorasick::Hit& h,
                   std::vector<TitledName>* out) {
  if (h.begin < 2 || sentence[h.begin - 1] != ' ') return;
  if (!p.match(t, h.begin)) return;
  if (auto name = NameBefore(sentence, h.begin - 1)) AddName(sentence, WithoutLeadingStopWord(Slice(sentence, *name)), false, out);
}

// The word ending at `comma` starts with a capital letter (ASCII or a
// two-byte Latin-1/Extended-A letter): the only commas an apposition follows.
bool AfterCapitalisedWord(std::string_view s, size_t comma) {
  // The word starts after the last space of the 40 bytes before the comma
  // (memrchr: this runs at every comma of every sentence).
  size_t from = comma > 40 ? comma - 40 : 0;
  const void* space = memrchr(s.data() + from, ' ', comma - from);
  size_t start = space ? static_cast<const char*>(space) - s.data() + 1 : from;
  if (start == comma) return false;
  unsigned char c = s[start];
  return (c >= 'A' && c <= 'Z') || c == 0xC3 || c == 0xC4 || c == 0xC5;
}

// ", both senior research scientists", ", two researchers who": an
// apposition that describes more than one person.
bool IsPluralApposition(std::string_view m) {
  if (m.size() > 2 && std::isdigit(static_cast<unsigned char>(m[2]))) return false;  // ", 45, a ...": one person's age
  for (std::string_view w : {", both ", ", two ", ", three ", ", all "})
    if (m.substr(0, w.size()) == w) return true;
  size_t end = m.size();
  while (end > 0 && !std::isalpha(static_cast<unsigned char>(m[end - 1]))) --end;
  return end >= 2 && m[end - 1] == 's' && m.substr(0, 6) != ", who " && m.substr(0, 6) != ", one ";
}

// After a title cue a name can only follow if the next byte is a space, a
// letter or a multi-byte character (之一, a Han name): not ".", ",", digits.
bool NameMayFollow(std::string_view s, size_t pos) {
  if (pos >= s.size()) return false;
  unsigned char c = s[pos];
  return c == ' ' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0xC0;
}

// ASCII letters to lower case, in blocks of 16 bytes: a loop of a fixed
// count the compiler turns into vector instructions (a byte at a time cost
// ~9 instructions a byte, over every sentence).
void LowerAscii(std::string& s) {
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); };
  char* p = s.data();
  size_t i = 0;
  for (; i + 16 <= s.size(); i += 16)
    for (size_t k = 0; k < 16; ++k) p[i + k] = lower(p[i + k]);
  for (; i < s.size(); ++i) p[i] = lower(p[i]);
}

// One sentence as the patterns see it: the text, its ASCII-lowered copy and
// the cues found in the copy.
struct CuedSentence {
  const PersonPatternSet& set;
  std::string_view text, lower;
  const std::vector<AhoCorasick::Hit>& cues;

  // A pattern sees no further than kMaxPatternBytes from its anchor.
  TitleText Window(size_t anchor) const {
    size_t end = std::min(text.size(), anchor + kMaxPatternBytes);
    bool word_after = end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_');
    return TitleText{text.substr(0, end), lower.substr(0, end), word_after};
  }
  bool Any(uint8_t kind) const {
    return std::any_of(cues.begin(), cues.end(), [&](const AhoCorasick::Hit& h) { return set.cue_kind[h.key] & kind; });
  }
};

void AddOrganizationCues(const CuedSentence& s, std::vector<OrgCue>* org_cues) {
  for (const AhoCorasick::Hit& h : s.cues) {
    if (!(s.set.cue_kind[h.key] & kOrganizationCue)) continue;
    bool latin = static_cast<unsigned char>(s.lower[h.begin]) < 0x80;
    if (latin && h.begin > 0 && std::isalpha(static_cast<unsigned char>(s.lower[h.begin - 1]))) continue;  // mid-word
    org_cues->push_back({h.begin, h.end, s.set.org_kind[h.key]});
  }
}

// The English patterns some cue of the sentence may start, a bit each (most
// sentences: none), so that the others skip the walk over the cues.
uint16_t CuedEnglishPatterns(const CuedSentence& s) {
  uint16_t english = 0;
  for (const AhoCorasick::Hit& h : s.cues)
    if (s.set.cue_kind[h.key] & kEnglishCue) english |= s.set.english_patterns[h.key];
  return english;
}

// A kAfterName pattern at each comma after a capitalised word.
void RunAfterName(const Pattern& p, const CuedSentence& s, const std::vector<size_t>& commas,
                  std::vector<TitledName>* out) {
  for (size_t comma : commas) {
    std::optional<TextSpan> match = p.match(s.Window(comma), comma);
    if (!match) continue;
    std::optional<TextSpan> name = NameBefore(s.text, comma);
    if (!name) continue;
    AddName(s.text, Slice(s.text, *name), false, out);
    // "Mei Takahashi and Daichi Arakawa, both senior research scientists":
    // a plural apposition names the person coordinated before, too.
    size_t begin = name->begin;
    if (IsPluralApposition(Slice(s.text, *match)) && begin >= 5 && s.text.substr(begin - 5, 5) == " and " &&
        (name = NameBefore(s.text, begin - 5)))
      AddName(s.text, Slice(s.text, *name), false, out);
  }
}

// Whether pattern `i` may start at the cue `h` (its kind, its start words,
// what follows the cue, a word boundary before an English one).
bool PatternMayStartAt(const CuedSentence& s, const Pattern& p, size_t i, const AhoCorasick::Hit& h) {
  if (!(s.set.cue_kind[h.key] & p.cue)) return false;
  bool english = p.cue == kEnglishCue;
  if (english &&
      (!(s.set.english_patterns[h.key] >> i & 1) || (!p.starts.empty() && !p.starts.FirstAt(s.lower, h.begin))))
    return false;
  if (p.comma_after_cue ? s.text.substr(h.end, 2) != ", " : !NameMayFollow(s.text, h.end)) return false;
  return !(english && h.begin > 0 && std::isalpha(static_cast<unsigned char>(s.lower[h.begin - 1])));
}

// Pattern `i` (kCue or kNameBefore) at each cue of its kind.
void RunAtCues(const CuedSentence& s, size_t i, std::vector<TitledName>* out) {
  const Pattern& p = s.set.patterns[i];
  for (const AhoCorasick::Hit& h : s.cues) {
    if (!PatternMayStartAt(s, p, i, h)) continue;
    if (p.anchor == Anchor::kNameBefore) {
      NameBeforeCue(p, s.Window(h.begin), s.text, h, out);
      continue;
    }
    std::optional<TextSpan> name = p.match(s.Window(h.begin), h.begin);
    if (!name) continue;
    AddName(s.text, Slice(s.text, *name), false, out);
    size_t end = name->end;
    if ((p.coordinated || IsHireVerbAt(s.lower, h.begin)) && s.text.substr(end, 5) == " and ")
      if (size_t second = LatinNameEnd(s.text, end + 5); second > end + 5)
        AddName(s.text, std::string_view(s.text.data() + end + 5, second - end - 5), false, out);
  }
}

// Chinese cues are followed by the name itself, read by chinese_cue_names.h:
// 研究副總裁Elena Vasquez, 首席科學家宋啟明, 負責人之一Nadia Petrova, and
// after a relative clause 曾參與…的Daniel Okafor.
void NamesAfterChineseCues(const CuedSentence& s, std::vector<TitledName>* out) {
  for (const AhoCorasick::Hit& h : s.cues) {
    uint8_t kind = s.set.cue_kind[h.key];
    if (kind & kChineseCue) NameAfterChineseCue(s.text, h.end, true, out);
    if (kind & kClauseCue) NamesAfterChineseClause(s.text, h.end, out);
  }
}

}  // namespace

PersonPatterns::PersonPatterns() : set_(std::make_unique<PersonPatternSet>()) {
  for (const std::string& key : set_->keys) set_->cues.Add(key);  // numbered as PersonPatternSet numbers them
  set_->cues.Build();
}

PersonPatterns::PersonPatterns(std::unique_ptr<PersonPatternSet> set) : set_(std::move(set)) {}

PersonPatterns::~PersonPatterns() = default;

const PersonPatterns& PersonPatterns::Default() {
  static const PersonPatterns kDefault;
  return kDefault;
}

namespace {

// The cue words' fingerprint (FNV-1a over each and a NUL), saved with the
// automaton: a snapshot built from other words than this code's is stale.
uint64_t Fingerprint(const std::vector<std::string>& keys) {
  uint64_t h = 14695981039346656037ull;
  for (const std::string& key : keys)
    for (size_t i = 0; i <= key.size(); ++i)
      h = (h ^ (i < key.size() ? static_cast<unsigned char>(key[i]) : 0)) * 1099511628211ull;
  return h;
}

}  // namespace

bool PersonPatterns::Save(SnapshotWriter& w) const {
  uint64_t h = Fingerprint(set_->keys);
  w.U32(static_cast<uint32_t>(h));
  w.U32(static_cast<uint32_t>(h >> 32));
  return set_->cues.Save(w);
}

std::unique_ptr<PersonPatterns> PersonPatterns::Load(SnapshotReader& r, const std::shared_ptr<const void>& storage) {
  auto set = std::make_unique<PersonPatternSet>();
  uint32_t low = 0, high = 0;
  if (!r.U32(&low) || !r.U32(&high) || (uint64_t{high} << 32 | low) != Fingerprint(set->keys)) return nullptr;
  if (!set->cues.Load(r, storage) || set->cues.key_count() != set->keys.size()) return nullptr;
  return std::unique_ptr<PersonPatterns>(new PersonPatterns(std::move(set)));
}

std::vector<TitledName> FindTitledPeople(std::string_view sentence, std::vector<OrgCue>* org_cues) {
  return PersonPatterns::Default().Find(sentence, org_cues);
}

std::vector<TitledName> PersonPatterns::Find(std::string_view sentence, std::vector<OrgCue>* org_cues) const {
  const PersonPatternSet& set = *set_;
  // Buffers kept per thread: this runs on every sentence.
  thread_local std::string lower;
  lower.assign(sentence);
  LowerAscii(lower);
  thread_local std::vector<size_t> commas;  // only those right after a capitalised word: "Hannah Albrecht, a ..."
  commas.clear();
  for (size_t i = sentence.find(','); i != std::string_view::npos; i = sentence.find(',', i + 1))
    if (AfterCapitalisedWord(sentence, i)) commas.push_back(i);
  thread_local std::vector<AhoCorasick::Hit> cues;
  cues.clear();
  set.cues.FindAll(lower, &cues);
  const CuedSentence s{set, sentence, lower, cues};
  if (org_cues) AddOrganizationCues(s, org_cues);
  std::vector<TitledName> out;
  if (cues.empty() && commas.empty()) return out;
  uint16_t english = CuedEnglishPatterns(s);
  for (size_t i = 0; i < set.patterns.size(); ++i) {
    const Pattern& p = set.patterns[i];
    if (p.cue == kEnglishCue && !(english >> i & 1)) continue;
    if (p.anchor == Anchor::kAfterName)
      RunAfterName(p, s, commas, &out);
    else
      RunAtCues(s, i, &out);
  }
  if (s.Any(kFounderCue)) FoundersBefore(sentence, &out);
  if (s.Any(kSuccessionCue)) SuccessorAfterBy(sentence, &out);
  NamesAfterChineseCues(s, &out);
  std::sort(out.begin(), out.end(), [](const TitledName& a, const TitledName& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace news
