#include <catch2/catch.hpp>

#include "analysis/analyzer.h"
#include "extract/person_patterns.h"
#include "extract/unknown_orgs.h"
#include "project_analyzer.h"

using namespace news;

namespace {

std::vector<std::string> Organizations(const std::string& sentence) {
  std::vector<OrgCue> cues;
  FindTitledPeople(sentence, &cues);
  std::vector<std::string> names;
  for (const FoundOrganization& o : FindUnknownOrganizations(sentence, cues)) {
    CHECK(sentence.substr(o.begin, o.end - o.begin) == o.name);
    names.push_back(o.name);
  }
  return names;
}

}  // namespace

TEST_CASE("Organisations in no lexicon are found by the phrases that introduce a company", "[extract]") {
  struct Case {
    const char* sentence;
    std::vector<std::string> names;
  };
  const Case cases[] = {
      {"Quillmark AI, a San Francisco start-up that builds agents, has raised $48 million.", {"Quillmark AI"}},
      {"He moved to xAI after a short spell at Kestrel Dynamics, a small robotics start-up in Oakland.", {"Kestrel Dynamics"}},
      {"Lumenfold, an interpretability start-up, raises $60 million", {"Lumenfold"}},
      {"She joined the start-up Parallax Labs in April.", {"Parallax Labs"}},
      {"The new company, called Parallax Labs, has raised a seed round.", {"Parallax Labs"}},
      {"Lumenfold raised $60 million in a Series A round.", {"Lumenfold"}},
      {"Brightloom Robotics has raised $12 million from two funds.", {"Brightloom Robotics"}},
      {"深圳具身智能公司灵枢动力宣布完成数亿元人民币B轮融资。", {"灵枢动力"}},
      {"深圳具身智能公司靈樞動力宣布完成數億元人民幣B輪融資。", {"靈樞動力"}},
      {"台北新創霽光智能本週二宣布完成1,800萬美元種子輪募資。", {"霽光智能"}},
      {"台北新创霁光智能本周二宣布完成1800万美元种子轮融资。", {"霁光智能"}},
      {"工廠AI新創曜衡智能完成B輪募資", {"曜衡智能"}},
      {"他已加入由前Google DeepMind研究人員創辦的新創公司Parallax Labs。", {"Parallax Labs"}},
      {"前DeepMind研究員創辦的霽光智能完成種子輪募資", {"霽光智能"}},
      {"这家初创公司星尘机器人上月完成了A轮融资。", {"星尘机器人"}},
      // Introductions beyond start-up words: a company noun heading an
      // apposition, "a company called/named X", 名為X的…公司, 成立於…的X.
      {"Sensorvue, an app analytics firm, counted the downloads.", {"Sensorvue"}},
      {"Brightwater Robotics, a Montreal-based company building household robots, was founded in May.", {"Brightwater Robotics"}},
      {"She now advises a company called Tidewater Vision.", {"Tidewater Vision"}},
      {"He left to run a company named Corvid Systems.", {"Corvid Systems"}},
      {"此外，一家名為潮汐視覺的本地初創公司昨日宣佈完成A輪融資。", {"潮汐視覺"}},
      {"她创办了一家名为深衡智能的公司，专注于编译器。", {"深衡智能"}},
      {"成立於今年九月的深衡智能目前約有二十名員工。", {"深衡智能"}},
      {"成立于2025年的星河动力去年完成了两轮融资。", {"星河动力"}},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    CHECK(Organizations(c.sentence) == c.names);
  }
}

TEST_CASE("A capitalised phrase or a start-up word alone is no organisation", "[extract]") {
  for (const char* s : {"Start-up founders in Paris, a city of start-ups, met on Monday.",
                        "Kessler, a start-up founder, declined to comment.", "The start-up scene in Berlin grew.",
                        "Google DeepMind said the team raised concerns about the plan.",
                        "Last year the company raised prices.", "He raised $5 million for the fund, the filing shows.",
                        "新創圈普遍認為，今年募資更難。", "新创公司的估值普遍下滑。", "他創辦的公司規模不大。",
                        "公司人工智能部门完成了重组。", "该公司智能制造业务获得了订单。", "这家公司科技含量很高。",
                        "The start-up In the end failed.", "a lab called for more compute.",
                        // a company noun in a person's apposition, a hire by "named", a product named 名为X
                        "Sam Chen, a researcher at the company, said so.", "Jane Doe, a company spokesperson, declined.",
                        "The company named Jane Doe its chief scientist.", "他们推出了一款名为星河助手的应用。",
                        "公司成立于2019年。"}) {
    INFO(s);
    CHECK(Organizations(s).empty());
  }
}

TEST_CASE("Short forms of organisations in no lexicon", "[extract]") {
  CHECK(OrganizationShortForm("Quillmark AI") == "Quillmark");
  CHECK(OrganizationShortForm("Parallax Labs") == "Parallax");
  CHECK(OrganizationShortForm("曜衡智能") == "曜衡");
  CHECK(OrganizationShortForm("Lumenfold").empty());
  CHECK(OrganizationShortForm("AI Labs").empty());
}

// The whole analysis of a one-off article published 2026-05-27.
Analysis AnalyzeArticle(const char* title, const char* body) {
  Document d;
  d.title = title;
  d.body = body;
  d.published = "2026-05-27";
  return news::testing::ProjectAnalyzer().Analyze(d);
}

TEST_CASE("An organisation in no lexicon is an entity, linked by its short form, and can be the subject", "[extract]") {
  struct Case {
    const char* title;
    const char* body;
    const char* name;
    const char* short_form;
  };
  const Case cases[] = {
      {"Quillmark AI raises $48 million, names a Cohere veteran chief scientist",
       "Quillmark AI, a San Francisco start-up, has raised $48 million in a Series A round.\n"
       "Cohere confirmed that its director of research had left. Cohere said Cohere keeps hiring. "
       "Quillmark runs its agents on several models.",
       "Quillmark AI", "Quillmark"},
      {"工廠AI新創曜衡智能完成B輪募資 延攬前聯發科處長",
       "台灣新創曜衡智能本月22日宣布完成B輪募資，由鴻海領投。\n聯發科表示，聯發科尊重個人選擇。曜衡的客戶已涵蓋面板廠。",
       "曜衡智能", "曜衡"},
      {"工厂AI初创曜衡智能完成B轮融资",
       "上海初创公司曜衡智能本月22日宣布完成B轮融资，由鸿海领投。\n联发科表示，联发科尊重个人选择。曜衡的客户已涵盖面板厂。",
       "曜衡智能", "曜衡"},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    Analysis a = AnalyzeArticle(c.title, c.body);
    const EntityResult* org = nullptr;
    for (const EntityResult& e : a.entities)
      if (e.canonical == c.name) org = &e;
    REQUIRE(org);
    CHECK(org->type == "organization");
    CHECK_FALSE(org->known);
    CHECK(org->id == std::string("org:?:") + c.name);
    CHECK(org->role == "subject");
    bool short_linked = false;
    for (const Mention& m : org->mentions) short_linked = short_linked || m.surface == c.short_form;
    CHECK(short_linked);
  }
}

TEST_CASE("A subject in no lexicon takes its own funding round", "[extract]") {
  struct Case {
    const char* title;
    const char* body;
    const char* name;
  };
  const Case cases[] = {
      {"Quillmark AI raises $48 million",
       "Quillmark AI, a San Francisco start-up, has raised $48 million in a Series A round led by two funds on Tuesday.\n"
       "Cohere said it wished her well.",
       "Quillmark AI"},
      {"台灣新創曜衡智能完成B輪募資", "台灣新創曜衡智能本月22日宣布完成新台幣25億元B輪募資，由鴻海領投。", "曜衡智能"},
      {"上海初创公司曜衡智能完成B轮融资", "上海初创公司曜衡智能本月22日宣布完成B轮融资，由鸿海领投。", "曜衡智能"},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    Analysis a = AnalyzeArticle(c.title, c.body);
    bool funding = false;
    for (const Event& e : a.events) funding = funding || (e.type == "funding" && e.organization == c.name);
    CHECK(funding);
  }
}
