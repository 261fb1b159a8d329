// QA (session 5): the read commands work on a database the user may only
// read. Store::Open always configured and migrated the file, so `timeline`
// on a chmod 444 database failed with "attempt to write a readonly
// database". The tests run as root, for whom chmod does not stop writes, so
// the binary runs as nobody (setpriv) there: the same situation as a user's.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "store/schema.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "test_support.h"

using namespace news;
using namespace news::testing;

namespace {

// Runs the binary as a user who cannot write `db` (nobody, when we are root).
RunResult RunAsReader(const std::string& db, const std::string& args) {
  std::string cmd = geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
  cmd.append(NEWSMINER_BINARY).append(" --db ").append(ShellQuote(db)).append(" ").append(args);
  return RunShell(cmd);
}

// The database at mode 444 in a directory only its owner may write to: the
// reader cannot create the -shm file a WAL reader needs either.
void MakeReadOnly(const TempDir& dir, const std::string& db) {
  using std::filesystem::perms;
  std::filesystem::permissions(dir.path(), perms::owner_all | perms::group_read | perms::group_exec |
                                               perms::others_read | perms::others_exec);
  REQUIRE(::chmod(db.c_str(), 0444) == 0);
}

}  // namespace

TEST_CASE("QA: timeline entities and digest read a read-only database", "[cli][store]") {
  TempDir dir;
  WriteFile(dir / "in/a.txt",
            "Title: OpenAI 研究主管離職\nDate: 2026-02-14\n\n"
            "OpenAI 的研究主管本週離職，將加入 Anthropic。公司正在把重心從研究轉向產品。\n");
  WriteFile(dir / "in/b.txt", "Title: 谷歌发布新模型\nDate: 2026-02-12\n\n谷歌今天发布了新一代模型。研究团队表示满意。\n");
  WriteFile(dir / "in/c.txt", "Title: Research lab opens\nDate: 2026-02-10\n\nA research lab opened in Taipei on Monday.\n");
  std::string db = dir / "n.db";
  REQUIRE(RunNewsminer("--db " + ShellQuote(db) + " ingest " + ShellQuote(dir / "in")).exit_code == 0);
  MakeReadOnly(dir, db);
  std::string before = ReadFile(db);
  for (std::string args : {"timeline", "entities", "entities show OpenAI", "digest --week 2026-W07 --format json"}) {
    INFO(args);
    RunResult r = RunAsReader(db, args);
    CHECK(r.err == "");
    CHECK(r.exit_code == 0);
    CHECK(r.out.find(args == "timeline" ? "研究主管離職" : "OpenAI") != std::string::npos);
  }
  CHECK(ReadFile(db) == before);  // nothing written, not even by a migration
}

TEST_CASE("QA: a read-only open refuses a schema older than the binary with one clear line", "[cli][store]") {
  TempDir dir;
  std::string db = dir / "old.db";
  {
    auto raw = Db::Open(db, {});
    REQUIRE(raw.ok());
    REQUIRE(MigrateTo(**raw, 6).ok());  // a schema an older newsminer wrote (as migration_test.cc does)
  }
  Store::Options o;
  o.read_only = true;
  auto store = Store::Open(db, o);
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().code() == StatusCode::kUnsupported);
  MakeReadOnly(dir, db);
  // QA (session 6): serve tries a read-write open first and fell back to a
  // read-only one; when both failed it printed the first error ("attempt to
  // write a readonly database"), not the cause. Every reader now says the same.
  for (std::string args : {"timeline", "entities", "digest", "serve --port 0"}) {
    INFO(args);
    RunResult r = RunAsReader(db, args);
    CHECK(r.exit_code != 0);
    CHECK(r.err == "newsminer: " + db + ": database schema version " + "6" +
                       " is older than this newsminer needs (" + std::to_string(LatestSchemaVersion()) +
                       ") and the file is opened read-only; run 'newsminer ingest' once with write access to "
                       "upgrade it\n");
    CHECK(r.out == "");
  }
}

TEST_CASE("QA: serve names the first cause when the database is writable or missing", "[cli][server]") {
  TempDir dir;
  WriteFile(dir / "notes.db", std::string(5000, 'x'));  // no SQLite header
  std::filesystem::create_directories(dir / "folder.db");
  struct Row { std::string db; std::string cause; };
  const Row rows[] = {
      {dir / "notes.db", "not a newsminer database (file is not SQLite)"},
      {dir / "no/such/dir/n.db", "cannot open database: unable to open database file"},
      {dir / "folder.db", "cannot open database: unable to open database file"},
  };
  for (const Row& r : rows) {
    INFO(r.db);
    RunResult res = RunNewsminer("--db " + ShellQuote(r.db) + " serve --port 0");
    CHECK(res.exit_code == 2);
    CHECK(res.err == "newsminer: " + r.db + ": " + r.cause + "\n");
    CHECK(res.out == "");
  }
  // The same file read-only: every reader says the same words.
  MakeReadOnly(dir, dir / "notes.db");
  for (std::string args : {"timeline", "entities", "serve --port 0"}) {
    INFO(args);
    RunResult res = RunAsReader(dir / "notes.db", args);
    CHECK(res.exit_code == 2);
    CHECK(res.err == "newsminer: " + (dir / "notes.db") + ": not a newsminer database (file is not SQLite)\n");
  }
}
