// Word segmentation for Chinese (both scripts) and English.
//
//   StatusOr<std::unique_ptr<Tokenizer>> t = Tokenizer::Create({lexicon_dir});
//   for (const Token& tok : (*t)->Tokenize("OpenAI 發布 GPT-5")) ...
//     // OpenAI | 發布 | GPT-5
//
// Chinese runs are cut by the lowest-cost path through a lattice of known
// words (a Viterbi search), looked up on the folded text (MatchKey), so that
// Traditional and Simplified text cut the same way. The general word list is
// ICU's CJK break dictionary merged with jieba's MIT word list, compiled at
// build time into newsminer-words.bin and mapped into memory (see
// cmake/wordlist.cmake); the project's terms (lexicons/terms.txt), entity
// names (lexicons/entities/*.tsv) and an optional user lexicon are added on
// top and always come out whole. Latin text, numbers, URLs and e-mail
// addresses follow the rules in word_scanner.h. Thai, Lao, Khmer and Myanmar
// runs go to ICU's dictionary word break iterator.
//
// Tokens are UTF-8 byte spans into the input, in order; whitespace, control
// and format characters are never part of a token; combining marks and emoji
// modifiers stay with the character before them. Any input is accepted
// (invalid UTF-8 bytes become one-byte tokens of their own).
//
// Create() fails with kIoError when the word list or a lexicon file named in
// Options cannot be read, kDataError when the word list is corrupt. A
// Tokenizer is immutable after Create() and safe to share across threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace news {

struct Token {
  size_t begin = 0, end = 0;  // bytes into the input
};

class Tokenizer {
 public:
  struct Options {
    std::string lexicon_dir = {};        // project lexicons (terms kept whole); empty: none
    std::string user_lexicon_path = {};  // extra terms, one per line, `#` comments; empty: none
    std::string words_path = {};         // compiled word list; empty: next to the binary / build / install
  };

  static StatusOr<std::unique_ptr<Tokenizer>> Create(const Options& options);
  virtual ~Tokenizer() = default;

  virtual std::vector<Token> Tokenize(std::string_view text) const = 0;
};

}  // namespace news
