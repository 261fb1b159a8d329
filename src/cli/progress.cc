#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace news {

bool IsTerminal(const std::ostream& err) { return &err == &std::cerr && ::isatty(STDERR_FILENO) == 1; }

void Progress::Done(long n) {
  done_ += n;
  Draw(false);
}

static std::string FormatEta(double seconds) {
  char buf[32];
  if (seconds < 60) std::snprintf(buf, sizeof buf, "%.0fs", seconds);
  else if (seconds < 3600) std::snprintf(buf, sizeof buf, "%dm%02ds", static_cast<int>(seconds) / 60, static_cast<int>(seconds) % 60);
  else std::snprintf(buf, sizeof buf, "%dh%02dm", static_cast<int>(seconds) / 3600, static_cast<int>(seconds) / 60 % 60);
  return buf;
}

void Progress::Draw(bool force) {
  auto now = std::chrono::steady_clock::now();
  auto since_last = now - last_;
  if (!force && since_last < (terminal_ ? std::chrono::milliseconds(100) : std::chrono::milliseconds(5000))) return;
  last_ = now;
  double elapsed = std::chrono::duration<double>(now - start_).count();
  double rate = elapsed > 0 ? done_ / elapsed : 0;
  long left = total_ > done_ ? total_ - done_ : 0;
  std::string eta = rate > 0 ? FormatEta(left / rate) : "?";
  char stats[128];
  std::snprintf(stats, sizeof stats, "%ld/%ld  %.1f/s  ETA %s", done_, total_, rate, eta.c_str());
  if (!terminal_) {
    err_ << "newsminer: ingest: " << stats << '\n';
    return;
  }
  constexpr int kWidth = 30;
  int filled = total_ > 0 ? static_cast<int>(kWidth * done_ / total_) : 0;
  err_ << "\r[" << std::string(static_cast<size_t>(filled), '#') << std::string(static_cast<size_t>(kWidth - filled), '.')
       << "] " << stats << "\033[K" << std::flush;
  drawn_ = true;
}

void Progress::Finish() {
  if (terminal_ && drawn_) err_ << "\r\033[K" << std::flush;
}

}  // namespace news
