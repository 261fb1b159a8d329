#include <catch2/catch.hpp>

#include "extract/person_patterns.h"

#include <memory>
#include <string>

#include "extract/chinese_cue_names.h"

#include "lexicon/snapshot.h"

using namespace news;

TEST_CASE("People in no lexicon are found by their titles", "[extract]") {
  struct Case {
    const char* sentence;
    std::vector<std::string> names;
  };
  const Case cases[] = {
      {"負責Sora研發的研究副總裁Elena Vasquez上週五宣布請辭。", {"Elena Vasquez"}},
      {"DeepSeek核心研究员陈昊宇已于本月中旬离职。", {"陈昊宇"}},
      {"文心团队首席科学家宋启明已在上周提出离职。", {"宋启明"}},
      {"阿里巴巴通义实验室前技术负责人郭子涵已正式加入腾讯。", {"郭子涵"}},
      {"延攬前字節跳動Seed團隊研究員馬驍出任研究副總裁。", {"馬驍"}},
      {"聯發科總經理游志豪表示，公司經驗豐富。", {"游志豪"}},
      {"首席科學家艾琳娜·瓦斯奎茲表示。", {"艾琳娜·瓦斯奎茲"}},
      {"The same day, head of research Tomás Ferreira told colleagues.", {"Tomás Ferreira"}},
      {"Microsoft has hired Hannah Albrecht, a senior staff research scientist at Google DeepMind.", {"Hannah Albrecht"}},
      {"Amazon has hired Owen McAllister, who led research on foundation models.", {"Owen McAllister"}},
      {"Marcus Lindqvist, a research director who ran a FAIR group, departed.", {"Marcus Lindqvist"}},
      {"rivals, including Chen Haoyu, who moved to ByteDance in January.", {"Chen Haoyu"}},
      // Appositions and relative clauses without a title right before the name.
      {"The most recent was Nadia Petrova, one of the leaders of its safety research team.", {"Nadia Petrova"}},
      {"負責圖像生成研究、曾參與DALL-E開發的Daniel Okafor已於2月9日離職。", {"Daniel Okafor"}},
      {"负责视觉模型的林嘉树已离职。", {"林嘉树"}},
      {"The new unit is headed by Ingrid Solberg, the company said.", {"Ingrid Solberg"}},
      {"Meta研究總監Kwame Mensah與研究員林佳穎同日離開。", {"Kwame Mensah", "林佳穎"}},
      // Plural appositions name both coordinated people; adverbs after "who".
      {"The lab said Laura Mendes and Kofi Adjei, both senior research scientists at Google, have joined.",
       {"Laura Mendes", "Kofi Adjei"}},
      {"Priya Sen and Marco Bellini, two researchers who built the model, left.", {"Priya Sen", "Marco Bellini"}},
      {"Hannah Albrecht and Owen Reyes, a senior research scientist at Google DeepMind, met.", {"Owen Reyes"}},
      {"Vikram Rao, who already runs product engineering at the lab, will lead it.", {"Vikram Rao"}},
      // More titles and surnames, hire verbs right before a name.
      {"聯發科前資深處長方睿安已於上個月加入。", {"方睿安"}},
      {"三星電子旗下研究所前所長朴宰民已加入Naver。", {"朴宰民"}},
      {"原华为首席专家聂文博已于5月底加入讯飞。", {"聂文博"}},
      // "named X its/as", a plural noun then the names it stands for, "formerly a ...".
      {"Alongside the round, Mistral named Amara Osei its chief scientist.", {"Amara Osei"}},
      {"Two researchers who report to her, Marcus Oyelaran and Wen-Li Chao, are expected to follow her.",
       {"Marcus Oyelaran", "Wen-Li Chao"}},
      {"Her arrival follows that of Daniel Reyes, formerly a post-training lead at xAI.", {"Daniel Reyes"}},
      // A hire verb before a relative clause.
      {"聯發科宣布，延攬曾任Google TPU晶片團隊資深工程經理的周柏宇，出任副總經理。", {"周柏宇"}},
      {"联发科宣布，延揽曾任Google TPU芯片团队资深工程经理的周柏宇，出任副总经理。", {"周柏宇"}},
      {"百度宣布延攬鍾雅琪出任研究副總裁。", {"鍾雅琪"}},
      {"DeepSeek另一名研究员杭思源也在与月之暗面接触。", {"杭思源"}},
      // Founders: "founded by A and B", 由A與B共同創辦.
      {"Quillmark was founded by Nora Lind and Sebastian Orrin, who left OpenAI.", {"Nora Lind", "Sebastian Orrin"}},
      {"霽光智能由賴品安與郭承佑共同創辦，兩人去年返台。", {"賴品安", "郭承佑"}},
      {"该公司由张立伟和李思涵于2024年创立。", {"张立伟", "李思涵"}},
      // Name length: a weak stop (之, 以, 強) kept when a boundary follows it;
      // compound surnames keep both given-name characters.
      {"原腾讯混元团队首席科学家裴敬之已于8月10日正式入职。", {"裴敬之"}},
      {"原騰訊混元團隊首席科學家裴敬之已於8月10日正式入職。", {"裴敬之"}},
      {"The lab hired chief scientist Pei Jingzhi, who joined in August.", {"Pei Jingzhi"}},
      {"委任前微軟亞洲研究院首席研究員司徒穎芝為集團首席科學家。", {"司徒穎芝"}},
      {"委任前微软亚洲研究院首席研究员欧阳文博为集团首席科学家。", {"欧阳文博"}},
      {"原字节跳动Seed团队研究员周以宁当天正式加入美团。", {"周以宁"}},
      {"技術長李志強表示，模型將在年底開源。", {"李志強"}},
      {"首席科学家王明之后也离开了公司。", {"王明"}},
      {"研究员张伟博士表示，进展顺利。", {"张伟"}},
      {"百度搜索业务的一位副总裁常逸舟已于本月中旬离职。", {"常逸舟"}},
      {"美團從字節Seed挖來周以寧 給研究團隊三年不考核", {"周以寧"}},
      // Where they come from: 來自X的NAME; the name between commas after a
      // title noun; "has run"; "promoted X"; a time before "by".
      {"介绍了两位新加入的研究员：来自百度研究院的储一帆和来自商汤科技的骆佳音。", {"储一帆", "骆佳音"}},
      {"介紹了兩位新加入的研究員：來自百度研究院的儲一帆和來自商湯科技的駱佳音。", {"儲一帆", "駱佳音"}},
      {"His deputy, Clara Mendel, is expected to follow him.", {"Clara Mendel"}},
      {"Another senior researcher, Adaeze Nwosu, left in July.", {"Adaeze Nwosu"}},
      {"Yusuf Adeyemi, who has run pretraining at xAI since 2025, has left.", {"Yusuf Adeyemi"}},
      {"Perplexity also promoted Ruth Okonjo, its finance chief, to chief operating officer.", {"Ruth Okonjo"}},
      {"Lumenfold was founded last year by Joanna Kessler and Rafael Quintero.", {"Joanna Kessler", "Rafael Quintero"}},
      // Titles beyond research leaders: spokespeople, analysts, fellows,
      // architects, counsel, managers, C-level titles in both scripts,
      // "<area> lead", lower-case hyphenated given names.
      {"Google spokesperson Dana Whitfield declined to comment.", {"Dana Whitfield"}},
      {"\"The market is cooling,\" said Victor Albrecht, an analyst at Bernstein.", {"Victor Albrecht"}},
      {"OpenAI research fellow Imani Kovacs wrote the paper.", {"Imani Kovacs"}},
      {"The chip was designed by chief architect Rafael Quintero.", {"Rafael Quintero"}},
      {"Distinguished engineer Hollis Vandermeer joined Perplexity.", {"Hollis Vandermeer"}},
      {"Member of technical staff Keiko Tanabe left OpenAI on Friday.", {"Keiko Tanabe"}},
      {"Its product manager Leila Haddad presented the demo.", {"Leila Haddad"}},
      {"Another Google search lead, Ravi Castellano, stayed.", {"Ravi Castellano"}},
      {"Nvidia named Sun-hee Park as its chief scientist.", {"Sun-hee Park"}},
      {"輝達發言人林雅婷表示不予置評。", {"林雅婷"}},
      {"富邦投顧分析師陳俊宏認為需求仍強。", {"陳俊宏"}},
      {"華碩營運長許志明表示，伺服器出貨成長。", {"許志明"}},
      {"群聯產品長李孟哲介紹新品。", {"李孟哲"}},
      {"百度发言人王晓雯表示不予置评。", {"王晓雯"}},
      {"字节跳动首席运营官赵明远出席活动。", {"赵明远"}},
      {"腾讯顾问孙立群参与了项目。", {"孙立群"}},
      // Two people joined by 和/與/and after one title or hire verb; a noun
      // phrase between the title noun and the comma before the name.
      {"百度文心团队的两位技术负责人皇甫嘉树和陆知遥已于上周五离职。", {"皇甫嘉树", "陆知遥"}},
      {"百度文心團隊的兩位技術負責人皇甫嘉樹和陸知遙已於上週五離職。", {"皇甫嘉樹", "陸知遙"}},
      {"研究總監莫嘉欣與Adrian Cheung上月底相繼離職。", {"莫嘉欣", "Adrian Cheung"}},
      {"Meta has hired Arash Tehrani and Wen Jiahui, both of whom worked at Google DeepMind.", {"Arash Tehrani", "Wen Jiahui"}},
      {"A third researcher from the same team, Priyanka Sood, left on Friday.", {"Priyanka Sood"}},
      {"Said a senior engineer at Nvidia, Ana Ruiz, in a post.", {"Ana Ruiz"}},
      {"Research scientists Maya Okonkwo and Felix Brandauer have left.", {"Maya Okonkwo", "Felix Brandauer"}},
      {"Researchers Huangfu Jiashu and Lu Zhiyao left Baidu.", {"Huangfu Jiashu", "Lu Zhiyao"}},
      // Rarer compound surnames and Taiwanese double surnames keep both given-name characters.
      {"研究所業務由副所長呼延承志暫代。", {"呼延承志"}},
      {"前聯發科資深處長張簡芷寧本月初到任技術長。", {"張簡芷寧"}},
      {"創辦人暨執行長范姜柏翰表示，新資金將用於量產。", {"范姜柏翰"}},
      {"前阿里巴巴高级研究员第五明川已正式入职。", {"第五明川"}},
      {"文心大模型首席科学家闻人子骞离职创业。", {"闻人子骞"}},
      {"原可灵团队技术负责人赫连博远则调任商业化部门。", {"赫连博远"}},
      {"研究员张简明表示，进展顺利。", {"张简明"}},
      // 副手 (deputy), "named X acting ...", the area of a post in an apposition.
      {"實驗室已安排其副手澹臺思敏暫代她的職務。", {"澹臺思敏"}},
      {"闻人子骞的副手Clara Weisshaupt预计也将随其离开。", {"Clara Weisshaupt"}},
      {"Meta has named Dmitri Halvorsen acting head of the speech group.", {"Dmitri Halvorsen"}},
      {"Anthropic said Theodora Quist, a former OpenAI policy director, will advise it.", {"Theodora Quist"}},
      // A post taken, the name before the verb ("joined … as", "was named",
      // "takes over as"); 由X接任/出任/暫代.
      {"The company said Aurélien Dumont-Lacaze joined earlier this month as chief financial officer from Meta.",
       {"Aurélien Dumont-Lacaze"}},
      {"Dmitri Halvorsen was named acting head of the speech group.", {"Dmitri Halvorsen"}},
      {"Priya Natarajan has been appointed the new head of research at Cohere.", {"Priya Natarajan"}},
      {"On Monday Jane Porter takes over as CTO.", {"Jane Porter"}},
      {"研究所業務由呼延承志暫代，進度不受影響。", {"呼延承志"}},
      {"研究所业务由呼延承志暂代，进度不受影响。", {"呼延承志"}},
      {"職務改由Clara Weisshaupt接任。", {"Clara Weisshaupt"}},
      {"技术长一职由王明出任。", {"王明"}},
      // An age before the apposition; seats and advisory posts as titles.
      {"The lab said Marta Kowalczyk, 45, a former Meta policy director, will lead it.", {"Marta Kowalczyk"}},
      {"Jonas Weber, 52, who led research at SAP, joined.", {"Jonas Weber"}},
      {"Ingrid Holm, a senior adviser to the lab, left.", {"Ingrid Holm"}},
      {"Paul Brandt, an independent board member, resigned.", {"Paul Brandt"}},
      {"公司同時宣布獨立董事林志遠離職。", {"林志遠"}},
      {"公司同时宣布独立董事林志远离职。", {"林志远"}},
      {"執行長特助陳怡君也將離開。", {"陳怡君"}},
      // Particles inside Latin names and apostrophes, in both languages'
      // text; a particle with no capitalised word after it ends the name.
      {"The lab hired chief scientist Ursula von der Leyen.", {"Ursula von der Leyen"}},
      {"Google spokesperson Sinéad O'Brien declined to comment.", {"Sinéad O'Brien"}},
      {"Meta研究總監Jan van Rijn已離職。", {"Jan van Rijn"}},
      {"Meta研究总监Luis de la Torre已离职。", {"Luis de la Torre"}},
      {"Chief scientist Ana Ruiz de facto runs the lab.", {"Ana Ruiz"}},
      // Title words that RE2 let take capitalised words: the name is what is left.
      {"The same day, head of research Jane Doe Smith said so.", {"Doe Smith"}},
      {"Meta vice president of AI Safety Ana Ruiz left.", {"Ana Ruiz"}},
      {"The startup was founded in March 2024 by Jane Doe and Ann Lee.", {"Jane Doe", "Ann Lee"}},
      {"Jane Doe and Ann Lee, the lead engineers at Meta, left.", {"Jane Doe", "Ann Lee"}},
      {"Ana Ruiz, the lead of the group, left.", {"Ana Ruiz"}},
      // ... but not an organisation or a word after 和/與/and
      {"首席工程師李華和高通合作開發晶片。", {"李華"}},
      {"研究员张伟与百度团队合作。", {"张伟"}},
      {"The deal pairs chief scientist Ana Ruiz and Thinking Machines.", {"Ana Ruiz"}},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    std::vector<std::string> got;
    for (const TitledName& t : FindTitledPeople(c.sentence)) {
      got.push_back(t.name);
      CHECK(std::string_view(c.sentence).substr(t.begin, t.end - t.begin) == t.name);
    }
    CHECK(got == c.names);
  }
}

TEST_CASE("Titles followed by words that are not names give no person", "[extract]") {
  for (const char* s : {"研究員表示，團隊仍在擴編。", "多位科學家和工程師已經離開。", "The researchers said the Sora team was frozen.",
                        "Chief executive officers met in Paris.", "首席科学家的职责是带领研究。", "Google, the search giant, said so.",
                        "head of research In January the team grew.", "负责安全的团队已解散。",
                        "Led by example, the lab grew.", "公司宣布任命了一位新主管。", "百度延攬多名研究員。",
                        "研究員宣布離職。", "The researchers, both senior scientists, left.",
                        "該實驗室由公司與大學共同創辦。", "由Google和Meta共同创立的联盟。",
                        "如果頂尖科學家陸續離開，長遠競爭力會受影響。", "如果顶尖科学家陆续离开，长远竞争力会受影响。",
                        "聯發科延攬曾任Google晶片團隊的工程經理。", "联发科延揽曾任Google芯片团队的工程经理。",
                        "The company named Google Cloud as its partner.", "Researchers at the lab, Meta and Apple, disagree.",
                        "首席科學家王先生表示。", "研究员以及工程师都来自北京。", "来自谷歌的研究员表示。", "來自美國的消息指出。",
                        "Its director, New York Times reported, left.", "The company was founded in 2019 by two engineers.",
                        "The startup promoted Gemini Flash to users.", "分析師普遍認為需求仍強。", "发言人表示不予置评。",
                        "該顧問公司表示。", "Analysts said the round was large.", "The spokesperson said Google Cloud grew.",
                        "An analyst note from Morgan Stanley said so.", "The team will lead Google Research forward.",
                        // no second person: an organisation, a word, a longer run after 和/與/and
                        "首席工程師和高通合作開發晶片。", "研究員和百度的團隊合作。", "研究员和他的团队都已离开。",
                        // a post taken by no person: an organisation, no title, 由於 ("because")
                        "Sequoia Capital joined the round as lead investor.", "Jane Street was named a partner in the deal.",
                        "Google Cloud became the default provider.", "The startup joined as a founding member.",
                        "該職位將由董事會接任人選決定。", "该职位由公司高层出任。", "由于王明出任技术长，团队扩编。",
                        "由於王明出任技術長，團隊擴編。",
                        // an age or a seat with no name before it
                        "The board, 12 members strong, met.", "Its adviser, the bank, declined.",
                        "董事會與獨立董事會議延期。", "独立董事会议延期。",
                        "engineers at Meta, Google and Apple left.", "Researchers Google and Meta hired left.",
                        "Engineers In March and April left.", "The researcher at OpenAI, Thinking Machines said, left."}) {
    INFO(s);
    CHECK(FindTitledPeople(s).empty());
  }
}

TEST_CASE("Person patterns read back from a snapshot find the same people", "[extract]") {
  SnapshotWriter w;
  REQUIRE(PersonPatterns::Default().Save(w));
  auto bytes = std::make_shared<std::string>(w.bytes());
  SnapshotReader r(*bytes);
  std::unique_ptr<PersonPatterns> loaded = PersonPatterns::Load(r, bytes);
  REQUIRE(loaded);
  CHECK(r.at_end());
  for (const char* s :
       {"首席科學家艾琳娜·瓦斯奎茲表示。", "The same day, head of research Tomás Ferreira told colleagues.",
        "Microsoft has hired Hannah Albrecht, a senior staff research scientist at Google DeepMind.",
        "霽光智能由賴品安與郭承佑共同創辦，兩人去年返台。", "台北新創霽光智能宣布完成融資。"}) {
    INFO(s);
    std::vector<OrgCue> built_cues, loaded_cues;
    std::vector<TitledName> built = PersonPatterns::Default().Find(s, &built_cues), got = loaded->Find(s, &loaded_cues);
    REQUIRE(got.size() == built.size());
    for (size_t i = 0; i < got.size(); ++i) CHECK(got[i].name == built[i].name);
    REQUIRE(loaded_cues.size() == built_cues.size());
    for (size_t i = 0; i < loaded_cues.size(); ++i) CHECK(loaded_cues[i].begin == built_cues[i].begin);
  }
}

TEST_CASE("A snapshot of other cue words than the code's is refused", "[extract]") {
  SnapshotWriter w;
  REQUIRE(PersonPatterns::Default().Save(w));
  std::string bytes = w.bytes();
  bytes[0] ^= 1;  // the cue words' fingerprint comes first
  auto storage = std::make_shared<std::string>(bytes);
  SnapshotReader r(*storage);
  CHECK(PersonPatterns::Load(r, storage) == nullptr);
  SnapshotReader truncated(std::string_view(*storage).substr(0, 6));
  CHECK(PersonPatterns::Load(truncated, storage) == nullptr);
}

// The scanners of chinese_cue_names.h, called as Find calls them: at the
// end of a cue word, or over the whole sentence.
TEST_CASE("Names after Chinese cues are read from where the cue ends", "[extract]") {
  auto names = [](const std::vector<TitledName>& found) {
    std::vector<std::string> out;
    for (const TitledName& n : found) out.push_back(n.name);
    return out;
  };
  auto after = [](std::string_view s, std::string_view cue) { return s.find(cue) + cue.size(); };
  using Names = std::vector<std::string>;
  std::vector<TitledName> out;
  std::string_view s = "首席科學家宋啟明表示";
  NameAfterChineseCue(s, after(s, "首席科學家"), true, &out);
  CHECK(names(out) == Names{"宋啟明"});
  out.clear();
  s = "負責人之一Nadia Petrova表示";
  NameAfterChineseCue(s, after(s, "負責人"), true, &out);
  CHECK(names(out) == Names{"Nadia Petrova"});
  out.clear();
  s = "兩位負責人皇甫嘉樹和陸知遙已於上月離職";
  NameAfterChineseCue(s, after(s, "負責人"), true, &out);
  CHECK(names(out) == Names{"皇甫嘉樹", "陸知遙"});
  out.clear();
  s = "曾參與DALL-E開發的Daniel Okafor已加入";
  NamesAfterChineseClause(s, after(s, "參與"), &out);
  CHECK(names(out) == Names{"Daniel Okafor"});
  out.clear();
  FoundersBefore("霽光智能由賴品妤與郭承恩共同創辦", &out);
  CHECK(names(out) == Names{"賴品妤", "郭承恩"});
  out.clear();
  SuccessorAfterBy("執行長一職改由Clara Weisshaupt暫代", &out);
  CHECK(names(out) == Names{"Clara Weisshaupt"});
  out.clear();
  SuccessorAfterBy("執行長一職由董事會接任", &out);  // no name: nobody
  CHECK(out.empty());
}
