#include "ingest/file_loader.h"

#include <sys/stat.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "ingest/charset.h"
#include "test_support.h"

namespace news {
namespace {

using testing::TempDir;
using testing::WriteFile;
namespace fs = std::filesystem;

const char* kTxt = "Title: 智谱发布新一代GLM模型\nDate: 2026-02-20\n\n智谱今日发布新一代GLM模型，并宣布完成新一轮融资。\n";

bool Contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

bool Warned(const Diagnostics& diag, const std::string& source, const std::string& words) {
  for (const Diagnostic& d : diag.entries())
    if (d.source == source && d.message.find(words) != std::string::npos) return true;
  return false;
}

TEST_CASE("Directories: article files, sniffed extension-less files, skipped entries with reasons", "[ingest]") {
  TempDir dir;
  WriteFile(dir / "a.txt", kTxt);
  WriteFile(dir / "sub/b.html", "<html><body><p>OpenAI hires a new research chief from Google DeepMind.</p></body></html>");
  WriteFile(dir / "sub/notes", "Plain notes about the corpus, written by hand.\n");
  WriteFile(dir / "sub/blob", std::string("\x7F" "ELF\0\0\0\x01\x02", 9));
  WriteFile(dir / "expected.tsv", "id\ttype\n");
  WriteFile(dir / ".hidden.txt", kTxt);
  WriteFile(dir / ".git/config", "[core]\n");
  fs::create_directory_symlink(dir.path(), dir.path() / "sub" / "loop");
  fs::create_symlink(dir.path() / "missing.txt", dir.path() / "dangling.txt");
  Diagnostics diag;
  std::vector<std::string> files = ExpandPaths({dir.path().string(), dir / "a.txt"}, diag);
  CHECK(files.size() == 3);
  CHECK(Contains(files, dir / "a.txt"));
  CHECK(Contains(files, dir / "sub/b.html"));
  CHECK(Contains(files, dir / "sub/notes"));
  CHECK(Warned(diag, dir / ".hidden.txt", "hidden"));
  CHECK(Warned(diag, dir / ".git", "hidden"));
  CHECK(Warned(diag, dir / "sub/blob", "binary"));
  CHECK(Warned(diag, dir / "sub/loop", "already visited"));
  CHECK(Warned(diag, dir / "dangling.txt", "broken"));
}

TEST_CASE("Directories: README, LICENSE and CHANGELOG files are the folder's documentation, not articles", "[ingest]") {
  TempDir dir;
  WriteFile(dir / "a.txt", kTxt);
  WriteFile(dir / "README.md", "# Corpus\n\nSample articles about the AI industry.\n");
  WriteFile(dir / "zh/readme.zh-Hant.txt", "語料說明：這些文章是為測試而寫的。\n");
  WriteFile(dir / "LICENSE", "Written by the newsminer authors.\n");
  WriteFile(dir / "CHANGELOG.txt", "2026-03-01 added ten articles\n");
  WriteFile(dir / "readme-first-look-at-gpt.txt", kTxt);  // only the whole stem counts
  Diagnostics diag;
  std::vector<std::string> walked = ExpandPaths({dir.path().string()}, diag);
  CHECK(walked == std::vector<std::string>{dir / "a.txt", dir / "readme-first-look-at-gpt.txt"});
  CHECK(diag.entries().empty());
  // Named explicitly, the same file is read: the user asked for it.
  std::vector<std::string> named = ExpandPaths({dir / "README.md"}, diag);
  CHECK(named == std::vector<std::string>{dir / "README.md"});
}

TEST_CASE("Directories: ingest corpus/ reads the articles only, never its README or expectations", "[ingest]") {
  Diagnostics diag;
  std::vector<std::string> files = ExpandPaths({testing::SourcePath("corpus")}, diag);
  CHECK(files.size() >= 40);
  for (const std::string& f : files) {
    INFO(f);
    CHECK(f.find("/corpus/expected/") == std::string::npos);
    CHECK(f.find("README") == std::string::npos);
  }
}

TEST_CASE("LoadFile: text, HTML in GBK, and the ways a file can fail", "[ingest]") {
  TempDir dir;
  WriteFile(dir / "a.txt", kTxt);
  std::string html = "<html><head><title>百度发布昆仑芯新一代AI芯片</title></head><body><div class='content'>"
                     "<p>百度昨日在北京发布新一代AI芯片昆仑芯，主要面向大模型推理场景，性能较上一代提升一倍。</p></div></body></html>";
  WriteFile(dir / "gbk.html", EncodeFromUtf8(html, "GBK"));
  WriteFile(dir / "empty.txt", "");
  WriteFile(dir / "nul.txt", std::string("abc\0def", 7));
  WriteFile(dir / "big.html", std::string(2000, 'x'));
  StatusOr<Document> t = LoadFile(dir / "a.txt");
  REQUIRE(t.ok());
  CHECK(t->title == "智谱发布新一代GLM模型");
  CHECK(t->published == "2026-02-20");
  StatusOr<Document> g = LoadFile(dir / "gbk.html");
  REQUIRE(g.ok());
  CHECK(g->charset == "GB18030");
  CHECK(g->body.find("昆仑芯") != std::string::npos);
  CHECK(LoadFile(dir / "missing.txt").status().code() == StatusCode::kIoError);
  CHECK(LoadFile(dir / "empty.txt").status().code() == StatusCode::kParseError);
  CHECK(LoadFile(dir / "nul.txt").status().code() == StatusCode::kUnsupported);
  CHECK(LoadFile(dir.path().string()).status().code() == StatusCode::kInvalidArgument);
  FileOptions small;
  small.max_bytes = 1000;
  StatusOr<Document> big = LoadFile(dir / "big.html", small);
  CHECK(big.status().code() == StatusCode::kTooLarge);
  CHECK(big.status().message().find("too large") != std::string::npos);
}

}  // namespace
}  // namespace news
