// QA (session 6): gumbo's parse time grows with the square of the nesting
// depth: a 1.1 MB page of 100,000 nested <div>s took 16 s to extract (a 10 MB
// one, under the size cap, would take hours). Markup deeper than
// FlatDom::kMaxNesting is flattened before the parse; its text stays.
#include <catch2/catch.hpp>

#include "ingest/html_article.h"
#include "ingest/html_dom.h"
#include "test_support.h"

namespace news {
namespace {

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST_CASE("QA: CapNesting removes only the tags deeper than the cap", "[ingest]") {
  struct Row { std::string html; int cap; std::string want; };
  const Row rows[] = {
      {"<div><p>研究主管離職</p></div>", 1, "<div><p>研究主管離職</p></div>"},
      {"<div><div><div>研究团队</div></div></div>", 2, "<div><div>研究团队</div></div>"},
      {"<div title='a>b'><span>OpenAI</span></div>", 1, "<div title='a>b'>OpenAI</div>"},
      {"<ul><li>一<li>二<li>三</ul>", 1, "<ul><li>一<li>二<li>三</ul>"},  // <li> closes itself
      {"<table><tr><td>a<td>b<tr><td>c</table>", 1, "<table><tr><td>a<td>b<tr><td>c</table>"},
      {"<!-- <div><div> --><div>x</div>", 1, "<!-- <div><div> --><div>x</div>"},
      {"<br/><img src=x><DIV>x</DIV>", 1, "<br/><img src=x><DIV>x</DIV>"},
      {"<b><b><b><b>粗體", 2, "<b><b>粗體"},
      {"<!doctype html><div><section>Sora</section></div>", 1, "<!doctype html><div>Sora</div>"},
  };
  for (const Row& r : rows) {
    INFO(r.html);
    CHECK(CapNesting(r.html, r.cap) == r.want);
  }
}

TEST_CASE("QA: a page nested 100,000 levels deep keeps its paragraphs", "[ingest][e2e]") {
  const std::string paragraphs =
      "<p>OpenAI 的研究主管本週離職，將加入 Anthropic，公司正在把重心從研究轉向產品。</p>"
      "<p>百度今日宣布调整大模型组织架构，文心团队并入新成立的AI应用事业群。</p>"
      "<p>Anthropic hired a former OpenAI research director to lead its new interpretability group, the company said.</p>";
  const std::string page = "<html><head><title>Deep page</title></head><body>" + Repeat("<div>", 100000) +
                           paragraphs + Repeat("</div>", 100000) + "</body></html>";
  StatusOr<Document> d = ParseHtmlArticle("deep.html", page, {});
  REQUIRE(d.ok());
  CHECK(d->body ==
        "OpenAI 的研究主管本週離職，將加入 Anthropic，公司正在把重心從研究轉向產品。\n"
        "百度今日宣布调整大模型组织架构，文心团队并入新成立的AI应用事业群。\n"
        "Anthropic hired a former OpenAI research director to lead its new interpretability group, the company said.");

  testing::TempDir dir;
  testing::WriteFile(dir / "deep.html", page);
  testing::RunResult r = testing::RunNewsminer("extract " + testing::ShellQuote(dir / "deep.html"));
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("百度今日宣布调整大模型组织架构") != std::string::npos);
}

}  // namespace
}  // namespace news
