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
#include <cstdlib>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "extract/entity_extractor.h"
#include "ingest/file_loader.h"

namespace {

// Best of several rounds: the machine is shared, and the minimum is the
// least disturbed figure.
// BENCH_ROUNDS=1 runs each once, for callgrind.
int Rounds() {
  const char* env = std::getenv("BENCH_ROUNDS");
  return env && std::atoi(env) > 0 ? std::atoi(env) : 9;
}

double Seconds(const std::function<void()>& f) {
  auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// The last round runs through a named, never-inlined function so that
// callgrind can count the instructions of one warm round alone:
//   BENCH_ROUNDS=2 valgrind --tool=callgrind --collect-atstart=no
//     --toggle-collect="*AnalyzeLastRound*" build/bench_extract lexicons FILE...
// counts one warm round of Analyze (likewise ExtractLastRound).
__attribute__((noinline)) double AnalyzeLastRound(const std::function<void()>& f) { return Seconds(f); }
__attribute__((noinline)) double ExtractLastRound(const std::function<void()>& f) { return Seconds(f); }

double Best(int rounds, const std::function<void()>& f, double (*last)(const std::function<void()>&)) {
  double best = 1e9;
  for (int i = 0; i < rounds; ++i) best = std::min(best, i + 1 == rounds ? last(f) : Seconds(f));
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
  news::StatusOr<std::unique_ptr<news::Analyzer>> analyzer_or = news::Status::Ok();
  news::StatusOr<std::unique_ptr<news::EntityExtractor>> extractor_or = news::Status::Ok();
  double load_analyzer = Seconds([&] { analyzer_or = news::Analyzer::Create({lexicons}); });
  double load_extractor = Seconds([&] { extractor_or = news::EntityExtractor::Create({lexicons}); });
  // A stale build or a broken lexicon must say so, not crash on a null analyzer.
  for (const news::Status& s : {analyzer_or.status(), extractor_or.status()}) {
    if (s.ok()) continue;
    std::fprintf(stderr, "bench_extract: %s: %s\n", lexicons.c_str(), s.message().c_str());
    return 1;
  }
  std::unique_ptr<news::Analyzer> analyzer = std::move(analyzer_or).value();
  std::unique_ptr<news::EntityExtractor> extractor = std::move(extractor_or).value();
  std::vector<news::Analysis> analyses;
  double analyze = Best(Rounds(), [&] {
    analyses.clear();
    for (const auto& d : docs) analyses.push_back(analyzer->Analyze(d));
  }, AnalyzeLastRound);
  size_t entities = 0, events = 0;
  double extract = Best(Rounds(), [&] {
    entities = events = 0;
    for (auto& a : analyses) {
      extractor->Extract(a);
      entities += a.entities.size();
      events += a.events.size();
    }
  }, ExtractLastRound);
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
