#include <iostream>
#include <string>

#include "cli/command.h"
#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace news {

static int RunTokenize(CommandContext& ctx) {
  ParsedArgs a;
  int code;
  if (!ParseOrFail(ctx, {{"user-lexicon", true}}, "tokenize", &a, &code)) return code;
  auto tokenizer = Tokenizer::Create({ctx.lexicon_dir, a.Get("user-lexicon")});
  if (!tokenizer.ok()) return Fail(ctx, "tokenize", tokenizer.status().message());
  std::string line, out;
  while (std::getline(ctx.in, line)) {
    std::string text = NormalizeText(line);
    out.clear();
    for (const Token& t : (*tokenizer)->Tokenize(text)) {
      if (!out.empty()) out += ' ';
      out.append(text, t.begin, t.end - t.begin);
    }
    ctx.out << out << '\n';
  }
  return kExitOk;
}

extern const CommandInfo kTokenizeCommand = {
    "tokenize", "segment stdin into words, line by line",
    "usage: newsminer tokenize [--user-lexicon FILE] < text\n\n"
    "Prints the tokens of each input line joined by one space, one output line\n"
    "per input line. --user-lexicon adds terms (one per line) kept whole.\n",
    RunTokenize};

}  // namespace news
