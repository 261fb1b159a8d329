// In-process cost of entity and event extraction, for tools/bench-extract
// (not a test).
//
//   bench_extract LEXICON_DIR EMPTY_LEXICON_DIR FILE...
//
// Analyzes every file (the whole pipeline, as `newsminer analyze` does) with
// the real lexicons and with EMPTY_LEXICON_DIR (the same lexicons without
// entities, triggers and competitors), in alternating rounds, and prints the
// median of each and what the lexicons add: the cost a user ingesting a
// folder feels. Then EntityExtractor::Extract alone on the same analyses,
// against the rest of the analysis; and Extract's time inside the "with"
// rounds, where it runs between the other stages as in `ingest` (its tables
// compete with theirs for the caches). Times are the thread's CPU time: on a
// shared machine, wall time also counts the turns other processes take.
//
// Under callgrind the last round of each kind is counted on its own and
// dumped (CALLGRIND_DUMP_STATS_AT "full", "empty", "extract"), so
//   BENCH_ROUNDS=2 valgrind --tool=callgrind --collect-atstart=no build/bench_extract ...
// writes one file per kind holding the instructions of one warm round.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_TOGGLE_COLLECT
#define CALLGRIND_DUMP_STATS_AT(x)
#endif

#include "analysis/analyzer.h"
#include "extract/entity_extractor.h"
#include "ingest/file_loader.h"

namespace {

// BENCH_ROUNDS=2 runs one warm-up round and one measured round, for callgrind.
int Rounds() {
  const char* env = std::getenv("BENCH_ROUNDS");
  return env && std::atoi(env) > 0 ? std::atoi(env) : 9;
}

double CpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

// Seconds of one round; the last round of a kind is also counted on its own
// under callgrind (collection is off outside these regions).
double Round(const char* kind, bool last, const std::function<void()>& f) {
  if (last) {
    CALLGRIND_ZERO_STATS;
    CALLGRIND_TOGGLE_COLLECT;
  }
  double t0 = CpuSeconds();
  f();
  double s = CpuSeconds() - t0;
  if (last) {
    CALLGRIND_TOGGLE_COLLECT;
    CALLGRIND_DUMP_STATS_AT(kind);
  }
  return s;
}

// The machine is shared: the median says what a round usually costs, the
// minimum what it costs undisturbed.
struct Times {
  std::vector<double> s;
  double Median() const {
    std::vector<double> v = s;
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v[(v.size() - 1) / 2] + v[v.size() / 2]) / 2;
  }
  double Min() const { return s.empty() ? 0 : *std::min_element(s.begin(), s.end()); }
};

// A stale build or a broken lexicon must say so, not crash on a null analyzer.
std::unique_ptr<news::Analyzer> MakeAnalyzer(const std::string& dir) {
  auto a = news::Analyzer::Create({dir});
  if (a.ok()) return std::move(a).value();
  std::fprintf(stderr, "bench_extract: %s: %s\n", dir.c_str(), a.status().message().c_str());
  return nullptr;
}

double Percent(double a, double b) { return 100 * (a - b) / std::max(b, 1e-12); }

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: bench_extract LEXICON_DIR EMPTY_LEXICON_DIR FILE...\n");
    return 2;
  }
  std::vector<news::Document> docs;
  size_t bytes = 0;
  for (int i = 3; i < argc; ++i) {
    auto d = news::LoadFile(argv[i]);
    if (!d.ok()) continue;
    bytes += d->body.size();
    docs.push_back(std::move(d).value());
  }
  auto full = MakeAnalyzer(argv[1]), empty = MakeAnalyzer(argv[2]);
  auto extractor_or = news::EntityExtractor::Create({argv[1]});
  if (!full || !empty || !extractor_or.ok()) return 1;
  std::unique_ptr<news::EntityExtractor> extractor = std::move(extractor_or).value();

  int rounds = Rounds();
  Times with, without, extract, in_pipeline, pipeline_rest;
  std::vector<news::Analysis> analyses;
  for (int r = 0; r < rounds; ++r) {
    bool last = r + 1 == rounds;
    news::Analyzer::StageTimes stages;
    with.s.push_back(Round("full", last, [&] {
      analyses.clear();
      for (const auto& d : docs) analyses.push_back(full->Analyze(d, &stages));
    }));
    in_pipeline.s.push_back(stages.extract);
    pipeline_rest.s.push_back(stages.rest);
    without.s.push_back(Round("empty", last, [&] {
      for (const auto& d : docs) empty->Analyze(d);
    }));
  }
  size_t entities = 0, events = 0;
  for (int r = 0; r < rounds; ++r)
    extract.s.push_back(Round("extract", r + 1 == rounds, [&] {
      entities = events = 0;
      for (auto& a : analyses) {
        extractor->Extract(a);
        entities += a.entities.size();
        events += a.events.size();
      }
    }));
  std::printf("documents             %zu (%.1f kB of body text), %zu entities, %zu events; %d alternating rounds\n",
              docs.size(), bytes / 1e3, entities, events, rounds);
  std::printf("analyze, lexicons     %.2f ms a round (median; min %.2f), %.1f MB/s\n", with.Median() * 1e3,
              with.Min() * 1e3, bytes / 1e6 / with.Median());
  std::printf("analyze, empty        %.2f ms a round (median; min %.2f)   lexicons add %+.1f%% (mins %+.1f%%)\n",
              without.Median() * 1e3, without.Min() * 1e3, Percent(with.Median(), without.Median()),
              Percent(with.Min(), without.Min()));
  std::printf("in the pipeline       Extract() %.2f ms a round, the rest of analysis %.2f ms (medians)   %+.1f%%\n",
              in_pipeline.Median() * 1e3, pipeline_rest.Median() * 1e3,
              100 * in_pipeline.Median() / std::max(pipeline_rest.Median(), 1e-12));
  double rest = with.Median() - extract.Median();
  std::printf("Extract() alone       %.2f ms a round (median; min %.2f)   %+.1f%% of the rest of analysis (%.2f ms)\n",
              extract.Median() * 1e3, extract.Min() * 1e3, 100 * extract.Median() / std::max(rest, 1e-12),
              rest * 1e3);
  return 0;
}
