#include <iostream>

#include "cli/command.h"
#include <algorithm>

#include "extract/lexicon_suggest.h"
#include "lexicon/entity_lexicon.h"
#include "store/store.h"
#include "text/word_table.h"

namespace news {

static int RunCheck(CommandContext& ctx) {
  if (ctx.lexicon_dir.empty()) return Fail(ctx, "lexicon", "no lexicon directory found (use --lexicons DIR)");
  std::vector<LexiconProblem> problems;
  EntityLexicon lex = LoadLexicons(ctx.lexicon_dir, &problems);
  for (const LexiconProblem& p : problems) ctx.err << "newsminer: " << p.ToString() << '\n';
  if (!problems.empty()) return kExitPartial;
  size_t aliases = 0;
  for (const auto& e : lex.entities) aliases += e.aliases.size();
  ctx.out << "lexicons ok: " << lex.entities.size() << " entities, " << aliases << " aliases, "
          << lex.competitors.size() << " markets, " << lex.triggers.size() << " event triggers\n";
  return kExitOk;
}

static int RunSuggest(CommandContext& ctx, const ParsedArgs& a) {
  if (ctx.lexicon_dir.empty()) return Fail(ctx, "lexicon", "no lexicon directory found (use --lexicons DIR)");
  LexiconSuggester::Options options;
  StatusOr<long> limit = ParseCount(a, "limit", options.limit);
  StatusOr<long> min_count = ParseCount(a, "min-count", options.min_count);
  if (!limit.ok()) return Fail(ctx, "lexicon", limit.status().message());
  if (!min_count.ok()) return Fail(ctx, "lexicon", min_count.status().message());
  options.limit = static_cast<int>(*limit);
  options.min_count = static_cast<int>(std::max(1L, *min_count));
  std::vector<LexiconProblem> problems;
  EntityLexicon lex = LoadLexicons(ctx.lexicon_dir, &problems);
  if (!problems.empty()) return Fail(ctx, problems[0].file, problems[0].ToString() + " (run newsminer lexicon check)");
  auto store = Store::Open(ctx.db_path, {.create = false});
  if (!store.ok()) {
    std::string msg = store.status().code() == StatusCode::kNotFound ? "no such database (run 'newsminer ingest' first)"
                                                                      : store.status().message();
    return Fail(ctx, ctx.db_path, msg);
  }
  // The general word list tells ordinary words from new terms; without it
  // (an unusual installation) the terms are listed unfiltered.
  StatusOr<WordTable> words = WordTable::Open(WordTable::DefaultPath());
  if (words.ok()) options.general_words = &*words;
  else ctx.out << "# general word list not found (" << words.status().message() << "): ordinary words not filtered\n";
  LexiconSuggester suggester(lex, options);
  int64_t after = 0;
  size_t articles = 0;
  while (true) {
    auto batch = (*store)->DocumentsToReanalyze("", true, after, 200);
    if (!batch.ok()) return Fail(ctx, ctx.db_path, batch.status().message(), kExitPartial);
    if (batch->empty()) break;
    for (const StoredDocument& d : *batch) suggester.Add(d.doc);
    articles += batch->size();
    after = batch->back().id;
  }
  ctx.out << "# read " << articles << " stored articles\n" << FormatSuggestions(suggester.Suggestions());
  return kExitOk;
}

static int RunLexicon(CommandContext& ctx) {
  ParsedArgs a;
  int code;
  if (!ParseOrFail(ctx, {{"limit", true}, {"min-count", true}}, "lexicon", &a, &code)) return code;
  if (a.positional.size() != 1) return Fail(ctx, "lexicon", "expects check or suggest (see: newsminer lexicon --help)");
  if (a.positional[0] == "check") return RunCheck(ctx);
  if (a.positional[0] == "suggest") return RunSuggest(ctx, a);
  return Fail(ctx, "lexicon", "unknown action \"" + a.positional[0] + "\" (expected check or suggest)");
}

extern const CommandInfo kLexiconCommand = {
    "lexicon", "validate the lexicons or propose new entries",
    "usage: newsminer lexicon check\n"
    "       newsminer lexicon suggest [--limit N] [--min-count N]\n\n"
    "check    validates lexicons/entities/*.tsv, competitors.tsv and events/*.tsv:\n"
    "         malformed lines, duplicate ids and aliases, aliases shared by two\n"
    "         entities without a context rule, unknown parents and members.\n"
    "         Prints file:line: cause per problem; exit 1 when there is any.\n"
    "suggest  reads every stored article and proposes people found by title\n"
    "         patterns and frequent unknown terms (Chinese new words by frequency,\n"
    "         cohesion and boundary entropy), with counts and an example sentence,\n"
    "         as TSV lines ready to paste into lexicons/entities/.\n",
    RunLexicon};

}  // namespace news
