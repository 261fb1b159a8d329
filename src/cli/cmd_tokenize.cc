#include <iostream>
#include <string>
#include <string_view>

#include "cli/command.h"
#include "common/utf8.h"
#include "text/tokenizer.h"

namespace news {

// A long line is tokenized and written in pieces of about this size, cut
// after white space when there is some, so memory stays bounded.
constexpr size_t kPieceBytes = 1 << 20;

static size_t PieceEnd(const std::string& text, size_t start) {
  if (text.size() - start <= kPieceBytes) return text.size();
  size_t half = start + kPieceBytes / 2;
  size_t cut = std::string_view(text).substr(half, kPieceBytes / 2).find_last_of(" \t");
  if (cut != std::string_view::npos) return half + cut + 1;
  size_t end = start + kPieceBytes;
  while (end > start && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end > start ? end : start + kPieceBytes;
}

// Writes the tokens of `text` joined by single spaces.
static void WriteTokens(const Tokenizer& tokenizer, const std::string& text, std::ostream& os) {
  std::string out;
  bool first = true;
  for (size_t start = 0; start < text.size();) {
    size_t end = PieceEnd(text, start);
    out.clear();
    for (const Token& t : tokenizer.Tokenize(std::string_view(text).substr(start, end - start))) {
      if (!first) out += ' ';
      first = false;
      out.append(text, start + t.begin, t.end - t.begin);
    }
    os.write(out.data(), static_cast<std::streamsize>(out.size()));
    start = end;
  }
  os.put('\n');
}

// Tokens keep the characters as written (full-width digits stay full-width):
// the tokenizer folds width, case and script internally, and the output must
// line up with the input for scoring and for `lexicon suggest`.
static int RunTokenize(CommandContext& ctx) {
  ParsedArgs a;
  int code;
  if (!ParseOrFail(ctx, {{"user-lexicon", true}}, "tokenize", &a, &code)) return code;
  // `newsminer tokenize "some text"` would wait for stdin (forever, on a
  // terminal) and ignore the text: the text goes on stdin.
  if (!a.positional.empty())
    return Fail(ctx, "tokenize", "unexpected argument '" + a.positional[0] + "' (tokenize reads stdin: echo TEXT | newsminer tokenize)");
  Tokenizer::Options options;
  options.lexicon_dir = ctx.lexicon_dir;
  options.user_lexicon_path = a.Get("user-lexicon");
  auto tokenizer = Tokenizer::Create(options);
  if (!tokenizer.ok()) return Fail(ctx, "tokenize", tokenizer.status().message());
  std::string line;
  size_t invalid = 0;
  while (std::getline(ctx.in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t bad = 0;
    std::string text = IsValidUtf8(line) ? std::move(line) : SanitizeUtf8(line, &bad);
    invalid += bad;
    WriteTokens(**tokenizer, text, ctx.out);
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
