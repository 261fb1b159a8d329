// Sentences that look like a move but report none (corpus/README.md,
// "How an analyst reads them"): hedged, rumoured, expected or conditional
// moves, denials and negations, promotions inside the company, standing
// facts, careers recapped with a year only, background clauses ("Before
// joining X"), plans in quotes. Each trap names the person with a title so
// that the person IS found (checked): the test fails if the event appears,
// not merely because nobody was recognised (organisation events: the
// organisation is a lexicon one). Each language also has a plain
// move next to its traps that must stay an event. Table-driven, in English,
// zh-Hant and zh-Hans.
#include <catch2/catch.hpp>

#include <algorithm>

#include "analysis/analyzer.h"
#include "project_analyzer.h"

using namespace news;

namespace {

struct Move {
  const char* type;
  const char* person;
  const char* org;
  const char* counterpart = nullptr;  // nullptr: not checked
  const char* date = nullptr;         // nullptr: not checked
};

struct Trap {
  const char* published;
  const char* body;
  std::vector<Move> absent;   // type, person and org compared; the person must be found
  std::vector<Move> present;  // all given fields compared
};

std::string Describe(const Analysis& a) {
  std::string s;
  for (const Event& e : a.events)
    s += e.type + "|" + e.person + "|" + e.organization + "|" + e.counterpart + "|" + e.date + "\n";
  return s;
}

bool HasEvent(const Analysis& a, const Move& m, bool full) {
  return std::any_of(a.events.begin(), a.events.end(), [&](const Event& e) {
    if (e.type != m.type || e.person != m.person || e.organization != m.org) return false;
    return !full || ((!m.counterpart || e.counterpart == m.counterpart) && (!m.date || e.date == m.date));
  });
}

bool FoundPerson(const Analysis& a, const char* name) {
  return std::any_of(a.entities.begin(), a.entities.end(),
                     [&](const EntityResult& e) { return e.type == "person" && e.canonical == name; });
}

void RunTraps(const std::vector<Trap>& traps) {
  for (const Trap& t : traps) {
    Document d;
    d.title = "";
    d.body = t.body;
    d.published = t.published;
    Analysis a = news::testing::ProjectAnalyzer().Analyze(d);
    INFO(t.body);
    INFO("events:\n" << Describe(a));
    for (const Move& m : t.absent) {
      INFO("do not want " << m.type << " " << m.person << " @ " << m.org);
      if (*m.person) CHECK(FoundPerson(a, m.person));
      CHECK_FALSE(HasEvent(a, m, false));
    }
    for (const Move& m : t.present) {
      INFO("want " << m.type << " " << m.person << " @ " << m.org);
      CHECK(HasEvent(a, m, true));
    }
  }
}

}  // namespace

TEST_CASE("Event traps: hedged, expected, conditional and denied moves are no events", "[extract]") {
  RunTraps({
      {"2026-10-14", "Anthropic is said to be hiring Maya Lindqvist, a research scientist at Google DeepMind.",
       {{"hire", "Maya Lindqvist", "Anthropic"}, {"departure", "Maya Lindqvist", "Google DeepMind"}}, {}},
      {"2026-10-14", "Omar Haddad, a principal researcher at Microsoft, is expected to join OpenAI next month.",
       {{"hire", "Omar Haddad", "OpenAI"}, {"departure", "Omar Haddad", "Microsoft"}}, {}},
      {"2026-10-14", "If the acquisition closes, Lena Brandt, the head of research at Mistral AI, would be joining Apple.",
       {{"hire", "Lena Brandt", "Apple"}, {"departure", "Lena Brandt", "Mistral AI"}}, {}},
      {"2026-10-14", "OpenAI denied reports that Nadia Farouk, its head of evaluation research, had left the company.",
       {{"departure", "Nadia Farouk", "OpenAI"}}, {}},
      {"2026-10-14", "Google search lead Ravi Castellano did not leave Google despite an offer from Perplexity.",
       {{"departure", "Ravi Castellano", "Google"}, {"hire", "Ravi Castellano", "Perplexity"}}, {}},
      {"2026-10-14", "xAI held talks about hiring Marta Quiroga, a research lead at Meta, but no deal was reached.",
       {{"hire", "Marta Quiroga", "xAI"}, {"departure", "Marta Quiroga", "Meta"}}, {}},
      {"2026-10-14", "\"We hope to be hiring Marta Quiroga, the research lead at Meta, before the summer,\" an xAI executive said.",
       {{"hire", "Marta Quiroga", "xAI"}}, {}},
      // A decided move in the future tense is news (corpus/README.md: 將加入 after resigning).
      {"2026-11-17", "Jonah Whitcombe, a research scientist at Meta, is leaving for OpenAI later this month.",
       {},
       {{"departure", "Jonah Whitcombe", "Meta", "OpenAI"}, {"hire", "Jonah Whitcombe", "OpenAI", "Meta"}}},
  });
  RunTraps({
      {"2026-10-08", "業界傳出聯發科研發處長簡志豪將加入高通。", {{"hire", "簡志豪", "Qualcomm"}}, {}},
      {"2026-10-08", "高通否認已延攬聯發科研發處長簡志豪。", {{"hire", "簡志豪", "Qualcomm"}}, {}},
      {"2026-10-08", "聯發科資深工程師羅雅琪並未跟著離職。", {{"departure", "羅雅琪", "MediaTek"}}, {}},
      {"2026-10-08", "如果交易順利完成，聯發科研發處長簡志豪將加入華碩。",
       {{"hire", "簡志豪", "ASUS"}, {"departure", "簡志豪", "MediaTek"}}, {}},
      {"2026-10-08", "華碩表示，「我們希望延攬聯發科研發處長簡志豪」。", {{"hire", "簡志豪", "ASUS"}}, {}},
      {"2026-10-08", "聯發科研發處長簡志豪已於本週一離開聯發科，轉戰華碩。", {},
       {{"departure", "簡志豪", "MediaTek", "ASUS", "2026-10-05"}, {"hire", "簡志豪", "ASUS", "MediaTek", "2026-10-05"}}},
  });
  RunTraps({
      {"2026-10-27", "据传字节跳动研究员钟书瑶将转投腾讯。", {{"hire", "钟书瑶", "Tencent"}, {"departure", "钟书瑶", "ByteDance"}}, {}},
      {"2026-10-27", "腾讯否认已聘请字节跳动研究员钟书瑶。", {{"hire", "钟书瑶", "Tencent"}}, {}},
      {"2026-10-27", "字节跳动研究员翟一鸣没有离开字节跳动。", {{"departure", "翟一鸣", "ByteDance"}}, {}},
      {"2026-10-27", "一旦获得批准，阿里巴巴研究员钟书瑶将加入腾讯。",
       {{"hire", "钟书瑶", "Tencent"}, {"departure", "钟书瑶", "Alibaba"}}, {}},
      {"2026-10-27", "腾讯曾试图挖角字节跳动研究员钟书瑶，但没有成功。", {{"departure", "钟书瑶", "ByteDance"}}, {}},
      {"2026-10-27", "字节跳动Seed团队负责人钟书瑶已于10月23日离职，转投腾讯。", {},
       {{"departure", "钟书瑶", "ByteDance", "Tencent", "2026-10-23"}, {"hire", "钟书瑶", "Tencent", "ByteDance", "2026-10-23"}}},
  });
}

TEST_CASE("Event traps: promotions, standing facts and earlier careers are no events", "[extract]") {
  RunTraps({
      {"2026-10-14", "Cohere on Friday promoted Deepa Raman, its director of applied research, and named her vice president of research.",
       {{"hire", "Deepa Raman", "Cohere"}}, {}},
      {"2026-10-14", "Nvidia on Monday named Sun-hee Park, a longtime Nvidia research director, as its chief scientist.",
       {{"hire", "Sun-hee Park", "Nvidia"}}, {}},
      {"2026-10-14", "Jonah Whitcombe, a research scientist who left Google DeepMind for Meta in 2024, declined to comment.",
       {{"departure", "Jonah Whitcombe", "Google DeepMind"}, {"hire", "Jonah Whitcombe", "Meta"}}, {}},
      {"2026-10-14", "Priya Aldana, a director of AI infrastructure, joined Meta from Microsoft three years ago.",
       {{"hire", "Priya Aldana", "Meta"}, {"departure", "Priya Aldana", "Microsoft"}}, {}},
      {"2026-10-14", "Before joining Cohere, research director Lorna Fitzwilliam spent six years at Google DeepMind.",
       {{"hire", "Lorna Fitzwilliam", "Cohere"}, {"departure", "Lorna Fitzwilliam", "Google DeepMind"}}, {}},
      {"2026-10-14", "Since joining Cohere from Google, research director Deepa Raman has led applied research.",
       {{"hire", "Deepa Raman", "Cohere"}, {"departure", "Deepa Raman", "Google"}}, {}},
      // The same words with a date of this article's time are news.
      {"2026-10-14", "Research scientist Maya Lindqvist spent five years at Google DeepMind before joining Anthropic last month.",
       {},
       {{"hire", "Maya Lindqvist", "Anthropic", nullptr, "2026-09"}}},
      {"2026-10-14", "Research director Lorna Fitzwilliam left Cohere last week; the company promoted Deepa Raman to replace her.",
       {{"hire", "Deepa Raman", "Cohere"}},
       {{"departure", "Lorna Fitzwilliam", "Cohere", nullptr, "2026-10"}}},
  });
  RunTraps({
      {"2026-10-08", "華碩內部晉升研究員羅雅琪出任人工智慧研究中心主任。", {{"hire", "羅雅琪", "ASUS"}}, {}},
      {"2026-10-08", "研發處長簡志豪在聯發科任職長達九年。", {{"departure", "簡志豪", "MediaTek"}, {"hire", "簡志豪", "MediaTek"}}, {}},
      {"2026-10-08", "華碩研究員羅雅琪2019年從聯發科跳槽至華碩。", {{"hire", "羅雅琪", "ASUS"}, {"departure", "羅雅琪", "MediaTek"}}, {}},
      {"2026-10-08", "在加入華碩之前，研究員羅雅琪曾在聯發科工作。", {{"hire", "羅雅琪", "ASUS"}}, {}},
  });
  RunTraps({
      {"2026-10-27", "字节跳动提拔Seed团队研究员翟一鸣担任视觉生成负责人。", {{"hire", "翟一鸣", "ByteDance"}}, {}},
      {"2026-10-27", "研究员钟书瑶2021年从微软亚洲研究院加入字节跳动。",
       {{"hire", "钟书瑶", "ByteDance"}, {"departure", "钟书瑶", "Microsoft"}}, {}},
      {"2026-10-27", "研究员钟书瑶去年离开了微软。", {{"departure", "钟书瑶", "Microsoft"}}, {}},
      {"2026-10-27", "研究员钟书瑶加入字节跳动以来，一直负责图像生成模型。", {{"hire", "钟书瑶", "ByteDance"}}, {}},
  });
}

TEST_CASE("Event traps: a named person's move after a group's departure", "[extract]") {
  // The sentence before (or the clause before) reports unnamed people leaving
  // an organisation; a named person who joined elsewhere is one of them.
  RunTraps({
      {"2026-11-17",
       "Meta merged two research groups on Monday. The shake-up comes as senior scientists head for the exits. "
       "Research scientist Carmen Salgado joined xAI last week.",
       {},
       {{"departure", "Carmen Salgado", "Meta", "xAI", "2026-11"}, {"hire", "Carmen Salgado", "xAI", "Meta", "2026-11"}}},
      {"2026-11-17", "Last month's exit of Priya Aldana, Meta's director of AI infrastructure, to Microsoft unsettled the group.",
       {},
       {{"departure", "Priya Aldana", "Meta", "Microsoft", "2026-10"}, {"hire", "Priya Aldana", "Microsoft", "Meta", "2026-10"}}},
      // Years ago the group left; the named person came from elsewhere.
      {"2026-11-17",
       "Several researchers left OpenAI last year. Research scientist Carmen Salgado joined xAI on Monday.",
       {{"departure", "Carmen Salgado", "OpenAI"}},
       {{"hire", "Carmen Salgado", "xAI", "", "2026-11-16"}}},
  });
  RunTraps({
      {"2026-05-20", "OpenAI宣布重組Sora團隊。兩名核心研究人員證實已離開公司。研究員林冠宇已於本月初加入Google DeepMind。",
       {},
       {{"departure", "林冠宇", "OpenAI", "Google DeepMind", "2026-05"}, {"hire", "林冠宇", "Google DeepMind", "OpenAI", "2026-05"}}},
  });
  RunTraps({
      {"2026-05-20", "OpenAI宣布重组Sora团队。两名核心研究人员证实已离开公司。研究员林冠宇已于本月初加入Google DeepMind。",
       {},
       {{"departure", "林冠宇", "OpenAI", "Google DeepMind", "2026-05"}, {"hire", "林冠宇", "Google DeepMind", "OpenAI", "2026-05"}}},
  });
}

TEST_CASE("Event traps: rounds, restructurings and launches that are weighed, denied or planned", "[extract]") {
  RunTraps({
      {"2026-10-14", "OpenAI is weighing a new funding round that would value it at $900 billion.", {{"funding", "", "OpenAI"}}, {}},
      {"2026-10-14", "Mistral AI is exploring a round of funding of up to $2 billion, two people said.", {{"funding", "", "Mistral AI"}}, {}},
      {"2026-10-14", "Meta denied a report that it had restructured its superintelligence lab.", {{"reorganization", "", "Meta"}}, {}},
      {"2026-10-14", "Anthropic has no plans to restructure its research teams, a spokesperson said.", {{"reorganization", "", "Anthropic"}}, {}},
      {"2026-10-14", "If the deal closes, Cohere would raise $500 million in a new round.", {{"funding", "", "Cohere"}}, {}},
      {"2026-10-14", "Mistral AI raised $2 billion in a round led by ASML on Monday.", {},
       {{"funding", "", "Mistral AI", "", "2026-10-12"}}},
  });
  RunTraps({
      {"2026-10-08", "華碩否認將裁員，並表示研發預算不變。", {{"reorganization", "", "ASUS"}}, {}},
      {"2026-10-08", "市場傳言聯發科正洽談新一輪融資，公司不予置評。", {{"funding", "", "MediaTek"}}, {}},
      {"2026-10-08", "如果計畫順利，聯發科明年將重組AI研發部門。", {{"reorganization", "", "MediaTek"}}, {}},
  });
  RunTraps({
      {"2026-10-27", "智谱计划明年完成新一轮融资。", {{"funding", "", "Zhipu AI"}}, {}},
      {"2026-10-27", "百度否认将裁员，称相关报道不实。", {{"reorganization", "", "Baidu"}}, {}},
      {"2026-10-27", "据悉，月之暗面正在考虑新一轮融资，估值或超过50亿美元。", {{"funding", "", "Moonshot AI"}}, {}},
      {"2026-10-27", "智谱AI昨日宣布完成新一轮融资，由高瓴资本领投。", {}, {{"funding", "", "Zhipu AI", "", "2026-10-26"}}},
  });
}

TEST_CASE("Events: a return to an earlier employer is a hire", "[extract]") {
  RunTraps({
      {"2026-10-14", "Research scientist Keiko Tanabe rejoined OpenAI on Monday after two years at Anthropic.", {},
       {{"hire", "Keiko Tanabe", "OpenAI", nullptr, "2026-10-12"}}},
      {"2026-10-14", "Google DeepMind's former robotics lead Omar Haddad returned to Google DeepMind last week from Tesla.", {},
       {{"hire", "Omar Haddad", "Google DeepMind", nullptr, "2026-10"}}},
      // Not a move: a return to growth, to a topic.
      {"2026-10-14", "Research scientist Keiko Tanabe said OpenAI returned to growth in September.",
       {{"hire", "Keiko Tanabe", "OpenAI"}}, {}},
  });
  RunTraps({
      {"2026-10-08", "前聯發科研發處長簡志豪本週一重返聯發科。", {}, {{"hire", "簡志豪", "MediaTek", nullptr, "2026-10-05"}}},
  });
  RunTraps({
      {"2026-10-27", "研究员钟书瑶已于10月23日回归字节跳动。", {}, {{"hire", "钟书瑶", "ByteDance", nullptr, "2026-10-23"}}},
  });
}

TEST_CASE("Event traps: delayed, postponed and cancelled launches are no launches", "[extract]") {
  RunTraps({
      {"2026-10-14", "Apple delayed the launch of its new Siri to 2027.", {{"launch", "", "Apple"}}, {}},
      {"2026-10-14", "OpenAI scrapped the launch of Sora in Europe.", {{"launch", "", "OpenAI"}}, {}},
      {"2026-10-14", "Google has yet to release Gemini 4.", {{"launch", "", "Google"}}, {}},
      {"2026-10-14", "Apple launched the new Siri on Monday.", {}, {{"launch", "", "Apple", "", "2026-10-12"}}},
  });
  RunTraps({
      {"2026-10-14", "騰訊暫緩推出混元新版本。", {{"launch", "", "Tencent"}}, {}},
      {"2026-10-14", "百度取消發布文心一言新功能。", {{"launch", "", "Baidu"}}, {}},
  });
  RunTraps({
      {"2026-10-14", "阿里巴巴延后上线千问新版。", {{"launch", "", "Alibaba"}}, {}},
      {"2026-10-14", "苹果推迟发布新版Siri。", {{"launch", "", "Apple"}}, {}},
  });
}

TEST_CASE("Event traps: the speaker before a plural pronoun is not who moves", "[extract]") {
  RunTraps({
      {"2026-11-09",
       "研究员皇甫嘉树和陆知遥已于上周五离开百度，加入阶跃星辰。阶跃星辰多模态研究负责人Oliver Brandt表示，两人将加入其视频生成团队。",
       {{"hire", "Oliver Brandt", "StepFun"}, {"hire", "Oliver Brandt", "Baidu"}, {"departure", "Oliver Brandt", "Baidu"}},
       {{"hire", "陆知遥", "StepFun", "Baidu", "2026-11-06"}}},
      {"2026-11-09",
       "研究員皇甫嘉樹和陸知遙已於上週五離開百度，加入階躍星辰。階躍星辰多模態研究負責人Oliver Brandt表示，兩人將加入其影片生成團隊。",
       {{"hire", "Oliver Brandt", "StepFun"}, {"hire", "Oliver Brandt", "Baidu"}, {"departure", "Oliver Brandt", "Baidu"}},
       {{"hire", "陸知遙", "StepFun", "Baidu", "2026-11-06"}}},
      {"2026-11-09",
       "Researchers Huangfu Jiashu and Lu Zhiyao left Baidu on Friday to join StepFun. StepFun research lead Oliver Brandt "
       "said: both will join its video generation team.",
       {{"hire", "Oliver Brandt", "StepFun"}, {"hire", "Oliver Brandt", "Baidu"}, {"departure", "Oliver Brandt", "Baidu"}},
       {{"hire", "Lu Zhiyao", "StepFun", "Baidu", "2026-11-06"}}},
  });
}

TEST_CASE("Event traps: a clause that recaps an earlier year's move next to this month's move", "[extract]") {
  RunTraps({
      {"2026-11-09", "研究員張偉去年從百度加入阿里巴巴，本月初已離開阿里巴巴。",
       {{"hire", "張偉", "Alibaba"}, {"departure", "張偉", "Baidu"}}, {{"departure", "張偉", "Alibaba", nullptr, "2026-11"}}},
      {"2026-11-09", "研究员张伟去年从百度加入阿里巴巴，本月初已离开阿里巴巴。",
       {{"hire", "张伟", "Alibaba"}, {"departure", "张伟", "Baidu"}}, {{"departure", "张伟", "Alibaba", nullptr, "2026-11"}}},
      {"2026-11-09", "Engineer Zhang Wei joined Alibaba from Baidu last year, and left Alibaba earlier this month.",
       {{"hire", "Zhang Wei", "Alibaba"}, {"departure", "Zhang Wei", "Baidu"}},
       {{"departure", "Zhang Wei", "Alibaba", nullptr, "2026-11"}}},
      // A clause with its own date is no recap.
      {"2026-11-09", "Engineer Zhang Wei left Baidu last year, and joined Alibaba on Monday.", {},
       {{"hire", "Zhang Wei", "Alibaba", nullptr, "2026-11-09"}}},
  });
}

TEST_CASE("Event traps: a merger under discussion is no reorganisation", "[extract]") {
  struct OrgCase {
    const char* body;
    const char* org;
    bool event;
  };
  const OrgCase cases[] = {
      {"此外，鴻海正研議將研究院旗下的人工智慧研究所與半導體研究所合併，但發言人強調尚未定案。", "Foxconn", false},
      {"据了解，字节跳动正在讨论将Seed与Flow的部分团队合并，目前尚无定论。", "ByteDance", false},
      {"ByteDance is discussing whether to merge parts of Seed and Flow, people familiar said.", "ByteDance", false},
      // A merger that happened stays one.
      {"鴻海昨（24）日宣布將人工智慧研究所與半導體研究所合併。", "Foxconn", true},
      {"字节跳动昨日宣布将Seed与Flow的部分团队合并。", "ByteDance", true},
  };
  for (const OrgCase& c : cases) {
    Document d;
    d.body = c.body;
    d.published = "2026-11-25";
    Analysis a = news::testing::ProjectAnalyzer().Analyze(d);
    INFO(c.body);
    INFO("events:\n" << Describe(a));
    bool found = std::any_of(a.events.begin(), a.events.end(),
                             [&](const Event& e) { return e.type == "reorganization" && e.organization == c.org; });
    CHECK(found == c.event);
  }
}

TEST_CASE("Event traps: board seats and stand-ins are no moves; 'will join' names the destination", "[extract]") {
  RunTraps({
      {"2026-12-02", "Helga Brandvold, a former Siemens executive, joined Mistral AI's board on Monday.",
       {{"hire", "Helga Brandvold", "Mistral AI"}, {"departure", "Helga Brandvold", "Siemens"}}, {}},
      {"2026-12-09", "公司也邀請前台積電資深副總經理俞定邦出任獨立董事。", {{"hire", "俞定邦", "TSMC"}, {"departure", "俞定邦", "TSMC"}}, {}},
      {"2026-12-09", "公司也邀请前台积电资深副总经理俞定邦出任独立董事。", {{"hire", "俞定邦", "TSMC"}, {"departure", "俞定邦", "TSMC"}}, {}},
      {"2026-11-24", "Google DeepMind has named Ishaan Varadkar, a senior staff researcher, acting head of evaluation.",
       {{"hire", "Ishaan Varadkar", "Google DeepMind"}}, {}},
      {"2026-11-25", "鴻海發言人表示，研究所業務由副所長呼延承志暫代。", {{"hire", "呼延承志", "Foxconn"}}, {}},
      // ... next to a real move; "will join" after a resignation gives both sides.
      {"2026-12-08",
       "Anneliese Korhonen, a research director at Meta, resigned on Friday and will join Thinking Machines Lab in January.",
       {}, {{"departure", "Anneliese Korhonen", "Meta", "Thinking Machines Lab", "2026-12-04"},
            {"hire", "Anneliese Korhonen", "Thinking Machines Lab", "Meta", "2026-12-04"}}},
      {"2026-12-04", "研究员闻人子骞已于上周一离开百度。闻人子骞的副手Clara Weisshaupt预计也将随其离开。",
       {{"departure", "Clara Weisshaupt", "Baidu"}}, {{"departure", "闻人子骞", "Baidu", nullptr, "2026-11-23"}}},
  });
}

TEST_CASE("Event traps: a later mention of the organisation someone came from is not where they went", "[extract]") {
  RunTraps({
      {"2026-12-02",
       "The company said Aurélien Dumont-Lacaze joined last month as chief financial officer from Meta, where he was vice "
       "president of finance for Reality Labs.",
       {{"hire", "Aurélien Dumont-Lacaze", "Meta"}}, {}},
      // An ordinary move from one to another keeps both sides.
      {"2026-12-02", "研究員張偉上月從百度加入阿里巴巴，負責通義千問的訓練。", {{"hire", "張偉", "Baidu"}},
       {{"hire", "張偉", "Alibaba", "Baidu", "2026-11"}}},
      {"2026-12-02", "研究员张伟上月从百度加入阿里巴巴，负责通义千问的训练。", {{"hire", "张伟", "Baidu"}},
       {{"hire", "张伟", "Alibaba", "Baidu", "2026-11"}}},
  });
}
