#include <catch2/catch.hpp>

#include <string>

#include "test_support.h"

using news::testing::RunNewsminer;
using news::testing::ShellQuote;
using news::testing::TempDir;
using news::testing::WriteFile;

TEST_CASE("tokenize prints one line of tokens per input line", "[text][cli]") {
  auto r = RunNewsminer("tokenize",
                        "OpenAI 發布 GPT-5，大型語言模型\r\n\n"
                        "研究团队专注于对齐\n"
                        "DALL-E 3 is here.");
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "OpenAI 發布 GPT-5 ， 大型語言模型\n"
        "\n"
        "研究团队 专注 于 对齐\n"
        "DALL-E 3 is here .\n");
  CHECK(r.err.empty());
}

TEST_CASE("tokenize adds a user lexicon without rebuilding", "[text][cli]") {
  TempDir dir;
  WriteFile(dir / "user.txt", "# my terms\n寰宇智研\n");
  CHECK(RunNewsminer("tokenize", "寰宇智研發布").out != "寰宇智研 發布\n");
  auto r = RunNewsminer("tokenize --user-lexicon " + ShellQuote(dir / "user.txt"), "寰宇智研發布\n");
  CHECK(r.out == "寰宇智研 發布\n");
  auto missing = RunNewsminer("tokenize --user-lexicon " + ShellQuote(dir / "nope.txt"), "x\n");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.rfind("newsminer: tokenize: ", 0) == 0);
  CHECK(missing.err.find("nope.txt") != std::string::npos);
}

TEST_CASE("tokenize replaces invalid UTF-8 and drops NUL bytes", "[text][cli]") {
  auto r = RunNewsminer("tokenize", std::string("模型\xff\xfe好\n\0\0AI\n", 17));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "模型 \xEF\xBF\xBD \xEF\xBF\xBD 好\nAI\n");
  CHECK(r.err == "newsminer: stdin: 2 invalid UTF-8 sequence(s) replaced by U+FFFD\n");
}

TEST_CASE("Load: tokenize handles a 20 MB line", "[text][cli]") {
  std::string line;
  line.reserve(21 << 20);
  while (line.size() < (20u << 20)) line += "研究團隊發布了GPT-5模型，";  // no spaces to cut at
  auto r = RunNewsminer("tokenize", line + "\nend\n");
  CHECK(r.exit_code == 0);
  CHECK(r.out.size() > line.size());
  CHECK(r.out.substr(r.out.size() - 5) == "\nend\n");
}

TEST_CASE("tokenize handles punctuation-only, emoji, combining and right-to-left lines", "[text][cli]") {
  struct Case { const char* in; const char* out; };
  const Case cases[] = {
      {"，。！？「」……", "， 。 ！ ？ 「 」 ……"},
      {"😀👍🏽 好👩‍💻", "😀 👍🏽 好 👩‍💻"},
      {"e\u0301te\u0301 naïve", "e\u0301te\u0301 naïve"},
      {"שלום, עולם! مرحبا", "שלום , עולם ! مرحبا"},
      {"   ", ""},
  };
  std::string in, want;
  for (const auto& c : cases) {
    in += std::string(c.in) + "\n";
    want += std::string(c.out) + "\n";
  }
  auto r = RunNewsminer("tokenize", in);
  CHECK(r.exit_code == 0);
  CHECK(r.out == want);
}
