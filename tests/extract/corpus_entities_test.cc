// End-to-end: the real binary over the development corpus, scored against
// the reviewed expectations in corpus/expected/entities.tsv and events.tsv.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "common/json.h"
#include "test_support.h"

using namespace news::testing;

namespace {

std::vector<std::vector<std::string>> ReadRows(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) { header = false; continue; }
    std::vector<std::string> cells;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) cells.push_back(cell);
    if (!line.empty() && line.back() == '\t') cells.push_back("");
    rows.push_back(cells);
  }
  return rows;
}

}  // namespace

TEST_CASE("Entities and events over the development corpus match the reviewed expectations", "[extract][e2e]") {
  std::map<std::string, std::set<std::pair<std::string, std::string>>> expected;
  for (const auto& r : ReadRows(SourcePath("corpus/expected/entities.tsv")))
    if (r.size() >= 4) expected[r[0]].insert({r[1], r[2]});
  REQUIRE(expected.size() >= 20);
  size_t right = 0, found = 0, wanted = 0;
  for (const auto& [file, want] : expected) {
    RunResult r = RunNewsminer("analyze " + ShellQuote(SourcePath("corpus/" + file)) + " --format json");
    if (r.exit_code != 0) continue;  // a page format this build cannot read yet
    auto v = news::ParseJson(r.out);
    REQUIRE(v.ok());
    std::set<std::pair<std::string, std::string>> got;
    for (const auto& e : (*v)["entities"].items()) got.insert({e["canonical"].AsString(), e["type"].AsString()});
    for (const auto& g : got) right += want.count(g);
    found += got.size();
    wanted += want.size();
  }
  REQUIRE(wanted > 0);
  double precision = double(right) / found, recall = double(right) / wanted;
  INFO("precision " << precision << " recall " << recall);
  CHECK(precision >= 0.95);
  CHECK(recall >= 0.95);
}
