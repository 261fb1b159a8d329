#include <catch2/catch.hpp>

#include "report/story_grouping.h"
#include "report/story_summary.h"

using namespace news;

TEST_CASE("Reports of one event group across languages; other stories stay apart", "[report]") {
  std::vector<StoryArticle> in(5);
  in[0] = {{"org:openai", "person:jane-doe", "product:sora"}, {EventKey("departure", "Jane Doe", "OpenAI", "")},
           "OpenAI's Sora research lead Jane Doe leaves"};
  in[1] = {{"org:openai", "person:jane-doe"}, {EventKey("departure", "Jane Doe", "OpenAI", "")},
           "OpenAI Sora 團隊研究主管離職，轉投 Anthropic"};
  in[2] = {{"org:anthropic", "product:claude"}, {EventKey("funding", "", "Anthropic", "")},
           "Anthropic raises new funding as Claude Code revenue climbs"};
  in[3] = {{"org:bytedance", "product:doubao"}, {}, "字节跳动豆包用户增长，Seed 团队预算调整"};
  in[4] = {{"org:anthropic", "org:microsoft"}, {EventKey("funding", "", "Anthropic", "")},
           "Anthropic 完成新一輪融資"};
  auto groups = GroupStories(in, {});
  REQUIRE(groups.size() == 3);
  CHECK(groups[0] == std::vector<int>{0, 1});
  CHECK(groups[1] == std::vector<int>{2, 4});
  CHECK(groups[2] == std::vector<int>{3});
}

TEST_CASE("Shared entities group only with enough overlap", "[report]") {
  std::vector<StoryArticle> in(3);
  in[0].entities = {"org:meta", "div:fair", "person:yann-lecun"};
  in[1].entities = {"org:meta", "div:fair", "person:yann-lecun", "org:nyu"};  // 3 of 4 shared
  in[2].entities = {"org:meta", "product:llama"};                           // 1 shared
  auto groups = GroupStories(in, {});
  REQUIRE(groups.size() == 2);
  CHECK(groups[0] == std::vector<int>{0, 1});
}

TEST_CASE("Shared entities link only articles about the same subject organisation", "[report]") {
  // A Kuaishou launch naming OpenAI, Sora and ChatGPT as rivals (the caller
  // leaves competitors out of `entities`) and an OpenAI Sora story.
  std::vector<StoryArticle> in(3);
  in[0].entities = {"org:kuaishou", "product:kling", "product:sora", "org:openai"};
  in[0].subject = "org:kuaishou";
  in[1].entities = {"org:openai", "product:sora", "product:kling", "org:kuaishou"};
  in[1].subject = "org:openai";
  in[2].entities = {"org:openai", "product:sora", "org:kuaishou"};
  in[2].subject = "org:openai";
  auto groups = GroupStories(in, {});
  REQUIRE(groups.size() == 2);
  CHECK(groups[0] == std::vector<int>{0});
  CHECK(groups[1] == std::vector<int>{1, 2});
  in[0].subject.clear();  // an unknown subject does not block the link
  CHECK(GroupStories(in, {}).size() == 1);
}

TEST_CASE("Near-duplicate text and SimHash neighbours group; unrelated text does not", "[report]") {
  std::vector<StoryArticle> in(4);
  in[0].text = "OpenAI freezes Sora budget as senior researchers depart, people familiar with the matter said";
  in[1].text = "OpenAI freezes Sora budget as senior researchers depart, people familiar with the matter say";
  in[2].text = "Nvidia starts shipping Rubin systems to cloud customers after CES keynote";
  in[3].text = "completely different words";
  in[2].simhash = 0xF0F0F0F0F0F0F0F0ULL;
  in[3].simhash = 0xF0F0F0F0F0F0F0F7ULL;  // 3 bits apart
  in[0].simhash = 0x0F0F0F0F0F0F0F0FULL;
  in[1].simhash = 0x0F0F0F0F0F0F0F00ULL;  // 4 bits from in[0]: too far for SimHash; the text links them
  CHECK(TextSimilarity(in[0].text, in[1].text) > 0.8);
  CHECK(TextSimilarity(in[0].text, in[2].text) < 0.2);
  CHECK(TextSimilarity("", in[2].text) == 0);
  auto groups = GroupStories(in, {});
  REQUIRE(groups.size() == 2);
  CHECK(groups[0] == std::vector<int>{0, 1});
  CHECK(groups[1] == std::vector<int>{2, 3});
}

TEST_CASE("Event keys identify a story only when they name enough", "[report]") {
  CHECK(EventKey("departure", "Jane Doe", "OpenAI", "") == "departure|Jane Doe");
  CHECK(EventKey("launch", "", "OpenAI", "Sora") == "launch|OpenAI|Sora");
  CHECK(EventKey("funding", "", "Anthropic", "") == "funding|Anthropic");
  CHECK(EventKey("hire", "", "OpenAI", "").empty());
  CHECK(EventKey("launch", "", "OpenAI", "").empty());
  CHECK(EventKey("departure", "", "", "").empty());
}

TEST_CASE("The summary is the early sentence that names the story", "[report]") {
  std::vector<SummaryCandidate> zh = {
      {0, "據知情人士透露，OpenAI 本週凍結了 Sora 團隊的部分預算。", {"org:openai", "product:sora"}, false},
      {1, "研究副總裁 Jane Doe 已於週二離職，將加入 Anthropic。", {"person:jane-doe", "org:anthropic"}, true},
      {2, "消息人士稱。", {}, false},
  };
  CHECK(PickSummarySentence(zh, {"person:jane-doe", "org:openai", "product:sora"}) == 0);
  CHECK(PickSummarySentence(zh, {"person:jane-doe", "org:anthropic"}) == 1);
  std::vector<SummaryCandidate> en = {
      {0, "Short.", {"org:openai"}, true},
      {1, "OpenAI has frozen part of the Sora team's budget, people familiar with the matter said.", {"org:openai"}, false},
  };
  CHECK(PickSummarySentence(en, {"org:openai"}) == 1);  // too short to say anything
  // A lead naming a start-up no lexicon knows still beats a later biography
  // sentence that names two of the story's known entities.
  std::vector<SummaryCandidate> lead = {
      {0, "台灣新創曜衡智能宣布完成B輪募資，由鴻海領投，廣達與紅杉資本跟投。", {"org:foxconn"}, false},
      {1, "曜衡智能由執行長鄭宇翔於2023年創立。", {}, false},
      {2, "鄭宇翔曾任微軟亞洲研究院研究員，返台前在微軟工作六年。", {"person:?:鄭宇翔", "org:microsoft"}, false},
  };
  CHECK(PickSummarySentence(lead, {"person:?:鄭宇翔", "org:microsoft", "org:foxconn"}) == 0);
  CHECK(PickSummarySentence({}, {"org:openai"}) == -1);
}
