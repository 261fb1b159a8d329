// The analysis pipeline for one document: normalise, detect the language,
// split sentences, extract entities and events, score the tone.
//
//   auto analyzer = Analyzer::Create({.lexicon_dir = dir});
//   Analysis a = (*analyzer)->Analyze(std::move(doc));
//
// Create() fails when a lexicon cannot be loaded (kParseError, file:line).
// Immutable after Create(); Analyze() is safe to call from several threads.
#pragma once

#include <memory>
#include <string>

#include "common/status.h"
#include "model/analysis.h"

namespace news {

class EntityExtractor;
class SentimentAnalyzer;

class Analyzer {
 public:
  struct Options {
    std::string lexicon_dir;  // required: where the lexicons live
  };

  static StatusOr<std::unique_ptr<Analyzer>> Create(const Options& options);
  ~Analyzer();

  // Thread CPU seconds of one Analyze() call, split at entity and event
  // extraction: what tools/bench-extract weighs, measured where extraction
  // really runs (between the text stages and the tone, caches shared).
  struct StageTimes {
    double extract = 0;  // EntityExtractor::Extract
    double rest = 0;     // everything else in Analyze()
  };
  // `times`, when given, is added to.
  Analysis Analyze(Document doc, StageTimes* times = nullptr) const;

  // Identifies the lexicons and code that produced an analysis, so stored
  // articles can be recomputed after a lexicon change.
  const std::string& version() const { return version_; }
  const SentimentAnalyzer& sentiment() const { return *sentiment_; }

 private:
  Analyzer() = default;

  std::unique_ptr<EntityExtractor> extractor_;
  std::unique_ptr<SentimentAnalyzer> sentiment_;
  std::string version_;
};

// Finds the lexicon directory: an explicit path, else $NEWSMINER_LEXICONS,
// else PREFIX/share/newsminer/lexicons next to an installed binary
// (PREFIX/bin), else the source tree's lexicons/, else the configured install
// prefix's copy. Empty if none.
std::string ResolveLexiconDir(const std::string& explicit_dir);

// A short hash of every file in the lexicon directory plus the code version.
std::string LexiconVersion(const std::string& lexicon_dir);

}  // namespace news
