#include "sentiment/sentiment_analyzer.h"

namespace news {
namespace {

// Placeholder until the lexicon scorer lands: every sentence neutral.
class NeutralAnalyzer : public SentimentAnalyzer {
 public:
  SentenceTone ScoreSentence(std::string_view) const override { return {}; }
  void Score(Analysis&) const override {}
};

}  // namespace

StatusOr<std::unique_ptr<SentimentAnalyzer>> SentimentAnalyzer::Create(const Options&) {
  return std::unique_ptr<SentimentAnalyzer>(new NeutralAnalyzer());
}

}  // namespace news
