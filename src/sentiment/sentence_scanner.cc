#include "sentiment/sentence_scanner.h"

#include <cstdlib>
#include <string>
#include <utility>

#include "common/utf8.h"

namespace news {
namespace {

using Type = ScanToken::Type;

struct Word {
  std::string_view text;
  uint32_t cp;
};

bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Clause punctuation ends the scope of a negator; sentence punctuation also
// ends contrast and the metric carried from clause to clause.
Type BoundaryOf(uint32_t cp, bool* is_boundary) {
  *is_boundary = true;
  switch (cp) {
    case '.': case '!': case '?': case ';': case '\n':
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF1B: case 0x2026: case 0xFF61:
      return Type::kSentenceEnd;
    case ',': case ':': case '(': case ')': case '[': case ']': case '"':
    case 0xFF0C: case 0xFF1A: case 0xFF08: case 0xFF09: case 0x2014: case 0x2013:
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0x201C: case 0x201D: case '|':
      return Type::kClauseEnd;
    default:
      *is_boundary = false;
      return Type::kClauseEnd;
  }
}

// First number in a word: "31.1", "eur131m", "1,200".
bool ParseNumber(std::string_view w, double* out) {
  size_t i = 0;
  while (i < w.size() && !IsDigit(w[i])) ++i;
  if (i == w.size()) return false;
  if (i > 4) return false;  // a long word with a digit at its end is a name, not a figure
  std::string digits;
  for (; i < w.size() && (IsDigit(w[i]) || w[i] == '.' || w[i] == ','); ++i)
    if (w[i] != ',') digits += w[i];
  *out = std::strtod(digits.c_str(), nullptr);
  return true;
}

// Inflected forms fall back to a listed base: "rises" -> "rise", "cutting" -> "cut".
const LexEntry* FindInflected(std::string_view w, const SentimentLexicon& lex, std::string& buf) {
  static const struct { const char* suffix; const char* repl; } kRules[] = {
      {"ies", "y"}, {"ied", "y"}, {"ing", ""}, {"ing", "e"}, {"ed", ""}, {"ed", "e"}, {"es", ""},
      {"s", ""},    {"ly", ""},   {"ily", "y"}, {"ness", ""}, {"er", ""}, {"est", ""}};
  for (const auto& r : kRules) {
    std::string_view suf = r.suffix;
    if (w.size() <= suf.size() + 2 || w.substr(w.size() - suf.size()) != suf) continue;
    buf.assign(w.substr(0, w.size() - suf.size()));
    buf += r.repl;
    if (const LexEntry* e = lex.FindWords(buf)) return e;
    // doubled consonant: "cutting" -> "cut", "slipped" -> "slip"
    if (buf.size() > 2 && *r.repl == '\0' && buf[buf.size() - 1] == buf[buf.size() - 2]) {
      buf.pop_back();
      if (const LexEntry* e = lex.FindWords(buf)) return e;
    }
  }
  return nullptr;
}

const LexEntry* FindWord(std::string_view w, const SentimentLexicon& lex, std::string& buf) {
  if (const LexEntry* e = lex.FindWords(w)) return e;
  if (w.size() > 3 && w.substr(w.size() - 3) == "n't") return lex.FindWords("not");
  if (const LexEntry* e = FindInflected(w, lex, buf)) return e;
  // "god-awful", "ill-timed": a compound not listed judges like its head, the last part.
  size_t dash = w.rfind('-');
  if (dash != std::string_view::npos && dash + 3 < w.size()) return FindWord(w.substr(dash + 1), lex, buf);
  return nullptr;
}

// Longest phrase first over a run of English words.
void FlushWords(std::vector<Word>& words, const SentimentLexicon& lex, std::vector<ScanToken>& out) {
  std::string phrase, buf;
  for (size_t i = 0; i < words.size();) {
    size_t n = std::min<size_t>(lex.max_words(), words.size() - i);
    uint32_t lengths = n > 1 ? lex.PhraseLengths(words[i].text) : 0;
    for (; n > 1; --n) {
      if (!(lengths >> (n - 1) & 1)) continue;
      phrase.assign(words[i].text);
      for (size_t k = 1; k < n; ++k) (phrase += ' ') += words[i + k].text;
      if (const LexEntry* e = lex.FindWords(phrase)) {
        out.push_back({Type::kEntry, e, 0, words[i].cp});
        break;
      }
    }
    if (n > 1) { i += n; continue; }
    double num = 0;
    if (const LexEntry* e = FindWord(words[i].text, lex, buf)) out.push_back({Type::kEntry, e, 0, words[i].cp});
    else if (ParseNumber(words[i].text, &num)) out.push_back({Type::kNumber, nullptr, num, words[i].cp});
    ++i;
  }
  words.clear();
}

// Forward maximum matching over a run of CJK characters; `run` holds each
// character's code point and byte offset, plus one extra entry for the end.
void MatchChinese(std::string_view key, const std::vector<std::pair<uint32_t, size_t>>& run, uint32_t first_cp,
                  const SentimentLexicon& lex, std::vector<ScanToken>& out) {
  size_t n = run.size() - 1;
  for (size_t i = 0; i < n;) {
    size_t len = std::min<size_t>(lex.max_chinese_chars(), n - i);
    uint32_t lengths = lex.ChineseLengths(run[i].first);
    for (; len > 0; --len) {
      if (!(lengths >> (len - 1) & 1)) continue;
      if (const LexEntry* e = lex.FindChinese(key.substr(run[i].second, run[i + len].second - run[i].second))) {
        out.push_back({Type::kEntry, e, 0, static_cast<uint32_t>(first_cp + i)});
        break;
      }
    }
    i += len == 0 ? 1 : len;
  }
}

// A full stop inside "U.S." or after "Mr" or "Inc" does not end a sentence.
bool AbbreviationDot(std::string_view key, size_t pos, const std::vector<Word>& words) {
  if (pos + 1 < key.size() && IsAlnum(key[pos + 1])) return true;
  if (words.empty() || words.back().text.data() + words.back().text.size() != key.data() + pos) return false;
  static const std::string_view kAbbrev[] = {"mr", "mrs", "ms", "dr", "st", "co", "inc", "ltd", "corp", "jr",
                                              "sr", "no", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "gov", "sen", "rep"};
  std::string_view w = words.back().text;
  if (w.size() == 1) return true;
  for (std::string_view a : kAbbrev)
    if (w == a) return true;
  return false;
}

// End of the English word or figure that starts at `b`: letters and digits,
// with an inner ' or - between them ("don't", "year-on-year") and an inner
// . or , between digits ("31.1", "1,200").
size_t WordEnd(std::string_view key, size_t b) {
  size_t pos = b;
  while (pos < key.size()) {
    char ch = key[pos];
    bool inner = (ch == '\'' || ch == '-' || ch == '.' || ch == ',') && pos + 1 < key.size() &&
                 IsAlnum(key[pos + 1]) && pos > b && IsAlnum(key[pos - 1]);
    if ((ch == '.' || ch == ',') && inner) inner = IsDigit(key[pos - 1]) && IsDigit(key[pos + 1]);
    if (!IsAlnum(ch) && !inner) break;
    ++pos;
  }
  return pos;
}

// Fills `run` with the CJK run whose first character `cp` starts at byte
// `pos` and ends at `next`: each character's code point and byte offset,
// plus an end entry (MatchChinese's input). Returns the byte offset after it.
size_t CjkRun(std::string_view key, size_t pos, uint32_t cp, size_t next,
              std::vector<std::pair<uint32_t, size_t>>& run) {
  run.clear();
  run.emplace_back(cp, pos);
  pos = next;
  while (pos < key.size()) {
    size_t after = pos;
    uint32_t c2 = DecodeUtf8(key, &after);
    if (!IsCjk(c2)) break;
    run.emplace_back(c2, pos);
    pos = after;
  }
  run.emplace_back(0, pos);
  return pos;
}

// True when the character `cp` at byte `pos` ends a clause or a sentence
// (which one in *type): punctuation, unless an abbreviation's dot, or a dash
// after a space ("profits - if any").
bool EndsClause(std::string_view key, size_t pos, uint32_t cp, const std::vector<Word>& words, Type* type) {
  bool boundary = false;
  *type = BoundaryOf(cp, &boundary);
  if (cp == '.' && AbbreviationDot(key, pos, words)) boundary = false;
  return boundary || (cp == '-' && pos > 0 && key[pos - 1] == ' ');
}

}  // namespace

std::vector<ScanToken> ScanSentence(std::string_view key, const SentimentLexicon& lex) {
  std::vector<ScanToken> out;
  std::vector<Word> words;
  std::vector<std::pair<uint32_t, size_t>> run;  // a CJK run: code point, byte offset
  size_t pos = 0;
  uint32_t cp_index = 0;
  while (pos < key.size()) {
    unsigned char c = key[pos];
    if (IsAlnum(c)) {  // an English word or a figure
      size_t end = WordEnd(key, pos);
      words.push_back({key.substr(pos, end - pos), cp_index});
      cp_index += static_cast<uint32_t>(end - pos);
      pos = end;
      continue;
    }
    size_t next = pos + 1;
    uint32_t cp = c;  // ASCII without a call: spaces and punctuation are most of what is left
    if (c >= 0x80) next = pos, cp = DecodeUtf8(key, &next);
    if (IsCjk(cp)) {
      FlushWords(words, lex, out);
      pos = CjkRun(key, pos, cp, next, run);
      MatchChinese(key, run, cp_index, lex, out);
      cp_index += static_cast<uint32_t>(run.size() - 1);
      continue;
    }
    if (Type t; EndsClause(key, pos, cp, words, &t)) {
      FlushWords(words, lex, out);
      double question = (cp == '?' || cp == 0xFF1F) ? 1 : 0;
      out.push_back({t, nullptr, question, cp_index});
    }
    pos = next;
    ++cp_index;
  }
  FlushWords(words, lex, out);
  return out;
}

}  // namespace news
