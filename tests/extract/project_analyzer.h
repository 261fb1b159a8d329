// The analyzer with the project's lexicons (lexicons/ in the source tree),
// built once per test run: loading the lexicons and compiling the
// automaton is the slow part, and the tests only read from it.
#pragma once

#include <catch2/catch.hpp>

#include <memory>

#include "analysis/analyzer.h"
#include "test_support.h"

namespace news::testing {

inline const Analyzer& ProjectAnalyzer() {
  static std::unique_ptr<Analyzer> a = [] {
    auto r = Analyzer::Create({SourcePath("lexicons")});
    REQUIRE(r.ok());
    return std::move(r).value();
  }();
  return *a;
}

}  // namespace news::testing
