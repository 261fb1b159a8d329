// Turns one piece of text into the tokens the tone rules look at: lexicon
// entries (longest match first, so 非常, 不錯 and 未來 are whole words and
// never a negator followed by something), numbers, and clause and sentence
// boundaries. Works on the matching key (text/match_key.h), so both Chinese
// scripts scan identically; positions are code point offsets, which the key
// shares with the original text.
//
//   std::vector<ScanToken> toks = ScanSentence(MatchKey(text), lexicon);
//
// Pure function; safe to call from several threads.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "sentiment/sentiment_lexicon.h"

namespace news {

struct ScanToken {
  enum class Type : uint8_t { kEntry, kNumber, kClauseEnd, kSentenceEnd };
  Type type = Type::kEntry;
  const LexEntry* entry = nullptr;  // kEntry only
  double number = 0;                // kNumber: the figure; kSentenceEnd: 1 for a question mark
  uint32_t cp = 0;                  // code point offset in the text
};

// `key` must be MatchKey() of the text (lower case, Chinese folded).
std::vector<ScanToken> ScanSentence(std::string_view key, const SentimentLexicon& lexicon);

}  // namespace news
