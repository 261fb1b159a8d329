#include <catch2/catch.hpp>

#include "analysis/analyzer.h"
#include "project_analyzer.h"

using namespace news;

namespace {

Analysis RunArticle(const std::string& title, const std::string& body) {
  Document d;
  d.title = title;
  d.body = body;
  d.published = "2026-05-05";
  return news::testing::ProjectAnalyzer().Analyze(d);
}

std::string Subject(const Analysis& a) {
  for (const EntityResult& e : a.entities)
    if (e.role == "subject") return e.canonical;
  return "";
}

}  // namespace

TEST_CASE("The hirer that opens the headline and the lead is the subject", "[extract]") {
  struct Case {
    const char* title;
    const char* body;
    const char* subject;
  };
  const Case cases[] = {
      {"Microsoft AI hires two senior FAIR researchers",
       "Microsoft has hired Priya Natarajan and Lukas Brandt, two senior research scientists from Meta's FAIR lab.\n"
       "Natarajan spent seven years at Meta. Meta declined to comment. Meta's FAIR lab has lost others this year. "
       "Meta said FAIR keeps hiring.",
       "Microsoft"},
      {"Google DeepMind延攬OpenAI資深研究員",
       "Google旗下人工智慧實驗室Google DeepMind本週證實，已延攬OpenAI資深研究員林佳穎加入。\n林佳穎過去三年在OpenAI工作。"
       "OpenAI近年將資源集中在ChatGPT。OpenAI回應稱尊重個人選擇。",
       "Google DeepMind"},
      {"百度从阿里挖来通义研究员",
       "百度本周证实，已聘请阿里巴巴通义实验室研究员陈思远。\n陈思远在阿里巴巴工作五年。阿里巴巴表示，"
       "阿里巴巴的研究不受影响。阿里巴巴仍在招聘。",
       "Baidu"},
      // The place people come from, after a from-cue, is no hirer.
      {"美团从字节挖来研究员",
       "美团从字节跳动挖来研究员周以宁。\n周以宁将负责大模型研究。美团表示，美团将继续招聘。",
       "Meituan"},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    CHECK(Subject(RunArticle(c.title, c.body)) == c.subject);
  }
}

TEST_CASE("The organisation named before the move word of the headline loses the people: it is the subject", "[extract]") {
  struct Case {
    const char* title;
    const char* body;
    const char* subject;
  };
  const Case cases[] = {
      {"Two Nvidia research scientists leave for Mistral AI",
       "Research scientist Maya Okonkwo and engineer Felix Brandauer have left Nvidia for Mistral AI.\n"
       "Mistral AI said they will work in Paris. Mistral AI is hiring. Mistral AI released a model in September.",
       "Nvidia"},
      {"聯想人工智能實驗室兩員大將離巢 加盟本地初創",
       "聯想集團人工智能實驗室研究總監莫嘉欣上月底離職，加盟阿里巴巴。\n阿里巴巴表示歡迎。阿里巴巴正在擴充團隊。阿里巴巴今年已招聘多人。",
       "Lenovo"},
      {"字节跳动Seed视觉生成负责人投奔腾讯混元",
       "字节跳动Seed团队视觉生成负责人翟一鸣已加入腾讯。\n腾讯表示，腾讯混元将继续扩张。腾讯今年招聘了多名研究员。",
       "ByteDance"},
      // The hirer opening headline and lead still wins; no move word: the usual score.
      {"Meta hires two Gemini researchers from Google DeepMind; a third leaves",
       "Meta has hired Arash Tehrani and Wen Jiahui from Google DeepMind.\nGoogle DeepMind said its Gemini team keeps growing. "
       "Google DeepMind declined to comment further.",
       "Meta"},
      {"Mistral AI opens a Zurich office as Nvidia ships Rubin",
       "Mistral AI opened an office in Zurich on Monday.\nMistral AI said the office will hire researchers. Nvidia shipped Rubin.",
       "Mistral AI"},
  };
  for (const Case& c : cases) {
    INFO(c.title);
    CHECK(Subject(RunArticle(c.title, c.body)) == c.subject);
  }
}

TEST_CASE("The organisation right before the headline's funding words is the subject", "[extract]") {
  struct Case {
    const char* title;
    const char* body;
    const char* subject;
  };
  const Case cases[] = {
      {"Model-testing start-up Orrery Systems raises $42 million",
       "Orrery Systems, a Toronto start-up, said on Monday it had raised $42 million in a round led by Accel.\n"
       "Accel led the round. Accel partner Jane Roe joins the board. Accel has backed rivals too.",
       "Orrery Systems"},
      {"邊緣AI晶片新創熠川智能完成B輪募資",
       "新竹邊緣AI晶片新創熠川智能7日宣布完成新台幣18億元B輪募資，由聯發科領投。\n聯發科表示看好邊緣AI。聯發科今年也推出了自家晶片。聯發科與高通競爭激烈。",
       "熠川智能"},
      {"边缘AI芯片新创熠川智能完成B轮募资",
       "新竹边缘AI芯片新创熠川智能7日宣布完成新台币18亿元B轮募资，由联发科领投。\n联发科表示看好边缘AI。联发科今年也推出了自家芯片。联发科与高通竞争激烈。",
       "熠川智能"},
      // Funding words in the other half of a Chinese headline name nobody's round.
      {"阶跃星辰发布新模型 新一轮融资传闻未获证实",
       "阶跃星辰昨日发布了新一代模型。\n阶跃星辰表示，新模型的推理能力明显提升。腾讯也在测试类似模型。", "StepFun"},
  };
  for (const Case& c : cases) {
    INFO(c.title);
    CHECK(Subject(RunArticle(c.title, c.body)) == c.subject);
  }
}
