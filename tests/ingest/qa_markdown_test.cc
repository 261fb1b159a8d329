// QA (session 7): Markdown files, which ingest takes, kept their markup as
// metadata: YAML front matter (Hugo, Jekyll) gave the title "---", no date or
// author, and left the front matter in the body; a "# Heading" first line
// gave the title "# Heading". Text between two "---" rules stays body.
#include <catch2/catch.hpp>

#include "ingest/text_article.h"

namespace news {
namespace {

TEST_CASE("QA: Markdown front matter and headings give the title, date and author", "[ingest]") {
  struct Row {
    const char* what;
    std::string text;
    std::string title, published, author;
    std::string body_starts;
  };
  const Row rows[] = {
      {"front matter, quoted (zh-Hant)",
       "---\ntitle: \"OpenAI 研究主管離職\"\ndate: 2026-02-12T09:30:00+08:00\nauthor: '記者 王小明'\ntags:\n  - AI\n---\n\n"
       "OpenAI 研究副總裁週二離職，加入 Anthropic。\n",
       "OpenAI 研究主管離職", "2026-02-12", "記者 王小明", "\nOpenAI 研究副總裁週二離職"},
      {"front matter, plain, '...' closing (zh-Hans)",
       "---\ntitle: 谷歌发布新模型\npublished: 2026-02-13\n...\n谷歌今天发布了新一代模型。\n", "谷歌发布新模型", "2026-02-13", "",
       "谷歌今天发布了新一代模型。"},
      {"front matter without a title: the heading (en)",
       "---\ndate: 2026-02-14\nlayout: post\n---\n# Meta reorganizes FAIR #\n\nMeta folded FAIR into a product unit.\n",
       "Meta reorganizes FAIR", "2026-02-14", "", "# Meta reorganizes FAIR #"},
      {"heading only (en)", "## Google DeepMind hires an OpenAI researcher\n\nGoogle DeepMind hired her on Tuesday.\n",
       "Google DeepMind hires an OpenAI researcher", "", "", "## Google DeepMind"},
      {"heading only (zh-Hant)", "# 輝達宣布新晶片\n\n輝達今天宣布新一代晶片。\n", "輝達宣布新晶片", "", "", "# 輝達宣布新晶片"},
      {"a hashtag is no heading (en)", "#OpenAI research news\n\nOpenAI hired a researcher.\n", "#OpenAI research news", "", "",
       "#OpenAI"},
      {"rules around text are body (zh-Hans)", "---\n谷歌发布新模型\n---\n研究团队表示满意。\n", "---", "", "", "---\n谷歌发布新模型"},
      {"front matter never closed is body (en)", "---\ntitle: Draft\nOpenAI hired a researcher.\n", "---", "", "",
       "---\ntitle: Draft"},
      {"plain headers still work (zh-Hant)", "Title: 台積電擴產\nDate: 2026-01-09\n\n台積電宣布擴產。\n", "台積電擴產", "2026-01-09",
       "", "台積電宣布擴產。"},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    Document d = ParseTextArticle("a.md", r.text);
    CHECK(d.title == r.title);
    CHECK(d.published == r.published);
    CHECK(d.author == r.author);
    CHECK(d.body.starts_with(r.body_starts));
  }
}

}  // namespace
}  // namespace news
