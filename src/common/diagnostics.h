// Diagnostics collects the per-source problems of a batch (a file that could
// not be decoded, a feed item that failed) so that the batch goes on and the
// CLI prints them as `newsminer: <source>: <what went wrong>` lines.
//
//   Diagnostics diag;
//   diag.Error("corpus/bad.html", "invalid UTF-8 replaced (12 sequences)");
//   for (const auto& d : diag.entries()) ...
//
// Thread-safe: several ingest workers may report into one instance.
#pragma once

#include <mutex>
#include <string>
#include <vector>

namespace news {

struct Diagnostic {
  enum class Severity { kWarning, kError };
  Severity severity = Severity::kError;
  std::string source;
  std::string message;
};

class Diagnostics {
 public:
  void Error(std::string source, std::string message);
  void Warning(std::string source, std::string message);

  std::vector<Diagnostic> entries() const;
  int error_count() const;

 private:
  mutable std::mutex mu_;
  std::vector<Diagnostic> entries_;
};

// "newsminer: <source>: <message>" with newlines in the message flattened,
// so each diagnostic stays one line.
std::string FormatDiagnostic(const Diagnostic& d);

}  // namespace news
