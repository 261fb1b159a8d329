// QA (session 6): `digest -o FILE` wrote FILE.tmp and renamed it over FILE.
// For a device that replaced the device: `digest -o /dev/null` as root left
// the machine with a regular file at /dev/null (found that way during the
// acceptance pass). A FIFO or device is now written in place, a symlink's
// target is replaced and the link kept, a directory is refused.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <iterator>

#include "test_support.h"

using namespace news::testing;

namespace {

const char* kArticle =
    "Title: OpenAI 研究副總裁離職\nDate: 2026-02-12\n\n"
    "據知情人士透露，OpenAI 本週凍結了 Sora 團隊的部分預算，研究副總裁已於週二離職。\n";

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("QA: digest -o writes into a FIFO or through a symlink without replacing it", "[report][cli]") {
  namespace fs = std::filesystem;
  TempDir tmp;
  WriteFile(tmp / "in/zh.txt", kArticle);
  const std::string db = ShellQuote(tmp / "news.db");
  REQUIRE(RunNewsminer("--db " + db + " ingest " + ShellQuote(tmp / "in")).exit_code == 0);
  const std::string digest = "--db " + db + " digest --week 2026-W07 --format md -o ";

  // A FIFO: the reader gets the whole digest and the FIFO is still one.
  const std::string fifo = tmp / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::future<std::string> read = std::async(std::launch::async, [&] { return ReadAll(fifo); });
  RunResult r = RunNewsminer(digest + ShellQuote(fifo));
  // Hang guard, not a timing check: if the digest never opened the FIFO,
  // an empty writer releases the reader so the test fails instead of hanging.
  while (read.wait_for(std::chrono::milliseconds(10)) != std::future_status::ready) {
    int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
    if (fd >= 0) ::close(fd);
  }
  CHECK(r.exit_code == 0);
  CHECK(r.err == "");
  CHECK(read.get().find("OpenAI 研究副總裁離職") != std::string::npos);
  CHECK(fs::is_fifo(fs::symlink_status(fifo)));
  CHECK_FALSE(fs::exists(fifo + ".tmp"));

  // A symlink: the file it names is replaced, the link stays a link.
  WriteFile(tmp / "reports/latest.md", "old digest\n");
  fs::create_symlink(tmp / "reports/latest.md", tmp / "digest.md");
  r = RunNewsminer(digest + ShellQuote(tmp / "digest.md"));
  CHECK(r.exit_code == 0);
  CHECK(fs::is_symlink(fs::symlink_status(tmp / "digest.md")));
  CHECK(ReadFile(tmp / "reports/latest.md").find("OpenAI 研究副總裁離職") != std::string::npos);

  // A directory is refused in one line; nothing is written next to it.
  fs::create_directories(tmp / "out");
  r = RunNewsminer(digest + ShellQuote(tmp / "out"));
  CHECK(r.exit_code == 2);
  CHECK(r.err == "newsminer: " + (tmp / "out") + ": is a directory\n");
  CHECK_FALSE(fs::exists(tmp / "out.tmp"));
}
