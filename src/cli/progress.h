// Progress of a long batch on stderr: on a terminal a bar redrawn in place
// with count, rate and time left; otherwise (a log file, a pipe, a test) a
// plain line at most every few seconds, so short runs print nothing.
//
//   Progress p(std::cerr, IsTerminal(std::cerr));
//   p.AddTotal(40);
//   p.Done();        // after each item
//   p.Finish();      // clears the bar
//
// Not thread-safe: call from the thread that collects results.
#pragma once

#include <chrono>
#include <ostream>

namespace news {

bool IsTerminal(const std::ostream& err);

class Progress {
 public:
  Progress(std::ostream& err, bool terminal) : err_(err), terminal_(terminal) {}
  void AddTotal(long n) { total_ += n; }
  void Done(long n = 1);
  void Finish();

 private:
  void Draw(bool force);
  std::ostream& err_;
  bool terminal_;
  long total_ = 0, done_ = 0;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_ = start_;
};

}  // namespace news
