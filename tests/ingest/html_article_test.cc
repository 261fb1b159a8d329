#include "ingest/html_article.h"

#include <catch2/catch.hpp>

#include "ingest/html_metadata.h"

namespace news {
namespace {

const char* kParagraphs =
    "<p>OpenAI's head of research left the company on Friday, the third senior departure this "
    "quarter, according to two people familiar with the matter.</p>\n"
    "<p>The lab has shifted budget from long-term research toward shipping products, and several "
    "researchers have since joined Anthropic and Google DeepMind.</p>\n"
    "<p>A spokesperson said the company remained committed to fundamental research, but declined "
    "to comment on individual departures.</p>\n";

std::string Page(const std::string& head, const std::string& article_head = "") {
  return "<!doctype html><html><head><title>OpenAI loses research chief | Tech Daily</title>" + head +
         "</head><body>"
         "<header class='site-header'><nav><a href='/'>Home</a> <a href='/ai'>AI</a> <a href='/chips'>Chips</a></nav></header>"
         "<div class='share-bar'><a href='#'>Share on X</a> <a href='#'>Share on Facebook</a></div>"
         "<main><article><h1>OpenAI loses research chief</h1>" + article_head +
         "<div class='article-body'>" + kParagraphs + "</div>"
         "<div class='related-stories'><h3>Related</h3><ul><li><a href='/a'>Nvidia posts record quarter, shares rise</a></li>"
         "<li><a href='/b'>Meta trims FAIR budget as superintelligence lab grows</a></li></ul></div>"
         "</article></main>"
         "<section id='comments'><p>Great article, thanks for writing this, very informative!</p></section>"
         "<footer><p>Copyright 2026 Tech Daily. All rights reserved. Contact us, privacy policy.</p></footer>"
         "</body></html>";
}

TEST_CASE("HTML article: main text without navigation, share bar, related links, comments, footer", "[ingest]") {
  HtmlOptions opt;
  opt.fetch_day = Day{2026, 3, 1};
  StatusOr<Document> d = ParseHtmlArticle("a.html", Page(""), opt);
  REQUIRE(d.ok());
  CHECK(d->title == "OpenAI loses research chief");
  CHECK(d->body.starts_with("OpenAI's head of research left the company on Friday"));
  CHECK(d->body.find("\nThe lab has shifted budget") != std::string::npos);  // paragraphs as lines
  CHECK(d->body.find("Share on") == std::string::npos);
  CHECK(d->body.find("Nvidia posts record") == std::string::npos);
  CHECK(d->body.find("Great article") == std::string::npos);
  CHECK(d->body.find("Copyright") == std::string::npos);
  CHECK(d->body.find("Home") == std::string::npos);
  CHECK(d->published.empty());  // "Copyright 2026" is no date
}

TEST_CASE("HTML article: publication date rules in order", "[ingest]") {
  struct Row { std::string head, article_head, url, day, rule; };
  const Row rows[] = {
      {"<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
       "\"headline\":\"x\",\"datePublished\":\"2026-02-14T09:30:00+08:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}]}</script>"
       "<meta property='article:published_time' content='2026-02-10'>", "", "", "2026-02-14", "json-ld"},
      {"<meta property='article:published_time' content='2026-02-10T08:00:00Z'>", "", "", "2026-02-10", "meta"},
      {"", "<time datetime='2026-02-09'>Feb 9</time>", "", "2026-02-09", "time"},
      {"", "", "https://news.example.com/2026/02/08/openai-research", "2026-02-08", "url"},
      {"", "<p class='info'>發布時間：2026年2月7日 10:30</p>", "", "2026-02-07", "text-near-title"},
      {"", "<p class='info'>记者 2026 年 2 月 6 日 北京报道</p>", "", "2026-02-06", "text-near-title"},
      {"<meta property='article:published_time' content='2027-01-01'>", "<span>February 5, 2026</span>", "",
       "2026-02-05", "text-near-title"},  // a date after the fetch is never taken
      // The fetch day is 2026-03-01 in UTC; east of UTC it may already be the 2nd.
      {"<meta property='article:published_time' content='2026-03-02T00:30:00+09:00'>", "", "", "2026-03-02", "meta"},
      {"<meta property='article:published_time' content='2026-03-03T08:00:00+08:00'>", "", "https://x.com/2026/03/02/a",
       "2026-03-02", "url"},
      {"", "<p class='info'>2026年3月2日 上午8:00</p>", "", "2026-03-02", "text-near-title"},
      {"", "<p class='info'>2026年3月3日</p><p class='byline'>2026年2月27日</p>", "", "2026-02-27", "text-near-title"},
  };
  for (const Row& r : rows) {
    HtmlOptions opt;
    opt.url = r.url;
    opt.fetch_day = Day{2026, 3, 1};
    StatusOr<Document> d = ParseHtmlArticle("a.html", Page(r.head, r.article_head), opt);
    REQUIRE(d.ok());
    INFO(r.rule);
    CHECK(d->published == r.day);
    CHECK(d->date_rule == r.rule);
  }
}

TEST_CASE("HTML article: author only from structured sources, canonical URL", "[ingest]") {
  HtmlOptions opt;
  opt.url = "https://www.example.com/news/a?utm_source=rss";
  StatusOr<Document> d = ParseHtmlArticle(
      "a", Page("<link rel='canonical' href='/news/openai-research-chief'><meta name='author' content='By Jane Doe'>"), opt);
  REQUIRE(d.ok());
  CHECK(d->author == "Jane Doe");
  CHECK(d->canonical_url == "https://example.com/news/openai-research-chief");
  StatusOr<Document> e = ParseHtmlArticle("b", Page("", "<p class='byline'>By John Smith</p>"), opt);
  REQUIRE(e.ok());
  CHECK(e->author.empty());
  CHECK(e->canonical_url == "https://example.com/news/a");
}

TEST_CASE("HTML article: Chinese pages keep short paragraphs (thresholds count characters)", "[ingest]") {
  std::string html =
      "<html><head><title>百度调整大模型组织架构_科技频道</title></head><body>"
      "<div id='nav'><a href='/'>首页</a><a href='/tech'>科技</a><a href='/fin'>财经</a></div>"
      "<div id='artibody'><p>百度今日宣布调整大模型组织架构，文心团队并入新成立的AI应用事业群。</p>"
      "<p>知情人士表示，此举意在加快产品化进度，研究人员的自主空间将有所收缩。</p>"
      "<p>分析师认为，这反映出国内大模型公司正从研究导向转向产品导向。</p></div>"
      "<div class='footer'>版权所有 © 2026 科技频道 京ICP备12345678号</div></body></html>";
  StatusOr<Document> d = ParseHtmlArticle("zh.html", html, {});
  REQUIRE(d.ok());
  CHECK(d->title == "百度调整大模型组织架构");
  CHECK(d->body ==
        "百度今日宣布调整大模型组织架构，文心团队并入新成立的AI应用事业群。\n"
        "知情人士表示，此举意在加快产品化进度，研究人员的自主空间将有所收缩。\n"
        "分析师认为，这反映出国内大模型公司正从研究导向转向产品导向。");
}

TEST_CASE("HTML article: degenerate pages fail cleanly or parse without recursion", "[ingest]") {
  CHECK(ParseHtmlArticle("empty.html", "<html><body><script>var x=1;</script></body></html>", {}).status().code() ==
        StatusCode::kParseError);
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "<div>";
  deep += "<p>Deeply nested text about Anthropic hiring a former OpenAI researcher, in one paragraph.</p>";
  StatusOr<Document> d = ParseHtmlArticle("deep.html", deep, {});
  REQUIRE(d.ok());
  CHECK(d->body.find("Anthropic hiring") != std::string::npos);
}

TEST_CASE("Site suffixes come off titles", "[ingest]") {
  CHECK(StripSiteSuffix("OpenAI loses research chief | Tech Daily", "") == "OpenAI loses research chief");
  CHECK(StripSiteSuffix("Tech Daily - A much longer headline about the research exodus at OpenAI", "Tech Daily") ==
        "A much longer headline about the research exodus at OpenAI");
  CHECK(StripSiteSuffix("百度调整大模型组织架构_科技频道_新浪网", "") == "百度调整大模型组织架构");
}

}  // namespace
}  // namespace news
