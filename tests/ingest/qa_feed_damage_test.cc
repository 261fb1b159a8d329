// QA (session 6): a feed cut short inside an item (a truncated download, a
// generator that died mid-write) was silently read as the items before it.
// Now the complete items are kept, the broken one is never half read, and
// Feed::problem says what was lost in one line.
#include <catch2/catch.hpp>

#include "ingest/feed.h"

namespace news {
namespace {

std::vector<std::string> Titles(const Feed& f) {
  std::vector<std::string> out;
  for (const FeedItem& i : f.items) out.push_back(i.title);
  return out;
}

const std::string kRssHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>科技新聞</title>";

TEST_CASE("QA: a feed cut short keeps its complete items and says what it dropped", "[ingest][feed]") {
  struct Row {
    const char* what;
    std::string xml;
    std::vector<std::string> titles;
    std::string problem;
  };
  const Row rows[] = {
      {"whole RSS (zh-Hant)",
       kRssHead + "<item><title>OpenAI 研究主管離職</title><link>https://n.example/a</link></item>"
                  "<item><title>谷歌發表新模型</title><link>https://n.example/b</link></item></channel></rss>",
       {"OpenAI 研究主管離職", "谷歌發表新模型"}, ""},
      {"RSS cut inside item 3, after its link (zh-Hant)",
       kRssHead + "<item><title>OpenAI 研究主管離職</title><link>https://n.example/a</link></item>"
                  "<item><title>谷歌發表新模型</title><link>https://n.example/b</link></item>"
                  "<item><title>Meta 重組研究團隊</title><link>https://n.example/c</link><description>Meta 本週",
       {"OpenAI 研究主管離職", "谷歌發表新模型"},
       "the feed is cut off inside item 3 (no closing </item>, dropped): kept the 2 complete items"},
      {"Atom entry 2 never closed, entry 3 whole (zh-Hans)",
       "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>科技</title>"
       "<entry><title>智谱发布新模型</title><link href=\"https://n.example/1\"/><id>urn:1</id></entry>"
       "<entry><title>百度研究院重组</title><link href=\"https://n.example/2\"/><id>urn:2</id>"
       "<entry><title>阶跃星辰完成融资</title><link href=\"https://n.example/3\"/><id>urn:3</id></entry></feed>",
       {"智谱发布新模型", "阶跃星辰完成融资"},
       "item 2 has no closing </entry> (dropped): kept the 2 complete items"},
      {"RSS without its closing root (en)",
       kRssHead + "<item><title>Anthropic hires a research director</title><link>https://n.example/a</link></item>"
                  "<item><title>Mistral raises a new round</title><link>https://n.example/b</link></item>",
       {"Anthropic hires a research director", "Mistral raises a new round"},
       "the feed ends without its closing </rss> (later items may be missing): kept the 2 complete items"},
      {"RSS cut inside its only item (en)",
       kRssHead + "<item><title>Anthropic hires a research direc",
       {},
       "the feed is cut off inside item 1 (no closing </item>, dropped): no complete item left"},
      {"a namespaced <media:item> inside an item does not split it (en)",
       kRssHead + "<item><title>Sora update</title><media:group><media:item>clip</media:item></media:group>"
                  "<link>https://n.example/s</link></item></channel></rss>",
       {"Sora update"}, ""},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    StatusOr<Feed> f = ParseFeed(r.xml, "https://n.example/feed.xml");
    REQUIRE(f.ok());
    CHECK(Titles(*f) == r.titles);
    CHECK(f->problem == r.problem);
    for (const FeedItem& item : f->items) CHECK_FALSE(item.link.empty());
  }
}

TEST_CASE("QA: an item opened again before it closed takes none of the broken item's fields", "[ingest][feed]") {
  StatusOr<Feed> f = ParseFeed(kRssHead +
                                   "<item><title>壞掉的項目</title><link>https://n.example/broken</link><author>甲</author>"
                                   "<item><title>完整的項目</title><link>https://n.example/whole</link></item></channel></rss>",
                               "https://n.example/feed.xml");
  REQUIRE(f.ok());
  REQUIRE(f->items.size() == 1);
  CHECK(f->items[0].title == "完整的項目");
  CHECK(f->items[0].link == "https://n.example/whole");
  CHECK(f->items[0].author == "");
  CHECK(f->problem == "item 1 has no closing </item> (dropped): kept the 1 complete item");
}

}  // namespace
}  // namespace news
