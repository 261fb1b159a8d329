#include "text/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace news {
namespace {

// ICU's dictionary-based word break; whitespace-only segments are dropped.
class IcuTokenizer : public Tokenizer {
 public:
  std::vector<Token> Tokenize(std::string_view text) const override {
    std::vector<Token> out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) { utext_close(ut); return out; }
    it->setText(ut, status);
    int32_t prev = it->first();
    for (int32_t next = it->next(); next != icu::BreakIterator::DONE; next = it->next()) {
      std::string_view piece = text.substr(prev, next - prev);
      if (piece.find_first_not_of(" \t\r\n") != std::string_view::npos)
        out.push_back({static_cast<size_t>(prev), static_cast<size_t>(next)});
      prev = next;
    }
    utext_close(ut);
    return out;
  }
};

}  // namespace

StatusOr<std::unique_ptr<Tokenizer>> Tokenizer::Create(const Options&) {
  return std::unique_ptr<Tokenizer>(new IcuTokenizer());
}

}  // namespace news
