#include <catch2/catch.hpp>

#include <algorithm>

#include "analysis/analyzer.h"
#include "project_analyzer.h"
#include "test_support.h"

using namespace news;
using news::testing::SourcePath;

namespace {

const Analyzer& TheAnalyzer() { return news::testing::ProjectAnalyzer(); }

Analysis Run(const std::string& body, const std::string& title = "", const std::string& published = "2026-02-11") {
  Document d;
  d.body = body;
  d.title = title;
  d.published = published;
  return TheAnalyzer().Analyze(d);
}

const EntityResult* Find(const Analysis& a, const std::string& canonical) {
  for (const auto& e : a.entities)
    if (e.canonical == canonical) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("Known entities are found in zh-Hant, zh-Hans and English with offsets", "[extract]") {
  struct Case {
    const char* body;
    const char* canonical;
    const char* type;
    const char* surface;
  };
  const Case cases[] = {
      {"輝達執行長黃仁勳今天登台。", "Jensen Huang", "person", "黃仁勳"},
      {"英伟达首席执行官黄仁勋今天登台。", "Nvidia", "organization", "英伟达"},
      {"奥特曼在会上表示，OpenAI将继续投入研究。", "Sam Altman", "person", "奥特曼"},
      {"阿特曼接受採訪時說，ChatGPT 仍是重點。", "Sam Altman", "person", "阿特曼"},
      {"微軟與谷歌都在追趕。", "Microsoft", "organization", "微軟"},
      {"Google DeepMind released a new model.", "Google DeepMind", "organization", "Google DeepMind"},
      {"字节跳动Seed团队负责人宣布调整。", "ByteDance Seed", "division", "字节跳动Seed团队"},
      {"通義千問的下載量持續成長。", "Qwen", "product", "通義千問"},
      // A unit after its parent's possessive, in lower case.
      {"He left Apple's foundation models team in March.", "Apple Foundation Models team", "division",
       "Apple's foundation models team"},
      {"元寶已併入微信事業群。", "WeChat Group", "division", "微信事業群"},
      {"千问App与淘宝、高德地图打通。", "Amap", "product", "高德地图"},
      {"The Android team shipped Gemini Robotics on Tuesday.", "Gemini Robotics", "product", "Gemini Robotics"},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    Analysis a = Run(c.body);
    const EntityResult* e = Find(a, c.canonical);
    REQUIRE(e != nullptr);
    CHECK(e->type == c.type);
    CHECK(e->known);
    REQUIRE(!e->mentions.empty());
    const Mention& m = e->mentions[0];
    CHECK(m.surface == c.surface);
    CHECK(a.doc.body.substr(m.begin, m.end - m.begin) == c.surface);
    CHECK(m.sentence == 0);
  }
}

TEST_CASE("Feynman the Nvidia architecture needs its context, Feynman the physicist is not it", "[extract]") {
  CHECK(Find(Run("Nvidia said Feynman, the GPU generation after Rubin, is due in 2028."), "Feynman"));
  CHECK_FALSE(Find(Run("Richard Feynman once said that nobody understands quantum mechanics."), "Feynman"));
}

TEST_CASE("Ambiguous names need context", "[extract]") {
  struct Case {
    const char* body;
    const char* canonical;
    bool expected;
  };
  const Case cases[] = {
      {"Apple shares rose after the iPhone event.", "Apple", true},
      {"An Apple a day keeps the doctor away, says the fruit grower.", "Apple", false},
      {"蘋果公司的 Siri 團隊再度改組。", "Apple", true},
      {"她每天早上吃一顆蘋果當早餐，水果攤老闆說。", "Apple", false},
      {"Anthropic's Claude now writes code faster.", "Claude", true},
      {"Claude Shannon founded information theory.", "Claude", false},
      {"The metadata team shipped a fix.", "Meta", false},
      {"豆包的用户数在春节后快速增长，字节跳动表示。", "Doubao", true},
      {"早餐店的豆包很好吃。", "Doubao", false},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    Analysis a = Run(c.body);
    CHECK((Find(a, c.canonical) != nullptr) == c.expected);
  }
}

TEST_CASE("Unknown people are found by title and linked when named again", "[extract]") {
  Analysis a = Run(
      "DeepSeek核心研究员陈昊宇已于本月中旬离职，并已加入字节跳动。陈昊宇此前参与了多代模型的训练。\n"
      "Amazon has hired Owen McAllister, who led research on foundation models at Apple. McAllister starts in March.",
      "", "2026-01-21");
  const EntityResult* chen = Find(a, "陈昊宇");
  REQUIRE(chen != nullptr);
  CHECK_FALSE(chen->known);
  CHECK(chen->type == "person");
  CHECK(chen->mentions.size() == 2);
  const EntityResult* owen = Find(a, "Owen McAllister");
  REQUIRE(owen != nullptr);
  REQUIRE(owen->mentions.size() == 2);
  CHECK(owen->mentions[1].surface == "McAllister");
}

TEST_CASE("Roles: subject, competitors, parents and people's organisations", "[extract]") {
  Analysis a = Run(
      "OpenAI has frozen the research budget of the Sora team. OpenAI CEO Sam Altman said ChatGPT comes first. "
      "Google DeepMind and Anthropic are recruiting, while TSMC reported results.",
      "OpenAI freezes Sora budget");
  REQUIRE(Find(a, "OpenAI"));
  CHECK(Find(a, "OpenAI")->role == "subject");
  CHECK(Find(a, "Anthropic")->role == "competitor");
  CHECK(Find(a, "Google DeepMind")->role == "competitor");
  CHECK(Find(a, "TSMC")->role == "other");
  CHECK(Find(a, "Sora team")->parent == "OpenAI");
  CHECK(Find(a, "ChatGPT")->parent == "OpenAI");
  CHECK(Find(a, "Sam Altman")->parent == "OpenAI");
}

TEST_CASE("The subject is the central organisation, not the most frequent", "[extract]") {
  Analysis a = Run(
      "騰訊近期完成了一次重要的人才引進。阿里巴巴通義實驗室前負責人已加入騰訊。\n"
      "阿里巴巴表示團隊完整。阿里巴巴也在擴招。阿里巴巴提高了激勵。",
      "騰訊混元引進阿里前技術負責人");
  REQUIRE(Find(a, "Tencent"));
  CHECK(Find(a, "Tencent")->role == "subject");
}

TEST_CASE("The organisation that opens the lead sentence outweighs one named more often", "[extract]") {
  struct Case {
    const char* title;
    const char* body;
    const char* subject;
  };
  const Case cases[] = {
      {"Mistral AI hires two Google DeepMind researchers",
       "Mistral AI, the Paris start-up, said on Monday that two senior research scientists at Google DeepMind have "
       "joined the company.\nBoth spent years at Google DeepMind. Google DeepMind confirmed the departures and said "
       "Google DeepMind keeps hiring.",
       "Mistral AI"},
      {"百度延攬兩名微軟研究員",
       "百度週一表示，兩名微軟亞洲研究院研究員已加入公司。\n兩人在微軟任職多年。微軟證實此事，並稱微軟仍在招募。",
       "Baidu"},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    Analysis a = Run(c.body, c.title);
    REQUIRE(Find(a, c.subject));
    CHECK(Find(a, c.subject)->role == "subject");
  }
}

TEST_CASE("Events: a move naming both sides gives a departure and a hire", "[extract]") {
  Analysis a = Run(
      "OpenAI has frozen the Sora budget.\n"
      "Elena Vasquez, the vice president of research who led the Sora effort, told her team on Friday that she was leaving. "
      "Daniel Okafor, head of image generation research, left the company on Monday and is joining Google DeepMind.",
      "OpenAI freezes Sora budget", "2026-02-10");
  auto has = [&](const char* type, const char* person, const char* org, const char* counterpart, const char* date) {
    return std::any_of(a.events.begin(), a.events.end(), [&](const Event& e) {
      return e.type == type && e.person == person && e.organization == org && e.counterpart == counterpart && e.date == date;
    });
  };
  CHECK(has("reorganization", "", "OpenAI", "", "2026-02-10"));
  CHECK(has("departure", "Elena Vasquez", "OpenAI", "", "2026-02-06"));
  CHECK(has("departure", "Daniel Okafor", "OpenAI", "Google DeepMind", "2026-02-09"));
  CHECK(has("hire", "Daniel Okafor", "Google DeepMind", "OpenAI", "2026-02-09"));
  CHECK(a.events.size() == 4);
}

TEST_CASE("Events in Chinese take their clause's person, place and date", "[extract]") {
  Analysis a = Run(
      "據報導，OpenAI已凍結Sora團隊的研究預算。\n"
      "負責Sora研發的研究副總裁Elena Vasquez上週五（6日）向團隊宣布請辭；圖像生成研究負責人Daniel Okafor則已於本週一（9日）離職，將轉戰Google DeepMind。",
      "OpenAI凍結Sora研究預算", "2026-02-11");
  auto find = [&](const char* type, const char* person) -> const Event* {
    for (const Event& e : a.events)
      if (e.type == type && e.person == person) return &e;
    return nullptr;
  };
  const Event* elena = find("departure", "Elena Vasquez");
  REQUIRE(elena);
  CHECK(elena->organization == "OpenAI");
  CHECK(elena->counterpart == "");
  CHECK(elena->date == "2026-02-06");
  const Event* daniel = find("departure", "Daniel Okafor");
  REQUIRE(daniel);
  CHECK(daniel->counterpart == "Google DeepMind");
  CHECK(daniel->date == "2026-02-09");
  CHECK(find("hire", "Daniel Okafor"));
}

TEST_CASE("No event without a person or an organisation", "[extract]") {
  Analysis a = Run("Two senior researchers have already left. 多位研究員近期離職。", "", "2026-02-11");
  CHECK(a.events.empty());
}
