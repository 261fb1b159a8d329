#include "common/diagnostics.h"

namespace news {

void Diagnostics::Error(std::string source, std::string message) {
  std::lock_guard<std::mutex> lock(mu_);
  entries_.push_back({Diagnostic::Severity::kError, std::move(source), std::move(message)});
}

void Diagnostics::Warning(std::string source, std::string message) {
  std::lock_guard<std::mutex> lock(mu_);
  entries_.push_back({Diagnostic::Severity::kWarning, std::move(source), std::move(message)});
}

std::vector<Diagnostic> Diagnostics::entries() const {
  std::lock_guard<std::mutex> lock(mu_);
  return entries_;
}

int Diagnostics::error_count() const {
  std::lock_guard<std::mutex> lock(mu_);
  int n = 0;
  for (const auto& d : entries_) n += d.severity == Diagnostic::Severity::kError;
  return n;
}

std::string FormatDiagnostic(const Diagnostic& d) {
  std::string line = "newsminer: " + d.source + ": ";
  if (d.severity == Diagnostic::Severity::kWarning) line += "warning: ";
  for (char c : d.message) line += (c == '\n' || c == '\r') ? ' ' : c;
  return line;
}

}  // namespace news
