#include <cstdio>
#include <iostream>
#include <string>

#include "cli/command.h"
#include "sentiment/sentiment_analyzer.h"
#include "text/normalizer.h"

namespace news {

static int RunSentiment(CommandContext& ctx) {
  ParsedArgs a;
  int code;
  if (!ParseOrFail(ctx, {}, "sentiment", &a, &code)) return code;
  auto analyzer = SentimentAnalyzer::Create({ctx.lexicon_dir});
  if (!analyzer.ok()) return Fail(ctx, ctx.lexicon_dir, analyzer.status().message());
  std::string line;
  char buf[32];
  while (std::getline(ctx.in, line)) {
    SentenceTone t = (*analyzer)->ScoreSentence(NormalizeText(line));
    std::snprintf(buf, sizeof buf, "%.3f", t.score);
    ctx.out << t.label << '\t' << buf << '\t' << t.aspect << '\n';
  }
  return kExitOk;
}

extern const CommandInfo kSentimentCommand = {
    "sentiment", "score stdin line by line: label, score, aspect",
    "usage: newsminer sentiment < sentences\n\n"
    "Prints label<TAB>score<TAB>aspect for each input line: label in -1/0/1,\n"
    "score in [-1,1], aspect in research/product/none.\n",
    RunSentiment};

}  // namespace news
