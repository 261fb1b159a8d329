// Sentence tone rules, table-driven, against the project's real lexicons.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "sentiment/sentiment_analyzer.h"
#include "test_support.h"
#include "text/normalizer.h"

using namespace news;
using namespace news::testing;

namespace {

const SentimentAnalyzer& Real() {
  static std::unique_ptr<SentimentAnalyzer> sa = [] {
    auto r = SentimentAnalyzer::Create({SourcePath("lexicons")});
    REQUIRE(r.ok());
    return std::move(*r);
  }();
  return *sa;
}

SentenceTone Tone(const std::string& s) { return Real().ScoreSentence(NormalizeText(s)); }

struct LabelCase {
  const char* text;
  int label;
};

void CheckLabels(const std::vector<LabelCase>& cases) {
  for (const auto& c : cases) {
    INFO(c.text);
    SentenceTone t = Tone(c.text);
    INFO("score " << t.score);
    CHECK(t.label == c.label);
  }
}

// A sentence that speaks to both sides, favouring one: +1 research, -1 product.
struct FavourCase {
  const char* text;
  int favoured;
};

void CheckFavours(const std::vector<FavourCase>& cases) {
  for (const FavourCase& c : cases) {
    INFO(c.text);
    SentenceTone t = Tone(c.text);
    CHECK(t.aspect == "both");
    CHECK(t.research * c.favoured > 0);
    CHECK(t.product * c.favoured < 0);
  }
}

}  // namespace

TEST_CASE("Polarity words give the sentence its sign", "[sentiment]") {
  CheckLabels({
      {"The results were excellent.", 1},
      {"The launch was a disaster.", -1},
      {"The company is headquartered in Helsinki.", 0},
      {"房间很干净，服务热情周到。", 1},
      {"房间很脏，服务态度恶劣。", -1},
      {"公司总部位于北京。", 0},
  });
}

TEST_CASE("Negation flips the next polar word and ends at the clause", "[sentiment]") {
  CheckLabels({
      {"The hotel was not clean.", -1},
      {"The update is no longer reliable.", -1},
      {"The room was not dirty.", 1},
      {"房间不干净。", -1},
      {"服务没有想象中热情。", -1},
      {"早餐并非很差。", 1},
      {"研究人員很難看到成果。", -1},
      {"研究人员很难看到成果。", -1},
  });
  // The clause boundary ends the negator's scope: the second clause keeps its sign.
  CHECK(Tone("It was not cheap, but the staff were excellent.").label == 1);
  CHECK(Tone("价格不便宜，但是服务非常好。").label == 1);
}

TEST_CASE("Words that contain a negator character are not negations", "[sentiment]") {
  // 非常, 不错 and 未来 must be read whole: each sentence is positive.
  CheckLabels({
      {"服务非常好。", 1},
      {"房间不错。", 1},
      {"未来的增长很好。", 1},
      {"营收不断增长。", 1},
  });
  CHECK(Tone("服务非常好。").score > Tone("服务好。").score);
}

TEST_CASE("Intensifiers raise and diminishers lower the weight", "[sentiment]") {
  CHECK(Tone("The quarter was very good.").score > Tone("The quarter was good.").score);
  CHECK(Tone("The quarter was slightly good.").score < Tone("The quarter was good.").score);
  CHECK(Tone("房间非常干净。").score > Tone("房间干净。").score);
  CHECK(Tone("房间稍微干净。").score < Tone("房间干净。").score);
  CHECK(Tone("Sales rose sharply.").score > Tone("Sales rose.").score);
}

TEST_CASE("The clause after a contrast marker weighs more", "[sentiment]") {
  CheckLabels({
      {"The design is good, but the battery life is terrible.", -1},
      {"The launch was delayed, however the reviews are excellent.", 1},
      {"位置很方便，但是房间太脏了。", -1},
      {"房间有点小，不过服务非常热情。", 1},
      {"价格有点贵，然而早餐非常丰富。", 1},
  });
}

TEST_CASE("Hedges and reported speech soften a clause", "[sentiment]") {
  CHECK(std::abs(Tone("The merger may be a disaster.").score) < std::abs(Tone("The merger is a disaster.").score));
  CHECK(std::abs(Tone("Analysts said the quarter was excellent.").score) <
        std::abs(Tone("The quarter was excellent.").score));
  CHECK(std::abs(Tone("这次合作可能会失败。").score) < std::abs(Tone("这次合作会失败。").score));
}

TEST_CASE("Metric and direction phrases carry business news tone", "[sentiment]") {
  CheckLabels({
      {"Revenue rose 12 % in the third quarter.", 1},
      {"Operating profit fell to EUR 3 mn.", -1},
      {"Operating loss narrowed to EUR 2 mn.", 1},
      {"The operating loss increased to EUR 9 mn.", -1},
      {"Costs decreased by 8 %.", 1},
      {"Net sales totalled EUR 120 mn.", 0},
      {"The operating margin was 4.1 % , from 6.3 % a year earlier.", -1},
      {"Operating profit was EUR 9 mn , compared to EUR 5 mn a year earlier.", 1},
      {"Net sales increased by 5 % , and operating profit by 9 %.", 1},
      {"营收大幅增长。", 1},
      {"净利润下滑百分之二十。", -1},
      {"亏损收窄。", 1},
      {"成本下降。", 1},
      // Growth that slows is bad news, not growth.
      {"收入增長放緩。", -1},
      {"收入增长放缓。", -1},
      {"Revenue grew more slowly than expected.", -1},
  });
  CHECK(Tone("收入增長放緩。").score == Tone("收入增长放缓。").score);
}

TEST_CASE("Aspect comes from research and product terms", "[sentiment]") {
  CHECK(Tone("The research lab published a landmark paper.").aspect == "research");
  CHECK(Tone("Subscription revenue grew strongly.").aspect == "product");
  CHECK(Tone("The hotel was quiet.").aspect == "none");
  CHECK(Tone("研究人员纷纷离职。").aspect == "research");
  CHECK(Tone("研究人员纷纷离职。").research < 0);
  CHECK(Tone("订阅营收大幅增长。").product > 0);
}

TEST_CASE("A sentence that favours product over research scores both sides", "[sentiment]") {
  for (const char* s : {"The company now puts product deadlines over long-term research.",
                        "公司将产品发布置于长期研究之上。"}) {
    INFO(s);
    SentenceTone t = Tone(s);
    CHECK(t.aspect == "both");
    CHECK(t.research < 0);
    CHECK(t.product > 0);
  }
  SentenceTone shift = Tone("The lab shifted to shipping products.");
  CHECK(shift.aspect == "both");
  CHECK(shift.product > 0);
  CHECK(shift.research < 0);
}

TEST_CASE("A malformed sentiment lexicon fails with file and line", "[sentiment]") {
  TempDir dir;
  std::filesystem::create_directories(dir / "sentiment");
  WriteFile(dir / "sentiment/bad.tsv", "term\tweight\ngood\tvery\n");
  auto r = SentimentAnalyzer::Create({dir.path().string()});
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message().find("bad.tsv:2:") != std::string::npos);
  WriteFile(dir / "sentiment/bad.tsv", "term\tcolour\ngood\tblue\n");
  CHECK_FALSE(SentimentAnalyzer::Create({dir.path().string()}).ok());
}

TEST_CASE("sentiment prints label, score and aspect per line", "[sentiment][e2e]") {
  RunResult r = RunNewsminer("sentiment", "Revenue rose sharply.\n\n研究人员纷纷离职。\n");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.substr(0, 2) == "1\t");
  auto lines = std::count(r.out.begin(), r.out.end(), '\n');
  CHECK(lines == 3);
  CHECK(r.out.find("0\t0.000\tnone\n") != std::string::npos);
  CHECK(r.out.find("\tresearch\n") != std::string::npos);
}

TEST_CASE("A Traditional sentence and its Simplified twin score the same", "[sentiment]") {
  struct Twin {
    const char* hant;
    const char* hans;
    int label;
  };
  const Twin twins[] = {
      {"房間很乾淨，服務熱情周到。", "房间很干净，服务热情周到。", 1},                  // polarity
      {"房間不乾淨。", "房间不干净。", -1},                                              // negation
      {"服務沒有想像中熱情。", "服务没有想象中热情。", -1},                              // negation, clause scope
      {"未來的發展非常不錯。", "未来的发展非常不错。", 1},                              // 未來, 非常, 不錯 are whole words
      {"位置很方便，但是房間太髒了。", "位置很方便，但是房间太脏了。", -1},              // contrast
      {"價格有點貴，不過早餐非常豐富。", "价格有点贵，不过早餐非常丰富。", 1},          // contrast, diminisher
      {"這次合作可能會失敗。", "这次合作可能会失败。", -1},                              // hedge
      {"營收大幅增長。", "营收大幅增长。", 1},                                          // metric + direction
      {"淨利潤下滑百分之二十。", "净利润下滑百分之二十。", -1},
      {"虧損收窄。", "亏损收窄。", 1},                                                  // "losses narrowed"
      {"研究人員紛紛離職，人才流失嚴重。", "研究人员纷纷离职，人才流失严重。", -1},      // talent drain
      {"OpenAI的研究團隊士氣低落。", "OpenAI的研究团队士气低落。", -1},                  // low morale
      {"公司將產品發布置於長期研究之上。", "公司将产品发布置于长期研究之上。", 0},      // both sides, opposite signs
  };
  for (const Twin& t : twins) {
    INFO(t.hant << " / " << t.hans);
    SentenceTone a = Tone(t.hant), b = Tone(t.hans);
    CHECK(a.score == b.score);
    CHECK(a.aspect == b.aspect);
    CHECK(a.research == b.research);
    CHECK(a.product == b.product);
    CHECK(a.label == t.label);
  }
}

TEST_CASE("Abbreviations and figures inside a sentence keep its tone", "[sentiment]") {
  CheckLabels({
      {"Net sales in the U.S. were EUR 128.7 mn , a 3.3-percent increase compared with EUR 124.6 mn.", 1},
      {"The company swung to a net profit of EUR 3 mn.", 1},
      {"Quarterly revenue came in below expectations.", -1},
      {"This is a god-awful plan.", -1},
  });
}

TEST_CASE("Each side of a two-sided sentence takes the clauses that name it", "[sentiment]") {
  // The freeze hits research, the growth is product's.
  for (const char* s : {"研究預算被凍結，而訂閱營收大幅增長。", "研究预算被冻结，而订阅营收大幅增长。",
                        "The research budget was frozen, while subscription revenue soared."}) {
    INFO(s);
    SentenceTone t = Tone(s);
    CHECK(t.aspect == "both");
    CHECK(t.research < 0);
    CHECK(t.product > 0);
  }
  // A clause about researchers that mentions commerce in passing stays research's.
  SentenceTone t = Tone("科學探索與商業必要性之間的緊張關係疏遠了關鍵研究人員。");
  CHECK(t.research < 0);
  CHECK(t.product == 0);
}

TEST_CASE("An over/shift cue is judged by the aspect named next to it", "[sentiment]") {
  // Whoever speaks (researchers, a lab), the clause with the cue says where
  // the work now goes: to the product.
  const std::vector<FavourCase> cases = {
      {"多位研究人員與實驗室的科學家表示，今年團隊的重心明顯向產品傾斜。", -1},
      {"多位研究人员与实验室的科学家表示，今年团队的重心明显向产品倾斜。", -1},
      {"According to researchers and scientists at the lab, the team now puts product launches over everything.", -1},
      {"產品經理與銷售團隊表示，公司今年把長期研究置於營收之上。", 1},
      {"产品经理与销售团队表示，公司今年把长期研究置于营收之上。", 1},
      {"Product managers and sales staff say the company now puts long-term research over revenue.", 1},
  };
  CheckFavours(cases);
  CHECK(Tone(cases[0].text).research == Tone(cases[1].text).research);
  CHECK(Tone(cases[3].text).product == Tone(cases[4].text).product);
}

TEST_CASE("A reported-speech marker that ends its clause softens what follows it", "[sentiment]") {
  struct Case {
    const char* replied;
    const char* plain;
  };
  const Case cases[] = {
      {"公司方面回應稱，研究投入仍然保持在較高水平。", "研究投入仍然保持在較高水平。"},
      {"公司方面回应称，研究投入仍然保持在较高水平。", "研究投入仍然保持在较高水平。"},
      {"In response, the company said its research spending remains strong.", "Its research spending remains strong."},
  };
  for (const Case& c : cases) {
    INFO(c.replied);
    SentenceTone replied = Tone(c.replied), plain = Tone(c.plain);
    CHECK(plain.research > 0);
    CHECK(replied.research > 0);
    CHECK(replied.research < plain.research);
  }
  CHECK(Tone(cases[0].replied).score == Tone(cases[1].replied).score);
}

TEST_CASE("Putting more or less into research is research news", "[sentiment]") {
  struct Case {
    const char* text;
    int sign;
  };
  const Case cases[] = {
      {"公司會持續加大研究投入。", 1},  {"公司会持续加大研究投入。", 1},
      {"今年的研究預算被壓縮。", -1},  {"今年的研究预算被压缩。", -1},
      {"字節跳動大幅上調了研究預算。", 1}, {"字节跳动大幅上调了研究预算。", 1},
      {"The company raised its research budget again.", 1},
      {"The research budget was cut by a third.", -1},
      {"實驗室發表的論文數量同比增加四成。", 1}, {"实验室发表的论文数量同比增加四成。", 1},
      {"The number of papers the lab published rose 40%.", 1},
      {"論文數量明顯減少。", -1}, {"论文数量明显减少。", -1},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    SentenceTone t = Tone(c.text);
    CHECK(t.aspect == "research");
    CHECK(t.label == c.sign);
  }
  for (size_t i = 0; i + 1 < 6; i += 2) CHECK(Tone(cases[i].text).score == Tone(cases[i + 1].text).score);
  CHECK(Tone(cases[8].text).score == Tone(cases[9].text).score);
  CHECK(Tone(cases[11].text).score == Tone(cases[12].text).score);
}

TEST_CASE("A negated negative word is only faintly good, a negated positive one bad", "[sentiment]") {
  struct Case {
    const char* negated_good;  // "not good"
    const char* negated_bad;   // "not bad"
  };
  const Case cases[] = {
      {"房間不乾淨。", "房間不髒。"},
      {"房间不干净。", "房间不脏。"},
      {"這個計畫並非成功。", "這個計畫並非失敗。"},
      {"这个计划并非成功。", "这个计划并非失败。"},
      {"The plan is not good.", "The plan is not bad."},
  };
  for (const Case& c : cases) {
    INFO(c.negated_good << " / " << c.negated_bad);
    double good = Tone(c.negated_good).score, bad = Tone(c.negated_bad).score;
    CHECK(good < 0);
    CHECK(bad > 0);
    CHECK(std::fabs(bad) < std::fabs(good));
  }
  CHECK(Tone(cases[0].negated_bad).score == Tone(cases[1].negated_bad).score);
  CHECK(Tone(cases[2].negated_bad).score == Tone(cases[3].negated_bad).score);
}

TEST_CASE("A negator that negates an aspect term is not bad news", "[sentiment]") {
  // "no product targets" says which side is absent; a bare "nobody came"
  // still leans negative.
  const char* cases[] = {
      "The group will have no product targets.",
      "Researchers work on ideas that will not ship for a year.",
      "研究小組不設產品指標。",
      "研究小组不设产品指标。",
  };
  for (const char* c : cases) {
    INFO(c);
    CHECK(Tone(c).score == 0);
  }
  CHECK(Tone(cases[2]).score == Tone(cases[3]).score);
  CHECK(Tone("Nobody came.").score < 0);
  CHECK(Tone("The research agenda is not an afterthought.").score > 0);
}

TEST_CASE("Slowed growth, shelved work and hollow labs read as bad news", "[sentiment]") {
  struct Case {
    const char* hant;
    const char* hans;
    const char* en;
  };
  const Case cases[] = {
      {"基礎研究基本名存實亡。", "基础研究基本名存实亡。", "Several long-term projects have been paused."},
      {"多名研究員開始尋找新的機會。", "多名研究员开始寻找新的机会。", "The launch was overshadowed by the news."},
      {"研究委員會形同虛設。", "研究委员会形同虚设。", "Paid adoption has grown more slowly than expected."},
  };
  for (const Case& c : cases) {
    INFO(c.hant << " / " << c.en);
    CHECK(Tone(c.hant).label == -1);
    CHECK(Tone(c.hant).score == Tone(c.hans).score);
    CHECK(Tone(c.en).score < 0);
  }
}

TEST_CASE("Resources or teams moved to a side favour that side", "[sentiment]") {
  const std::vector<FavourCase> cases = {
      {"研究團隊的多個小組將整體劃入產品線。", -1},
      {"研究团队的多个小组将整体划入产品线。", -1},
      {"Compute for long-term research keeps being moved to product launches.", -1},
      {"Engineers from the product group were reassigned to the research lab.", 1},
      {"研究所未來的工作將更偏向配合各事業群的需求。", -1},
      {"研究所未来的工作将更偏向配合各事业群的需求。", -1},
      {"The research institute's work now leans toward the needs of the business units.", -1},
  };
  CheckFavours(cases);
  CHECK(Tone(cases[0].text).research == Tone(cases[1].text).research);
  CHECK(Tone(cases[4].text).research == Tone(cases[5].text).research);
}

TEST_CASE("Open problems, harm and open questions read as such", "[sentiment]") {
  struct Case {
    const char* hant;
    const char* hans;
    int sign;
  };
  const Case cases[] = {
      {"如何留住研究人才，將是研究院下一階段的重要課題。", "如何留住研究人才，将是研究院下一阶段的重要课题。", -1},
      {"長遠競爭力會受影響。", "长远竞争力会受影响。", -1},
      {"發表會的焦點被一則人事消息蓋過。", "发布会的焦点被一则人事消息盖过。", -1},
      {"公司去年轉虧為盈。", "公司去年转亏为盈。", 1},
      {"研究團隊列出了三個研究課題。", "研究团队列出了三个研究课题。", 0},
  };
  for (const Case& c : cases) {
    INFO(c.hant);
    double s = Tone(c.hant).score;
    CHECK((s > 0 ? 1 : s < 0 ? -1 : 0) == c.sign);
    CHECK(s == Tone(c.hans).score);
  }
  CHECK(Tone("The lab now faces the question of how to retain its researchers.").score < 0);
  // 突破 before a figure is a move up of that figure, not a breakthrough.
  for (const char* s : {"可靈的年化收入已經突破數億美元。", "可灵的年化收入已经突破数亿美元。"}) {
    INFO(s);
    CHECK(Tone(s).aspect == "product");
    CHECK(Tone(s).label == 1);
  }
  CHECK(Tone("研究團隊取得重大突破。").aspect == "research");
  // 發表 unveils a product in Taiwan news, and publishes a paper.
  CHECK(Tone("蘋果昨日發表新一代晶片。").aspect == "product");
  CHECK(Tone("苹果昨日发表新一代芯片。").aspect == "product");
  CHECK(Tone("他發表過不少論文。").aspect == "research");
  // "the market worries" is investors worrying, not product news.
  for (const char* s : {"這讓市場擔心蘋果已落後對手。", "这让市场担心苹果已落后对手。"}) {
    INFO(s);
    CHECK(Tone(s).aspect == "none");
    CHECK(Tone(s).label == -1);
  }
  // "whether it can" is an open question: it weighs less than the result.
  CHECK(Tone("新版本能否帶動客戶增長。").score < Tone("新版本帶動客戶增長。").score);
  CHECK(Tone("新版本能否带动客户增长。").score == Tone("新版本能否帶動客戶增長。").score);
}

TEST_CASE("Approximations are not tone; people choosing to stay is good news", "[sentiment]") {
  CHECK(Tone("Roughly a fifth of its researchers now work on interpretability.").score == 0);
  CHECK(Tone("The road ahead is rough.").score < 0);
  const char* stay[] = {"這種氛圍是多數研究員願意留下的原因。", "这种氛围是多数研究员愿意留下的原因。",
                        "That is why most researchers chose to stay."};
  for (const char* s : stay) {
    INFO(s);
    CHECK(Tone(s).score > 0);
  }
  CHECK(Tone(stay[0]).score == Tone(stay[1]).score);
}

TEST_CASE("issue-6: a result against expectations outweighs the move it judges", "[sentiment]") {
  CheckLabels({
      {"付費用戶增長低於預期。", -1},
      {"付费用户增长低于预期。", -1},
      {"Paid user growth was below expectations.", -1},
      {"虧損低於預期。", 1},
      {"亏损低于预期。", 1},
      {"Losses came in below expectations.", 1},
      {"營收下滑，但好於預期。", 1},
      {"营收下滑，但好于预期。", 1},
      {"Revenue fell, but less than feared and above expectations.", 1},
  });
}

TEST_CASE("issue-6: 不少 (many) is not a negator", "[sentiment]") {
  CheckLabels({
      {"不少研究院成員對這次調整並不滿意。", -1},
      {"不少研究院成员对这次调整并不满意。", -1},
      {"Many members of the research institute are not satisfied with the change.", -1},
      {"不少用戶表示滿意。", 1},
      {"不少用户表示满意。", 1},
  });
}

TEST_CASE("issue-6: year-on-year moves, low willingness, postponed and limited read as bad news", "[sentiment]") {
  CheckLabels({
      {"出貨年減約一成。", -1},
      {"出货年减约一成。", -1},
      {"Shipments fell about 10 percent year on year.", -1},
      {"營收月增百分之五。", 1},
      {"营收月增百分之五。", 1},
      {"消費者的付費意願偏低。", -1},
      {"消费者的付费意愿偏低。", -1},
      {"Willingness to pay has fallen.", -1},
      {"三星和蘋果都面臨AI功能難以帶動換機的難題。", -1},
      {"三星和苹果都面临AI功能难以带动换机的难题。", -1},
      {"Samsung and Apple face the problem that AI features do not drive upgrades.", -1},
      {"收費功能延後推出。", -1},
      {"收费功能延后推出。", -1},
      {"The launch of paid features was postponed.", -1},
      {"商業化收入仍然有限。", -1},
      {"商业化收入仍然有限。", -1},
      {"Commercial revenue is still limited.", -1},
      {"台積電股份有限公司今日召開股東會。", 0},
      {"台积电股份有限公司今日召开股东会。", 0},
  });
}

TEST_CASE("issue-6: whether a result will come is an open question, not the result", "[sentiment]") {
  CheckLabels({
      {"投資人關注新版本能否帶動客戶增長。", 0},
      {"投资人关注新版本能否带动客户增长。", 0},
      {"Investors are watching whether the new version can lift customer growth.", 0},
      {"新版本帶動客戶增長。", 1},
      {"新版本带动客户增长。", 1},
      {"The new version lifted customer growth sharply.", 1},
  });
}

TEST_CASE("issue-6: a shift asked about (能否, whether) favours no side; not disclosing is not bad news", "[sentiment]") {
  CheckFavours({
      {"實驗室把研究重心轉為產品出貨。", -1},
      {"实验室把研究重心转为产品出货。", -1},
      {"The lab put shipping products over long-term research.", -1},
  });
  for (const char* text : {
           "分析師認為,能否把實驗室裡的研究示範轉為穩定出貨,將決定下一輪估值。",
           "分析师认为,能否把实验室里的研究示范转为稳定出货,将决定下一轮估值。",
           "Analysts say whether the lab puts shipping products over long-term research will decide its next valuation.",
       }) {
    INFO(text);
    SentenceTone t = Tone(text);
    CHECK(t.aspect == "both");
    CHECK(std::fabs(t.research) < 0.25);
    CHECK(std::fabs(t.product) < 0.25);
  }
  CheckLabels({
      {"騰訊計劃明年設立研究實驗室，但未有透露投資金額。", 0},
      {"腾讯计划明年设立研究实验室，但未有透露投资金额。", 0},
      {"Tencent plans to open a research lab next year, but did not disclose the investment.", 0},
  });
}

TEST_CASE("issue-6: the topic of a study, a research problem and a span of time carry no tone", "[sentiment]") {
  CheckLabels({
      {"團隊將研究為何大模型在長文本上失敗。", 0},
      {"团队将研究为何大模型在长文本上失败。", 0},
      {"The team will study why large models fail on long texts.", 0},
      {"大模型在長文本上失敗。", -1},
      {"The models fail on long texts.", -1},
      {"For her, video generation is still a research problem worth years of work.", 0},
      // A person's pay is not company revenue.
      {"研究員開始考慮更高的收入。", 0},
      {"研究员开始考虑更高的收入。", 0},
      {"Researchers have begun to weigh higher pay.", 0},
  });
  CHECK(Tone("研究員開始考慮更高的收入。").product_evidence == 0);
  CHECK(Tone("研究员开始考虑更高的收入。").product_evidence == 0);
  // "over the past year" is not "X over Y": the lab hired for its app, favouring neither side.
  for (const char* text : {
           "The lab hired twenty researchers over the past year for work on the assistant app.",
           "The lab hired twenty researchers over the last year for work on the assistant app.",
       }) {
    INFO(text);
    SentenceTone t = Tone(text);
    CHECK(t.aspect == "both");
    CHECK(t.research * t.product >= 0);
  }
  CheckFavours({{"The lab put the assistant app over long-term research.", -1}});
}

TEST_CASE("issue-6: a research unit merged into another loses, whichever unit takes it in", "[sentiment]") {
  struct Case {
    const char* text;
    int product;  // sign of the product side: + when a product unit takes the research in, 0 otherwise
  };
  const Case cases[] = {
      {"Google將研究院的語言模型團隊併入另一個實驗室。", 0},
      {"Google将研究院的语言模型团队并入另一个实验室。", 0},
      {"Google's research teams were folded into another lab.", 0},
      {"公司將研究院併入產品事業群。", 1},
      {"公司将研究院并入产品事业群。", 1},
      {"The research lab was merged into the product group.", 1},
      // Active voice: the unit between the verb and "into" is merged away.
      {"Microsoft merged its consumer research team into another lab.", 0},
      {"The company has folded its research lab into the product group.", 1},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    SentenceTone t = Tone(c.text);
    CHECK(t.research <= -0.4);
    CHECK((t.product > 0 ? 1 : t.product < 0 ? -1 : 0) == c.product);
  }
  CHECK(Tone(cases[0].text).research == Tone(cases[1].text).research);
  CHECK(Tone(cases[3].text).product == Tone(cases[4].text).product);
  // A product team merged into a business group is consolidation, not a loss.
  for (const char* text : {"公司將元寶的產品團隊併入微信事業群。", "公司将元宝的产品团队并入微信事业群。",
                           "The app product team was merged into the business group.",
                           "The company folded its app product team into the business group."}) {
    INFO(text);
    CHECK(Tone(text).product >= 0);
    CHECK(Tone(text).research == 0);
  }
}
