#include "text/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <climits>
#include <memory>

#include "common/utf8.h"
#include "text/char_class.h"
#include "text/match_key.h"
#include "text/term_lists.h"
#include "text/word_scanner.h"
#include "text/word_table.h"

namespace news {
namespace {

// Text is decoded in pieces of about this many bytes (cut at white space when
// possible), so a 20 MB line needs no 20 MB of buffers.
constexpr size_t kChunkBytes = 64 * 1024;

// A character is "rare alone" when its cost as a one-character word is at
// least this (-ln p >= 8: fewer than about 1 in 3000 words).
constexpr int32_t kRareAloneCost = static_cast<int32_t>(8.0 * kCostScale);
constexpr size_t kMaxUnknownRun = 4;

// Per-thread scratch space, reused between calls.
struct Scratch {
  std::vector<char32_t> folded, original;
  std::vector<CharClass> cls;
  std::vector<size_t> offset;  // byte offset of each code point, plus the end
  std::vector<int64_t> best;   // Viterbi: lowest cost to reach each position
  std::vector<uint32_t> from;  // Viterbi: where the best word into each position starts
  std::vector<uint32_t> path;  // word boundaries of the best path
};

size_t ChunkEnd(std::string_view text, size_t start) {
  if (text.size() - start <= kChunkBytes) return text.size();
  size_t limit = start + kChunkBytes, half = start + kChunkBytes / 2;
  size_t cut = text.substr(half, limit - half).find_last_of(" \n\t");  // bounded: no rescans
  if (cut != std::string_view::npos) return half + cut + 1;
  while (limit > start && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) --limit;
  return limit > start ? limit : start + kChunkBytes;
}

bool IsCurrency(char32_t c) { return c == '$' || c == U'€' || c == U'£' || c == U'¥'; }
bool IsRegionalIndicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }

class LatticeTokenizer : public Tokenizer {
 public:
  explicit LatticeTokenizer(WordTable words) : words_(std::move(words)) {}

  std::vector<Token> Tokenize(std::string_view text) const override {
    std::vector<Token> out;
    out.reserve(text.size() / 4);
    thread_local Scratch scratch;
    for (size_t start = 0; start < text.size();) {
      size_t end = ChunkEnd(text, start);
      TokenizeChunk(text, start, end, scratch, out);
      start = end;
    }
    return out;
  }

 private:
  void Decode(std::string_view text, size_t start, size_t end, Scratch& s) const {
    s.folded.clear(), s.original.clear(), s.cls.clear(), s.offset.clear();
    for (size_t pos = start; pos < end;) {
      s.offset.push_back(pos);
      char32_t cp = DecodeUtf8(text.substr(0, end), &pos);
      char32_t f = FoldCodePoint(cp);
      s.original.push_back(cp);
      s.folded.push_back(f);
      s.cls.push_back(ClassOf(f));
    }
    s.offset.push_back(end);
  }

  // Adds code points [i, j) as a token; marks, and anything after a ZWJ,
  // join the token before them when nothing separates the two.
  static void Emit(const Scratch& s, size_t i, size_t j, std::vector<Token>& out) {
    bool attach = !out.empty() && out.back().end == s.offset[i] && i > 0 &&
                  (s.cls[i] == CharClass::kMark || s.folded[i - 1] == 0x200D);
    if (attach) out.back().end = s.offset[j];
    else out.push_back({s.offset[i], s.offset[j]});
  }

  void TokenizeChunk(std::string_view text, size_t start, size_t end, Scratch& s, std::vector<Token>& out) const {
    Decode(text, start, end, s);
    CodePoints cps{s.folded.data(), s.original.data(), s.folded.size()};
    size_t n = s.folded.size();
    for (size_t i = 0; i < n;) {
      size_t j = i + 1;
      switch (s.cls[i]) {
        case CharClass::kSpace: i = j; continue;
        case CharClass::kCjk: {
          while (j < n && s.cls[j] == CharClass::kCjk) ++j;
          size_t number = NumberStart(s, i, j);
          size_t number_end = number < j ? ScanChineseNumber(s, j) : j;
          if (number_end == j) number = j;  // no decimal point or percent: the lattice decides
          if (number > i) SegmentCjk(s, i, number, out);
          if (number < j) Emit(s, number, number_end, out);
          i = std::max(j, number_end);
          continue;
        }
        case CharClass::kWord: j = ScanWord(cps, i); break;
        case CharClass::kSouthEastAsian:
          while (j < n && (s.cls[j] == CharClass::kSouthEastAsian || s.cls[j] == CharClass::kMark)) ++j;
          SegmentWithIcu(text, s.offset[i], s.offset[j], out);
          i = j;
          continue;
        case CharClass::kMark: break;
        case CharClass::kOther: j = ScanOther(s, cps, i); break;
      }
      Emit(s, i, j, out);
      i = j;
    }
  }

  // Thai, Lao, Khmer and Myanmar runs: ICU's dictionary word break, with one
  // iterator per thread (creating one costs more than most runs).
  static void SegmentWithIcu(std::string_view text, size_t b, size_t e, std::vector<Token>& out) {
    thread_local std::unique_ptr<icu::BreakIterator> it = [] {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::BreakIterator> made(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
      return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUTF8(&ut, text.data() + b, static_cast<int64_t>(e - b), &status);
    size_t prev = b;
    if (it && U_SUCCESS(status)) {
      it->setText(&ut, status);
      for (int32_t p = it->next(); p != icu::BreakIterator::DONE && U_SUCCESS(status); p = it->next()) {
        out.push_back({prev, b + static_cast<size_t>(p)});
        prev = b + static_cast<size_t>(p);
      }
      it->setText(icu::UnicodeString());
    }
    utext_close(&ut);
    if (prev < e) out.push_back({prev, e});
  }

  // Chinese numerals with a decimal point or a percent sign (三．六％,
  // 五.七九%) are one token, like 3.6%; without them the lattice decides
  // (一些 is a word, not a number).
  static bool IsChineseNumeral(char32_t c) {
    return std::u32string_view(U"〇○零一二三四五六七八九十百千万亿两廿卅").find(c) != std::u32string_view::npos;
  }

  // Start of the numerals that end the CJK run [i, j).
  static size_t NumberStart(const Scratch& s, size_t i, size_t j) {
    size_t k = j;
    while (k > i && IsChineseNumeral(s.folded[k - 1])) --k;
    return k;
  }

  // End of a number whose integer part ends at j (the end of a CJK run):
  // j itself when no decimal part or percent sign follows.
  static size_t ScanChineseNumber(const Scratch& s, size_t j) {
    size_t n = s.folded.size(), k = j;
    if (k + 1 < n && s.folded[k] == '.' && IsChineseNumeral(s.folded[k + 1])) {
      k += 1;
      while (k < n && IsChineseNumeral(s.folded[k])) ++k;
    }
    if (k < n && s.folded[k] == '%') ++k;
    return k;
  }

  // Punctuation and symbols: runs of the same mark (……, ——, !!!) stay
  // together, a currency sign joins its amount, flags are pairs.
  static size_t ScanOther(const Scratch& s, const CodePoints& cps, size_t i) {
    size_t n = s.folded.size();
    char32_t c = s.folded[i];
    if (IsCurrency(c) && i + 1 < n && s.folded[i + 1] >= '0' && s.folded[i + 1] <= '9') return ScanWord(cps, i + 1);
    if (IsRegionalIndicator(c) && i + 1 < n && IsRegionalIndicator(s.folded[i + 1])) return i + 2;
    size_t j = i + 1;
    if (c != kReplacementChar)
      while (j < n && s.folded[j] == c) ++j;
    return j;
  }

  // Lowest-cost path through the words found in folded[a, b).
  void SegmentCjk(Scratch& s, size_t a, size_t b, std::vector<Token>& out) const {
    size_t len = b - a;
    s.best.assign(len + 1, INT64_MAX);
    s.from.assign(len + 1, 0);
    s.best[0] = 0;
    for (size_t i = 0; i < len; ++i) {
      int64_t base = s.best[i];
      bool single = false;
      uint64_t h = kWordHashSeed;
      for (size_t e = i; e < len && e - i < kMaxWordLength; ++e) {
        h = WordHashStep(h, s.folded[a + e]);
        WordTable::Entry entry = e == i ? words_.FindFirst(s.folded[a + e]) : words_.Find(h);
        if (!entry.known) break;
        if (entry.cost < 0) continue;
        single = single || e == i;
        Relax(s, i, e + 1, base + entry.cost);
      }
      if (!single) Relax(s, i, i + 1, base + words_.unknown_cost());
    }
    s.path.clear();
    for (size_t e = len; e > 0; e = s.from[e]) s.path.push_back(s.from[e]);
    std::reverse(s.path.begin(), s.path.end());
    s.path.push_back(static_cast<uint32_t>(len));
    EmitPath(s, a, out);
  }

  // Emits the words of the best path. Runs of two to four single characters
  // that are rare as words on their own (names the lists do not know:
  // 敏督利, 碧咸) are emitted as one token instead of character by character.
  void EmitPath(const Scratch& s, size_t a, std::vector<Token>& out) const {
    size_t words = s.path.size() - 1;
    for (size_t k = 0; k < words;) {
      size_t run = k;
      while (run < words && s.path[run + 1] - s.path[run] == 1 && IsRareAlone(s.folded[a + s.path[run]])) ++run;
      size_t end = run - k >= 2 && run - k <= kMaxUnknownRun ? run : k + 1;
      out.push_back({s.offset[a + s.path[k]], s.offset[a + s.path[end]]});
      k = end;
    }
  }

  bool IsRareAlone(char32_t c) const {
    WordTable::Entry e = words_.FindFirst(c);
    return (e.cost >= 0 ? e.cost : words_.unknown_cost()) >= kRareAloneCost;
  }

  static void Relax(Scratch& s, size_t from, size_t to, int64_t cost) {
    if (cost < s.best[to]) {
      s.best[to] = cost;
      s.from[to] = static_cast<uint32_t>(from);
    }
  }

  WordTable words_;
};

}  // namespace

StatusOr<std::unique_ptr<Tokenizer>> Tokenizer::Create(const Options& options) {
  std::string path = options.words_path.empty() ? WordTable::DefaultPath() : options.words_path;
  NEWS_ASSIGN_OR_RETURN(WordTable words, WordTable::Open(path));
  NEWS_RETURN_IF_ERROR(LoadTerms(options.lexicon_dir, options.user_lexicon_path, &words));
  return std::unique_ptr<Tokenizer>(new LatticeTokenizer(std::move(words)));
}

}  // namespace news
