// In-process cost of entity and event extraction, for tools/bench-extract
// (not a test).
//
//   bench_extract LEXICON_DIR FILE...
//
// Analyzes every file (the whole pipeline, as `newsminer analyze` does),
// then runs EntityExtractor::Extract again on the same analyses, best of
// nine rounds each, and prints both times, what extraction adds to the
// analysis without it, and the one-off cost of loading the lexicons.
#include <algorithm>
#include <chrono>
#include <functional>
#include <cstdio>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "extract/entity_extractor.h"
#include "ingest/file_loader.h"

namespace {

// Best of several rounds: the machine is shared, and the minimum is the
// least disturbed figure.
constexpr int kRounds = 9;

double Seconds(const std::function<void()>& f) {
  auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

double Best(int rounds, const std::function<void()>& f) {
  double best = 1e9;
  for (int i = 0; i < rounds; ++i) best = std::min(best, Seconds(f));
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_extract LEXICON_DIR FILE...\n");
    return 2;
  }
  std::string lexicons = argv[1];
  std::vector<news::Document> docs;
  size_t bytes = 0;
  for (int i = 2; i < argc; ++i) {
    auto d = news::LoadFile(argv[i]);
    if (!d.ok()) continue;
    bytes += d->body.size();
    docs.push_back(std::move(d).value());
  }
  std::unique_ptr<news::Analyzer> analyzer;
  std::unique_ptr<news::EntityExtractor> extractor;
  double load_analyzer = Seconds([&] { analyzer = std::move(news::Analyzer::Create({lexicons})).value(); });
  double load_extractor = Seconds([&] { extractor = std::move(news::EntityExtractor::Create({lexicons})).value(); });
  std::vector<news::Analysis> analyses;
  double analyze = Best(kRounds, [&] {
    analyses.clear();
    for (const auto& d : docs) analyses.push_back(analyzer->Analyze(d));
  });
  size_t entities = 0, events = 0;
  double extract = Best(kRounds, [&] {
    entities = events = 0;
    for (auto& a : analyses) {
      extractor->Extract(a);
      entities += a.entities.size();
      events += a.events.size();
    }
  });
  double without = std::max(analyze - extract, 1e-9);
  std::printf("documents          %zu (%.1f kB of body text), %zu entities, %zu events\n", docs.size(), bytes / 1e3,
              entities, events);
  std::printf("analyze (all)      %.1f ms  (%.2f ms per document, %.1f MB/s)\n", analyze * 1e3, analyze * 1e3 / docs.size(),
              bytes / 1e6 / analyze);
  std::printf("extract only       %.1f ms  (%.2f ms per document, %.1f MB/s)\n", extract * 1e3, extract * 1e3 / docs.size(),
              bytes / 1e6 / extract);
  std::printf("extraction adds    %.1f%% to analysis without it\n", 100 * extract / without);
  std::printf("start-up           Analyzer::Create %.1f ms, of which EntityExtractor::Create about %.1f ms\n",
              load_analyzer * 1e3, load_extractor * 1e3);
  return 0;
}
