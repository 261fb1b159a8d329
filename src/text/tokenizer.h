// Word segmentation for Chinese (both scripts) and English.
//
//   StatusOr<std::unique_ptr<Tokenizer>> t = Tokenizer::Create({});
//   for (const Token& tok : (*t)->Tokenize("OpenAI 發布 GPT-5")) ...
//
// Tokens are UTF-8 byte spans into the input; whitespace is never a token.
// Create() fails with kIoError when a word list named in Options cannot be
// read. A Tokenizer is immutable after Create() and safe to share across
// threads.
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
    std::string lexicon_dir;        // project lexicons (terms kept whole); empty: none
    std::string user_lexicon_path;  // extra terms, one per line; empty: none
  };

  static StatusOr<std::unique_ptr<Tokenizer>> Create(const Options& options);
  virtual ~Tokenizer() = default;

  virtual std::vector<Token> Tokenize(std::string_view text) const = 0;
};

}  // namespace news
