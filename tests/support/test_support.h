// Helpers for tests: temporary directories, running the real binary, reading
// files. Header-only so each test file stays self-contained.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace news::testing {

// A fresh directory under /tmp, removed when the object goes away.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("newsminer-test-" + std::to_string(rd()) + std::to_string(::getpid()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::error_code ec; std::filesystem::remove_all(path_, ec); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline void WriteFile(const std::string& path, const std::string& content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

inline std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs a shell `command` (already quoted as needed), feeding `input` on
// stdin, and collects its exit code and output.
inline RunResult RunShell(const std::string& command, const std::string& input = "") {
  TempDir tmp;
  std::string in = tmp / "stdin", out = tmp / "stdout", err = tmp / "stderr";
  WriteFile(in, input);
  // append, not a + chain on a literal, which GCC 12 flags (-Warray-bounds)
  std::string cmd = command;
  cmd.append(" <").append(in).append(" >").append(out).append(" 2>").append(err);
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

// Runs the built newsminer binary with `args` (already shell-quoted as
// needed), feeding `input` on stdin.
inline RunResult RunNewsminer(const std::string& args, const std::string& input = "") {
  std::string cmd = NEWSMINER_BINARY;
  return RunShell(cmd.append(" ").append(args), input);
}

inline std::string SourcePath(const std::string& rel) {
  std::string path = NEWSMINER_SOURCE_DIR;
  return path.append("/").append(rel);
}

}  // namespace news::testing
