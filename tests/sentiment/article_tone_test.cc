// Article and entity aggregates over a hand-built Analysis: aspect hints from
// entities, talent moves seen from the subject, and the top sentences.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "common/json.h"
#include "sentiment/sentiment_analyzer.h"
#include "sentiment/tone_aggregator.h"
#include "test_support.h"
#include "text/normalizer.h"
#include "text/sentence_splitter.h"

using namespace news;
using namespace news::testing;

namespace {

std::unique_ptr<SentimentAnalyzer> Make() {
  auto r = SentimentAnalyzer::Create({SourcePath("lexicons")});
  REQUIRE(r.ok());
  return std::move(*r);
}

Analysis Build(const std::string& body) {
  Analysis a;
  a.doc.body = NormalizeText(body);
  int i = 0;
  for (TextSpan s : SplitSentences(a.doc.body)) {
    Sentence sent;
    sent.index = i++;
    sent.begin = s.begin;
    sent.end = s.end;
    a.sentences.push_back(sent);
  }
  return a;
}

int SentenceOf(const Analysis& a, size_t byte) {
  for (const Sentence& s : a.sentences)
    if (byte >= s.begin && byte < s.end) return s.index;
  return -1;
}

// Adds an entity with a mention at every occurrence of `surface`.
EntityResult& AddEntity(Analysis& a, const std::string& canonical, const std::string& type,
                        const std::string& surface, const std::string& role = "") {
  EntityResult e;
  e.id = type + ":" + canonical;
  e.canonical = canonical;
  e.type = type;
  e.role = role;
  for (size_t p = a.doc.body.find(surface); p != std::string::npos; p = a.doc.body.find(surface, p + 1))
    e.mentions.push_back({surface, SentenceOf(a, p), p, p + surface.size()});
  a.entities.push_back(e);
  return a.entities.back();
}

const EntityResult& Find(const Analysis& a, const std::string& canonical) {
  return *std::find_if(a.entities.begin(), a.entities.end(), [&](const EntityResult& e) { return e.canonical == canonical; });
}

}  // namespace

TEST_CASE("Article tone: research frozen and people leaving, product growing", "[sentiment]") {
  auto sa = Make();
  for (const char* body : {
           "OpenAI 凍結了 Sora 團隊的研究預算。\nElena Vasquez 上週離開了公司。\nChatGPT 的訂閱營收大幅增長。\n"
           "OpenAI 將 ChatGPT 置於長期研究之上。\n",
           "OpenAI 冻结了 Sora 团队的研究预算。\nElena Vasquez 上周离开了公司。\nChatGPT 的订阅营收大幅增长。\n"
           "OpenAI 将 ChatGPT 置于长期研究之上。\n",
       }) {
    INFO(body);
    Analysis a = Build(body);
    REQUIRE(a.sentences.size() == 4);
    AddEntity(a, "OpenAI", "organization", "OpenAI", "subject");
    AddEntity(a, "ChatGPT", "product", "ChatGPT");
    AddEntity(a, "Sora team", "division", "Sora");
    a.events.push_back({"2026-02", "published", "departure", "Elena Vasquez", "OpenAI", "", "", 1});
    sa->Score(a);
    CHECK(a.tone.research_label == -1);
    CHECK(a.tone.product_label == 1);
    CHECK(a.tone.research_n >= 3);
    // The departure is negative for the team that loses her.
    CHECK(a.sentences[1].tone.research < 0);
    // "puts ChatGPT above research": both sides, opposite signs, from the product entity.
    CHECK(a.sentences[3].tone.aspect == "both");
    CHECK(a.sentences[3].tone.product > 0);
    CHECK(a.sentences[3].tone.research < 0);
    CHECK(std::find(a.tone.product_top.begin(), a.tone.product_top.end(), 2) != a.tone.product_top.end());
    CHECK(std::find(a.tone.research_top.begin(), a.tone.research_top.end(), 0) != a.tone.research_top.end());
    CHECK(Find(a, "ChatGPT").product > 0);
    CHECK(Find(a, "ChatGPT").product_n == 2);
    CHECK(Find(a, "Sora team").research < 0);
  }
}

TEST_CASE("A move is a gain for the subject that hires and a loss for the one left", "[sentiment]") {
  auto sa = Make();
  const std::string body = "Anthropic has hired Daniel Okafor from OpenAI.\n";
  for (const char* subject : {"Anthropic", "OpenAI"}) {
    INFO(subject);
    Analysis a = Build(body);
    AddEntity(a, "Anthropic", "organization", "Anthropic", subject == std::string("Anthropic") ? "subject" : "competitor");
    AddEntity(a, "OpenAI", "organization", "OpenAI", subject == std::string("OpenAI") ? "subject" : "competitor");
    a.events.push_back({"2026-02", "published", "hire", "Daniel Okafor", "Anthropic", "OpenAI", "", 0});
    sa->Score(a);
    int want = subject == std::string("Anthropic") ? 1 : -1;
    CHECK(a.sentences[0].tone.aspect == "research");
    CHECK(a.tone.research_label == want);
  }
}

TEST_CASE("Sentences about other organisations only weigh less in the article", "[sentiment]") {
  auto sa = Make();
  Analysis a = Build("MiniMax 的研究团队取得重大突破。\nOpenAI 冻结了研究预算，研究人员纷纷离职。\n");
  AddEntity(a, "MiniMax", "organization", "MiniMax", "subject");
  AddEntity(a, "OpenAI", "organization", "OpenAI", "competitor");
  sa->Score(a);
  REQUIRE(a.sentences[0].tone.research > 0);
  REQUIRE(a.sentences[1].tone.research < 0);
  CHECK(a.tone.research > 0);  // the subject's own news outweighs the rival's
}

TEST_CASE("analyze reports the article tone and its top sentences", "[sentiment][e2e]") {
  TempDir dir;
  WriteFile(dir / "a.txt",
            "Title: 研究與產品\nDate: 2026-02-14\n\n研究團隊的預算被凍結，多名研究人員離職。\n"
            "新產品的訂閱營收大幅增長，用戶數翻倍。\n");
  RunResult r = RunNewsminer("analyze " + ShellQuote(dir / "a.txt") + " --format json");
  REQUIRE(r.exit_code == 0);
  auto v = news::ParseJson(r.out);
  REQUIRE(v.ok());
  CHECK((*v)["sentiment"]["research_label"].AsNumber() == -1);
  CHECK((*v)["sentiment"]["product_label"].AsNumber() == 1);
  CHECK((*v)["sentiment"]["research_sentences"][0].AsNumber() == 0);
  CHECK((*v)["sentiment"]["product_sentences"][0].AsNumber() == 1);
}

TEST_CASE("A two-sided sentence counts for its lesser side only as much as it names it", "[sentiment]") {
  // The second sentence is about researchers; the users are a lesser part
  // of it, so it weighs less against the article's plain product news.
  auto sa = Make();
  const char* bodies[] = {
      "訂閱營收大幅下滑。\n研究人員非常滿意新用戶。\n",
      "订阅营收大幅下滑。\n研究人员非常满意新用户。\n",
      "Subscription revenue fell sharply.\nResearchers are very happy with the new users.\n",
  };
  double product[3];
  for (int i = 0; i < 3; ++i) {
    INFO(bodies[i]);
    Analysis a = Build(bodies[i]);
    sa->Score(a);
    const SentenceTone& first = a.sentences[0].tone;
    const SentenceTone& second = a.sentences[1].tone;
    REQUIRE(first.product < 0);
    REQUIRE(second.aspect == "both");
    REQUIRE(second.product > 0);
    CHECK(second.research_evidence > second.product_evidence);
    // Below the plain mean (two sentences plus one of neutral prior).
    CHECK(a.tone.product < (first.product + second.product) / 3);
    CHECK(a.tone.product_label == -1);
    product[i] = a.tone.product;
  }
  CHECK(product[0] == product[1]);
}

TEST_CASE("A background sentence (a career, earlier work) weighs less unless it holds an event", "[sentiment]") {
  // The second sentence tells the person's past: strongly negative, but it
  // says little about the lab now. With an event of its own it counts fully.
  auto sa = Make();
  const char* bodies[] = {
      "研究團隊取得重大突破。\n她此前在另一家實驗室工作多年，那裡的研究項目慘遭失敗並被解散。\n",
      "研究团队取得重大突破。\n她此前在另一家实验室工作多年，那里的研究项目惨遭失败并被解散。\n",
      "The research team made a major breakthrough.\nShe previously spent years at another lab, where the research project failed badly and was shut down.\n",
      "研究團隊取得重大突破。\n她在另一家實驗室主導過的研究項目慘遭失敗並被解散。\n",
      "研究团队取得重大突破。\n她在另一家实验室主导过的研究项目惨遭失败并被解散。\n",
  };
  for (const char* body : bodies) {
    INFO(body);
    for (bool event : {false, true}) {
      Analysis a = Build(body);
      REQUIRE(a.sentences.size() == 2);
      if (event) a.events.push_back({"2026-02", "published", "other", "", "", "", "", 1});
      sa->Score(a);
      REQUIRE(a.sentences[0].tone.research > 0);
      REQUIRE(a.sentences[1].tone.research < -a.sentences[0].tone.research);
      if (event) CHECK(a.tone.research < 0);
      else CHECK(a.tone.research > 0);
    }
  }
}

TEST_CASE("Background markers carry no tone of their own; Traditional and Simplified agree", "[sentiment]") {
  auto sa = Make();
  const std::pair<const char*, const char*> twins[] = {
      {"他早年畢業於北京大學，曾在微軟亞洲研究院任職。", "他早年毕业于北京大学，曾在微软亚洲研究院任职。"},
      {"她在騰訊工作近十年，先後負責兩個產品。", "她在腾讯工作近十年，先后负责两个产品。"},
      {"他在OpenAI任職近五年。", "他在OpenAI任职近五年。"},
  };
  for (const auto& [hant, hans] : twins) {
    INFO(hant);
    SentenceTone t = sa->ScoreSentence(NormalizeText(hant));
    SentenceTone s = sa->ScoreSentence(NormalizeText(hans));
    CHECK(t.score == 0);
    CHECK(t.score == s.score);
    CHECK(t.aspect == s.aspect);
  }
  CHECK(sa->ScoreSentence("Before that she was a postdoctoral researcher in Toronto.").score == 0);
}

TEST_CASE("A product or division of another organisation named in passing weighs like that organisation", "[sentiment]") {
  // Doubao is ByteDance's; the subject is MiniMax: its own product news wins.
  // A unit of the subject by name (Alibaba Cloud for Alibaba) counts as the subject's.
  auto sa = Make();
  struct Case {
    const char* body;
    const char* subject;
    const char* rival_parent;
    int want;
  };
  const Case cases[] = {
      {"海螺的用戶穩步增長。\n豆包的用戶大幅流失，營收暴跌。\n", "MiniMax", "ByteDance", 1},
      {"海螺的用户稳步增长。\n豆包的用户大幅流失，营收暴跌。\n", "MiniMax", "ByteDance", 1},
      {"海螺的用户稳步增长。\n豆包的用户大幅流失，营收暴跌。\n", "ByteDance", "ByteDance Seed", -1},
  };
  for (const Case& c : cases) {
    INFO(c.body << " subject " << c.subject);
    Analysis a = Build(c.body);
    AddEntity(a, c.subject, "organization", "\x01", "subject");  // named nowhere in the text
    AddEntity(a, "Hailuo", "product", "海螺").parent = "MiniMax";
    AddEntity(a, "Doubao", "product", "豆包").parent = c.rival_parent;
    sa->Score(a);
    REQUIRE(a.sentences[0].tone.product > 0);
    REQUIRE(a.sentences[1].tone.product < -a.sentences[0].tone.product);
    CHECK(a.tone.product_label == c.want);
  }
}

TEST_CASE("Hiring a finance or operations chief is product-culture news, not research", "[sentiment]") {
  auto sa = Make();
  for (const char* body : {"月之暗面聘請韋嘉琪出任首席財務官。\n", "月之暗面聘请韦嘉琪出任首席财务官。\n",
                           "Moonshot AI has hired Jia Wei as chief financial officer.\n"}) {
    INFO(body);
    Analysis a = Build(body);
    AddEntity(a, "Moonshot AI", "organization", "月之暗面", "subject");
    AddEntity(a, "Moonshot AI", "organization", "Moonshot AI", "subject");
    a.events.push_back({"2026-06", "published", "hire", "Jia Wei", "Moonshot AI", "", "", 0});
    sa->Score(a);
    CHECK(a.sentences[0].tone.aspect == "product");
    CHECK(a.tone.product_label == 1);
    CHECK(a.tone.research_label == 0);
  }
}

TEST_CASE("A move with no aspect words takes the side the other sentences about the person name", "[sentiment]") {
  // 蔡孟儒's other sentence is about servers (a product): the hire is product
  // news. Without it the move counts for research, as before.
  auto sa = Make();
  struct Case {
    const char* body;
    const char* surface;
    bool product_background;
  };
  const Case cases[] = {
      {"廣達延攬蔡孟儒出任副總經理。\n蔡孟儒曾參與GB300伺服器的設計。\n", "蔡孟儒", true},
      {"广达延揽蔡孟儒出任副总经理。\n蔡孟儒曾参与GB300服务器的设计。\n", "蔡孟儒", true},
      {"Quanta has hired Tsai Meng-ju as a vice president.\nTsai previously worked on the design of GB300 servers.\n",
       "Tsai", true},
      {"廣達延攬蔡孟儒出任副總經理。\n公司總部位於桃園。\n", "蔡孟儒", false},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    Analysis a = Build(c.body);
    REQUIRE(a.sentences.size() == 2);
    AddEntity(a, "Quanta Computer", "organization", c.body[0] == 'Q' ? "Quanta" : "\x01", "subject");
    AddEntity(a, "蔡孟儒", "person", c.surface);
    AddEntity(a, "GB300", "product", "GB300").parent = "Nvidia";
    a.events.push_back({"2026-05", "published", "hire", "蔡孟儒", "Quanta Computer", "", "", 0});
    sa->Score(a);
    CHECK(a.sentences[0].tone.aspect == (c.product_background ? "product" : "research"));
    CHECK(a.tone.research_label == (c.product_background ? 0 : 1));
  }
}

TEST_CASE("An organisation's response to the news weighs less than the news", "[sentiment]") {
  // Damage control after a departure: the response is upbeat, the news is not.
  auto sa = Make();
  const char* bodies[] = {
      "研究預算小幅削減。\n公司回應稱，研究團隊非常穩定，研究投入大幅增加。\n",
      "研究预算小幅削减。\n公司回应称，研究团队非常稳定，研究投入大幅增加。\n",
      // "fell slightly" alone (-0.37) is too faint for a label of its own.
      "Research spending fell a little.\n"
      "A spokesperson said the research team is very stable and research spending rose sharply.\n",
  };
  for (const char* body : bodies) {
    INFO(body);
    Analysis a = Build(body);
    REQUIRE(a.sentences.size() == 2);
    sa->Score(a);
    REQUIRE(a.sentences[0].tone.research < 0);
    REQUIRE(a.sentences[1].tone.research > -a.sentences[0].tone.research);
    CHECK(a.tone.research < 0);
  }
  // The markers themselves carry no tone: "declined to comment" is not a decline.
  CHECK(sa->ScoreSentence("An Apple spokeswoman said the company declined to comment.").label == 0);
  CHECK(sa->ScoreSentence(NormalizeText("蘋果對此不予置評。")).score == sa->ScoreSentence(NormalizeText("苹果对此不予置评。")).score);
}

TEST_CASE("A departure word beside a launch echoes the subject's loss, not bad product news", "[sentiment]") {
  // The researcher's departure is research news; the sentence that says the
  // launch was overshadowed by it is bad news for research, not for the launch.
  auto sa = Make();
  struct Case {
    const char* body;
    const char* person;
  };
  const Case cases[] = {
      {"OpenAI released a new version of Codex.\nThe launch was overshadowed by a departure.\n"
       "Rebecca Lindholm, who led the reasoning research team, has left OpenAI.\n",
       "Rebecca Lindholm"},
      {"OpenAI發布新版Codex。\n這次發布被一位主管的離職蓋過。\n推理研究團隊負責人林蕾已離開OpenAI。\n", "林蕾"},
      {"OpenAI发布新版Codex。\n这次发布被一位主管的离职盖过。\n推理研究团队负责人林蕾已离开OpenAI。\n", "林蕾"},
  };
  double echo_research[3] = {0, 0, 0};
  for (size_t k = 0; k < 3; ++k) {
    const Case& c = cases[k];
    INFO(c.body);
    Analysis a = Build(c.body);
    REQUIRE(a.sentences.size() == 3);
    AddEntity(a, "OpenAI", "organization", "OpenAI", "subject");
    AddEntity(a, "Codex", "product", "Codex").parent = "OpenAI";
    AddEntity(a, c.person, "person", c.person);
    a.events.push_back({"2026-05", "published", "launch", "", "OpenAI", "", "Codex", 0});
    a.events.push_back({"2026-05", "published", "departure", c.person, "OpenAI", "", "", 2});
    sa->Score(a);
    const SentenceTone& echo = a.sentences[1].tone;
    CHECK(echo.research < 0);
    CHECK(echo.product == 0);
    CHECK(a.tone.research_label == -1);
    CHECK(a.tone.product_label == 1);
    echo_research[k] = echo.research;
    // Without a loss in the article the sentence keeps its own aspect.
    a.events.clear();
    for (Sentence& s : a.sentences) s.tone = SentenceTone();
    sa->Score(a);
    CHECK(a.sentences[1].tone.research == 0);
    CHECK(a.sentences[1].tone.product < 0);
  }
  CHECK(echo_research[1] == echo_research[2]);
}

TEST_CASE("Thanks and praise after a departure weigh as a response, not as news", "[sentiment]") {
  // The subject's researcher left; the courtesy that follows is upbeat but
  // says nothing about how research is going.
  auto sa = Make();
  struct Case {
    const char* body;
    const char* person;
  };
  const Case cases[] = {
      {"Rohan Kapoor, who led the research team, has left the lab.\n"
       "Chief executive Ana Ruiz thanked Kapoor and praised his excellent research work.\n",
       "Kapoor"},
      {"研究團隊負責人許明已離職。\n執行長感謝許明多年來對研究的卓越貢獻。\n", "許明"},
      {"研究团队负责人许明已离职。\n执行长感谢许明多年来对研究的卓越贡献。\n", "许明"},
  };
  double research[3] = {0, 0, 0};
  for (size_t k = 0; k < 3; ++k) {
    INFO(cases[k].body);
    Analysis a = Build(cases[k].body);
    REQUIRE(a.sentences.size() == 2);
    AddEntity(a, "Parallax", "organization", "\x01", "subject");
    AddEntity(a, cases[k].person, "person", cases[k].person);
    a.events.push_back({"2026-04", "published", "departure", cases[k].person, "Parallax", "", "", 0});
    sa->Score(a);
    REQUIRE(a.sentences[1].tone.research > -a.sentences[0].tone.research);  // louder than the loss
    CHECK(a.tone.research < 0);  // counted fully, the thanks would outweigh the loss
    research[k] = a.tone.research;
  }
  CHECK(research[1] == research[2]);
}

TEST_CASE("A two-sided sentence that echoes a loss keeps only good news on the other side", "[sentiment]") {
  auto sa = Make();
  const char* body =
      "Rebecca Lindholm, who led the reasoning research team, has left OpenAI.\n"
      "Her exit is a sign of strain between the research groups and the product organisation.\n";
  Analysis a = Build(body);
  REQUIRE(a.sentences.size() == 2);
  AddEntity(a, "OpenAI", "organization", "OpenAI", "subject");
  AddEntity(a, "Rebecca Lindholm", "person", "Rebecca Lindholm");
  a.events.push_back({"2026-05", "published", "departure", "Rebecca Lindholm", "OpenAI", "", "", 0});
  sa->Score(a);
  const SentenceTone& t = a.sentences[1].tone;
  CHECK(t.aspect == "both");
  CHECK(t.research < 0);
  CHECK(t.product == 0);
}

TEST_CASE("A division whose written name says business group counts as product", "[sentiment]") {
  // "WeChat Group" says nothing, "微信事業群" does: a product team merged into
  // it stays on the product side. Merged into a lab, it goes to research.
  auto sa = Make();
  struct Case {
    const char* body;
    const char* surface;
    const char* aspect;
  };
  const Case cases[] = {
      {"騰訊將元寶的產品團隊併入微信事業群。\n", "微信事業群", "product"},
      {"腾讯将元宝的产品团队并入微信事业群。\n", "微信事业群", "product"},
      {"Tencent merged the Yuanbao product team into the WeChat business group.\n", "\x01", "product"},
      {"騰訊將元寶的產品團隊併入AI實驗室。\n", "AI實驗室", "both"},
      {"腾讯将元宝的产品团队并入WXG。\n", "WXG", "both"},  // the name says nothing: a division is research
  };
  for (const Case& c : cases) {
    INFO(c.body);
    Analysis a = Build(c.body);
    REQUIRE(a.sentences.size() == 1);
    AddEntity(a, "Tencent", "organization", c.body[0] == 'T' ? "Tencent" : "\x01", "subject");
    AddEntity(a, "WeChat Group", "division", c.surface).parent = "Tencent";
    sa->Score(a);
    const SentenceTone& t = a.sentences[0].tone;
    CHECK(t.aspect == c.aspect);
    if (std::string(c.aspect) == "both") {
      CHECK(t.research > 0);  // the work goes to the research side
      CHECK(t.product < 0);
    }
  }
}

TEST_CASE("Talent-loss words (跳槽, 人才流失, exodus) echo the loss too", "[sentiment]") {
  auto sa = Make();
  const char* bodies[] = {
      "OpenAI發布新版Codex。\n新版發布當天傳出跳槽消息。\n推理研究團隊負責人林蕾已離開OpenAI。\n",
      "OpenAI发布新版Codex。\n新版发布当天传出跳槽消息。\n推理研究团队负责人林蕾已离开OpenAI。\n",
      "OpenAI released a new version of Codex.\nThe release came amid an exodus.\n"
      "林蕾, who led the reasoning research team, has left OpenAI.\n",
  };
  double echo[3] = {0, 0, 0};
  for (size_t k = 0; k < 3; ++k) {
    INFO(bodies[k]);
    Analysis a = Build(bodies[k]);
    REQUIRE(a.sentences.size() == 3);
    AddEntity(a, "OpenAI", "organization", "OpenAI", "subject");
    AddEntity(a, "林蕾", "person", "林蕾");
    a.events.push_back({"2026-05", "published", "departure", "林蕾", "OpenAI", "", "", 2});
    sa->Score(a);
    CHECK(a.sentences[1].tone.research < 0);
    CHECK(a.sentences[1].tone.product == 0);
    echo[k] = a.sentences[1].tone.research;
  }
  CHECK(echo[0] == echo[1]);
}

TEST_CASE("issue-6: polar words inside entity names carry no tone", "[sentiment]") {
  auto sa = Make();
  struct Case {
    const char* body;
    const char* name;
    const char* type;
  };
  for (const Case& c : {
           Case{"Stability AI said its research team will report to the board.\n", "Stability AI", "organization"},
           Case{"研究團隊向快手高級副總裁匯報。\n", "快手", "organization"},
           Case{"研究团队向快手高级副总裁汇报。\n", "快手", "organization"},
           Case{"The research team now reports to Rubin Ultra Perfect.\n", "Rubin Ultra Perfect", "product"},
       }) {
    INFO(c.body);
    Analysis plain = Build(c.body);
    sa->Score(plain);
    REQUIRE(plain.sentences.size() == 1);
    CHECK(plain.sentences[0].tone.score > 0);  // without the entity the name's words count
    Analysis a = Build(c.body);
    AddEntity(a, c.name, c.type, c.name, "subject");
    sa->Score(a);
    CHECK(a.sentences[0].tone.score == 0);
    CHECK(a.sentences[0].tone.aspect != "none");  // aspect words outside the name still count
  }
}

TEST_CASE("issue-6: a side named only in passing by a rival's sentence gets no label", "[sentiment]") {
  // One research sentence about another organisation (weight 0.35) is too
  // little evidence for the subject's research label; the same sentence about
  // the subject is enough.
  auto sa = Make();
  struct Case {
    const char* body;
    const char* rival;
  };
  for (const Case& c : {
           Case{"MiniMax 的訂閱營收大幅增長。\nOpenAI 的研究團隊取得重大突破。\n", "OpenAI"},
           Case{"MiniMax 的订阅营收大幅增长。\nOpenAI 的研究团队取得重大突破。\n", "OpenAI"},
           Case{"MiniMax subscription revenue rose sharply.\nOpenAI's research team made a major breakthrough.\n", "OpenAI"},
       }) {
    INFO(c.body);
    Analysis a = Build(c.body);
    REQUIRE(a.sentences.size() == 2);
    AddEntity(a, "MiniMax", "organization", "MiniMax", "subject");
    AddEntity(a, c.rival, "organization", c.rival, "competitor");
    sa->Score(a);
    REQUIRE(a.sentences[1].tone.research > 0);
    CHECK(a.tone.research_label == 0);
    CHECK(a.tone.research == 0);
    CHECK(a.tone.product_label == 1);
    Analysis own = Build(c.body);
    AddEntity(own, "MiniMax", "organization", "MiniMax", "subject");
    AddEntity(own, c.rival, "organization", c.rival, "subject");  // the same sentence, now about the subject
    sa->Score(own);
    CHECK(own.tone.research_label == 1);
  }
}

TEST_CASE("issue-6: 'the team remains stable' after a loss is damage control, not good research news", "[sentiment]") {
  auto sa = Make();
  for (const char* body : {
           "首席科學家上週離職。\n公司表示，團隊整體保持穩定，研發節奏不受影響。\n",
           "首席科学家上周离职。\n公司表示，团队整体保持稳定，研发节奏不受影响。\n",
           "The chief scientist left last week.\nThe company said the research team remains stable and its work is unaffected.\n",
       }) {
    INFO(body);
    Analysis a = Build(body);
    REQUIRE(a.sentences.size() == 2);
    a.events.push_back({"2026-02", "published", "departure", "Jane Doe", "", "", "", 0});
    sa->Score(a);
    CHECK(a.sentences[1].tone.research <= 0);
    CHECK(a.tone.research_label == -1);
  }
}

TEST_CASE("issue-6: making and shipping hardware is product work; R&D alone is weak research evidence", "[sentiment]") {
  auto sa = Make();
  for (const char* text : {
           "研發中心的重點是縮短新機種從試產到量產的時間。",
           "研发中心的重点是缩短新机种从试产到量产的时间。",
           "The R&D centre will shorten the time from trial runs to mass production.",
       }) {
    INFO(text);
    SentenceTone t = sa->ScoreSentence(NormalizeText(text));
    CHECK(t.product_evidence > t.research_evidence);
  }
}

TEST_CASE("issue-6: the side the headline is not about needs two sentences for a label", "[sentiment]") {
  auto sa = Make();
  struct Case {
    const char* title;
    const char* body;
    const char* more;  // a second sentence on the product side
    const char* org;
  };
  // A hire article's one passing product remark reads 0; two such sentences,
  // or the same remark in an article about nothing in particular, give
  // product a label.
  const Case cases[] = {
      {"月之暗面延攬DeepMind研究員", "月之暗面本週延攬一位研究員。\n月之暗面的應用營收大幅成長。\n",
       "月之暗面的付費用戶也持續增加。\n", "月之暗面"},
      {"月之暗面延揽DeepMind研究员", "月之暗面本周延揽一位研究员。\n月之暗面的应用营收大幅增长。\n",
       "月之暗面的付费用户也持续增加。\n", "月之暗面"},
      {"Moonshot AI hires a DeepMind researcher", "Moonshot AI hired a researcher this week.\nMoonshot AI's app revenue rose sharply.\n",
       "Moonshot AI's paying users also kept growing.\n", "Moonshot AI"},
  };
  for (const Case& c : cases) {
    for (bool headline : {true, false}) {
      for (bool more : {false, true}) {
        std::string body = std::string(c.body) + (more ? c.more : "");
        INFO(body << (headline ? " with the headline" : " without a headline"));
        Analysis a = Build(body);
        if (headline) a.doc.title = NormalizeText(c.title);
        AddEntity(a, "Moonshot AI", "organization", c.org, "subject");
        REQUIRE(a.sentences.size() == (more ? 3u : 2u));
        sa->Score(a);
        for (size_t i = 1; i < a.sentences.size(); ++i) CHECK(a.sentences[i].tone.product > 0);
        CHECK(MainSide(a, sa->ScoreSentence(a.doc.title)) == (headline ? ArticleSide::kResearch : ArticleSide::kNone));
        CHECK(a.tone.product_label == (headline && !more ? 0 : 1));
      }
    }
  }
}

TEST_CASE("issue-6: without a headline, a move or a launch in the lead tells what the article is about", "[sentiment]") {
  struct Case {
    const char* type;
    int sentence;
    ArticleSide want;
  };
  const Case cases[] = {{"hire", 0, ArticleSide::kResearch}, {"departure", 1, ArticleSide::kResearch},
                        {"launch", 0, ArticleSide::kProduct},  {"funding", 1, ArticleSide::kProduct},
                        {"launch", 2, ArticleSide::kNone},     {"reorganization", 0, ArticleSide::kNone}};
  for (const char* body : {"他們見面。\n會議結束。\n記者離開。\n", "他们见面。\n会议结束。\n记者离开。\n",
                           "They met. The meeting ended. Reporters left.\n"}) {
    for (const Case& c : cases) {
      INFO(body << " " << c.type << " in sentence " << c.sentence);
      Analysis a = Build(body);
      REQUIRE(a.sentences.size() == 3);
      a.events.push_back({"2026-06", "published", c.type, "", "Moonshot AI", "", "", c.sentence});
      CHECK(MainSide(a, {}) == c.want);
      // A headline that names a side wins over the lead's event.
      SentenceTone headline;
      headline.product_evidence = 1;
      CHECK(MainSide(a, headline) == ArticleSide::kProduct);
    }
  }
}

TEST_CASE("issue-6: a funding round of the subject is good product news, a rival's is not", "[sentiment]") {
  auto sa = Make();
  struct Case {
    const char* body;
    const char* org;
  };
  const Case cases[] = {{"智譜昨日宣布完成新一輪融資,由高瓴資本領投。\n", "智譜"},
                        {"智谱昨日宣布完成新一轮融资,由高瓴资本领投。\n", "智谱"},
                        {"Zhipu AI said on Monday that it had closed a new round led by Hillhouse.\n", "Zhipu AI"}};
  for (const Case& c : cases) {
    for (bool own : {true, false}) {
      INFO(c.body << (own ? " (the subject's round)" : " (a rival's round)"));
      Analysis a = Build(c.body);
      AddEntity(a, "Zhipu AI", "organization", c.org, "subject");
      a.events.push_back({"2026-11", "published", "funding", "", own ? "Zhipu AI" : "Moonshot AI", "", "", 0});
      sa->Score(a);
      CHECK(a.sentences[0].tone.product == Approx(own ? 0.4 : 0.0));
      CHECK(a.tone.product_label == (own ? 1 : 0));
      CHECK(a.tone.research_label == 0);
    }
  }
}

TEST_CASE("issue-6: a label needs one sentence that says it clearly, not only faint remarks", "[sentiment]") {
  auto sa = Make();
  struct Case {
    const char* faint;  // two hedged remarks, each under the clear tone (0.305)
    const char* clear;  // one plain statement
    const char* org;
  };
  const Case cases[] = {
      {"月之暗面的產品團隊似乎穩定。\n月之暗面的產品路線圖似乎穩定。\n", "月之暗面的產品團隊很穩定。\n", "月之暗面"},
      {"月之暗面的产品团队似乎稳定。\n月之暗面的产品路线图似乎稳定。\n", "月之暗面的产品团队很稳定。\n", "月之暗面"},
      {"Moonshot AI's product team seems decent.\nMoonshot AI's product roadmap seems decent.\n",
       "Moonshot AI's product team is very good.\n", "Moonshot AI"},
  };
  for (const Case& c : cases) {
    for (bool clear : {false, true}) {
      std::string body = std::string(c.faint) + (clear ? c.clear : "");
      INFO(body);
      Analysis a = Build(body);
      AddEntity(a, "Moonshot AI", "organization", c.org, "subject");
      sa->Score(a);
      REQUIRE(a.sentences[0].tone.product > 0);
      CHECK(a.sentences[0].tone.product < AggregateOptions().clear_sentence_tone);
      CHECK(a.tone.product_label == (clear ? 1 : 0));
      CHECK(a.tone.research_label == 0);
    }
  }
}

TEST_CASE("issue-6: leaving a model team is research talent lost, even with the product named", "[sentiment]") {
  // 文心大模型 is a product (the entity hint says product); the team that
  // builds it is a research team, so the move takes research tone.
  auto sa = Make();
  struct Case {
    const char* body;
    const char* product;
  };
  const Case cases[] = {{"百度文心大模型團隊的兩位技術負責人已於上週五離職。\n", "文心大模型"},
                        {"百度文心大模型团队的两位技术负责人已于上周五离职。\n", "文心大模型"},
                        {"The two technical leads of Baidu's ERNIE model team left on Friday.\n", "ERNIE"}};
  for (const Case& c : cases) {
    INFO(c.body);
    Analysis a = Build(c.body);
    AddEntity(a, "Baidu", "organization", c.body[0] == 'T' ? "Baidu" : "百度", "subject");
    EntityResult& ernie = AddEntity(a, "ERNIE", "product", c.product);
    ernie.parent = "Baidu";
    a.events.push_back({"2026-11", "published", "departure", "Jane Doe", "Baidu", "", "", 0});
    sa->Score(a);
    CHECK(a.sentences[0].tone.research_evidence > 0);
    CHECK(a.sentences[0].tone.research <= -0.5);
    CHECK(a.tone.research_label == -1);
  }
}
