#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <string>

#include "common/utf8.h"
#include "text/char_class.h"
#include "text/word_scanner.h"

namespace news {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void AddTrimmed(std::string_view text, size_t b, size_t e, std::vector<TextSpan>& out) {
  while (b < e && IsSpace(text[b])) ++b;
  while (e > b && IsSpace(text[e - 1])) --e;
  if (b < e) out.push_back({b, e});
}

// One ICU sentence iterator per thread: creating one costs far more than
// splitting a typical article.
icu::BreakIterator* ThreadIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> made(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return it.get();
}

// ICU's breaks within text[b, e), as absolute byte offsets (excluding b, including e).
std::vector<size_t> IcuBreaks(std::string_view text, size_t b, size_t e) {
  std::vector<size_t> breaks;
  icu::BreakIterator* it = ThreadIterator();
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  if (it) utext_openUTF8(&ut, text.data() + b, static_cast<int64_t>(e - b), &status);
  if (it && U_SUCCESS(status)) {
    it->setText(&ut, status);
    for (int32_t p = it->next(); p != icu::BreakIterator::DONE && U_SUCCESS(status); p = it->next())
      breaks.push_back(b + static_cast<size_t>(p));
    it->setText(icu::UnicodeString());  // drop the pointer into `text`
  }
  utext_close(&ut);
  if (breaks.empty() || breaks.back() != e) breaks.push_back(e);
  return breaks;
}

bool IsCloser(char32_t c) {
  return c == U'」' || c == U'』' || c == U'”' || c == U'’' || c == U'）' || c == ')' || c == U'】' ||
         c == U'》' || c == U'〉' || c == '"' || c == '\'' || c == ']';
}

bool IsTerminator(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == '!' || c == '?' || c == U'；' || c == ';' ||
         c == U'…' || c == '.';
}

// Extra breaks after ；and ellipses that ICU does not make: after the mark and
// any closers, when more text follows that does not itself start with a
// terminator. A half-width ';' counts only after a Chinese character.
void AddChineseBreaks(std::string_view text, size_t b, size_t e, std::vector<size_t>& breaks) {
  char32_t prev = 0;
  for (size_t pos = b; pos < e;) {
    uint32_t c = DecodeUtf8(text, &pos);
    bool semicolon = c == U'；' || (c == ';' && ClassOf(prev) == CharClass::kCjk);
    prev = c;
    if (!semicolon && c != U'…') continue;
    size_t after = pos;
    while (after < e) {
      size_t next = after;
      uint32_t d = DecodeUtf8(text, &next);
      if (!(IsCloser(d) || d == c)) break;
      after = next;
    }
    size_t probe = after;
    while (probe < e && IsSpace(text[probe])) ++probe;
    if (probe < e) {
      size_t next = probe;
      if (!IsTerminator(DecodeUtf8(text, &next))) breaks.push_back(after);
    }
    pos = after;
  }
  std::sort(breaks.begin(), breaks.end());
  breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
}

// The word (letters and dots) just before the dot that ends at `dot`, lower case.
std::u32string WordBeforeDot(std::string_view text, size_t line_begin, size_t dot) {
  size_t b = dot;
  while (b > line_begin) {
    char c = text[b - 1];
    bool part = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.';
    if (!part) break;
    --b;
  }
  std::u32string w;
  for (size_t i = b; i < dot; ++i) w += static_cast<char32_t>(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]);
  return w;
}

bool IsTitle(const std::u32string& w) {
  return w == U"dr" || w == U"mr" || w == U"mrs" || w == U"ms" || w == U"prof" || w == U"st" || w == U"gen" ||
         w == U"sen" || w == U"rep" || w == U"gov" || w == U"vs";
}

// Whether an ICU break at `brk` (text before it ends with "abbrev. ") should
// be dropped.
bool IsAbbreviationBreak(std::string_view text, size_t line_begin, size_t brk) {
  size_t end = brk;
  while (end > line_begin && IsSpace(text[end - 1])) --end;
  if (end == line_begin || text[end - 1] != '.') return false;
  std::u32string w = WordBeforeDot(text, line_begin, end - 1);
  if (w.empty()) return false;
  bool initialism = w.find('.') != std::u32string::npos;
  if (IsTitle(w) || initialism) return true;
  if (!IsAbbreviation(w)) return false;
  // Inc., Corp., Jan.: the sentence goes on unless a capitalised word follows.
  return brk < text.size() && !(text[brk] >= 'A' && text[brk] <= 'Z');
}

bool IsOpener(char32_t c) {
  return c == U'「' || c == U'『' || c == U'“' || c == U'‘' || c == U'（' || c == '(' || c == U'【' ||
         c == U'《' || c == U'〈' || c == '[';
}

// ICU counts opening brackets as "Close" characters and keeps them at the end
// of the sentence before: move the break back before them.
size_t BeforeOpeners(std::string_view text, size_t start, size_t brk) {
  size_t moved = brk;
  for (size_t p = brk; p > start;) {
    size_t q = p - 1;
    while (q > start && (static_cast<unsigned char>(text[q]) & 0xC0) == 0x80) --q;
    size_t r = q;
    uint32_t c = DecodeUtf8(text, &r);
    if (IsOpener(c)) moved = q;
    else if (!IsSpace(text[q])) break;
    p = q;
  }
  return moved;
}

// "Really?" she asked: a question or exclamation mark followed by a
// lower-case word goes on.
bool IsQuotedQuestionBreak(std::string_view text, size_t start, size_t brk) {
  size_t p = brk;
  while (p > start && IsSpace(text[p - 1])) --p;
  while (p > start && (text[p - 1] == '"' || text[p - 1] == '\'' || text[p - 1] == ')')) --p;
  if (p == start || (text[p - 1] != '?' && text[p - 1] != '!')) return false;
  return brk < text.size() && text[brk] >= 'a' && text[brk] <= 'z';
}

void SplitLine(std::string_view text, size_t b, size_t e, std::vector<TextSpan>& out) {
  std::vector<size_t> breaks = IcuBreaks(text, b, e);
  AddChineseBreaks(text, b, e, breaks);
  size_t start = b;
  for (size_t brk : breaks) {
    if (brk < e) brk = BeforeOpeners(text, start, brk);
    if (brk <= start) continue;
    if (brk < e && (IsAbbreviationBreak(text, b, brk) || IsQuotedQuestionBreak(text, b, brk))) continue;
    AddTrimmed(text, start, brk, out);
    start = brk;
  }
}

}  // namespace

std::vector<TextSpan> SplitSentences(std::string_view text) {
  std::vector<TextSpan> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    size_t b = start;
    while (b < end && IsSpace(text[b])) ++b;
    if (b < end) SplitLine(text, b, end, out);
    start = end + 1;
  }
  return out;
}

}  // namespace news
