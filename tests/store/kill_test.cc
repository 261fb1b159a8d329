// A killed ingest (SIGKILL at a random moment) leaves a consistent database,
// and the next run completes it.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <thread>

#include "common/dates.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "test_support.h"

using namespace news;
using namespace news::testing;

namespace {

constexpr int kArticles = 1000;

// Distinct articles in Chinese and English: random word sequences, four days
// apart so that none counts as a near-duplicate repost of another.
void WriteCorpus(const TempDir& dir) {
  const std::vector<std::string> zh = {"研究", "人員", "產品", "融資", "公司", "團隊", "離職", "模型", "算力", "發布",
                                       "競爭", "對手", "投資", "營收", "實驗室", "開源", "策略", "預算", "工程師", "市場"};
  const std::vector<std::string> en = {"research", "product", "team", "funding", "lab", "model", "rival", "budget",
                                       "compute", "launch", "hire", "leave", "market", "revenue", "engineer",
                                       "strategy", "open", "source", "investor", "growth"};
  std::mt19937 rng(1234);
  for (int i = 0; i < kArticles; ++i) {
    const std::vector<std::string>& words = i % 2 ? zh : en;
    std::string body;
    for (int s = 0; s < 15; ++s) {
      for (int w = 0; w < 12; ++w) body += words[rng() % words.size()] + (i % 2 ? "" : " ");
      body += i % 2 ? "。" : ". ";
    }
    WriteFile(dir / ("in/" + std::to_string(i / 100) + "/" + std::to_string(i) + ".txt"),
              "Title: Article " + std::to_string(i) + "\nDate: " + FormatDay(AddDays(Day{2024, 1, 1}, i * 4)) +
                  "\n\n" + body + "\n");
  }
}

pid_t StartIngest(const TempDir& dir) {
  pid_t pid = fork();
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    execl(NEWSMINER_BINARY, NEWSMINER_BINARY, "--db", (dir / "n.db").c_str(), "ingest", "--batch", "10", "--jobs", "2",
          (dir / "in").c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

int64_t Scalar(Db& db, const std::string& sql) {
  auto st = db.Prepare(sql);
  REQUIRE(st.ok());
  auto row = st->Step();
  REQUIRE(row.ok());
  return *row ? st->Int(0) : -1;
}

// Every stored article is whole: it has its sentences and its index entry,
// no row points at a missing parent, and SQLite finds the file intact.
void CheckConsistent(const TempDir& dir) {
  auto store = Store::Open(dir / "n.db");
  REQUIRE(store.ok());
  Db& db = (*store)->db();
  auto integrity = db.Prepare("PRAGMA integrity_check");
  REQUIRE(integrity->Step().value());
  CHECK(integrity->Text(0) == "ok");
  CHECK(Scalar(db, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
  CHECK(Scalar(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS "
                   "(SELECT 1 FROM sentences s WHERE s.article = a.id)") == 0);
  CHECK(Scalar(db, "SELECT count(*) FROM article_fts_docsize") == Scalar(db, "SELECT count(*) FROM articles"));
  CHECK(db.Exec("INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 0)").ok());
}

}  // namespace

TEST_CASE("A killed ingest leaves a consistent database that the next run completes", "[store][e2e]") {
  TempDir dir;
  WriteCorpus(dir);
  std::mt19937 rng(std::random_device{}());
  std::vector<int64_t> stored_after_kill;
  for (int round = 0; round < 3; ++round) {
    pid_t pid = StartIngest(dir);
    std::this_thread::sleep_for(std::chrono::milliseconds(20 + rng() % 200));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    INFO("round " << round);
    CheckConsistent(dir);
    stored_after_kill.push_back(Store::Open(dir / "n.db").value()->CountRows("articles").value());
  }
  UNSCOPED_INFO("articles stored after each kill: " << stored_after_kill[0] << ", " << stored_after_kill[1] << ", "
                                                     << stored_after_kill[2]);
  RunResult r = RunNewsminer("--db " + ShellQuote(dir / "n.db") + " ingest " + ShellQuote(dir / "in"));
  CHECK(r.exit_code == 0);
  CheckConsistent(dir);
  auto store = Store::Open(dir / "n.db");
  REQUIRE(store.ok());
  CHECK((*store)->CountRows("articles").value() == kArticles);
  // The summary accounts for every file: new ones plus those stored before the kills.
  auto ingested = std::stoll(r.out.substr(r.out.find("ingested ") + 9));
  auto duplicate = std::stoll(r.out.substr(r.out.find("duplicate ") + 10));
  CHECK(ingested + duplicate == kArticles);
  CHECK(stored_after_kill[0] < kArticles);  // the first kill did land mid-ingest
}
