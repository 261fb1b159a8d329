#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "common/utf8.h"
#include "test_support.h"
#include "text/match_key.h"
#include "text/tokenizer.h"

using namespace news;
using news::testing::TempDir;
using news::testing::WriteFile;

namespace {

const Tokenizer& ProjectTokenizer() {
  static std::unique_ptr<Tokenizer> t = [] {
    Tokenizer::Options o;
    o.lexicon_dir = news::testing::SourcePath("lexicons");
    auto made = Tokenizer::Create(o);
    REQUIRE(made.ok());
    return std::move(*made);
  }();
  return *t;
}

// Tokens joined by " | ".
std::string Cut(const Tokenizer& t, std::string_view text) {
  std::string out;
  for (const Token& tok : t.Tokenize(text)) {
    if (!out.empty()) out += " | ";
    out.append(text.substr(tok.begin, tok.end - tok.begin));
  }
  return out;
}

}  // namespace

TEST_CASE("Domain terms and known words come out whole in both scripts", "[text]") {
  struct Case { const char* text; const char* cut; };
  const Case cases[] = {
      {"大型語言模型與生成式人工智慧", "大型語言模型 | 與 | 生成式人工智慧"},
      {"大型语言模型与生成式人工智能", "大型语言模型 | 与 | 生成式人工智能"},
      {"研究團隊專注於對齊和強化學習", "研究團隊 | 專注 | 於 | 對齊 | 和 | 強化學習"},
      {"研究团队专注于对齐和强化学习", "研究团队 | 专注 | 于 | 对齐 | 和 | 强化学习"},
      {"多模態模型的執行長離職了", "多模態模型 | 的 | 執行長 | 離職 | 了"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Cut(ProjectTokenizer(), c.text) == c.cut);
  }
}

TEST_CASE("Latin words, model names, numbers, dates, URLs and e-mail stay whole", "[text]") {
  struct Case { const char* text; const char* cut; };
  const Case cases[] = {
      {"OpenAI 發布 GPT-5 和 GPT-4.5", "OpenAI | 發布 | GPT-5 | 和 | GPT-4.5"},
      {"DALL-E 3 beats Llama-4 on 3.5% of tasks.", "DALL-E 3 | beats | Llama-4 | on | 3.5% | of | tasks | ."},
      {"On 2026-02-14 at 10:30, revenue hit $1,200,000.", "On | 2026-02-14 | at | 10:30 | , | revenue | hit | $1,200,000 | ."},
      {"见 https://example.com/a?b=1。", "见 | https://example.com/a?b=1 | 。"},
      {"Mail jane.doe@example.org, now!", "Mail | jane.doe@example.org | , | now | !"},
      {"The U.S. unit of Acme Inc. (e.g. its 5GB plan)", "The | U.S. | unit | of | Acme | Inc. | ( | e.g. | its | 5GB | plan | )"},
      {"OpenAI's state-of-the-art model", "OpenAI's | state-of-the-art | model"},
      {"２０２６年２月１４日，ＧＰＴ－５漲４０％", "２０２６年 | ２月 | １４日 | ， | ＧＰＴ－５ | 漲 | ４０％"},
      {"他說……好——", "他 | 說 | …… | 好 | ——"},
      {"In 2025 the team grew", "In | 2025 | the | team | grew"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(Cut(ProjectTokenizer(), c.text) == c.cut);
  }
}

TEST_CASE("Chinese numerals with a decimal point or percent sign are one token", "[text]") {
  std::string cut = Cut(ProjectTokenizer(), "營收成長三．六％，毛利率為五.七九%，一些人");
  CHECK(cut.find("| 三．六％ |") != std::string::npos);
  CHECK(cut.find("| 五.七九% |") != std::string::npos);
  CHECK(cut.find("| 一些 |") != std::string::npos);
}

TEST_CASE("Traditional and Simplified text cut the same way", "[text]") {
  const char* pairs[][2] = {
      {"該公司的研究人員認為，這次組織調整標誌著從研究轉向產品。", "该公司的研究人员认为，这次组织调整标志着从研究转向产品。"},
      {"執行長在記者會上宣佈將擴大資料中心的投資規模", "执行长在记者会上宣布将扩大资料中心的投资规模"},
      {"多位資深研究員相繼離職，轉投競爭對手。", "多位资深研究员相继离职，转投竞争对手。"},
  };
  for (const auto& p : pairs) {
    INFO(p[0]);
    std::vector<size_t> cuts[2];
    for (int k = 0; k < 2; ++k) {
      CodePointIndex idx(p[k]);
      for (const Token& t : ProjectTokenizer().Tokenize(p[k])) cuts[k].push_back(idx.ToCodePoints(t.end));
    }
    CHECK(cuts[0] == cuts[1]);
  }
}

TEST_CASE("Unknown names are not cut into single characters", "[text]") {
  CHECK(Cut(ProjectTokenizer(), "記者訪問了敏督利") == "記者 | 訪問 | 了 | 敏督利");
}

TEST_CASE("Project lexicon directory and user lexicon add terms", "[text]") {
  TempDir dir;
  WriteFile(dir / "lex/terms.txt", "# test terms\n寰宇智研\n");
  WriteFile(dir / "lex/entities/orgs.tsv",
            "# orgs\nid\ttype\tcanonical\taliases\norg:x\tORG\tXing Lab\t星漢實驗室|星汉实验室\n");
  WriteFile(dir / "user.txt", "深研所\n");
  Tokenizer::Options o;
  o.lexicon_dir = dir / "lex";
  o.user_lexicon_path = dir / "user.txt";
  auto t = Tokenizer::Create(o);
  REQUIRE(t.ok());
  CHECK(Cut(**t, "寰宇智研和星漢實驗室與深研所") == "寰宇智研 | 和 | 星漢實驗室 | 與 | 深研所");
  CHECK(Cut(**t, "寰宇智研和星汉实验室与深研所") == "寰宇智研 | 和 | 星汉实验室 | 与 | 深研所");

  o.user_lexicon_path = dir / "missing.txt";
  auto missing = Tokenizer::Create(o);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == StatusCode::kIoError);

  WriteFile(dir / "odd/entities/x.tsv", "id\ttype\tname\nfoo\tORG\t寰宇智研\n");  // no aliases column: skipped
  o.lexicon_dir = dir / "odd";
  o.user_lexicon_path.clear();
  auto odd = Tokenizer::Create(o);
  REQUIRE(odd.ok());
  CHECK(Cut(**odd, "寰宇智研") != "寰宇智研");

  o.lexicon_dir.clear();
  o.words_path = dir / "user.txt";  // not a word list
  CHECK(Tokenizer::Create(o).status().code() == StatusCode::kDataError);
}

TEST_CASE("Bad input never crashes the tokenizer", "[text]") {
  const Tokenizer& t = ProjectTokenizer();
  SECTION("only punctuation") { CHECK(Cut(t, "，。！？、；：「」『』（）") == "， | 。 | ！ | ？ | 、 | ； | ： | 「 | 」 | 『 | 』 | （ | ）"); }
  SECTION("emoji, modifiers, ZWJ sequences and flags stay whole") {
    CHECK(Cut(t, "好👍🏽👩‍💻🇹🇼") == "好 | 👍🏽 | 👩‍💻 | 🇹🇼");
  }
  SECTION("combining marks stay with their letter") { CHECK(Cut(t, "cafe\u0301 naïve") == "cafe\u0301 | naïve"); }
  SECTION("Thai goes through ICU's dictionary word break") {
    CHECK(Cut(t, "ภาษาไทยง่าย AI") == "ภาษา | ไทย | ง่าย | AI");
  }
  SECTION("right-to-left text") { CHECK(Cut(t, "שלום עולם مرحبا") == "שלום | עולם | مرحبا"); }
  SECTION("NUL and control characters separate tokens and never appear in them") {
    CHECK(Cut(t, std::string("AI\0模型\x01x", 11)) == "AI | 模型 | x");
  }
  SECTION("invalid UTF-8 bytes are tokens of their own") {
    std::string bad = "a\xff\xfe" "b";
    std::vector<Token> toks = t.Tokenize(bad);
    REQUIRE(toks.size() == 4);
    CHECK(toks[1].end - toks[1].begin == 1);
  }
  SECTION("a long line without spaces") {
    std::string line;
    for (int i = 0; i < 100000; ++i) line += "語言模型";
    std::vector<Token> toks = t.Tokenize(line);
    CHECK(toks.size() >= 100000);
    CHECK(toks.back().end == line.size());
    bool ordered = true;
    for (size_t i = 1; i < toks.size(); ++i) ordered = ordered && toks[i].begin == toks[i - 1].end;
    CHECK(ordered);
  }
}
