// The sentiment lexicons: polarity words, modifiers (negators, intensifiers,
// contrast markers, hedges, ...), business metrics, directions of change and
// aspect terms, loaded from the TSV files in <lexicon_dir>/sentiment/.
//
//   StatusOr<SentimentLexicon> lex = SentimentLexicon::Load("lexicons/sentiment");
//   const LexEntry* e = lex->FindWords("revenue");    // English, space-joined words
//   const LexEntry* z = lex->FindChinese("营收");       // Chinese, matching key
//
// Every term is stored under its MatchKey (text/match_key.h), so an entry in
// either Chinese script matches text in both. Which columns a file holds is
// told by its header row (see lexicons/sentiment/README.md):
//   term weight              polarity in [-4, 4]
//   term kind factor         modifier (negator, intensifier, diminisher, ...)
//   term polarity weight     metric: +1 good when it goes up, -1 bad; weight = tone alone
//   term direction weight    direction of change: +1 up, -1 down
//   term aspect weight       aspect term: research or product
//   term context             sentence kind: background, response or departure
// Load() fails with kParseError ("file:line: cause") on a malformed row and
// with kIoError when a file cannot be read; a missing directory is an empty
// lexicon. Immutable after Load(); safe to share across threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "sentiment/term_table.h"

namespace news {

enum class Modifier : uint8_t {
  kNone,
  kNegator,      // flips the next polar item of its clause
  kIntensifier,  // scales the next polar item (factor > 1)
  kDiminisher,   // scales the next polar item (factor < 1)
  kContrast,     // but/但是: the clauses after it weigh more, the ones before less
  kHedge,        // may/可能/if: scales its clause
  kReported,     // said/據報導: scales its clause
  kBlocker,      // a neutral word that contains a negator (未來, 不斷, not only)
  kFavorBefore,  // "X over Y", "X 而非 Y": the side named before it wins
  kFavorAfter,   // "shift to X", "轉向 X": the side named after it wins
  kMerge,        // "X 并入 Y", "X merged into Y": the side of X, merged away, loses
  kMergeVerb,    // "merged X into Y": with the "into" after it, X is merged away
  kFrom,         // "from" in "from X to Y"
  kTo,           // "to" in "from X to Y"
  kCompared,     // "compared with", "versus"
};

// What kind of sentence a word marks, for the article means (no polarity).
enum class Context : uint8_t {
  kNone,
  kBackground,  // "previously", "此前", "years at": the sentence tells the past
  kResponse,    // "回應稱", "a spokesperson said": the organisation answers the news
  kDeparture,   // "departure", "離職": the sentence speaks of someone leaving
};

struct LexEntry {
  float polarity = 0;
  Modifier modifier = Modifier::kNone;
  float factor = 1;
  int8_t metric = 0;        // +1 revenue-like, -1 loss-like, 0 not a metric
  float metric_weight = 0;  // tone of the metric when no direction pairs with it
  int8_t direction = 0;     // +1 up, -1 down, 0 not a direction
  float direction_weight = 0;
  float research = 0, product = 0;  // aspect weights
  Context context = Context::kNone;
};

class SentimentLexicon {
 public:
  static StatusOr<SentimentLexicon> Load(const std::string& dir);

  // `words` is lower-case English words joined by single spaces.
  const LexEntry* FindWords(std::string_view words) const;
  // `chinese` is a matching key of CJK characters.
  const LexEntry* FindChinese(std::string_view chinese) const;

  int max_words() const { return max_words_; }
  int max_chinese_chars() const { return max_chinese_chars_; }
  size_t size() const { return words_.size() + chinese_.size(); }

  // Filters that let the scanner skip lookups that cannot match (the answers
  // are the same without them, only slower). Bit k-1 is set when some Chinese
  // term of k characters starts with `first_cp`; when some English phrase of
  // k >= 2 words starts with the word `first_word`.
  uint32_t ChineseLengths(uint32_t first_cp) const;
  uint32_t PhraseLengths(std::string_view first_word) const;

  // Terms are at most this many characters (Chinese) or words (English).
  static constexpr int kMaxTermLength = 32;

 private:
  Status LoadFile(const std::string& path);
  Status AddRow(const std::string& header, const std::vector<std::string>& cols, const std::string& where);
  Status SetFields(const std::string& header, const std::vector<std::string>& cols, const std::string& key,
                   const std::string& where);
  Status SetTagFields(const std::string& header, const std::vector<std::string>& cols, const std::string& key,
                      const std::string& where);
  LexEntry& EntryFor(const std::string& term);

  TermTable<LexEntry> words_;
  TermTable<LexEntry> chinese_;
  // ChineseLengths(): a flat array for the common ideographs, a table for the rest.
  static constexpr uint32_t kCjkBase = 0x3400, kCjkEnd = 0xA000;
  std::vector<uint32_t> chinese_lengths_ = std::vector<uint32_t>(kCjkEnd - kCjkBase, 0);
  TermTable<uint32_t> rare_chinese_lengths_;
  TermTable<uint32_t> phrase_lengths_;
  int max_words_ = 1;
  int max_chinese_chars_ = 1;
};

// True for the CJK ideographs the Chinese matcher segments.
bool IsCjk(uint32_t cp);

}  // namespace news
