#include <iostream>
#include <string>

#include "cli/command.h"
#include "common/utf8.h"
#include "text/tokenizer.h"

namespace news {

// Tokens keep the characters as written (full-width digits stay full-width):
// the tokenizer folds width, case and script internally, and the output must
// line up with the input for scoring and for `lexicon suggest`.
static int RunTokenize(CommandContext& ctx) {
  ParsedArgs a;
  int code;
  if (!ParseOrFail(ctx, {{"user-lexicon", true}}, "tokenize", &a, &code)) return code;
  Tokenizer::Options options;
  options.lexicon_dir = ctx.lexicon_dir;
  options.user_lexicon_path = a.Get("user-lexicon");
  auto tokenizer = Tokenizer::Create(options);
  if (!tokenizer.ok()) return Fail(ctx, "tokenize", tokenizer.status().message());
  std::string line, out;
  size_t invalid = 0;
  while (std::getline(ctx.in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t bad = 0;
    std::string text = IsValidUtf8(line) ? std::move(line) : SanitizeUtf8(line, &bad);
    invalid += bad;
    out.clear();
    for (const Token& t : (*tokenizer)->Tokenize(text)) {
      if (!out.empty()) out += ' ';
      out.append(text, t.begin, t.end - t.begin);
    }
    out += '\n';
    ctx.out.write(out.data(), static_cast<std::streamsize>(out.size()));
  }
  if (invalid > 0)
    ctx.err << "newsminer: stdin: " << invalid << " invalid UTF-8 sequence(s) replaced by U+FFFD\n";
  return kExitOk;
}

extern const CommandInfo kTokenizeCommand = {
    "tokenize", "segment stdin into words, line by line",
    "usage: newsminer tokenize [--user-lexicon FILE] < text\n\n"
    "Prints the tokens of each input line joined by one space, one output line\n"
    "per input line, characters as written. Chinese is cut the same way in\n"
    "Traditional and Simplified script; the project's terms and entity names\n"
    "(--lexicons DIR) come out whole. --user-lexicon adds terms, one per line\n"
    "(`#` comments), without rebuilding. Invalid UTF-8 is replaced by U+FFFD\n"
    "and counted on stderr.\n",
    RunTokenize};

}  // namespace news
