#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

namespace news {

static bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }

static void AddTrimmed(std::string_view text, size_t b, size_t e, std::vector<TextSpan>& out) {
  while (b < e && IsSpace(text[b])) ++b;
  while (e > b && IsSpace(text[e - 1])) --e;
  if (b < e) out.push_back({b, e});
}

// ICU sentence breaks within one line; lines are split first.
static void SplitLine(std::string_view text, size_t b, size_t e, std::vector<TextSpan>& out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  UText* ut = utext_openUTF8(nullptr, text.data() + b, static_cast<int64_t>(e - b), &status);
  if (U_FAILURE(status)) { AddTrimmed(text, b, e, out); utext_close(ut); return; }
  it->setText(ut, status);
  int32_t prev = it->first();
  for (int32_t next = it->next(); next != icu::BreakIterator::DONE; next = it->next()) {
    AddTrimmed(text, b + prev, b + next, out);
    prev = next;
  }
  utext_close(ut);
}

std::vector<TextSpan> SplitSentences(std::string_view text) {
  std::vector<TextSpan> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    SplitLine(text, start, end, out);
    start = end + 1;
  }
  return out;
}

}  // namespace news
