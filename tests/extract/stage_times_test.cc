// Analyzer::Analyze can report its thread CPU time split at extraction
// (tools/bench-extract reads it); asking for it changes nothing in the result.
#include <catch2/catch.hpp>

#include <sstream>

#include "analysis/analysis_json.h"
#include "project_analyzer.h"

namespace news {
namespace {

using testing::ProjectAnalyzer;

std::string Json(const Analysis& a) {
  std::ostringstream out;
  JsonWriter w(out, false);
  WriteAnalysisJson(w, a);
  return out.str();
}

TEST_CASE("Analyze reports extraction and the rest apart, and the same analysis either way", "[extract]") {
  const char* bodies[] = {"OpenAI's head of research Jane Doe left for Anthropic last week.",
                          "谷歌研究副總裁王小明上月離職，加入百度。", "腾讯首席科学家李四昨天宣布离职。"};
  for (const char* body : bodies) {
    INFO(body);
    Document doc;
    doc.source = "t.txt";
    doc.body = body;
    doc.published = "2026-11-20";
    Analyzer::StageTimes times;
    Analysis timed = ProjectAnalyzer().Analyze(doc, &times);
    Analysis plain = ProjectAnalyzer().Analyze(doc);
    CHECK(times.extract > 0);
    CHECK(times.rest > 0);
    CHECK(Json(timed) == Json(plain));
    Analyzer::StageTimes more = times;
    ProjectAnalyzer().Analyze(doc, &more);  // added to, not reset
    CHECK(more.extract > times.extract);
  }
}

}  // namespace
}  // namespace news
