#include "extract/english_title_patterns.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <set>
#include <vector>

#include "common/utf8.h"
#include "extract/latin_letters.h"
#include "extract/literals.h"

namespace news {

namespace {

using literals::At;
using literals::IsSpace;
using literals::Literals;
using literals::SpacesEnd;
using literals::WordsAt;

// ---- Characters, as RE2 classed them ----

// RE2's \w (ASCII): for \b.
bool IsWordByte(std::string_view s, size_t pos) {
  if (pos >= s.size()) return false;
  unsigned char c = s[pos];
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// \b after a word character at pos - 1. RE2 saw past the window's end for
// \b: `word_after` says whether a word character follows it.
bool BoundaryAt(std::string_view s, size_t pos, bool word_after) {
  return pos >= s.size() ? !word_after : !IsWordByte(s, pos);
}

bool IsAsciiUpper(std::string_view s, size_t pos) { return pos < s.size() && s[pos] >= 'A' && s[pos] <= 'Z'; }

// The first of `literals` at `pos`: its end, or 0.
size_t AnyAt(std::string_view s, size_t pos, std::initializer_list<std::string_view> literals) {
  for (std::string_view l : literals)
    if (At(s, pos, l)) return pos + l.size();
  return 0;
}

// One of `words` (any that fits: "the" and "their") and the spaces after
// it: their end, or 0.
size_t WordThenSpaces(std::string_view s, size_t pos, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (size_t e = At(s, pos, w) ? SpacesEnd(s, pos + w.size()) : 0) return e;
  return 0;
}

// The end of [a-z]+ at `pos` (on the lowered copy: (?i:[a-z]+)), or `pos`.
size_t AsciiWordEnd(std::string_view lower, size_t pos) {
  while (pos < lower.size() && lower[pos] >= 'a' && lower[pos] <= 'z') ++pos;
  return pos;
}

// Whether s[begin, end) can be a filler [^...]{min,max} of RE2's: between
// `min` and `max` code points, and valid UTF-8 (an invalid byte matches no
// character class in RE2, not even a negated one).
bool FillerFits(std::string_view s, size_t begin, size_t end, size_t min, size_t max) {
  size_t n = 0;
  for (size_t i = begin; i < end; ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n >= min && n <= max && IsValidUtf8(s.substr(begin, end - begin));
}

// ---- kLatinName ----
// ([U](?:['’][A-Z])?[L]+(?:[U][L]+)?(?:-[H][L]+)?   one word, then one or two
//  (?:(?:\s(?:v[ao]n(?: de[rn])?|de(?: la)?|d[aiu]|del|la|le|bin))?\s WORD){1,2})
// with U = [A-ZÀ-ÖØ-ÞĀ-ſ], L = [a-zß-öø-ÿĀ-ſ], H = [A-Za-zÀ-ÖØ-ÞĀ-ſ].

bool IsHyphenated(char32_t c) { return IsUpperLatin(c) || (c >= 'a' && c <= 'z'); }

// The end of [L]+ at `pos`, or `pos`.
size_t LowerRunEnd(std::string_view s, size_t pos) {
  size_t next;
  while (IsLowerLatin(PeekUtf8(s, pos, &next))) pos = next;
  return pos;
}

// The end of one WORD at `pos`, or `pos`. Greedy is also the longest: a
// shorter run of lower-case letters only lets [U][L]+ start inside it (Ā-ſ
// are in both classes) and end where the run ends. A word is never followed
// by anything that a shorter parse of it could be followed by (a space, a
// comma, the end), so the greedy end is the only one that matters.
size_t WordEnd(std::string_view s, size_t pos) {
  size_t next;
  if (!IsUpperLatin(PeekUtf8(s, pos, &next))) return pos;
  size_t p = next;
  if (At(s, p, "'") && IsAsciiUpper(s, p + 1))
    p += 2;
  else if (At(s, p, "’") && IsAsciiUpper(s, p + 3))
    p += 4;
  size_t end = LowerRunEnd(s, p);
  if (end == p) return pos;
  if (IsUpperLatin(PeekUtf8(s, end, &next)))
    if (size_t more = LowerRunEnd(s, next); more > next) end = more;
  if (At(s, end, "-") && IsHyphenated(PeekUtf8(s, end + 1, &next)))
    if (size_t more = LowerRunEnd(s, next); more > next) end = more;
  return end;
}

// "(?:\s(?:particle))?\s WORD" after a word ending at `pos`: the next word's
// end, or 0. At most one way fits (particles are lower case, words are not).
size_t NextWordEnd(std::string_view s, size_t pos) {
  if (!IsSpace(s, pos)) return 0;
  for (std::string_view particle : {"van der", "van den", "van", "von der", "von den", "von", "de la", "de", "da", "di",
                                    "du", "del", "la", "le", "bin"}) {
    size_t after = pos + 1 + particle.size();
    if (At(s, pos + 1, particle) && IsSpace(s, after))
      if (size_t end = WordEnd(s, after + 1); end > after + 1) return end;
  }
  size_t end = WordEnd(s, pos + 1);
  return end > pos + 1 ? end : 0;
}

// The ends of a Latin name at `pos` in RE2's order of preference (three
// words, then two); the count (0: no name).
int LatinNameEnds(std::string_view s, size_t pos, size_t ends[2]) {
  size_t first = WordEnd(s, pos);
  if (first == pos) return 0;
  size_t second = NextWordEnd(s, first);
  if (!second) return 0;
  size_t third = NextWordEnd(s, second);
  if (!third) {
    ends[0] = second;
    return 1;
  }
  ends[0] = third, ends[1] = second;
  return 2;
}

// The first name end at `pos` (RE2's preference) after which `rest` matches.
template <class Rest>
std::optional<TextSpan> NameThen(std::string_view s, size_t pos, Rest rest) {
  size_t ends[2];
  int n = LatinNameEnds(s, pos, ends);
  for (int i = 0; i < n; ++i)
    if (rest(ends[i])) return TextSpan{pos, ends[i]};
  return std::nullopt;
}

// \s+ then a name, nothing after it.
std::optional<TextSpan> SpacesThenName(std::string_view s, size_t pos) {
  if (!(pos = SpacesEnd(s, pos))) return std::nullopt;
  return NameThen(s, pos, [](size_t) { return true; });
}

// "\s+and\s+[U]": the end of a name another name is joined to.
bool AndThenCapital(std::string_view s, size_t pos) {
  size_t next;
  return (pos = SpacesEnd(s, pos)) && At(s, pos, "and") && (pos = SpacesEnd(s, pos + 3)) &&
         IsUpperLatin(PeekUtf8(s, pos, &next));
}

// ---- kEnTitles, under (?i) on the lowered copy ----

// Up to `n` more " [a-z]+" words after `pos`; their ends, longest first
// (RE2's greedy order), then `pos` itself. Only whole words count: a title
// is followed by a space or \b, never by another letter.
int MoreWords(std::string_view lower, size_t pos, int n, size_t* out) {
  size_t ends[3];
  int k = 0;
  for (size_t p = pos; k < n && At(lower, p, " ");) {
    size_t end = AsciiWordEnd(lower, p + 1);
    if (end == p + 1) break;
    ends[k++] = p = end;
  }
  int count = 0;
  for (int i = k - 1; i >= 0; --i) out[count++] = ends[i];
  out[count++] = pos;
  return count;
}

// "X of [a-z]+( [a-z]+)?" optional after a title ending at `pos`
// (vice president, director; VP takes one word): its ends, RE2's order.
int OfArea(std::string_view lower, size_t pos, int words, size_t* out) {
  if (At(lower, pos, " of ")) {
    size_t first = AsciiWordEnd(lower, pos + 4);
    if (first > pos + 4) {
      int n = MoreWords(lower, first, words - 1, out);
      out[n++] = pos;
      return n;
    }
  }
  out[0] = pos;
  return 1;
}

// (?:research |staff |...)*(?:nouns): the end, or 0. Prefixes never spell a
// noun, so the only end is after all of them.
size_t ModifiedNoun(std::string_view s, size_t pos, const Literals& modifiers, const Literals& nouns) {
  for (size_t m; (m = modifiers.FirstAt(s, pos));) pos = m;
  return nouns.FirstAt(s, pos);
}

constexpr size_t kMaxTitleEnds = 24;

// Every end of kEnTitles at `pos`, in RE2's order of preference (its
// alternatives in order, longer first within one); the count.
int TitleEnds(std::string_view lower, size_t pos, size_t* out) {
  int n = 0;
  auto add = [&](size_t end) {
    if (end && n < static_cast<int>(kMaxTitleEnds)) out[n++] = end;
  };
  if (pos >= lower.size()) return 0;
  if (At(lower, pos, "chief ")) {
    if (size_t e = AnyAt(lower, pos, {"chief executive"})) {  // chief executive(?: officer)?
      add(AnyAt(lower, e, {" officer"}));
      add(e);
    }
    size_t word = AsciiWordEnd(lower, pos + 6);  // chief [a-z]+ officer
    if (word > pos + 6) add(AnyAt(lower, word, {" officer"}));
    add(AnyAt(lower, pos, {"chief scientist"}));
  }
  static const Literals kShort({"ceo", "cto", "cfo", "coo", "cpo", "co-founder", "cofounder", "founder", "president"});
  add(kShort.FirstAt(lower, pos));
  if (size_t e = AnyAt(lower, pos, {"vice president"})) n += OfArea(lower, e, 2, out + n);
  if (size_t e = AnyAt(lower, pos, {"vp"})) n += OfArea(lower, e, 1, out + n);
  if (At(lower, pos, "head of "))  // head of [a-z]+(?: [a-z]+){0,2}
    if (size_t first = AsciiWordEnd(lower, pos + 8); first > pos + 8) n += MoreWords(lower, first, 2, out + n);
  static const Literals kModifiers(
      {"research ", "staff ", "principal ", "senior ", "lead ", "distinguished ", "applied "});
  static const Literals kNouns({"scientist", "researcher", "engineer"});
  add(ModifiedNoun(lower, pos, kModifiers, kNouns));
  if (size_t e = AnyAt(lower, pos, {"director"})) n += OfArea(lower, e, 2, out + n);
  static const Literals kLeadAreas({"research", "team", "tech", "technical", "engineering", "product", "image", "video",
                                    "safety", "model", "search", "data", "training", "evaluation", "infrastructure",
                                    "robotics", "policy", "program", "project"});
  auto then = [&](std::string_view word) { return [&lower, word](size_t end) { return At(lower, end, word); }; };
  if (size_t area = kLeadAreas.FirstAt(lower, pos, then(" lead")))
    add(area + 5);  // "tech" and "technical": each is tried
  static const Literals kWords({"managing director", "general manager", "professor", "chairman", "chairwoman", "hired",
                                "poached", "recruited", "appointed", "promoted", "spokesperson", "spokeswoman",
                                "spokesman", "analyst"});
  add(kWords.FirstAt(lower, pos));
  static const Literals kFellows({"research ", "senior ", "distinguished "});
  size_t fellow = kFellows.FirstAt(lower, pos);  // one at most
  add(AnyAt(lower, fellow ? fellow : pos, {"fellow"}));
  add(AnyAt(lower, pos, {"architect", "general counsel"}));
  if (size_t e = AnyAt(lower, pos, {"member of "}))
    add(AnyAt(lower, AnyAt(lower, e, {"the "}) ? e + 4 : e, {"technical staff"}));
  static const Literals kManagerAreas({"product", "program", "project", "engineering", "research"});
  if (size_t area = kManagerAreas.FirstAt(lower, pos, then(" manager"))) add(area + 8);
  return n;
}

}  // namespace

// (kLatinName)\z, searched unanchored from `from`: the leftmost start.
std::optional<TextSpan> LatinNameEndingAt(std::string_view s, size_t from) {
  for (size_t pos = from; pos < s.size(); ++pos) {
    size_t next;
    if (!IsUpperLatin(PeekUtf8(s, pos, &next))) continue;
    if (NameThen(s, pos, [&](size_t end) { return end == s.size(); })) return TextSpan{pos, s.size()};
  }
  return std::nullopt;
}

// (?i:kEnTitles)\s+(kLatinName): the first title end (RE2's order) that a
// name follows. "head of research Jane Doe Smith said" names "Doe Smith":
// RE2 prefers the title "head of research Jane" to "head of research".
std::optional<TextSpan> TitleThenName(const TitleText& t, size_t pos) {
  size_t ends[kMaxTitleEnds];
  int n = TitleEnds(t.lower, pos, ends);
  for (int i = 0; i < n; ++i)
    if (auto name = SpacesThenName(t.s, ends[i])) return name;
  return std::nullopt;
}

// (?i:(?:led|headed|run|co-?founded|founded)(?:\s+(?:last\s+year|this\s+year|
// earlier\s+this\s+year|in\s+\w+(?:\s+\d{4})?))?\s+by)\s+(kLatinName)
std::optional<TextSpan> ByThenName(const TitleText& t, size_t pos) {
  std::string_view lower = t.lower;
  static const Literals kVerbs({"led", "headed", "run", "co-founded", "cofounded", "founded"});
  size_t verb = kVerbs.FirstAt(lower, pos);
  if (!verb) return std::nullopt;
  auto by_then_name = [&](size_t p) -> std::optional<TextSpan> {
    if (!(p = SpacesEnd(lower, p)) || !At(lower, p, "by")) return std::nullopt;
    return SpacesThenName(t.s, p + 2);
  };
  if (size_t p = SpacesEnd(lower, verb)) {  // a time between the verb and "by"
    size_t time = 0;
    for (std::string_view words : {"last year", "this year", "earlier this year"})
      if (!time) time = WordsAt(lower, p, words);
    if (!time && At(lower, p, "in") && (p = SpacesEnd(lower, p + 2)) && IsWordByte(lower, p)) {  // in \w+(?:\s+\d{4})?
      while (IsWordByte(lower, p)) ++p;
      time = p;
      size_t year = SpacesEnd(lower, p);
      if (year && year + 4 <= lower.size() &&
          std::all_of(lower.begin() + year, lower.begin() + year + 4, [](char c) { return c >= '0' && c <= '9'; }))
        if (auto name = by_then_name(year + 4)) return name;
    }
    if (time)
      if (auto name = by_then_name(time)) return name;
  }
  return by_then_name(verb);
}

// (?i:named)\s+(kLatinName)\s+(?:as|its|their|the\s+new|acting|interim)\s
std::optional<TextSpan> NamedThenName(const TitleText& t, size_t pos) {
  size_t p = At(t.lower, pos, "named") ? SpacesEnd(t.s, pos + 5) : 0;
  if (!p) return std::nullopt;
  return NameThen(t.s, p, [&](size_t end) {
    size_t q = SpacesEnd(t.s, end);
    if (!q) return false;
    size_t word = AnyAt(t.s, q, {"as", "its", "their", "acting", "interim"});
    if (!word) word = WordsAt(t.s, q, "the new");
    return word && IsSpace(t.s, word);
  });
}

// (?i:(?:researchers|scientists|engineers|executives|employees|leaders))
// [^,.;]{0,48},\s+(kLatinName)\s+and\s+[U]
std::optional<TextSpan> PluralThenNames(const TitleText& t, size_t pos) {
  static const Literals kNouns({"researchers", "scientists", "engineers", "executives", "employees", "leaders"});
  size_t noun = kNouns.FirstAt(t.lower, pos);
  if (!noun) return std::nullopt;
  // 48 code points are at most 192 bytes: no need to look further for the stop.
  size_t stop = t.s.substr(0, noun + 193).find_first_of(",.;", noun);
  if (stop == std::string_view::npos || t.s[stop] != ',' || !FillerFits(t.s, noun, stop, 0, 48)) return std::nullopt;
  size_t p = SpacesEnd(t.s, stop + 1);
  if (!p) return std::nullopt;
  return NameThen(t.s, p, [&](size_t end) { return AndThenCapital(t.s, end); });
}

// (?i:(?:research |senior |staff |principal |lead )*(?:researchers|
// scientists|engineers))\s+(kLatinName)\s+and\s+[U]
std::optional<TextSpan> PluralTitleThenNames(const TitleText& t, size_t pos) {
  static const Literals kModifiers({"research ", "senior ", "staff ", "principal ", "lead "});
  static const Literals kNouns({"researchers", "scientists", "engineers"});
  size_t noun = ModifiedNoun(t.lower, pos, kModifiers, kNouns);
  size_t p = noun ? SpacesEnd(t.s, noun) : 0;
  if (!p) return std::nullopt;
  return NameThen(t.s, p, [&](size_t end) { return AndThenCapital(t.s, end); });
}

// (?i:deputy|researcher|...|fellow),\s+(kLatinName),
std::optional<TextSpan> NounCommaName(const TitleText& t, size_t pos) {
  static const Literals kNouns({"deputy", "researcher", "scientist", "engineer", "director", "executive", "founder",
                                "co-founder", "cofounder", "president", "professor", "lead", "analyst", "spokesperson",
                                "spokeswoman", "spokesman", "architect", "fellow"});
  size_t noun = kNouns.FirstAt(t.lower, pos, [&](size_t end) { return At(t.lower, end, ","); });
  size_t p = noun ? SpacesEnd(t.s, noun + 1) : 0;
  if (!p) return std::nullopt;
  return NameThen(t.s, p, [&](size_t end) { return At(t.s, end, ","); });
}

// (?i:researcher|scientist|engineer|director|executive|lead|fellow|architect)
// \s+(?:from|on|at|in|with)\s+[^,;.]{2,40},\s+(kLatinName),
std::optional<TextSpan> NounPhraseCommaName(const TitleText& t, size_t pos) {
  static const Literals kNouns(
      {"researcher", "scientist", "engineer", "director", "executive", "lead", "fellow", "architect"});
  size_t noun = kNouns.FirstAt(t.lower, pos);
  size_t p = noun ? SpacesEnd(t.s, noun) : 0;
  size_t word = p ? AnyAt(t.s, p, {"from", "on", "at", "in", "with"}) : 0;
  if (!word || !IsSpace(t.s, word)) return std::nullopt;
  // The phrase may begin anywhere in the spaces after the word (at least one
  // stays with \s+): its length ranges over [from the last space, from the first + 1].
  size_t stop = t.s.find_first_of(",;.", word);
  if (stop == std::string_view::npos || t.s[stop] != ',') return std::nullopt;
  if (!FillerFits(t.s, word + 1, stop, 2, 40 + (SpacesEnd(t.s, word) - word - 1))) return std::nullopt;
  if (!(p = SpacesEnd(t.s, stop + 1))) return std::nullopt;
  return NameThen(t.s, p, [&](size_t end) { return At(t.s, end, ","); });
}

namespace {

// kEnTitles\b after "(?:(?:its|the|a|an|their|our)\s+)?(?:new\s+|acting\s+|
// interim\s+|permanent\s+)?" at `pos` (lowered): whether any way matches.
bool TitleAfterArticle(std::string_view lower, size_t pos, bool word_after) {
  size_t starts[4] = {pos}, n = 1;
  if (size_t e = WordThenSpaces(lower, pos, {"its", "the", "a", "an", "their", "our"})) starts[n++] = e;
  for (size_t i = 0, m = n; i < m; ++i)
    if (size_t e = WordThenSpaces(lower, starts[i], {"new", "acting", "interim", "permanent"})) starts[n++] = e;
  size_t ends[kMaxTitleEnds];
  for (size_t i = 0; i < n; ++i) {
    int k = TitleEnds(lower, starts[i], ends);
    for (int j = 0; j < k; ++j)
      if (BoundaryAt(lower, ends[j], word_after)) return true;
  }
  return false;
}

// "joined(?:\s+[^,.;()]{1,40}?)?\s+as" from the verb's end: whether a title
// follows some "as". The words between may be any, at most 40 code points
// once the spaces around them are left to \s+.
bool JoinedAs(std::string_view lower, size_t verb, bool word_after) {
  size_t first = SpacesEnd(lower, verb);
  if (!first) return false;
  for (size_t as = lower.find("as", first); as != std::string_view::npos; as = lower.find("as", as + 1)) {
    if (!IsSpace(lower, as - 1)) continue;
    size_t words_end = as;
    while (IsSpace(lower, words_end - 1) && words_end > first) --words_end;
    if (words_end > first) {  // words between: none of ,.;() and at most 40 code points
      if (lower.substr(first, words_end - first).find_first_of(",.;()") != std::string_view::npos) return false;
      if (!FillerFits(lower, first, words_end, 1, 40)) return false;
    }
    size_t p = SpacesEnd(lower, as + 2);
    if (p && TitleAfterArticle(lower, p, word_after)) return true;
  }
  return false;
}

}  // namespace

// (?i:(?:(?:(?:re)?joined|joins|will\s+join|has\s+joined|is\s+joining)
// (?:\s+[^,.;()]{1,40}?)?\s+as|(?:was|has\s+been|had\s+been|is|will\s+be)\s+
// (?:named|appointed|promoted|tapped|elevated)(?:\s+(?:to|as))?|(?:takes|took|
// will\s+take|has\s+taken)\s+over\s+as|(?:steps|stepped|will\s+step)\s+in\s+as|
// becomes|became|will\s+become)\s+(?:(?:its|the|a|an|their|our)\s+)?
// (?:new\s+|acting\s+|interim\s+|permanent\s+)?kEnTitles\b)
bool PostTaken(const TitleText& t, size_t pos) {
  std::string_view lower = t.lower;
  auto title_after = [&](size_t end) {
    size_t p = end ? SpacesEnd(lower, end) : 0;
    return p && TitleAfterArticle(lower, p, t.word_after);
  };
  for (std::string_view verb : {"rejoined", "joined", "joins", "will join", "has joined", "is joining"})
    if (size_t e = WordsAt(lower, pos, verb); e && JoinedAs(lower, e, t.word_after)) return true;
  for (std::string_view aux : {"was", "has been", "had been", "is", "will be"}) {
    size_t p = WordsAt(lower, pos, aux);
    if (!p || !(p = SpacesEnd(lower, p))) continue;
    size_t verb = AnyAt(lower, p, {"named", "appointed", "promoted", "tapped", "elevated"});
    if (!verb) continue;
    if (size_t q = SpacesEnd(lower, verb))
      if (size_t e = AnyAt(lower, q, {"to", "as"}); e && title_after(e)) return true;
    if (title_after(verb)) return true;
  }
  for (std::string_view phrase :
       {"takes over as", "took over as", "will take over as", "has taken over as", "steps in as", "stepped in as",
        "will step in as", "becomes", "became", "will become"})
    if (title_after(WordsAt(lower, pos, phrase))) return true;
  return false;
}

namespace {

// A modifier word of kEnApposition at `pos` and the spaces after it: the
// end, or 0. Lower-case words of a list, [a-z]+-[a-z]+, or
// [A-Z][\w.&-]*(?:'s|’s)? ("OpenAI", "Google’s", "AT&T").
size_t ModifierEnd(std::string_view s, size_t pos) {
  size_t end = pos;
  while (end < s.size() && !IsSpace(s, end)) ++end;
  if (end == s.size()) return 0;
  std::string_view w = s.substr(pos, end - pos);
  static const std::set<std::string_view> kWords = {
      "a",          "an",        "the",       "its",         "their",
      "his",        "her",       "both",      "two",         "three",
      "all",        "former",    "then",      "now",         "longtime",
      "veteran",    "senior",    "principal", "staff",       "lead",
      "research",   "policy",    "product",   "engineering", "evaluation",
      "finance",    "marketing", "safety",    "data",        "infrastructure",
      "hardware",   "software",  "sales",     "security",    "communications",
      "operations", "speech",    "vision",    "language",    "training",
      "chip",       "search",    "design",    "independent", "special",
      "strategic",  "outside"};
  bool ok = kWords.count(w) > 0;
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  if (!ok) {  // [a-z]+-[a-z]+
    size_t hyphen = w.find('-');
    ok = hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < w.size() &&
         std::all_of(w.begin(), w.begin() + hyphen, lower) && std::all_of(w.begin() + hyphen + 1, w.end(), lower);
  }
  if (!ok && IsAsciiUpper(w, 0)) {  // [A-Z][\w.&-]*(?:'s|’s)?
    size_t i = 1;
    while (i < w.size() && (IsWordByte(w, i) || w[i] == '.' || w[i] == '&' || w[i] == '-')) ++i;
    std::string_view rest = w.substr(i);
    ok = rest.empty() || rest == "'s" || rest == "’s";
  }
  return ok ? SpacesEnd(s, end) : 0;
}

// The title noun of kEnApposition at `pos` with (?:s)?\b: its end, or 0.
size_t ApposedNounEnd(std::string_view s, size_t pos, bool word_after) {
  static const Literals kNouns(
      {"scientist", "researcher", "engineer",     "director",    "head",       "lead",       "leader",
       "chief",     "president",  "vice",         "VP",          "founder",    "co-founder", "cofounder",
       "CEO",       "CTO",        "manager",      "executive",   "professor",  "partner",    "fellow",
       "veteran",   "analyst",    "spokesperson", "spokeswoman", "spokesman",  "architect",  "counsel",
       "adviser",   "advisor",    "board member", "chair",       "chairwoman", "chairman",   "chairperson"},
      /*spaced=*/true);
  size_t end = 0;
  kNouns.FirstAt(s, pos, [&](size_t e) {
    if (At(s, e, "s") && BoundaryAt(s, e + 1, word_after))
      end = e + 1;
    else if (BoundaryAt(s, e, word_after))
      end = e;
    return end > 0;
  });
  return end;
}

// ",\s+(?:\d{2},\s+)?": the end, or 0.
size_t CommaAndAge(std::string_view s, size_t pos) {
  size_t p = At(s, pos, ",") ? SpacesEnd(s, pos + 1) : 0;
  if (!p) return 0;
  auto digit = [&](size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  if (digit(p) && digit(p + 1) && At(s, p + 2, ","))
    if (size_t q = SpacesEnd(s, p + 3)) return q;
  return p;
}

}  // namespace

// ,\s+(?:\d{2},\s+)?(?:one\s+of\s+)?(?:formerly\s+|previously\s+|until\s+
// recently\s+)?(?:(?:modifier)\s+){0,4}(?:noun)s?\b: RE2 takes as many
// modifiers as it can, then fewer ("the lead engineers" ends at "engineers",
// "the lead of" at "lead").
std::optional<TextSpan> Apposition(const TitleText& t, size_t pos) {
  std::string_view s = t.s;
  size_t p = CommaAndAge(s, pos);
  if (!p) return std::nullopt;
  auto skip = [&](std::string_view words) {
    if (size_t e = WordsAt(s, p, words); e && SpacesEnd(s, e)) p = SpacesEnd(s, e);
  };
  skip("one of");
  size_t before = p;
  for (std::string_view w : {"formerly", "previously", "until recently"})
    if (p == before) skip(w);
  size_t words[5] = {p};
  int n = 0;
  while (n < 4 && (words[n + 1] = ModifierEnd(s, words[n]))) ++n;
  for (int i = n; i >= 0; --i)
    if (size_t end = ApposedNounEnd(s, words[i], t.word_after)) return TextSpan{pos, end};
  return std::nullopt;
}

// ,\s+(?:\d{2},\s+)?who\s+(?:had\s+|has\s+|previously\s+|...)?(?:led|leads|
// ...|overseen)\b
std::optional<TextSpan> WhoClause(const TitleText& t, size_t pos) {
  std::string_view s = t.s;
  size_t p = CommaAndAge(s, pos);
  if (!p || !At(s, p, "who") || !(p = SpacesEnd(s, p + 3))) return std::nullopt;
  static const Literals kAdverbs(
      {"had", "has", "previously", "until recently", "already", "also", "now", "currently", "once", "most recently"},
      /*spaced=*/true);
  if (size_t e = kAdverbs.FirstAt(s, p, [&](size_t end) { return SpacesEnd(s, end) > 0; })) p = SpacesEnd(s, e);
  static const Literals kVerbs({"led",        "leads",   "ran",      "runs",    "headed",  "heads", "founded",
                                "co-founded", "oversaw", "oversees", "built",   "managed", "moved", "joined",
                                "left",       "worked",  "spent",    "helped",  "was",     "is",    "will",
                                "run",        "been",    "served",   "overseen"});
  size_t verb = kVerbs.FirstAt(s, p, [&](size_t end) { return BoundaryAt(s, end, t.word_after); });
  if (!verb) return std::nullopt;
  return TextSpan{pos, verb};
}

}  // namespace news
