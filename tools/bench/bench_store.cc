// bench_store: times the typical queries against a database that
// `newsminer ingest` filled (tools/bench-store drives it): an entity's
// timeline over all time (50 rows), a month of one aspect (50 rows), a
// Chinese full-text search (20 ranked hits with snippets) and the top 20
// entities of a week. Prints p50/p95/max per query, then the database size.
//
//   bench_store DB [--iterations N]
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "common/dates.h"
#include "store/article_queries.h"
#include "store/entity_queries.h"
#include "store/search.h"
#include "store/store.h"
#include "store/timeline_query.h"

using namespace news;

namespace {

// Wall-clock and CPU-time percentiles: on a shared machine the wall time
// includes waiting for a core, the CPU time is what the query costs.
struct Figures {
  double p50, p95, max, cpu_p50, cpu_p95;
};

double CpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

Figures Time(int iterations, const std::function<void(int)>& run) {
  for (int i = 0; i < 3; ++i) run(i);  // warm the page cache
  std::vector<double> ms, cpu;
  for (int i = 0; i < iterations; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = CpuMs();
    run(i);
    cpu.push_back(CpuMs() - c0);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  std::sort(cpu.begin(), cpu.end());
  auto at = [](const std::vector<double>& v, double q) { return v[std::min(v.size() - 1, static_cast<size_t>(q * v.size()))]; };
  return {at(ms, 0.5), at(ms, 0.95), ms.back(), at(cpu, 0.5), at(cpu, 0.95)};
}

void Print(const char* name, const Figures& f, long rows) {
  std::printf("%-44s wall p50 %6.2f p95 %6.2f max %6.2f ms | cpu p50 %6.2f p95 %6.2f ms (%ld rows)\n", name, f.p50,
              f.p95, f.max, f.cpu_p50, f.cpu_p95, rows);
}

void Check(const Status& s) {
  if (!s.ok()) {
    std::fprintf(stderr, "bench_store: %s\n", s.message().c_str());
    std::exit(1);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_store DB [--iterations N]\n");
    return 2;
  }
  int iterations = argc > 3 ? std::atoi(argv[3]) : 100;
  auto opened = Store::Open(argv[1], {.create = false});
  Check(opened.status());
  Store& store = **opened;
  auto stats = GetStats(store, StatsDetail::kFull);
  Check(stats.status());

  // The 20 most mentioned entities and the weeks with data drive the queries.
  std::vector<std::string> entities, weeks;
  EntityListFilter most;
  most.limit = 20;
  Check(ListEntities(store, most, [&](const EntitySummary& e) {
    entities.push_back(e.entity.id);
    return true;
  }));
  auto first = ParseIsoDay(stats->first_published), last = ParseIsoDay(stats->last_published);
  if (!first || !last) {
    std::fprintf(stderr, "bench_store: no dated articles\n");
    return 1;
  }
  for (Day d = *first; DaysFromCivil(d) <= DaysFromCivil(*last); d = AddDays(d, 7)) weeks.push_back(IsoWeekOf(d));
  std::mt19937 rng(7);
  long rows = 0;
  auto count = [&rows](const auto&) { ++rows; return true; };

  std::printf("articles %lld, entities %lld, mentions %lld, events %lld, sentences %lld\n",
              static_cast<long long>(stats->articles), static_cast<long long>(stats->entities),
              static_cast<long long>(stats->mentions), static_cast<long long>(stats->events),
              static_cast<long long>(stats->sentences));
  if (!entities.empty()) {
    rows = 0;
    Figures f = Time(iterations, [&](int i) {
      TimelineFilter tf;
      tf.entity_ids = {entities[static_cast<size_t>(i) % entities.size()]};
      tf.limit = 50;
      Check(QueryTimeline(store, tf, count));
    });
    Print("entity timeline, all time, 50 rows", f, rows / (iterations + 3));
  } else {
    std::printf("entity timeline: no entities stored (are the entity lexicons in place?)\n");
  }
  rows = 0;
  Figures month = Time(iterations, [&](int) {
    Day d = AddDays(*first, static_cast<long>(rng() % std::max<long>(1, DaysFromCivil(*last) - DaysFromCivil(*first))));
    auto range = ParseDateFilter(FormatDay(d).substr(0, 7));
    TimelineFilter tf;
    tf.aspect = "research";
    tf.from = FormatDay(range->first);
    tf.to = FormatDay(range->last);
    tf.limit = 50;
    Check(QueryTimeline(store, tf, count));
  });
  Print("one month, research aspect, 50 rows", month, rows / (iterations + 3));

  const char* queries[] = {"研究", "离职", "產品", "融資", "算力", "研究人员", "营收", "薪酬", "开源", "投資人"};
  rows = 0;
  Figures fts = Time(iterations, [&](int i) {
    SearchOptions o;
    o.limit = 20;
    auto hits = Search(store, queries[i % 10], o);
    Check(hits.status());
    rows += static_cast<long>(hits->size());
  });
  Print("Chinese full-text search, 20 hits + snippets", fts, rows / (iterations + 3));

  rows = 0;
  Figures top = Time(iterations, [&](int) {
    EntityListFilter ef;
    ef.week = weeks[rng() % weeks.size()];
    ef.limit = 20;
    Check(ListEntities(store, ef, count));
  });
  Print("entities --top 20 --week", top, rows / (iterations + 3));

  std::printf("stored body text %.1f MB, database pages in use %.1f MB (%.2fx the stored text)\n",
              stats->body_bytes / 1e6, stats->file_bytes / 1e6,
              static_cast<double>(stats->file_bytes) / std::max<int64_t>(1, stats->body_bytes));
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("bench_store peak RSS %.1f MiB\n", ru.ru_maxrss / 1024.0);
  return 0;
}
