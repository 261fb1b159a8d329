// newsminer: dispatches to the subcommand named by the first argument after
// the global options (--db, --lexicons), which may appear anywhere.
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "analysis/analyzer.h"
#include "cli/command.h"

namespace {

void PrintUsage(std::ostream& out) {
  out << "usage: newsminer [--db PATH] [--lexicons DIR] COMMAND [options]\n\n"
         "Text-mining news analyzer for Chinese (Traditional and Simplified) and English\n"
         "AI-industry news: entities, events, research-vs-product tone, timeline, digests.\n\n"
         "commands:\n";
  for (const auto& c : news::Commands()) {
    std::string name = c.name;
    out << "  " << name << std::string(name.size() < 11 ? 11 - name.size() : 1, ' ') << c.summary << '\n';
  }
  out << "\nglobal options:\n"
         "  --db PATH        database file (default: $NEWSMINER_DB or ./newsminer.db)\n"
         "  --lexicons DIR   lexicon directory (default: the lexicons installed with the binary)\n"
         "\nRun 'newsminer COMMAND --help' for a command's options.\n";
}

// The global options, wherever they stand, and the command with the rest of
// the arguments.
struct Invocation {
  std::string db = std::getenv("NEWSMINER_DB") ? std::getenv("NEWSMINER_DB") : "newsminer.db";
  std::string lexicons, command;
  std::vector<std::string> rest;
};

// Fills *inv from argv; returns an exit code when the arguments are answered
// here (--help, --version before a command) or are bad.
std::optional<int> ParseInvocation(int argc, char** argv, Invocation* inv) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if ((a == "--db" || a == "--lexicons") && i + 1 < argc) {
      (a == "--db" ? inv->db : inv->lexicons) = argv[++i];
    } else if (a.rfind("--db=", 0) == 0) {
      inv->db = a.substr(5);
    } else if (a.rfind("--lexicons=", 0) == 0) {
      inv->lexicons = a.substr(11);
    } else if (a == "--db" || a == "--lexicons") {
      std::cerr << "newsminer: " << a << ": needs a value\n";
      return news::kExitUsage;
    } else if (inv->command.empty() && (a == "--help" || a == "-h" || a == "help")) {
      PrintUsage(std::cout);
      return news::kExitOk;
    } else if (inv->command.empty() && a == "--version") {
      std::cout << "newsminer " << NEWSMINER_VERSION << '\n';
      return news::kExitOk;
    } else if (inv->command.empty() && a.rfind("-", 0) != 0) {
      inv->command = a;
    } else {
      inv->rest.push_back(a);
    }
  }
  return std::nullopt;
}

int RunCommand(const Invocation& inv) {
  for (const auto& c : news::Commands()) {
    if (inv.command != c.name) continue;
    for (const auto& a : inv.rest)
      if (a == "--help" || a == "-h") { std::cout << c.usage; return news::kExitOk; }
    news::CommandContext ctx{inv.db, news::ResolveLexiconDir(inv.lexicons), inv.rest, std::cout, std::cerr, std::cin};
    int code = c.run(ctx);
    std::cout.flush();
    return code;
  }
  std::cerr << "newsminer: " << inv.command << ": unknown command (see: newsminer --help)\n";
  return news::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  Invocation inv;
  if (std::optional<int> done = ParseInvocation(argc, argv, &inv)) return *done;
  if (inv.command.empty()) {
    PrintUsage(std::cerr);
    return news::kExitUsage;
  }
  return RunCommand(inv);
}
