#include <catch2/catch.hpp>

#include <sstream>

#include "common/json.h"
#include "report/csv.h"
#include "report/text_width.h"
#include "report/timeline_format.h"

using namespace news;

namespace {

TimelineRow Departure() {
  TimelineRow r;
  r.kind = "event";
  r.date = "2026-02";
  r.event_type = "departure";
  r.person = "林佳穎";
  r.organization = "OpenAI";
  r.counterpart = "Google DeepMind";
  r.entities = {{"person:lin", "林佳穎", "person"}, {"org:openai", "OpenAI", "organization"}};
  r.research = -0.5;
  r.evidence = "OpenAI 資深研究員林佳穎離職，加入 Google DeepMind。";
  r.article_id = 7;
  r.title = "OpenAI 研究員出走";
  r.source = "corpus/a,b.txt";
  return r;
}

}  // namespace

TEST_CASE("Display width counts CJK as two columns", "[report]") {
  struct Case { const char* text; int width; };
  for (const Case& c : {Case{"OpenAI", 6}, Case{"研究", 4}, Case{"OpenAI 研究", 11}, Case{"ＡＩ", 4},
                        Case{"こんにちは", 10}, Case{"e\u0301", 1}, Case{"", 0}}) {
    INFO(c.text);
    CHECK(DisplayWidth(c.text) == c.width);
  }
  CHECK(FitToWidth("研究人員離職", 7) == "研究人…");
  CHECK(FitToWidth("研究人員離職", 12) == "研究人員離職");
  CHECK(DisplayWidth(PadToWidth("研究", 7)) == 7);
  CHECK(FitToWidth("a\nb", 5) == "a b");
}

TEST_CASE("CSV follows RFC 4180", "[report]") {
  CHECK(CsvField("plain") == "plain");
  CHECK(CsvField("a,b") == "\"a,b\"");
  CHECK(CsvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(CsvField("two\nlines") == "\"two\nlines\"");
  std::ostringstream out;
  WriteCsvRow(out, {"研究", "a,b", ""});
  CHECK(out.str() == "研究,\"a,b\",\r\n");
}

TEST_CASE("Timeline writers stream JSON, CSV and an aligned table", "[report]") {
  std::ostringstream json;
  auto w = MakeTimelineWriter("json", json, {});
  REQUIRE(w.ok());
  (*w)->Begin();
  (*w)->Row(Departure());
  (*w)->End();
  auto v = ParseJson(json.str());
  REQUIRE(v.ok());
  CHECK((*v)["count"].AsNumber() == 1);
  CHECK((*v)["rows"][0]["what"].AsString() == "林佳穎 left OpenAI for Google DeepMind");
  CHECK((*v)["rows"][0]["tone"]["product"].is_null());
  CHECK((*v)["rows"][0]["article"]["id"].AsNumber() == 7);

  std::ostringstream csv;
  w = MakeTimelineWriter("csv", csv, {});
  (*w)->Begin();
  (*w)->Row(Departure());
  (*w)->End();
  CHECK(csv.str().find("\"corpus/a,b.txt\"") != std::string::npos);
  CHECK(csv.str().find("林佳穎; OpenAI") != std::string::npos);
  CHECK(csv.str().rfind("\r\n") == csv.str().size() - 2);

  for (int width : {60, 80, 140}) {
    std::ostringstream table;
    w = MakeTimelineWriter("table", table, {width, false});
    (*w)->Begin();
    (*w)->Row(Departure());
    (*w)->End();
    std::istringstream lines(table.str());
    std::string line;
    int n = 0;
    while (std::getline(lines, line)) {
      INFO(line);
      CHECK(DisplayWidth(line) <= width);
      ++n;
    }
    CHECK(n == 5);  // header, rule, row, evidence, count
  }
  CHECK_FALSE(MakeTimelineWriter("xml", json, {}).ok());
}
