#include "lexicon/entity_lexicon.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

#include "lexicon/tsv.h"
#include "text/match_key.h"

namespace news {

namespace fs = std::filesystem;

namespace {

// Column positions in an entities file; the header's first four are fixed
// by the contract, the rest are looked up by name so files may omit them.
struct EntityColumns {
  int parent = -1, employer = -1, since = -1, context = -1, cues = -1;
};

EntityColumns FindColumns(const std::vector<std::string>& header) {
  EntityColumns c;
  for (size_t i = 4; i < header.size(); ++i) {
    const std::string& h = header[i];
    int idx = static_cast<int>(i);
    if (h == "parent") c.parent = idx;
    else if (h == "employer") c.employer = idx;
    else if (h == "since") c.since = idx;
    else if (h == "context") c.context = idx;
    else if (h == "cues") c.cues = idx;
  }
  return c;
}

std::string Cell(const TsvRow& r, int col) {
  return col >= 0 && col < static_cast<int>(r.cells.size()) ? r.cells[col] : std::string();
}

bool IsValidId(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '.')) return false;
  return true;
}

bool IsValidSince(const std::string& s) {
  if (s.empty()) return true;
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : !(s[i] >= '0' && s[i] <= '9')) return false;
  }
  return true;
}

class Loader {
 public:
  Loader(EntityLexicon* lex, std::vector<LexiconProblem>* problems) : lex_(lex), problems_(problems) {}

  void Problem(const std::string& file, int line, std::string cause) {
    problems_->push_back({file, line, std::move(cause)});
  }

  void LoadEntityFile(const std::string& path);
  void LoadCompetitors(const std::string& path);
  void LoadTriggers(const std::string& path);

 private:
  bool ParseEntityRow(const TsvFile& f, const EntityColumns& cols, const TsvRow& r, LexiconEntity* e);
  void ParseAliases(const TsvFile& f, const EntityColumns& cols, const TsvRow& r, LexiconEntity* e);

  EntityLexicon* lex_;
  std::vector<LexiconProblem>* problems_;
};

bool Loader::ParseEntityRow(const TsvFile& f, const EntityColumns& cols, const TsvRow& r, LexiconEntity* e) {
  // Three cells is a row whose aliases column is empty (trailing tabs trimmed).
  if (r.cells.size() < 3) {
    Problem(f.path, r.line, "expected at least 4 columns (id, type, canonical, aliases), got " +
                                std::to_string(r.cells.size()));
    return false;
  }
  if (r.cells.size() > f.header.size()) {
    Problem(f.path, r.line, std::to_string(r.cells.size()) + " columns but the header has " +
                                std::to_string(f.header.size()));
    return false;
  }
  e->id = r.cells[0];
  e->type = EntityTypeName(r.cells[1]);
  e->canonical = r.cells[2];
  e->file = f.path;
  e->line = r.line;
  if (e->type.empty()) {
    Problem(f.path, r.line, "unknown type \"" + r.cells[1] + "\" (expected ORG, DIVISION, PRODUCT or PERSON)");
    return false;
  }
  if (!IsValidId(e->id) || e->id.rfind(EntityIdPrefix(e->type), 0) != 0) {
    Problem(f.path, r.line, "id \"" + e->id + "\" must be lowercase and start with " + EntityIdPrefix(e->type));
    return false;
  }
  if (e->canonical.empty()) {
    Problem(f.path, r.line, "empty canonical name");
    return false;
  }
  ParseAliases(f, cols, r, e);
  e->parent = Cell(r, cols.parent);
  e->employer = Cell(r, cols.employer);
  e->since = Cell(r, cols.since);
  if (!IsValidSince(e->since)) Problem(f.path, r.line, "since \"" + e->since + "\" is not YYYY, YYYY-MM or YYYY-MM-DD");
  if ((e->type == "division" || e->type == "product") && e->parent.empty())
    Problem(f.path, r.line, e->type + " " + e->id + " has no parent");
  if (e->type != "person" && !e->employer.empty())
    Problem(f.path, r.line, "only people have an employer");
  return true;
}

void Loader::ParseAliases(const TsvFile& f, const EntityColumns& cols, const TsvRow& r, LexiconEntity* e) {
  int empty = 0;
  std::string column = Cell(r, 3);
  std::vector<std::string> listed = SplitList(column, &empty);
  if (empty > 0) Problem(f.path, r.line, "empty alias in \"" + column + "\"");
  std::set<std::string> seen{e->canonical};
  e->aliases.push_back(e->canonical);
  for (std::string& a : listed) {
    if (!seen.insert(a).second) {
      Problem(f.path, r.line, "duplicate alias \"" + a + "\"");
      continue;
    }
    e->aliases.push_back(std::move(a));
  }
  e->context_aliases = SplitList(Cell(r, cols.context), &empty);
  for (const std::string& c : e->context_aliases)
    if (!seen.count(c)) Problem(f.path, r.line, "context alias \"" + c + "\" is not one of the aliases");
  for (std::string& cue : SplitList(Cell(r, cols.cues), &empty)) {
    if (cue[0] == '!') {
      if (cue.size() > 1) e->anti_cues.push_back(cue.substr(1));
    } else {
      e->cues.push_back(std::move(cue));
    }
  }
}

void Loader::LoadEntityFile(const std::string& path) {
  StatusOr<TsvFile> f = ReadTsv(path);
  if (!f.ok()) {
    problems_->push_back({path, 1, f.status().message()});
    return;
  }
  const auto& h = f->header;
  if (h.size() < 4 || h[0] != "id" || h[1] != "type" || h[2] != "canonical" || h[3] != "aliases") {
    Problem(path, f->header_line, "header must start with id, type, canonical, aliases");
    return;
  }
  EntityColumns cols = FindColumns(h);
  for (const TsvRow& r : f->rows) {
    LexiconEntity e;
    if (!ParseEntityRow(*f, cols, r, &e)) continue;
    if (auto it = lex_->by_id.find(e.id); it != lex_->by_id.end()) {
      const LexiconEntity& first = lex_->entities[it->second];
      Problem(path, r.line, "duplicate id " + e.id + " (first at " + first.file + ":" + std::to_string(first.line) + ")");
      continue;
    }
    lex_->by_id[e.id] = static_cast<int>(lex_->entities.size());
    lex_->entities.push_back(std::move(e));
  }
}

void Loader::LoadCompetitors(const std::string& path) {
  StatusOr<TsvFile> f = ReadTsv(path);
  if (!f.ok()) {
    problems_->push_back({path, 1, f.status().message()});
    return;
  }
  for (const TsvRow& r : f->rows) {
    if (r.cells.size() != 2) {
      Problem(path, r.line, "expected 2 columns (market, members), got " + std::to_string(r.cells.size()));
      continue;
    }
    int empty = 0;
    CompetitorSet set{r.cells[0], SplitList(r.cells[1], &empty), {}};
    if (empty) Problem(path, r.line, "empty member in \"" + r.cells[1] + "\"");
    if (set.members.size() < 2) Problem(path, r.line, "market " + set.market + " needs at least two members");
    for (const std::string& m : set.members)
      if (!lex_->by_id.count(m)) Problem(path, r.line, "unknown entity " + m + " in market " + set.market);
    lex_->competitors.push_back(std::move(set));
  }
}

void Loader::LoadTriggers(const std::string& path) {
  // Event types, direction cues, silencers, then the cue kinds of
  // events/cues.tsv (read by extract/event_cues.h).
  static const std::set<std::string> kTypes = {
      "departure", "hire", "launch", "funding", "reorganization", "to", "from", "none",
      "same-day", "formerly", "past-verb", "group", "speech", "back-reference", "move-word", "rumour", "modal",
      "negation", "not-yet", "amount", "company", "academic", "into", "hedge", "temporal", "hirer", "last-day",
      "headline-move", "headline-funding"};
  StatusOr<TsvFile> f = ReadTsv(path);
  if (!f.ok()) {
    problems_->push_back({path, 1, f.status().message()});
    return;
  }
  std::map<std::pair<std::string, std::string>, int> seen;
  for (const TsvRow& r : f->rows) {
    if (r.cells.size() < 2 || r.cells.size() > 3 || r.cells[1].empty()) {
      Problem(path, r.line, "expected 2 or 3 columns (type, phrase, needs)");
      continue;
    }
    std::string needs = r.cells.size() == 3 ? r.cells[2] : "";
    if (!needs.empty() && needs != "amount") {
      Problem(path, r.line, "unknown condition \"" + needs + "\" (the needs column takes: amount)");
      continue;
    }
    if (!kTypes.count(r.cells[0])) {
      Problem(path, r.line, "unknown trigger type \"" + r.cells[0] + "\"");
      continue;
    }
    // Exact duplicates only: 離職 and 离职 fold to one key but are both worth
    // listing for readers and for folds the text layer may not cover.
    auto key = std::make_pair(r.cells[0], r.cells[1]);
    if (auto [it, fresh] = seen.emplace(key, r.line); !fresh) {
      Problem(path, r.line, "duplicate trigger \"" + r.cells[1] + "\" (first at line " + std::to_string(it->second) + ")");
      continue;
    }
    lex_->triggers.push_back({r.cells[0], r.cells[1], needs == "amount"});
  }
}

std::vector<std::string> TsvFilesIn(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".tsv") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::string EntityIdPrefix(const std::string& type) {
  if (type == "organization") return "org:";
  if (type == "division") return "div:";
  if (type == "product") return "product:";
  if (type == "person") return "person:";
  return "";
}

EntityKind KindOf(std::string_view type) {
  if (type == "organization") return EntityKind::kOrganization;
  if (type == "division") return EntityKind::kDivision;
  if (type == "product") return EntityKind::kProduct;
  if (type == "person") return EntityKind::kPerson;
  return EntityKind::kOther;
}

std::string EntityTypeName(const std::string& t) {
  if (t == "ORG") return "organization";
  if (t == "DIVISION") return "division";
  if (t == "PRODUCT") return "product";
  if (t == "PERSON") return "person";
  return "";
}

const LexiconEntity* EntityLexicon::Find(const std::string& id) const {
  auto it = by_id.find(id);
  return it == by_id.end() ? nullptr : &entities[it->second];
}

void CheckReferences(const EntityLexicon& lex, std::vector<LexiconProblem>* problems) {
  auto problem = [&](const LexiconEntity& e, std::string cause) { problems->push_back({e.file, e.line, std::move(cause)}); };
  std::unordered_map<std::string, std::vector<const LexiconEntity*>> owners;  // folded alias -> entities
  for (const LexiconEntity& e : lex.entities) {
    std::set<std::string> keys;
    for (const std::string& a : e.aliases) keys.insert(MatchKey(a));
    for (const std::string& k : keys) owners[k].push_back(&e);
    for (const auto* ref : {&e.parent, &e.employer}) {
      if (ref->empty()) continue;
      const LexiconEntity* target = lex.Find(*ref);
      if (!target) problem(e, "unknown " + std::string(ref == &e.parent ? "parent " : "employer ") + *ref);
      else if (target->type != "organization" && target->type != "division")
        problem(e, *ref + " is a " + target->type + ", not an organisation");
    }
  }
  auto in_context = [](const LexiconEntity* e, const std::string& key) {
    for (const std::string& c : e->context_aliases)
      if (MatchKey(c) == key) return true;
    return false;
  };
  // Problems in a stable order (by alias key) whatever the hash order.
  std::vector<const std::string*> shared;
  for (const auto& [key, list] : owners)
    if (list.size() >= 2) shared.push_back(&key);
  std::sort(shared.begin(), shared.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
  for (const std::string* shared_key : shared) {
    const std::string& key = *shared_key;
    const auto& list = owners[key];
    for (size_t i = 1; i < list.size(); ++i) {
      if (in_context(list[0], key) && in_context(list[i], key)) continue;
      problem(*list[i], "alias \"" + key + "\" also belongs to " + list[0]->id + " (" + list[0]->file + ":" +
                            std::to_string(list[0]->line) + ") and neither has a context rule for it");
    }
  }
}

EntityLexicon LoadLexicons(const std::string& dir, std::vector<LexiconProblem>* problems) {
  EntityLexicon lex;
  Loader loader(&lex, problems);
  std::error_code ec;
  std::string entities_dir = (fs::path(dir) / "entities").string();
  if (!fs::is_directory(entities_dir, ec)) {
    problems->push_back({entities_dir, 0, "no entity lexicon directory"});
    return lex;
  }
  for (const std::string& f : TsvFilesIn(entities_dir)) loader.LoadEntityFile(f);
  std::string competitors = (fs::path(dir) / "competitors.tsv").string();
  if (fs::exists(competitors, ec)) loader.LoadCompetitors(competitors);
  for (const std::string& f : TsvFilesIn((fs::path(dir) / "events").string())) loader.LoadTriggers(f);
  IndexLexicon(&lex);
  CheckReferences(lex, problems);
  return lex;
}

void IndexLexicon(EntityLexicon* lex) {
  for (LexiconEntity& e : lex->entities) {
    e.kind = KindOf(e.type);
    auto it = e.parent.empty() ? lex->by_id.end() : lex->by_id.find(e.parent);
    e.parent_index = it == lex->by_id.end() ? -1 : it->second;
  }
  for (CompetitorSet& set : lex->competitors) {
    set.member_indexes.clear();
    for (const std::string& m : set.members) {
      auto it = lex->by_id.find(m);
      set.member_indexes.push_back(it == lex->by_id.end() ? -1 : it->second);
    }
  }
}

}  // namespace news
