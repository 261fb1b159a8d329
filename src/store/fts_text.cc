#include "store/fts_text.h"

#include <algorithm>

#include "common/utf8.h"
#include "store/stored_values.h"
#include "text/match_key.h"

namespace news {

namespace {

enum class CharClass { kSeparator, kWord, kCjk };

CharClass Classify(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                           ? CharClass::kWord
                           : CharClass::kSeparator;
  if (IsCjk(c)) return CharClass::kCjk;
  // Latin-1 punctuation and symbols, general punctuation, CJK punctuation,
  // full-width punctuation: separators. Other letters (accented Latin,
  // Greek, Cyrillic, ...) belong to words.
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return CharClass::kSeparator;
  if (c >= 0x2000 && c < 0x3040) return CharClass::kSeparator;
  if (c >= 0xFE30 && c < 0xFF10) return CharClass::kSeparator;
  if (c >= 0xFF1A && c < 0xFF21) return CharClass::kSeparator;
  if (c >= 0xFF3B && c < 0xFF41) return CharClass::kSeparator;
  if (c >= 0xFF5B && c < 0xFF66) return CharClass::kSeparator;
  if (c >= 0x1F000) return CharClass::kSeparator;  // emoji and symbols
  return CharClass::kWord;
}

// A maximal run of one class in folded text.
struct Run {
  CharClass cls;
  std::vector<char32_t> cps;
};

std::vector<Run> Runs(std::string_view text) {
  std::string key = MatchKey(text);
  std::vector<Run> runs;
  size_t pos = 0;
  while (pos < key.size()) {
    char32_t c = DecodeUtf8(key, &pos);
    CharClass cls = Classify(c);
    if (cls == CharClass::kSeparator) {
      if (!runs.empty() && !runs.back().cps.empty()) runs.push_back({CharClass::kSeparator, {}});
      continue;
    }
    if (runs.empty() || runs.back().cls != cls) {
      if (!runs.empty() && runs.back().cps.empty()) runs.back().cls = cls;
      else runs.push_back({cls, {}});
    }
    runs.back().cps.push_back(c);
  }
  if (!runs.empty() && runs.back().cps.empty()) runs.pop_back();
  return runs;
}

std::string Encode(const std::vector<char32_t>& cps, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) AppendUtf8(out, cps[i]);
  return out;
}

void AddToken(std::string& out, const std::string& token) {
  if (!out.empty()) out += ' ';
  out += token;
}

// Index tokens of one run; the CJK run's last character goes to `tails`.
void IndexRun(const Run& r, std::string& tokens, std::string& tails) {
  if (r.cls == CharClass::kWord) {
    AddToken(tokens, Encode(r.cps, 0, r.cps.size()));
    return;
  }
  for (size_t i = 0; i + 1 < r.cps.size(); ++i) AddToken(tokens, Encode(r.cps, i, i + 2));
  AddToken(tails, Encode(r.cps, r.cps.size() - 1, r.cps.size()));
}

// The query tokens of one run, as FTS5 phrase contents.
std::string QueryTokens(const Run& r) {
  if (r.cls == CharClass::kWord) return Encode(r.cps, 0, r.cps.size());
  std::string out;
  for (size_t i = 0; i + 1 < r.cps.size(); ++i) AddToken(out, Encode(r.cps, i, i + 2));
  return out;
}

// One-character CJK query: a prefix query matches every bigram starting with
// it and, in the tails column, every run ending in it.
std::string SingleCjk(const Run& r) { return "\"" + Encode(r.cps, 0, 1) + "\" *"; }

// Splits the user's text into parts: quoted phrases and bare words. An
// unbalanced quote runs to the end.
std::vector<std::pair<std::string, bool>> Parts(std::string_view text) {
  std::vector<std::pair<std::string, bool>> parts;
  std::string cur;
  bool quoted = false;
  auto flush = [&](bool phrase) {
    if (!cur.empty()) parts.emplace_back(cur, phrase);
    cur.clear();
  };
  for (char c : text) {
    if (c == '"') {
      flush(quoted);
      quoted = !quoted;
    } else if (!quoted && (c == ' ' || c == '\t' || c == '\n')) {
      flush(false);
    } else {
      cur += c;
    }
  }
  flush(quoted);
  return parts;
}

// A phrase's tokens must be adjacent. A single CJK character inside a longer
// phrase cannot be expressed with bigrams; its part is searched on its own.
std::string PhraseExpression(const std::vector<Run>& runs) {
  std::string tokens;
  std::vector<std::string> extra;
  for (const Run& r : runs) {
    if (r.cls == CharClass::kCjk && r.cps.size() == 1) extra.push_back(SingleCjk(r));
    else AddToken(tokens, QueryTokens(r));
  }
  std::string out = tokens.empty() ? "" : "\"" + tokens + "\"";
  for (const std::string& e : extra) AddToken(out, e);
  return out;
}

}  // namespace

bool IsCjk(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) ||    // kana
         (c >= 0x3400 && c <= 0x4DBF) ||    // Han extension A
         (c >= 0x4E00 && c <= 0x9FFF) ||    // Han
         (c >= 0xAC00 && c <= 0xD7AF) ||    // Hangul syllables
         (c >= 0xF900 && c <= 0xFAFF) ||    // compatibility ideographs
         (c >= 0x20000 && c <= 0x3134F);    // Han extensions B..G
}

FtsColumns FtsColumnsFor(std::string_view title, std::string_view body) {
  FtsColumns c;
  for (const Run& r : Runs(title)) IndexRun(r, c.title, c.tails);
  for (const Run& r : Runs(body)) IndexRun(r, c.body, c.tails);
  c.stored_body = CompressBody(body);
  return c;
}

std::string FtsQuery(std::string_view user_text) {
  std::string out;
  for (const auto& [text, phrase] : Parts(user_text)) {
    std::vector<Run> runs = Runs(text);
    // A word written with punctuation inside ("research-led", "GPT-4o",
    // "OpenAI的研究") is searched as written: its pieces adjacent, as in a
    // phrase, not each anywhere in the article.
    if (phrase || runs.size() > 1) {
      std::string e = PhraseExpression(runs);
      if (!e.empty()) AddToken(out, e);
      continue;
    }
    for (const Run& r : runs) {
      if (r.cls == CharClass::kCjk && r.cps.size() == 1) AddToken(out, SingleCjk(r));
      else AddToken(out, "\"" + QueryTokens(r) + "\"");
    }
  }
  return out;
}

std::vector<std::string> FtsHighlightTerms(std::string_view user_text) {
  std::vector<std::string> terms;
  for (const auto& [text, phrase] : Parts(user_text))
    for (const Run& r : Runs(text)) terms.push_back(Encode(r.cps, 0, r.cps.size()));
  std::sort(terms.begin(), terms.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

}  // namespace news
