// Golden digests: corpus/{en,zh-Hans,zh-Hant} ingested by the real binary must give exactly the
// reviewed files in corpus/expected/digest-WEEK.{md,html,json}.golden (the
// .golden suffix keeps `ingest corpus/` from taking them for articles). After an
// intended change anywhere in the pipeline, run tools/regen_golden.sh and
// review the diff.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_support.h"

using namespace news::testing;

namespace {

// Runs the binary from the source tree so article paths stay relative
// ("corpus/en/...") and the goldens do not depend on where the tree lives.
int RunInSource(const std::string& args, const TempDir& tmp) {
  std::string cmd = "cd " + ShellQuote(NEWSMINER_SOURCE_DIR) + " && " + NEWSMINER_BINARY + " " + args + " >" +
                    ShellQuote(tmp / "out.txt") + " 2>" + ShellQuote(tmp / "err.txt");
  int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::vector<std::string> GoldenWeeks() {
  std::vector<std::string> weeks;
  for (const auto& f : std::filesystem::directory_iterator(SourcePath("corpus/expected"))) {
    std::string name = f.path().filename().string();
    if (name.rfind("digest-", 0) == 0 && name.ends_with(".md.golden")) weeks.push_back(name.substr(7, 8));
  }
  std::sort(weeks.begin(), weeks.end());
  return weeks;
}

}  // namespace

TEST_CASE("Golden digests over corpus/ match, in every format", "[report][golden]") {
  std::vector<std::string> weeks = GoldenWeeks();
  REQUIRE(weeks.size() >= 2);
  TempDir tmp;
  std::string db = ShellQuote(tmp / "corpus.db");
  // The article folders only (as tools/regen_golden.sh): corpus/expected/
  // holds the goldens themselves, which must not come back as articles.
  REQUIRE(RunInSource("--db " + db + " ingest corpus/en corpus/zh-Hans corpus/zh-Hant", tmp) == 0);
  for (const auto& week : weeks) {
    for (const char* format : {"md", "html", "json"}) {
      std::string golden = SourcePath("corpus/expected/digest-" + week + "." + format + ".golden");
      INFO(golden << " differs: if the change is intended, run tools/regen_golden.sh and review the diff");
      std::string out = tmp / ("digest." + std::string(format));
      REQUIRE(RunInSource("--db " + db + " digest --week " + week + " --format " + format + " -o " + ShellQuote(out),
                          tmp) == 0);
      CHECK(ReadFile(out) == ReadFile(golden));
      if (std::string(format) == "html") CHECK(ReadFile(out).size() < 300 * 1024);  // the size target
    }
  }
}
