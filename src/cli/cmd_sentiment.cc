#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

#include "cli/command.h"
#include "sentiment/sentiment_analyzer.h"
#include "text/normalizer.h"

namespace news {

// One aspect per line: a sentence that speaks to both shows the side with
// more evidence.
static const std::string& ShownAspect(const SentenceTone& t) { return t.aspect == "both" ? t.dominant : t.aspect; }

static int RunSentiment(CommandContext& ctx) {
  ParsedArgs a;
  int code;
  if (!ParseOrFail(ctx, {}, "sentiment", &a, &code)) return code;
  // `newsminer sentiment "some text"` would wait for stdin (forever, on a
  // terminal) and ignore the text: the text goes on stdin.
  if (!a.positional.empty())
    return Fail(ctx, "sentiment", "unexpected argument '" + a.positional[0] + "' (sentiment reads stdin: echo TEXT | newsminer sentiment)");
  std::error_code ec;
  if (!std::filesystem::is_directory(ctx.lexicon_dir + "/sentiment", ec))
    return Fail(ctx, ctx.lexicon_dir.empty() ? "lexicons" : ctx.lexicon_dir, "no sentiment lexicons (sentiment/ not found)");
  auto analyzer = SentimentAnalyzer::Create({ctx.lexicon_dir});
  if (!analyzer.ok()) return Fail(ctx, ctx.lexicon_dir, analyzer.status().message());
  std::string line;
  char buf[32];
  while (std::getline(ctx.in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    SentenceTone t = (*analyzer)->ScoreSentence(NormalizeText(line));
    std::snprintf(buf, sizeof buf, "%.3f", t.score);
    ctx.out << t.label << '\t' << buf << '\t' << ShownAspect(t) << '\n';
  }
  return kExitOk;
}

extern const CommandInfo kSentimentCommand = {
    "sentiment", "score stdin line by line: label, score, aspect",
    "usage: newsminer sentiment < sentences\n\n"
    "Prints label<TAB>score<TAB>aspect for each input line: label in -1/0/1,\n"
    "score in [-1,1], aspect in research/product/none (a line that speaks to\n"
    "both shows the one with more evidence). Lexicons: <lexicons>/sentiment/.\n",
    RunSentiment};

}  // namespace news
