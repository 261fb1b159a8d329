#include <catch2/catch.hpp>
#include <map>

#include "common/json.h"
#include "test_support.h"

using namespace news::testing;

// Article ids follow the order of the sources, not the order in which the
// worker threads happen to finish, so the same input gives the same database
// (and the digest, which orders by id on ties, the same bytes).
TEST_CASE("Parallel ingest stores articles in source order", "[cli][e2e][ingest]") {
  TempDir dir;
  for (int i = 0; i < 24; ++i) {
    std::string body;  // distinct words (no near-duplicates), uneven sizes so workers finish out of order
    for (int k = 0; k < 40 + (i % 5) * 600; ++k) body += "w" + std::to_string(i * 7919 + k * 31) + (k % 12 ? " " : ". ");
    WriteFile(dir / ("in/a" + std::to_string(100 + i) + ".txt"),
              "Title: Article " + std::to_string(i) + "\nDate: 2026-02-1" + std::to_string(i % 9) +
                  "\n\nOpenAI story number " + std::to_string(i) + ". " + body + "\n");
  }
  RunResult r = RunNewsminer("--db " + ShellQuote(dir / "a.db") + " ingest --jobs 4 " + ShellQuote(dir / "in"));
  REQUIRE(r.exit_code == 0);
  RunResult t = RunNewsminer("--db " + ShellQuote(dir / "a.db") + " timeline --format json --limit 100");
  REQUIRE(t.exit_code == 0);
  auto v = news::ParseJson(t.out);
  REQUIRE(v.ok());
  std::map<double, std::string> source_by_id;
  for (const auto& row : (*v)["rows"].items())
    source_by_id[row["article"]["id"].AsNumber()] = row["article"]["source"].AsString();
  CHECK(source_by_id.size() >= 20);  // a few synthetic bodies may count as near-duplicates
  std::string previous;
  for (const auto& [id, source] : source_by_id) {
    INFO(id << " " << source);
    CHECK(previous < source);
    previous = source;
  }
}
