#include "cli/args.h"

#include <charconv>

namespace news {

std::string ParsedArgs::Get(const std::string& name, const std::string& fallback) const {
  auto it = values.find(name);
  return it == values.end() ? fallback : it->second;
}

static const OptionSpec* Find(const ArgSpec& spec, const std::string& name) {
  for (const auto& o : spec) if (o.name == name) return &o;
  return nullptr;
}

StatusOr<ParsedArgs> ParseArgs(const std::vector<std::string>& args, const ArgSpec& spec) {
  ParsedArgs out;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") {
      out.positional.insert(out.positional.end(), args.begin() + i + 1, args.end());
      break;
    }
    if (arg.size() < 3 || arg.rfind("--", 0) != 0) {
      out.positional.push_back(arg);
      continue;
    }
    std::string name = arg.substr(2), value;
    bool inline_value = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      inline_value = true;
    }
    const OptionSpec* o = Find(spec, name);
    if (!o) return Status(StatusCode::kInvalidArgument, "unknown option --" + name);
    if (!o->takes_value) {
      if (inline_value) return Status(StatusCode::kInvalidArgument, "--" + name + " takes no value");
      out.flags.insert(name);
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= args.size()) return Status(StatusCode::kInvalidArgument, "--" + name + " needs a value");
      value = args[++i];
    }
    out.values[name] = value;
  }
  return out;
}

StatusOr<long> ParseCount(const ParsedArgs& a, const std::string& name, long fallback) {
  if (!a.values.count(name)) return fallback;
  const std::string& s = a.values.at(name);
  long v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v < 0)
    return Status(StatusCode::kInvalidArgument, "--" + name + " expects a non-negative integer, got '" + s + "'");
  return v;
}

StatusOr<long> ParseLimit(const ParsedArgs& a, const std::string& name) {
  NEWS_ASSIGN_OR_RETURN(long v, ParseCount(a, name, -1));
  if (v == 0) return Status(StatusCode::kInvalidArgument, "--" + name + " must be at least 1 (leave it out for every row)");
  return v;
}

}  // namespace news
