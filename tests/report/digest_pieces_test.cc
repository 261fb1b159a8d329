#include <catch2/catch.hpp>

#include "report/digest_format.h"
#include "report/digest_markdown.h"
#include "report/html_escape.h"
#include "report/sparkline.h"
#include "report/svg_chart.h"
#include "report/talent_flow_svg.h"

using namespace news;

TEST_CASE("HTML escaping neutralises markup in article text", "[report]") {
  CHECK(EscapeHtml("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(EscapeHtml("</svg><img src=x onerror=alert(1)>") == "&lt;/svg&gt;&lt;img src=x onerror=alert(1)&gt;");
  CHECK(EscapeHtml("\"a\" & 'b'") == "&quot;a&quot; &amp; &#39;b&#39;");
  CHECK(EscapeHtml("研究\x01文化") == "研究\xEF\xBF\xBD文化");
  CHECK(EscapeHtml("bad\xFF") == "bad\xEF\xBF\xBD");
  CHECK(EscapeHtml("離職潮 OpenAI") == "離職潮 OpenAI");
}

TEST_CASE("Only plain http(s) URLs become links", "[report]") {
  CHECK(SafeHttpUrl("https://example.com/a?b=1&c=2"));
  CHECK(SafeHttpUrl("http://news.example.tw/科技/123"));
  for (const char* bad : {"javascript:alert(1)", "data:text/html,x", "/etc/passwd", "corpus/en/a.txt",
                          "https://a.com/\"onmouseover=x", "https://a.com/<x>", "https:///x", "https://a b",
                          "HTTPS://A.COM"}) {
    INFO(bad);
    CHECK_FALSE(SafeHttpUrl(bad));
  }
}

TEST_CASE("Markdown escaping keeps titles from becoming markup", "[report]") {
  CHECK(EscapeMarkdown("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>");
  CHECK(EscapeMarkdown("[click](javascript:x)") == "\\[click\\](javascript:x)");
  CHECK(EscapeMarkdown("a|b\nc") == "a\\|b c");
  CHECK(EscapeMarkdown("OpenAI 研究副總裁離職") == "OpenAI 研究副總裁離職");
}

TEST_CASE("Sparklines scale to the series and mark missing weeks", "[report]") {
  CHECK(Sparkline({-1.0, 0.0, 1.0}) == "▁▅█");
  CHECK(Sparkline({0.1, std::nullopt, 0.1}) == "▅·▅");  // flat: the middle of a widened range
  CHECK(Sparkline({std::nullopt, std::nullopt}) == "··");
  CHECK(Sparkline({}).empty());
  CHECK(Sparkline({0.0, 0.2}, 0.2) == "▁█");
}

TEST_CASE("Numbers and wording are shared by every format", "[report]") {
  CHECK(FormatTone(0.4249) == "+0.42");
  CHECK(FormatTone(-0.104) == "−0.10");
  CHECK(FormatTone(0.001) == "0.00");
  CHECK(FormatTone(std::nullopt) == "n/a");
  CHECK(FormatChange(0.42, 0.30) == "+0.12");
  CHECK(FormatChange(0.42, std::nullopt) == "new");
  CHECK(FormatPercentChange(42, 30.5) == "+38 %");
  CHECK(FormatPercentChange(3, 0) == "new");
  CHECK(FormatWeekDates("2026-02-09", "2026-02-15") == "9–15 February 2026");
  CHECK(FormatWeekDates("2026-01-26", "2026-02-01") == "26 January – 1 February 2026");
  CHECK(FormatWeekDates("2025-12-29", "2026-01-04") == "29 December 2025 – 4 January 2026");
  DigestEvent e;
  e.type = "departure";
  e.person = "Jane Doe";
  e.organization = "OpenAI";
  CHECK(DescribeEvent(e) == "Jane Doe left OpenAI");
  e.counterpart = "Anthropic";
  CHECK(DescribeEvent(e) == "Jane Doe left OpenAI for Anthropic");
  e.type = "hire";
  CHECK(DescribeEvent(e) == "OpenAI hired Jane Doe from Anthropic");
}

// QA (session 7): "a mean of 0.8 articles ... +33 %" (the mean was 0.75,
// and 1 against 0.8 is +25 %): the mean of four weeks is shown exactly.
TEST_CASE("QA: the four-week mean is shown exactly, so the percentage beside it adds up", "[report]") {
  struct Row { double mean; const char* shown; double now; const char* change; };
  const Row rows[] = {{0.75, "0.75", 1, "+33 %"}, {3.75, "3.75", 4, "+7 %"}, {3.5, "3.5", 4, "+14 %"},
                      {2, "2", 4, "+100 %"},      {30.5, "30.5", 42, "+38 %"}, {1.25, "1.25", 0, "−100 %"},
                      {0.25, "0.25", 0, "−100 %"}, {0, "0", 3, "new"}};
  for (const Row& r : rows) {
    INFO(r.mean);
    CHECK(FormatMean(r.mean) == r.shown);
    CHECK(FormatPercentChange(r.now, r.mean) == r.change);
  }
}

TEST_CASE("Line charts draw one path per run of values and escape labels", "[report]") {
  std::string svg = SvgLineChart({"2026-W01", "2026-W02", "2026-W03", "2026-W04"},
                                 {{"research", "#1f5fa8", false, {0.5, 0.25, std::nullopt, -0.5}}},
                                 {360, 140, -1, 1, "<b>OpenAI</b>"});
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  CHECK(svg.find("<b>") == std::string::npos);
  CHECK(svg.find("&lt;b&gt;OpenAI") != std::string::npos);
  CHECK(svg.find("<path d=\"M34.0 35.0 L140.0 47.5 M352.0 85.0\"") != std::string::npos);
  size_t circles = 0;
  for (size_t p = svg.find("<circle"); p != std::string::npos; p = svg.find("<circle", p + 1)) ++circles;
  CHECK(circles == 3);
  CHECK(SvgNumber(-0.04) == "0.0");
}

TEST_CASE("The talent-flow diagram sizes bands by people and escapes names", "[report]") {
  std::vector<TalentMove> moves = {{"OpenAI", "Anthropic", 2, {"Jane Doe", "李明"}},
                                   {"<script>", "?", 1, {"</svg><img src=x onerror=alert(1)>"}}};
  std::string svg = SvgTalentFlow(moves, "flow");
  CHECK(svg.find("stroke-width=\"27.0\"") != std::string::npos);  // 2 people × 14 − 1
  CHECK(svg.find("stroke-width=\"13.0\"") != std::string::npos);
  CHECK(svg.find("OpenAI (2)") != std::string::npos);
  CHECK(svg.find("<script>") == std::string::npos);
  CHECK(svg.find("<img") == std::string::npos);
  CHECK(svg.find("&lt;/svg&gt;&lt;img") != std::string::npos);
  CHECK(SvgTalentFlow({}, "flow").empty());
}
