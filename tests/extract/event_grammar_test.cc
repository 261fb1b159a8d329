// Event grammar beyond one trigger and one name: coordinated people, dates
// from the neighbouring sentence, the direction of a move when a sentence
// both hires and mentions a departure, launches and funding of organisations
// other than the subject, and launches that are plans or habits rather than
// news. Table-driven, in zh-Hant, zh-Hans and English.
#include <catch2/catch.hpp>

#include <algorithm>

#include "analysis/analyzer.h"
#include "project_analyzer.h"
#include "test_support.h"

using namespace news;
using news::testing::SourcePath;

namespace {

const Analyzer& TheAnalyzer() { return news::testing::ProjectAnalyzer(); }

struct Want {
  const char* type;
  const char* person;
  const char* org;
  const char* counterpart;  // nullptr: not checked
  const char* date;         // nullptr: not checked
};

struct Case {
  const char* title;
  const char* published;
  const char* body;
  std::vector<Want> present;
  std::vector<Want> absent;  // only type, person and org are compared
};

std::string Describe(const Analysis& a) {
  std::string s;
  for (const Event& e : a.events)
    s += e.type + "|" + e.person + "|" + e.organization + "|" + e.counterpart + "|" + e.date + "\n";
  return s;
}

bool Has(const Analysis& a, const Want& w, bool full) {
  return std::any_of(a.events.begin(), a.events.end(), [&](const Event& e) {
    if (e.type != w.type || e.person != w.person || e.organization != w.org) return false;
    if (!full) return true;
    return (!w.counterpart || e.counterpart == w.counterpart) && (!w.date || e.date == w.date);
  });
}

void RunCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    Document d;
    d.title = c.title;
    d.body = c.body;
    d.published = c.published;
    Analysis a = TheAnalyzer().Analyze(d);
    INFO(c.body);
    INFO("events:\n" << Describe(a));
    for (const Want& w : c.present) {
      INFO("want " << w.type << " " << w.person << " " << w.org);
      CHECK(Has(a, w, true));
    }
    for (const Want& w : c.absent) {
      INFO("do not want " << w.type << " " << w.person << " " << w.org);
      CHECK_FALSE(Has(a, w, false));
    }
  }
}

}  // namespace

TEST_CASE("Events: every coordinated person gets the event", "[extract]") {
  RunCases({
      {"OpenAI研究人員出走", "2026-02-11", "OpenAI研究員林佳穎與工程師陳柏宇已於上週五離職。",
       {{"departure", "林佳穎", "OpenAI", "", "2026-02-06"}, {"departure", "陳柏宇", "OpenAI", "", "2026-02-06"}},
       {}},
      {"字节跳动Seed团队两人离职", "2026-03-11", "字节跳动Seed团队研究员马骁和工程师韩静怡已于3月2日离开字节跳动。",
       {{"departure", "马骁", "ByteDance", "", "2026-03-02"}, {"departure", "韩静怡", "ByteDance", "", "2026-03-02"}},
       {}},
      {"Two leave Microsoft", "2026-03-04",
       "Senior researcher Hannah Albrecht and principal scientist Owen McAllister left Microsoft on Monday.",
       {{"departure", "Hannah Albrecht", "Microsoft", "", "2026-03-02"}, {"departure", "Owen McAllister", "Microsoft", "", "2026-03-02"}},
       {}},
      {"Google DeepMind hires three", "2026-03-04",
       "Google DeepMind hired researcher Ana Lopes, engineer Ben Okoro and scientist Chloe Martin from Meta.",
       {{"hire", "Ana Lopes", "Google DeepMind", "Meta", nullptr},
        {"hire", "Ben Okoro", "Google DeepMind", "Meta", nullptr},
        {"hire", "Chloe Martin", "Google DeepMind", "Meta", nullptr}},
       {}},
      // A comma alone is no list: "Besides A, B ... left" is B's departure only.
      {"OpenAI loses researchers", "2026-02-13",
       "OpenAI lost Elena Vasquez last week. Besides Vasquez, head of research Daniel Okafor left for Google DeepMind.",
       {{"departure", "Daniel Okafor", "OpenAI", "Google DeepMind", nullptr}},
       {{"hire", "Elena Vasquez", "Google DeepMind", nullptr, nullptr}}},
      {"OpenAI研究副總裁表態", "2026-02-11", "研究副總裁Elena Vasquez表示，研究員林佳穎已離開OpenAI。",
       {{"departure", "林佳穎", "OpenAI", "", nullptr}},
       {{"departure", "Elena Vasquez", "OpenAI", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: an undated sentence takes the date of the sentence before", "[extract]") {
  RunCases({
      {"腾讯引进阿里技术负责人", "2026-02-04",
       "腾讯近期完成了一次重要的人才引进。阿里巴巴通义实验室前技术负责人郭子涵已正式加入腾讯。",
       {{"hire", "郭子涵", "Tencent", "Alibaba", "2026-02"}},
       {}},
      {"OpenAI凍結Sora預算", "2026-02-11",
       "OpenAI上週五（6日）宣布凍結Sora團隊預算。研究副總裁Elena Vasquez隨即請辭。",
       {{"departure", "Elena Vasquez", "OpenAI", "", "2026-02-06"}},
       {}},
      {"Meta cuts FAIR", "2026-01-13",
       "Meta presented the change to staff last week. FAIR's robotics team was disbanded.",
       {{"reorganization", "", "Meta", "", "2026-01"}},
       {}},
      // The next sentence refers back to the event and says when.
      {"Amazon hires an Apple director", "2026-03-04",
       "Amazon has hired Owen McAllister, who led research on foundation models at Apple. Amazon confirmed the hire on Tuesday.",
       {{"hire", "Owen McAllister", "Amazon", "Apple", "2026-03-03"}},
       {}},
      // "At the time" points at the sentence before; "a month after" is last month.
      {"xAI raises money", "2026-02-27",
       "The round comes a month after xAI folded its research group into the Grok team. "
       "Tomás Ferreira, the head of research, stepped down at the time.",
       {{"reorganization", "", "xAI", "", "2026-01"}, {"departure", "Tomás Ferreira", "xAI", "", "2026-01"}},
       {}},
      // The sentence before is about someone else: its date is not this event's.
      {"Meta loses two", "2026-01-13",
       "Marcus Lindqvist, a research director, departed at the end of December to join Mistral AI. "
       "Priya Raman, a principal scientist, told colleagues she is leaving Meta.",
       {{"departure", "Marcus Lindqvist", "Meta", "Mistral AI", "2025-12"}, {"departure", "Priya Raman", "Meta", "", "2026-01-13"}},
       {{"departure", "Priya Raman", "Mistral AI", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: a hire is never read as a departure from the hirer", "[extract]") {
  RunCases({
      {"Anthropic hires a DeepMind researcher", "2026-03-04",
       "Anthropic has hired Lena Fischer, a researcher who left Google DeepMind last month.",
       {{"hire", "Lena Fischer", "Anthropic", "Google DeepMind", nullptr},
        {"departure", "Lena Fischer", "Google DeepMind", nullptr, nullptr}},
       {{"departure", "Lena Fischer", "Anthropic", nullptr, nullptr}}},
      {"Anthropic延攬DeepMind研究員", "2026-03-04", "Anthropic延攬前Google DeepMind研究員林佳穎。",
       {{"hire", "林佳穎", "Anthropic", "Google DeepMind", nullptr}},
       {{"departure", "林佳穎", "Anthropic", nullptr, nullptr}}},
      {"腾讯聘请阿里研究员", "2026-02-04", "腾讯聘请了研究员郭子涵，他已于1月离开阿里巴巴。",
       {{"hire", "郭子涵", "Tencent", nullptr, nullptr}, {"departure", "郭子涵", "Alibaba", nullptr, "2026-01"}},
       {{"departure", "郭子涵", "Tencent", nullptr, nullptr}}},
      // The destination after a relative clause, a list after a `to` cue.
      {"OpenAI研究人員出走", "2026-03-03",
       "研究資深總監Aaron Feldman上週五(2月27日)告知同事將離開OpenAI，轉往由前技術長Mira Murati創辦的Thinking Machines Lab。",
       {{"departure", "Aaron Feldman", "OpenAI", "Thinking Machines Lab", "2026-02-27"},
        {"hire", "Aaron Feldman", "Thinking Machines Lab", "OpenAI", "2026-02-27"}},
       {}},
      {"蘋果AI人才再流失", "2026-03-12",
       "蘋果基礎模型團隊已有多位研究人員轉往Meta、OpenAI與Amazon等公司，上個月另一位研究主管Owen McAllister也轉戰亞馬遜。",
       {{"hire", "Owen McAllister", "Amazon", "Apple", "2026-02"}, {"departure", "Owen McAllister", "Apple", "Amazon", "2026-02"}},
       {{"hire", "Owen McAllister", "Meta", nullptr, nullptr}, {"departure", "Owen McAllister", "OpenAI", nullptr, nullptr}}},
      // Each of two moves in one sentence keeps its own person.
      {"Sora researchers leave", "2026-02-24",
       "Elena Vasquez, the vice president of research, joined Anthropic on February 12, and image research lead "
       "Daniel Okafor joined Google DeepMind on February 9.",
       {{"hire", "Elena Vasquez", "Anthropic", nullptr, "2026-02-12"}, {"hire", "Daniel Okafor", "Google DeepMind", nullptr, "2026-02-09"}},
       {{"hire", "Elena Vasquez", "Google DeepMind", nullptr, nullptr}}},
      // A bare earlier year dates a background fact, not news.
      {"字节跳动Seed负责人离职", "2026-03-11", "多模态研究负责人韩静怡2021年从学术界加入字节跳动。", {},
       {{"hire", "韩静怡", "ByteDance", nullptr, nullptr}}},
      {"OpenAI冻结Sora团队预算", "2026-02-11",
       "OpenAI冻结了Sora团队的研究预算。负责图像生成研究、曾参与DALL-E开发的Daniel Okafor已于2月9日离职，随后将加入谷歌旗下的Google DeepMind。",
       {{"departure", "Daniel Okafor", "OpenAI", "Google DeepMind", "2026-02-09"},
        {"hire", "Daniel Okafor", "Google DeepMind", "OpenAI", "2026-02-09"}},
       {{"departure", "Daniel Okafor", "Google DeepMind", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: launches and funding of other organisations, not plans or habits", "[extract]") {
  RunCases({
      {"OpenAI under pressure", "2026-02-18", "OpenAI is under pressure. Google released Gemini 3 on Tuesday.",
       {{"launch", "", "Google", "", "2026-02-17"}},
       {}},
      {"阿里巴巴千问用户增长", "2026-02-18", "阿里巴巴的千问用户持续增长。字节跳动昨日发布了Seedance 2.0。",
       {{"launch", "", "ByteDance", "", "2026-02-17"}},
       {}},
      {"OpenAI raises money", "2026-02-18", "OpenAI is raising money. Mistral AI raised €2 billion on Monday.",
       {{"funding", "", "Mistral AI", "", "2026-02-16"}},
       {}},
      {"騰訊調整組織", "2026-03-18", "騰訊調整組織架構。有消息稱，微信將在近期推出內置的AI助手功能。", {},
       {{"launch", "", "Tencent", nullptr, nullptr}}},
      {"Price war", "2026-02-25", "Alibaba's Qwen and DeepSeek keep releasing new models.", {},
       {{"launch", "", "Alibaba", nullptr, nullptr}}},
      {"xAI builds", "2026-01-23", "xAI has raised money repeatedly to pay for its clusters.", {},
       {{"funding", "", "xAI", nullptr, nullptr}}},
      {"鴻海營收", "2026-02-17", "鴻海昨(16)日公布1月合併營收，創下同期新高。", {},
       {{"reorganization", "", "Foxconn", nullptr, nullptr}}},
  });
}

// Session-3 generalisation rules (issue 5): pairing with "respectively",
// rumours and plans, background moves, "the company", past employers.
TEST_CASE("Events: respectively pairs people with destinations in order", "[extract]") {
  RunCases({
      {"Two DeepMind researchers leave", "2026-06-10",
       "Laura Mendes and Kofi Adjei, two senior researchers at Google DeepMind, left last week for OpenAI and Anthropic "
       "respectively.",
       {{"hire", "Laura Mendes", "OpenAI", "Google DeepMind", nullptr},
        {"hire", "Kofi Adjei", "Anthropic", "Google DeepMind", nullptr},
        {"departure", "Kofi Adjei", "Google DeepMind", "Anthropic", nullptr}},
       {{"hire", "Laura Mendes", "Anthropic", nullptr, nullptr}, {"hire", "Kofi Adjei", "OpenAI", nullptr, nullptr}}},
      {"百度两名高管离职", "2026-06-10", "百度研究员王立群和技术总监赵明远已于本月初离职，分别加入阿里巴巴和腾讯。",
       {{"hire", "王立群", "Alibaba", nullptr, "2026-06"}, {"hire", "赵明远", "Tencent", nullptr, "2026-06"}},
       {{"hire", "王立群", "Tencent", nullptr, nullptr}, {"hire", "赵明远", "Alibaba", nullptr, nullptr}}},
      {"微軟兩名主管離職", "2026-06-10", "微軟研究員陳柏宇與技術總監黃怡君上週離職，分別加入Google DeepMind和Meta。",
       {{"hire", "陳柏宇", "Google DeepMind", nullptr, nullptr}, {"hire", "黃怡君", "Meta", nullptr, nullptr}},
       {{"hire", "陳柏宇", "Meta", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: rumours, plans and background moves are not events", "[extract]") {
  RunCases({
      {"Meta研究員傳將跳槽", "2026-06-10", "業界傳出，Meta研究員林志豪可能轉戰OpenAI，雙方均不予置評。", {},
       {{"hire", "林志豪", "OpenAI", nullptr, nullptr}, {"departure", "林志豪", "Meta", nullptr, nullptr}}},
      {"传闻", "2026-06-10", "据传，百度首席科学家刘海涛或将加入腾讯。", {},
       {{"hire", "刘海涛", "Tencent", nullptr, nullptr}}},
      {"DeepMind researcher in talks", "2026-06-10",
       "Google DeepMind research scientist Paul Okoro is expected to join Anthropic, people familiar with the matter said.", {},
       {{"hire", "Paul Okoro", "Anthropic", nullptr, nullptr}}},
      {"May is a month", "2026-06-10", "OpenAI research scientist Nina Kovacs left the company in May to join Anthropic.",
       {{"departure", "Nina Kovacs", "OpenAI", "Anthropic", "2026-05"}}, {}},
      {"Founders", "2026-06-10", "The start-up was founded by chief executive Yuki Tanaka, who left OpenAI last year.", {},
       {{"departure", "Yuki Tanaka", "OpenAI", nullptr, nullptr}}},
      {"郭子明加入英伟达", "2026-06-10",
       "英伟达证实，资深总监郭子明已在本月离开微软，加入英伟达。郭子明早年在台积电担任设计工程师，后来赴美，2018年加入微软。",
       {{"departure", "郭子明", "Microsoft", "Nvidia", "2026-06"}, {"hire", "郭子明", "Nvidia", "Microsoft", "2026-06"}},
       {{"hire", "郭子明", "Microsoft", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: 'the company' and past employers in relative clauses", "[extract]") {
  RunCases({
      {"Mistral hires from DeepMind", "2026-06-10",
       "Mistral AI said on Tuesday that Ana Ruiz, a senior research scientist at Google DeepMind, has joined the company.",
       {{"hire", "Ana Ruiz", "Mistral AI", "Google DeepMind", nullptr},
        {"departure", "Ana Ruiz", "Google DeepMind", "Mistral AI", nullptr}},
       {{"hire", "Ana Ruiz", "Google DeepMind", nullptr, nullptr}}},
      {"A new chief scientist", "2026-06-10",
       "Anthropic said that Omar Haddad, who led speech research at Meta, joined this week as chief scientist.",
       {{"hire", "Omar Haddad", "Anthropic", "Meta", nullptr}}, {{"hire", "Omar Haddad", "Meta", nullptr, nullptr}}},
      {"百度延攬微軟研究員", "2026-06-10",
       "百度宣布延攬林書瑋出任研究副總裁。林書瑋原為微軟亞洲研究院首席研究員，本月初正式到職。",
       {{"hire", "林書瑋", "Baidu", "Microsoft", nullptr}, {"departure", "林書瑋", "Microsoft", "Baidu", nullptr}},
       {}},
  });
}

TEST_CASE("Events: the next sentence dates a move when it continues it by pronoun", "[extract]") {
  RunCases({
      {"Nvidia hires AMD architect", "2026-06-12",
       "Nvidia has hired Elif Kaya, a senior GPU architect at AMD, to work on future chips. Her first day was Monday.",
       {{"hire", "Elif Kaya", "Nvidia", "AMD", "2026-06-08"}, {"departure", "Elif Kaya", "AMD", "Nvidia", "2026-06-08"}},
       {}},
      {"Director leaves Apple", "2026-06-29",
       "Apple research director Tom Hale has left Apple and joined Google DeepMind, people said. He handed in his notice "
       "earlier this month and started in London last week.",
       {{"departure", "Tom Hale", "Apple", "Google DeepMind", "2026-06"}}, {}},
      {"腾讯研究员加入百度", "2026-06-12", "百度证实，腾讯研究员韩立伟已加入百度，负责语音研究。他已于上周五正式到职。",
       {{"hire", "韩立伟", "Baidu", "Tencent", "2026-06-05"}}, {}},
      {"Microsoft hires two", "2026-05-05",
       "Microsoft has hired Nadia Forsberg and Tomas Ekholm, two senior research scientists from Meta. Both started last "
       "Thursday, according to a memo.",
       {{"hire", "Nadia Forsberg", "Microsoft", "Meta", "2026-04-30"}, {"hire", "Tomas Ekholm", "Microsoft", "Meta", "2026-04-30"}},
       {}},
      {"微軟延攬兩人", "2026-05-05", "微軟延攬Meta研究員林書豪與陳冠宇，兩人已於上週四到職。",
       {{"hire", "林書豪", "Microsoft", nullptr, "2026-04-30"}}, {}},
      {"Lead leaves", "2026-05-12",
       "Rebecca Lindqvist, the vice president who led OpenAI's reasoning research team, told colleagues last week that she "
       "was leaving; her last day was Friday.",
       {{"departure", "Rebecca Lindqvist", "OpenAI", nullptr, "2026-05-08"}}, {}},
      {"月之暗面融资", "2026-06-09", "月之暗面确认已完成新一轮融资。上周五，公司在给投资人的信中称，本轮融资金额约十亿美元。",
       {{"funding", "", "Moonshot AI", nullptr, "2026-06-05"}}, {}},
  });
}

TEST_CASE("Events: 'the same day' takes the last date named a few sentences before", "[extract]") {
  RunCases({
      {"Amazon merges teams", "2026-04-10",
       "Amazon said on Wednesday that it would merge its AGI lab into Alexa. The merger comes with a departure. Rohan "
       "Kapadia, the chief scientist of Alexa, told colleagues the same day that he is leaving Amazon.",
       {{"departure", "Rohan Kapadia", "Amazon", nullptr, "2026-04-08"}}, {}},
      {"鴻海發表模型", "2026-04-21",
       "鴻海昨（20）日發表新版大型語言模型。不過，發表會的焦點很快被人事消息蓋過。鴻海人工智慧研究所所長許家銘已在同一天提出辭呈，將加入輝達。",
       {{"departure", "許家銘", "Foxconn", nullptr, "2026-04-20"}}, {}},
      {"阶跃星辰融资", "2026-04-20",
       "阶跃星辰4月17日宣布完成新一轮融资。公司表示，资金将用于研发。同日，阶跃星辰宣布前百度研究员杜晓明正式加盟，出任研究副总裁。",
       {{"hire", "杜晓明", "StepFun", nullptr, "2026-04-17"}}, {}},
      {"Meta launch day", "2026-04-22",
       "Meta released a new Llama model on Tuesday. The day also brought a departure. Grace Whitfield, vice president of "
       "product for Llama, has left Meta, according to two people familiar with the matter.",
       {{"departure", "Grace Whitfield", "Meta", nullptr, "2026-04-21"}}, {}},
  });
}

TEST_CASE("Events: plural pronouns, titles naming the old employer, resignations and groups", "[extract]") {
  RunCases({
      // "两人/兩人/Both" take everyone the sentence before named.
      {"深度求索新成员", "2026-05-25",
       "技术报告署名中出现了两个新名字：原百度资深研究员韩子阳、原华为研究员许嘉明。两人均于近日加入深度求索，分别负责数据和推理。",
       {{"hire", "韩子阳", "DeepSeek", "Baidu", "2026-05"}, {"hire", "许嘉明", "DeepSeek", "Huawei", "2026-05"},
        {"departure", "许嘉明", "Huawei", "DeepSeek", "2026-05"}},
       {}},
      {"深度求索新成員", "2026-05-25",
       "技術報告署名中出現了兩個新名字：原百度資深研究員韓子陽、原華為研究員許嘉明。兩人均於近日加入深度求索，分別負責資料和推理。",
       {{"hire", "韓子陽", "DeepSeek", "Baidu", "2026-05"}, {"hire", "許嘉明", "DeepSeek", "Huawei", "2026-05"}}, {}},
      // A title naming a current post: the hirer is the organisation the sentence opens with.
      {"字节跳动Seed聘请教授", "2026-05-07",
       "字节跳动大模型团队Seed昨日对外确认，清华大学计算机系副教授罗文杰已正式加入，担任Seed基础研究负责人。",
       {{"hire", "罗文杰", "ByteDance", "Tsinghua University", "2026-05-06"}},
       {{"hire", "罗文杰", "Tsinghua University", nullptr, nullptr}, {"departure", "罗文杰", "ByteDance", nullptr, nullptr}}},
      {"字節跳動Seed聘請教授", "2026-05-07",
       "字節跳動大模型團隊Seed昨日對外確認，清華大學資訊系副教授羅文傑已正式加入，擔任Seed基礎研究負責人。",
       {{"hire", "羅文傑", "ByteDance", "Tsinghua University", nullptr}}, {{"hire", "羅文傑", "Tsinghua University", nullptr, nullptr}}},
      // 遞出辭呈 is a resignation; a group of others is not the named person.
      {"xAI人事異動", "2026-05-08",
       "xAI研究團隊再傳人事異動。資深研究員Sofia Marconi、推理團隊負責人Arjun Mehta也先後遞出辭呈，兩人去向尚未公開。",
       {{"departure", "Sofia Marconi", "xAI", nullptr, nullptr}, {"departure", "Arjun Mehta", "xAI", nullptr, nullptr}}, {}},
      {"xAI人事", "2026-05-08",
       "一名前員工表示，加上馬斯克頻繁調整目標，不少早期成員已陸續出走。", {}, {{"departure", "Elon Musk", "xAI", nullptr, nullptr}}},
      {"xAI人事", "2026-05-08",
       "一名前员工表示，加上马斯克频繁调整目标，不少早期成员已陆续出走。", {}, {{"departure", "Elon Musk", "xAI", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: negated moves are not events; 'formerly at X' is where a hire came from", "[extract]") {
  RunCases({
      {"OpenAI lead leaves", "2026-05-12",
       "Two researchers who report to her, Marco Oyelowo and Wen-Li Chang, are expected to follow her, the same people "
       "said, although neither has resigned.",
       {}, {{"departure", "Marco Oyelowo", "OpenAI", nullptr, nullptr}, {"departure", "Wen-Li Chang", "OpenAI", nullptr, nullptr}}},
      {"研究員未離職", "2026-05-12", "OpenAI研究員林冠宇目前尚未離職，仍在公司工作。", {},
       {{"departure", "林冠宇", "OpenAI", nullptr, nullptr}}},
      {"研究员未离职", "2026-05-12", "OpenAI研究员林冠宇目前尚未离职，仍在公司工作。", {},
       {{"departure", "林冠宇", "OpenAI", nullptr, nullptr}}},
      {"Anthropic hires", "2026-05-29",
       "Her arrival follows that of Daniel Reyna, formerly a post-training lead at xAI, who joined Anthropic earlier in May.",
       {{"hire", "Daniel Reyna", "Anthropic", "xAI", "2026-05"}}, {}},
  });
}

TEST_CASE("Events: a product after a former-cue names the maker the person came from", "[extract]") {
  RunCases({
      {"快手聘请", "2026-04-22", "快手同时宣布，前腾讯混元大模型团队视频生成负责人齐明已加入快手，出任技术负责人。",
       {{"hire", "齐明", "Kuaishou", "Tencent", nullptr}, {"departure", "齐明", "Tencent", "Kuaishou", nullptr}}, {}},
      {"快手聘請", "2026-04-22", "快手同時宣布，前騰訊混元大模型團隊影片生成負責人齊明已加入快手，出任技術負責人。",
       {{"hire", "齊明", "Kuaishou", "Tencent", nullptr}}, {}},
      {"Meta hires", "2026-04-22", "Meta said that former Sora research lead Dana Whitcombe has joined Meta to work on video models.",
       {{"hire", "Dana Whitcombe", "Meta", "OpenAI", nullptr}, {"departure", "Dana Whitcombe", "OpenAI", "Meta", nullptr}}, {}},
  });
}

TEST_CASE("Events: a hire from a university is no departure unless a former-cue says so", "[extract]") {
  RunCases({
      {"Anthropic hires professor", "2026-05-29",
       "Anthropic has hired Miriam Castellano, an associate professor of computer science at Stanford University, to lead "
       "a new group, the company announced on Thursday.",
       {{"hire", "Miriam Castellano", "Anthropic", "Stanford University", "2026-05-28"}},
       {{"departure", "Miriam Castellano", "Stanford University", nullptr, nullptr}}},
      {"Anthropic hires former professor", "2026-05-29",
       "Anthropic has hired former Stanford University professor Miriam Castellano to lead a new group.",
       {{"hire", "Miriam Castellano", "Anthropic", "Stanford University", nullptr},
        {"departure", "Miriam Castellano", "Stanford University", "Anthropic", nullptr}},
       {}},
      {"百度延攬教授", "2026-05-29", "百度延攬清華大學教授林志明出任首席科學家。",
       {{"hire", "林志明", "Baidu", nullptr, nullptr}}, {{"departure", "林志明", "Tsinghua University", nullptr, nullptr}}},
      {"百度延揽教授", "2026-05-29", "百度延揽清华大学教授林志明出任首席科学家。",
       {{"hire", "林志明", "Baidu", nullptr, nullptr}}, {{"departure", "林志明", "Tsinghua University", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: a pronoun opening the clause is the mover; the move it continues dates it", "[extract]") {
  RunCases({
      {"OpenAI lead leaves", "2026-05-12",
       "Rebecca Lindqvist, who led OpenAI's reasoning research team, told colleagues last week that she was leaving; her "
       "last day was Friday. She is joining Thinking Machines Lab, the start-up founded by Mira Murati.",
       {{"hire", "Rebecca Lindqvist", "Thinking Machines Lab", nullptr, "2026-05-08"}},
       {{"hire", "Mira Murati", "Thinking Machines Lab", nullptr, nullptr}}},
      {"研究主管离职", "2026-05-12",
       "OpenAI推理研究主管林若溪上周五离开OpenAI。她将加入由Mira Murati创办的Thinking Machines Lab。",
       {{"hire", "林若溪", "Thinking Machines Lab", nullptr, "2026-05-08"}}, {{"hire", "Mira Murati", "Thinking Machines Lab", nullptr, nullptr}}},
      {"研究主管離職", "2026-05-12",
       "OpenAI推理研究主管林若溪上週五離開OpenAI。她將加入由Mira Murati創辦的Thinking Machines Lab。",
       {{"hire", "林若溪", "Thinking Machines Lab", nullptr, "2026-05-08"}}, {}},
  });
}

TEST_CASE("Events: a departure and a hire of one person in neighbouring sentences are each other's counterpart", "[extract]") {
  RunCases({
      {"商湯人事", "2026-04-22", "公司同時證實，研究院首席科學家梁卓文已經離職。據了解，梁卓文將加盟阿里巴巴，負責視覺研究。",
       {{"departure", "梁卓文", "SenseTime", "Alibaba", nullptr}, {"hire", "梁卓文", "Alibaba", "SenseTime", nullptr}}, {}},
      {"商汤人事", "2026-04-22", "商汤同时证实，研究院首席科学家梁卓文已经离职。据了解，梁卓文将加盟阿里巴巴，负责视觉研究。",
       {{"departure", "梁卓文", "SenseTime", "Alibaba", nullptr}, {"hire", "梁卓文", "Alibaba", "SenseTime", nullptr}}, {}},
      {"Amazon scientist", "2026-04-23",
       "Amazon vice president Sanjay Mehra has left Amazon after a decade. Cohere named Sanjay Mehra as its chief scientist.",
       {{"departure", "Sanjay Mehra", "Amazon", "Cohere", nullptr}, {"hire", "Sanjay Mehra", "Cohere", "Amazon", nullptr}}, {}},
  });
}

TEST_CASE("Events: the sentence after a hire says where the person was before", "[extract]") {
  RunCases({
      {"Mistral names scientist", "2026-05-19",
       "Mistral AI said on Monday that it had raised a round. Alongside the round, Mistral named Amara Osei its chief "
       "scientist. Osei, 41, was until last month director of applied research at Cohere in Toronto.",
       {{"hire", "Amara Osei", "Mistral AI", "Cohere", nullptr}, {"departure", "Amara Osei", "Cohere", "Mistral AI", "2026-04"}},
       {}},
      {"百度延攬", "2026-05-19", "百度昨日宣布，延攬首席科學家林志遠。林志遠此前在騰訊負責語音研究，上個月離開。",
       {{"hire", "林志遠", "Baidu", "Tencent", nullptr}, {"departure", "林志遠", "Tencent", "Baidu", nullptr}}, {}},
      {"百度延揽", "2026-05-19", "百度昨日宣布，延揽首席科学家林志远。他此前在腾讯负责语音研究。",
       {{"hire", "林志远", "Baidu", "Tencent", nullptr}, {"departure", "林志远", "Tencent", "Baidu", nullptr}}, {}},
      // Another person's past, or a new paragraph, says nothing about this hire.
      {"百度延揽", "2026-05-19", "百度昨日宣布，延揽首席科学家林志远。\n王海峰此前在腾讯工作。",
       {{"hire", "林志远", "Baidu", nullptr, nullptr}}, {{"departure", "林志远", "Tencent", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: units moved into another organisation belong to the one that moves them", "[extract]") {
  RunCases({
      {"Google研究院團隊併入DeepMind", "2026-07-14", "Google已於上週三（8日）將Google研究院旗下多個語言模型團隊併入Google DeepMind。",
       {{"reorganization", "", "Google", "", "2026-07-08"}}, {{"reorganization", "", "Google DeepMind", nullptr, nullptr}}},
      {"华为盘古团队划归华为云", "2026-07-13", "华为已于上周四（7月9日）正式将盘古大模型团队从2012实验室划归华为云。",
       {{"reorganization", "", "Huawei", "", "2026-07-09"}}, {}},
      {"Google folds research teams into DeepMind", "2026-07-14",
       "Google folded two Google Research language teams into Google DeepMind on Wednesday.",
       {{"reorganization", "", "Google", "", "2026-07-08"}}, {{"reorganization", "", "Google DeepMind", nullptr, nullptr}}},
      // 調整並不滿意 holds 整併 across two words: no merger.
      {"騰訊內部調整", "2026-07-14", "據了解，騰訊不少研究人員對這次調整並不滿意。", {}, {{"reorganization", "", "Tencent", nullptr, nullptr}}},
      {"腾讯内部调整", "2026-07-14", "据了解，腾讯不少研究人员对这次调整并不满意。", {}, {{"reorganization", "", "Tencent", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: rounds reported, in talks or in progress and reorganisations in a since-clause are not news", "[extract]") {
  RunCases({
      {"優必選傳募資", "2026-07-24", "市場另傳出，優必選正與多家中東主權基金洽談新一輪募資。", {}, {{"funding", "", "UBTech", nullptr, nullptr}}},
      {"阶跃星辰融资传闻", "2026-08-13", "另据媒体报道，阶跃星辰正在进行新一轮融资，潜在投资方包括多家地方国资基金。", {},
       {{"funding", "", "StepFun", nullptr, nullptr}}},
      {"Mistral in talks", "2026-08-13", "Mistral AI is reportedly in talks to raise a new funding round of $1 billion.", {},
       {{"funding", "", "Mistral AI", nullptr, nullptr}}},
      {"Sora researchers leave", "2026-02-24",
       "She is the fourth researcher to leave OpenAI's video effort since its research budget was frozen in early February.", {},
       {{"reorganization", "", "OpenAI", nullptr, nullptr}}},
      {"Sora团队", "2026-02-24", "自从OpenAI冻结Sora团队预算以来，已有多人离开。", {}, {{"reorganization", "", "OpenAI", nullptr, nullptr}}},
      {"Sora團隊", "2026-02-24", "自從OpenAI凍結Sora團隊預算以來，已有多人離開。", {}, {{"reorganization", "", "OpenAI", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: budget cuts are reorganisations", "[extract]") {
  RunCases({
      {"Intel cuts AI research budget", "2026-07-28",
       "Intel is cutting the budget of its AI research groups by a quarter, according to a note sent to staff on Monday.",
       {{"reorganization", "", "Intel", "", "2026-07-27"}}, {}},
      {"英特尔削减预算", "2026-07-28", "英特尔本周一宣布削减预算，人工智能研究部门首当其冲。",
       {{"reorganization", "", "Intel", "", "2026-07-27"}}, {}},
      {"英特爾削減預算", "2026-07-28", "英特爾本週一宣布削減預算，人工智慧研究部門首當其衝。",
       {{"reorganization", "", "Intel", "", "2026-07-27"}}, {}},
  });
}

TEST_CASE("Events: a launch noun or a product in another clause is no launch", "[extract]") {
  RunCases({
      {"xAI pretraining lead", "2026-07-09",
       "Adeyemi led the team that trained the base models behind the last two Grok releases at xAI.", {},
       {{"launch", "", "xAI", nullptr, nullptr}}},
      {"阶跃星辰", "2026-08-13", "从公开评测来看，阶跃星辰的Step系列模型处于第一梯队。", {}, {{"launch", "", "StepFun", nullptr, nullptr}}},
      {"階躍星辰", "2026-08-13", "從公開評測來看，階躍星辰的Step系列模型處於第一梯隊。", {}, {{"launch", "", "StepFun", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: hires by 'started at', 'brought in', a former-cue 原 and a team named after a product", "[extract]") {
  RunCases({
      {"Perplexity hires Google director", "2026-07-20",
       "Hugo Devereux, who spent fourteen years at Google, started at Perplexity this month as head of search.",
       {{"hire", "Hugo Devereux", "Perplexity", "Google", "2026-07"}, {"departure", "Hugo Devereux", "Google", "Perplexity", "2026-07"}},
       {}},
      {"Runway hires Adobe lead", "2026-08-11",
       "Runway has also brought in Marisol Ortega, who ran the video model team at Adobe, as its head of applied research.",
       {{"hire", "Marisol Ortega", "Runway", "Adobe", nullptr}, {"departure", "Marisol Ortega", "Adobe", "Runway", nullptr}}, {}},
      {"小米延揽通义专家", "2026-08-07", "小米同时确认，原阿里巴巴通义实验室资深算法专家钟一鸣已于本月初加入小米MiMo团队。",
       {{"hire", "钟一鸣", "Xiaomi", "Alibaba", "2026-08"}, {"departure", "钟一鸣", "Alibaba", "Xiaomi", "2026-08"}}, {}},
      {"小米延攬通義專家", "2026-08-07", "小米同時確認，原阿里巴巴通義實驗室資深演算法專家鍾一鳴已於本月初加入小米MiMo團隊。",
       {{"hire", "鍾一鳴", "Xiaomi", "Alibaba", "2026-08"}, {"departure", "鍾一鳴", "Alibaba", "Xiaomi", "2026-08"}}, {}},
  });
}

TEST_CASE("Events: a departure is not from where the person went, and 'another' is someone else", "[extract]") {
  RunCases({
      {"Stability AI audio lead leaves", "2026-08-19",
       "The freeze follows the exit of Tomasz Wierzbicki, who led Stability AI's audio research group. Wierzbicki left on "
       "Friday to join ElevenLabs, a spokesperson for ElevenLabs said. Another senior researcher left in July to start her "
       "own company.",
       {{"departure", "Tomasz Wierzbicki", "Stability AI", "ElevenLabs", "2026-08-14"},
        {"hire", "Tomasz Wierzbicki", "ElevenLabs", "Stability AI", "2026-08-14"}},
       {{"departure", "Tomasz Wierzbicki", "ElevenLabs", nullptr, nullptr}}},
      {"階躍星辰延攬", "2026-08-13",
       "階躍星辰確認，原騰訊研究員裴敬之已於8月10日入職。另一位研究員上月離職，她將自行創業。",
       {{"hire", "裴敬之", "StepFun", "Tencent", "2026-08-10"}}, {{"departure", "裴敬之", "StepFun", nullptr, nullptr}}},
      {"阶跃星辰延揽", "2026-08-13",
       "阶跃星辰确认，原腾讯研究员裴敬之已于8月10日入职。另一位研究员上月离职，她将自行创业。",
       {{"hire", "裴敬之", "StepFun", "Tencent", "2026-08-10"}}, {{"departure", "裴敬之", "StepFun", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: the two sides of one move share the date a later sentence gives one of them", "[extract]") {
  RunCases({
      {"Apple director leaves for Meta", "2026-08-28",
       "Separately, Dominic Ashworth, a director in Apple Machine Learning Research, has left the company for Meta "
       "Superintelligence Labs. Ashworth told colleagues earlier this month that he was leaving, according to two of them.",
       {{"departure", "Dominic Ashworth", "Apple", "Meta", "2026-08"}, {"hire", "Dominic Ashworth", "Meta", "Apple", "2026-08"}},
       {}},
      {"苹果总监转投Meta", "2026-08-28", "另外，苹果机器学习研究总监周以安已离开苹果，加入Meta超级智能实验室。周以安本月初已向同事表示自己将离职。",
       {{"departure", "周以安", "Apple", "Meta", "2026-08"}, {"hire", "周以安", "Meta", "Apple", "2026-08"}}, {}},
      {"蘋果總監轉投Meta", "2026-08-28", "另外，蘋果機器學習研究總監周以安已離開蘋果，加入Meta超級智慧實驗室。周以安本月初已向同事表示自己將離職。",
       {{"departure", "周以安", "Apple", "Meta", "2026-08"}, {"hire", "周以安", "Meta", "Apple", "2026-08"}}, {}},
  });
}

TEST_CASE("Events: the founder named in 由…創辦的X is no side of the move, and 凍結以來 is background", "[extract]") {
  RunCases({
      {"Sora研究員轉投新創", "2026-04-23",
       "研究員Marco Bianchi證實已於本月中旬離開OpenAI，加入由前Google DeepMind研究人員創辦的新創公司Parallax Labs。",
       {{"departure", "Marco Bianchi", "OpenAI", "Parallax Labs", "2026-04"}, {"hire", "Marco Bianchi", "Parallax Labs", "OpenAI", "2026-04"}},
       {{"hire", "Marco Bianchi", "Google DeepMind", nullptr, nullptr}, {"departure", "Marco Bianchi", "Google DeepMind", nullptr, nullptr}}},
      {"Sora研究员转投初创", "2026-04-23",
       "研究员Marco Bianchi证实已于本月中旬离开OpenAI，加入由前Google DeepMind研究人员创办的初创公司Parallax Labs。",
       {{"departure", "Marco Bianchi", "OpenAI", "Parallax Labs", "2026-04"}, {"hire", "Marco Bianchi", "Parallax Labs", "OpenAI", "2026-04"}},
       {{"hire", "Marco Bianchi", "Google DeepMind", nullptr, nullptr}}},
      {"Sora researcher joins start-up", "2026-04-23",
       "Researcher Marco Bianchi left OpenAI in mid-April to join Parallax Labs, a start-up founded by former Google DeepMind researchers.",
       {{"departure", "Marco Bianchi", "OpenAI", "Parallax Labs", "2026-04"}, {"hire", "Marco Bianchi", "Parallax Labs", "OpenAI", "2026-04"}},
       {{"hire", "Marco Bianchi", "Google DeepMind", nullptr, nullptr}}},
      {"Sora整合進ChatGPT", "2026-04-23", "這是Sora團隊預算凍結以來，OpenAI在影片領域最大的一次產品更新。", {},
       {{"reorganization", "", "OpenAI", nullptr, nullptr}}},
      {"Sora整合进ChatGPT", "2026-04-23", "这是Sora团队预算冻结以来，OpenAI在视频领域最大的一次产品更新。", {},
       {{"reorganization", "", "OpenAI", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: with several people joining, each comes from the organisation named with them", "[extract]") {
  RunCases({
      {"智谱新加入研究员", "2026-07-22",
       "智谱首席执行官张鹏介绍了两位新加入的研究员：来自百度研究院的储一帆和来自商汤科技的骆佳音，两人本周一同时入职。",
       {{"hire", "储一帆", "Zhipu AI", "Baidu", nullptr}, {"departure", "储一帆", "Baidu", "Zhipu AI", nullptr},
        {"hire", "骆佳音", "Zhipu AI", "SenseTime", nullptr}, {"departure", "骆佳音", "SenseTime", "Zhipu AI", nullptr}},
       {{"departure", "骆佳音", "Baidu", nullptr, nullptr}}},
      {"智譜新加入研究員", "2026-07-22",
       "智譜執行長張鵬介紹了兩位新加入的研究員：來自百度研究院的儲一帆和來自商湯科技的駱佳音，兩人本週一同時入職。",
       {{"hire", "儲一帆", "Zhipu AI", "Baidu", nullptr}, {"departure", "儲一帆", "Baidu", "Zhipu AI", nullptr},
        {"hire", "駱佳音", "Zhipu AI", "SenseTime", nullptr}, {"departure", "駱佳音", "SenseTime", "Zhipu AI", nullptr}},
       {{"departure", "駱佳音", "Baidu", nullptr, nullptr}}},
      {"Zhipu adds two researchers", "2026-07-22",
       "Two researchers, former Baidu researcher Chu Yifan and former SenseTime researcher Luo Jiayin, joined Zhipu AI on Monday.",
       {{"hire", "Chu Yifan", "Zhipu AI", "Baidu", nullptr}, {"departure", "Chu Yifan", "Baidu", "Zhipu AI", nullptr},
        {"hire", "Luo Jiayin", "Zhipu AI", "SenseTime", nullptr}, {"departure", "Luo Jiayin", "SenseTime", "Zhipu AI", nullptr}},
       {{"departure", "Luo Jiayin", "Baidu", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: 委任 (Hong Kong 'appoints') is a hire", "[extract]") {
  RunCases({
      {"聯想委任首席科學家", "2026-08-18", "聯想集團昨日（17日）宣布，委任前微軟亞洲研究院首席研究員司徒穎芝為集團首席科學家，即時生效。",
       {{"hire", "司徒穎芝", "Lenovo", "Microsoft", "2026-08-17"}}, {}},
      {"联想委任首席科学家", "2026-08-18", "联想集团昨日（17日）宣布，委任前微软亚洲研究院首席研究员司徒颖芝为集团首席科学家，即时生效。",
       {{"hire", "司徒颖芝", "Lenovo", "Microsoft", "2026-08-17"}}, {}},
      {"Lenovo appoints chief scientist", "2026-08-18",
       "Lenovo said on Monday it had appointed Priya Raman, a former Microsoft Research Asia principal researcher, as chief scientist.",
       {{"hire", "Priya Raman", "Lenovo", "Microsoft", nullptr}}, {}},
  });
}

TEST_CASE("Events: a date inside a quotation does not date a move outside it", "[extract]") {
  RunCases({
      {"聯想委任首席科學家", "2026-08-18",
       "聯想集團昨日（17日）宣布，委任前微軟研究員陳雅文為集團首席科學家。陳雅文形容，這是她決定離開微軟的主要原因：「肯讓研究員慢慢想問題的公司，在今日不多。」",
       {{"departure", "陳雅文", "Microsoft", nullptr, "2026-08-17"}}, {}},
      {"联想委任首席科学家", "2026-08-18",
       "联想集团昨日（17日）宣布，委任前微软研究员陈雅文为集团首席科学家。陈雅文形容，这是她决定离开微软的主要原因：“肯让研究员慢慢想问题的公司，在今天不多。”",
       {{"departure", "陈雅文", "Microsoft", nullptr, "2026-08-17"}}, {}},
      {"Lenovo appoints chief scientist", "2026-08-18",
       "Lenovo said on Monday, August 17, it had appointed former Microsoft researcher Priya Raman as chief scientist. Raman said "
       "that was why she decided to leave Microsoft: \"few companies today let researchers think slowly.\"",
       {{"departure", "Priya Raman", "Microsoft", nullptr, "2026-08-17"}}, {}},
      // A vague time near the trigger and an exact day after it, inside a
      // quotation: the quoted day is the speaker's, the vague time stays.
      {"微軟研究員離職", "2026-08-18", "研究員陳雅文本月初離開微軟，她說：「8月3日那天我就決定了。」",
       {{"departure", "陳雅文", "Microsoft", nullptr, "2026-08"}}, {}},
      {"微软研究员离职", "2026-08-18", "研究员陈雅文本月初离开微软，她说：“8月3日那天我就决定了。”",
       {{"departure", "陈雅文", "Microsoft", nullptr, "2026-08"}}, {}},
      {"Microsoft researcher leaves", "2026-08-18",
       "Researcher Priya Raman left Microsoft earlier this month, saying: \"on August 3 I knew it was time.\"",
       {{"departure", "Priya Raman", "Microsoft", nullptr, "2026-08"}}, {}},
  });
}

TEST_CASE("Events: a company in no lexicon raises money a description away from its trigger", "[extract]") {
  RunCases({
      {"港初創完成融資", "2026-10-20", "此外，一家名為潮汐視覺的本地初創公司昨日宣佈完成5,000萬美元A輪融資。",
       {{"funding", "", "潮汐視覺", "", "2026-10-19"}}, {}},
      {"深衡智能完成融资", "2026-11-10", "一家名为深衡智能的芯片编译器公司上周五完成了3,000万元天使轮融资。",
       {{"funding", "", "深衡智能", "", "2026-11-06"}}, {}},
      {"Brightwater Robotics raises a seed round", "2026-10-13",
       "Brightwater Robotics, a Montreal-based start-up, closed a $40 million seed round on Monday led by Sequoia Capital.",
       {{"funding", "", "Brightwater Robotics", "", "2026-10-12"}},
       {{"funding", "", "Sequoia Capital", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: the destination after a description ending in a company noun, after 轉任, and 'both' after a semicolon", "[extract]") {
  RunCases({
      // 加盟 + a description ending in 初創/公司/start-up + the organisation.
      {"聯想人工智能實驗室兩員大將離巢", "2026-11-12",
       "聯想集團人工智能實驗室研究總監莫嘉欣與首席工程師Adrian Cheung上月底相繼離職，雙雙加盟本地機械人初創瀚星動力。",
       {{"departure", "莫嘉欣", "Lenovo", "瀚星動力", "2026-10"}, {"hire", "莫嘉欣", "瀚星動力", "Lenovo", "2026-10"},
        {"departure", "Adrian Cheung", "Lenovo", "瀚星動力", "2026-10"}},
       {}},
      {"联想人工智能实验室两员大将离巢", "2026-11-12",
       "联想集团人工智能实验室研究总监莫嘉欣与首席工程师Adrian Cheung上月底相继离职，双双加盟本地机器人初创瀚星动力。",
       {{"departure", "莫嘉欣", "Lenovo", "瀚星动力", "2026-10"}, {"hire", "Adrian Cheung", "瀚星动力", "Lenovo", "2026-10"}},
       {}},
      {"Nvidia scientist leaves for Mistral", "2026-11-03",
       "Research scientist Maya Okonkwo left Nvidia last week to join the Paris company Mistral AI.",
       {{"departure", "Maya Okonkwo", "Nvidia", "Mistral AI", "2026-10"}, {"hire", "Maya Okonkwo", "Mistral AI", "Nvidia", "2026-10"}},
       {}},
      // 轉任 names where the person went; inside the same company it is no move.
      {"廣達處長轉戰輝達", "2026-11-05",
       "廣達電腦AI伺服器研發處處長歐陽靜文上週五（30日）離職，轉任輝達台灣研發中心系統架構總監。"
       "原AI研究院代理院長端木立群則轉任華碩雲端事業部技術長。",
       {{"departure", "歐陽靜文", "Quanta Computer", "Nvidia", "2026-10-30"}, {"hire", "歐陽靜文", "Nvidia", "Quanta Computer", "2026-10-30"}},
       {{"hire", "端木立群", "ASUS", nullptr, nullptr}, {"departure", "端木立群", "ASUS", nullptr, nullptr}}},
      {"广达处长转战英伟达", "2026-11-05",
       "广达电脑AI服务器研发处处长欧阳静文上周五（30日）离职，转任英伟达台湾研发中心系统架构总监。"
       "原AI研究院代理院长端木立群则转任华硕云端事业部技术长。",
       {{"departure", "欧阳静文", "Quanta Computer", "Nvidia", "2026-10-30"}, {"hire", "欧阳静文", "Nvidia", "Quanta Computer", "2026-10-30"}},
       {{"hire", "端木立群", "ASUS", nullptr, nullptr}, {"departure", "端木立群", "ASUS", nullptr, nullptr}}},
      // "both" / 兩人 opening the clause after a semicolon: the people before it.
      {"Microsoft engineers leave", "2026-11-24",
       "Two engineers, Ben Achterberg and Sione Fifita, resigned from Microsoft last week; both are joining Anthropic.",
       {{"departure", "Ben Achterberg", "Microsoft", "Anthropic", "2026-11"}, {"hire", "Sione Fifita", "Anthropic", "Microsoft", "2026-11"}},
       {}},
      {"百度兩名研究員離職", "2026-11-09", "研究員張偉和工程師李娜上週離開百度；兩人均將加入阿里巴巴。",
       {{"departure", "張偉", "Baidu", "Alibaba", "2026-11"}, {"hire", "李娜", "Alibaba", "Baidu", "2026-11"}}, {}},
      {"百度两名研究员离职", "2026-11-09", "研究员张伟和工程师李娜上周离开百度；两人均将加入阿里巴巴。",
       {{"departure", "张伟", "Baidu", "Alibaba", "2026-11"}, {"hire", "李娜", "Alibaba", "Baidu", "2026-11"}}, {}},
      // One person before the semicolon: "both" is someone else.
      {"Microsoft engineer leaves", "2026-11-24",
       "Engineer Ana Ruiz resigned from Microsoft last week; both of her deputies are joining Anthropic.",
       {{"departure", "Ana Ruiz", "Microsoft", nullptr, nullptr}}, {{"hire", "Ana Ruiz", "Anthropic", nullptr, nullptr}}},
  });
}

TEST_CASE("Events: the last day in the next sentence, about the same person, dates the move", "[extract]") {
  RunCases({
      {"Two Nvidia scientists leave for Mistral", "2026-11-03",
       "Research scientist Maya Okonkwo and engineer Felix Brandauer have left Nvidia for Mistral AI, the company confirmed on Monday.\n"
       "Okonkwo finished at Nvidia on October 30 and will start in Paris next week.",
       {{"departure", "Maya Okonkwo", "Nvidia", "Mistral AI", "2026-10-30"}, {"hire", "Maya Okonkwo", "Mistral AI", "Nvidia", "2026-10-30"},
        {"departure", "Felix Brandauer", "Nvidia", "Mistral AI", "2026-11-02"}},
       {}},
      {"Microsoft's voice lead leaves", "2026-11-24",
       "Engineer Leila Haddad is leaving Microsoft for Anthropic.\n"
       "Her final day at Microsoft was Friday, and she will start at Anthropic on December 7.",
       {{"departure", "Leila Haddad", "Microsoft", "Anthropic", "2026-11-20"}, {"hire", "Leila Haddad", "Anthropic", "Microsoft", "2026-11-20"}},
       {}},
      {"聯發科研究員轉戰華碩", "2026-11-05", "研究員林雅文已離開聯發科，加入華碩。她在聯發科的最後一天是10月30日，11月2日起到華碩上班。",
       {{"departure", "林雅文", "MediaTek", "ASUS", "2026-10-30"}, {"hire", "林雅文", "ASUS", "MediaTek", "2026-10-30"}}, {}},
      {"联发科研究员转战华硕", "2026-11-05", "研究员林雅文已离开联发科，加入华硕。她在联发科的最后一天是10月30日，11月2日起到华硕上班。",
       {{"departure", "林雅文", "MediaTek", "ASUS", "2026-10-30"}, {"hire", "林雅文", "ASUS", "MediaTek", "2026-10-30"}}, {}},
      // Someone else's last day, or a pronoun with two people named: no change.
      {"Nvidia scientist leaves", "2026-11-03",
       "Research scientist Maya Okonkwo left Nvidia for Mistral AI on Monday. Engineer Ana Ruiz's last day is October 30.",
       {{"departure", "Maya Okonkwo", "Nvidia", "Mistral AI", "2026-11-02"}}, {}},
      {"Two Nvidia scientists leave", "2026-11-03",
       "Research scientist Maya Okonkwo and engineer Felix Brandauer left Nvidia for Mistral AI on Monday. Her last day was October 30.",
       {{"departure", "Maya Okonkwo", "Nvidia", "Mistral AI", "2026-11-02"}, {"departure", "Felix Brandauer", "Nvidia", "Mistral AI", "2026-11-02"}},
       {}},
      {"聯發科研究員離職", "2026-11-05", "研究員林雅文已於週一離開聯發科。工程師張偉的最後一天是10月30日。",
       {{"departure", "林雅文", "MediaTek", nullptr, "2026-11-02"}}, {}},
      {"联发科研究员离职", "2026-11-05", "研究员林雅文已于周一离开联发科。工程师张伟的最后一天是10月30日。",
       {{"departure", "林雅文", "MediaTek", nullptr, "2026-11-02"}}, {}},
  });
}

TEST_CASE("Events: 'X left Y on Friday' opening the next sentence dates the move; a recap in an apposition does not", "[extract]") {
  RunCases({
      {"Anthropic hires DeepMind evaluation lead", "2026-11-10",
       "Margit Solvang, who ran model evaluation at Google DeepMind, has joined Anthropic, the company confirmed on Tuesday. "
       "Solvang left Google DeepMind on Friday and starts at Anthropic next week.",
       {{"hire", "Margit Solvang", "Anthropic", "Google DeepMind", "2026-11-06"}}, {}},
      {"華碩延攬聯發科研究員", "2026-11-10", "研究員林雅文已加入華碩，華碩週二證實此事。林雅文11月6日離開聯發科，下週起到華碩上班。",
       {{"hire", "林雅文", "ASUS", nullptr, "2026-11-06"}}, {}},
      {"华硕延揽联发科研究员", "2026-11-10", "研究员林雅文已加入华硕，华硕周二证实此事。林雅文11月6日离开联发科，下周起到华硕上班。",
       {{"hire", "林雅文", "ASUS", nullptr, "2026-11-06"}}, {}},
      {"Anthropic hires former OpenAI research VP", "2026-02-13",
       "Anthropic said on Thursday that it has hired Elena Vasquez, OpenAI's former vice president of research. "
       "Vasquez, who resigned from OpenAI on February 6, led the team behind Sora.",
       {{"hire", "Elena Vasquez", "Anthropic", nullptr, "2026-02-12"}}, {}},
  });
}

TEST_CASE("Events: a company after 公司 that closes a round, dated by a new paragraph that refers back", "[extract]") {
  RunCases({
      {"具身智能公司灵枢动力完成B轮融资", "2026-11-26",
       "深圳具身智能公司灵枢动力宣布完成数亿元人民币B轮融资，本轮由红杉中国领投。\n该轮融资已于11月20日完成交割。",
       {{"funding", "", "灵枢动力", "", "2026-11-20"}}, {{"funding", "", "HongShan", nullptr, nullptr}}},
      {"具身智能公司靈樞動力完成B輪融資", "2026-11-26",
       "深圳具身智能公司靈樞動力宣布完成數億元人民幣B輪融資，本輪由紅杉中國領投。\n該輪融資已於11月20日完成交割。",
       {{"funding", "", "靈樞動力", "", "2026-11-20"}}, {}},
      {"Orrery Systems raises $42 million", "2026-11-26",
       "Orrery Systems, a Toronto start-up, raised $42 million in a Series A round led by Accel.\nThe round closed on Friday.",
       {{"funding", "", "Orrery Systems", "", "2026-11-20"}}, {}},
      // A new paragraph about something else does not date the round.
      {"具身智能公司灵枢动力完成B轮融资", "2026-11-26",
       "深圳具身智能公司灵枢动力宣布完成数亿元人民币B轮融资。\n小米也在11月20日发布了新手机。",
       {{"funding", "", "灵枢动力", "", "2026-11-26"}}, {}},
  });
}
