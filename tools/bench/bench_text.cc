// In-process throughput of the text layer, for tools/bench-text (not a test).
//
//   bench_text [--min-mb N] FILE...
//
// Reads the files, repeats their text until it is at least N MB (default 4),
// then times NormalizeText, SplitSentences and Tokenizer::Tokenize line by
// line (as `newsminer tokenize` and the analyzer use them), best of three
// runs, and prints MB/s (input bytes per wall-clock and per CPU second) and
// peak memory.
#include <sys/resource.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "text/normalizer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream ss(text);
  std::string line;
  while (std::getline(ss, line)) lines.push_back(line);
  return lines;
}

double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

struct Timing {
  double wall = 1e9, cpu = 1e9;  // best of three runs, seconds
};

// Best wall-clock and CPU seconds of three runs of `work`: on a shared
// machine the CPU figure is the steadier one.
Timing Best(const std::function<size_t()>& work, size_t* sink) {
  Timing best;
  for (int run = 0; run < 3; ++run) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = CpuSeconds();
    *sink += work();
    best.cpu = std::min(best.cpu, CpuSeconds() - c0);
    best.wall = std::min(best.wall, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return best;
}

void Print(const char* what, double mb, Timing t) {
  std::printf("%-18s %6.1f MB/s wall, %6.1f MB/s CPU\n", what, mb / t.wall, mb / t.cpu);
}

}  // namespace

int main(int argc, char** argv) {
  double min_mb = 4;
  std::string text;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--min-mb" && i + 1 < argc) { min_mb = std::atof(argv[++i]); continue; }
    std::ifstream in(arg, std::ios::binary);
    if (!in) { std::cerr << "bench_text: " << arg << ": cannot read\n"; return 2; }
    std::stringstream ss;
    ss << in.rdbuf();
    text += ss.str() + "\n";
  }
  if (text.empty()) { std::cerr << "usage: bench_text [--min-mb N] FILE...\n"; return 2; }
  std::string base = text;
  while (text.size() < min_mb * 1e6) text += base;
  std::vector<std::string> lines = Lines(text);
  std::vector<std::string> normalized;
  for (const std::string& l : lines) normalized.push_back(news::NormalizeText(l));

  auto start = std::chrono::steady_clock::now();
  auto tokenizer = news::Tokenizer::Create({NEWSMINER_LEXICON_DIR, "", ""});
  double create_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!tokenizer.ok()) { std::cerr << "bench_text: " << tokenizer.status().message() << "\n"; return 1; }

  size_t sink = 0;
  double mb = text.size() / 1e6;
  Timing norm = Best([&] { size_t n = 0; for (const auto& l : lines) n += news::NormalizeText(l).size(); return n; }, &sink);
  Timing split = Best([&] { size_t n = 0; for (const auto& l : normalized) n += news::SplitSentences(l).size(); return n; }, &sink);
  Timing split_doc = Best([&] { return news::SplitSentences(text).size(); }, &sink);
  Timing tok = Best([&] { size_t n = 0; for (const auto& l : lines) n += (*tokenizer)->Tokenize(l).size(); return n; }, &sink);
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("input              %.2f MB, %zu lines\n", mb, lines.size());
  std::printf("tokenizer create   %.2f ms\n", create_ms);
  Print("tokenize", mb, tok);
  Print("split (by line)", mb, split);
  Print("split (document)", mb, split_doc);
  Print("normalize", mb, norm);
  std::printf("peak memory        %.1f MiB (bench process, input held 3 times)\n", ru.ru_maxrss / 1024.0);
  return sink == 0;
}
