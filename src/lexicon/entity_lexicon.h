// The entity, competitor and event-trigger lexicons, loaded and validated.
//
// Files (all UTF-8 TSV, `#` comments, a header row):
//   entities/*.tsv   id type canonical aliases [parent employer since context cues]
//   competitors.tsv  market members            (members: `|`-separated entity ids)
//   events/*.tsv     type phrase               (type: departure, hire, launch,
//                    funding, reorganization, or the direction cues `to`/`from`)
//
// `context` lists the aliases that are ambiguous on their own (Apple, 苹果,
// Claude): they count only with a confirming cue nearby (`cues`, words in any
// script; a leading `!` marks a word that rules the entity out). An alias may
// be shared by two entities only when both list it in `context`.
//
//   std::vector<LexiconProblem> problems;
//   EntityLexicon lex = LoadLexicons("lexicons", &problems);
//   for (auto& p : problems) std::cerr << p.ToString() << "\n";
//
// Loading never fails as a whole: every malformed line, duplicate or unknown
// reference becomes a problem (file:line: cause) and the rest still loads.
// The result is plain data, safe to share across threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace news {

struct LexiconProblem {
  std::string file;
  int line = 0;  // 0: the file or directory as a whole
  std::string cause;
  std::string ToString() const {
    return file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " + cause;
  }
};

// An entity's type as a value, so that the extraction steps asking "is it
// an organisation?" thousands of times an article compare a byte, not a string.
enum class EntityKind : uint8_t { kOther, kOrganization, kDivision, kProduct, kPerson };
// "organization" -> kOrganization, ...; kOther for anything else.
EntityKind KindOf(std::string_view type);

struct LexiconEntity {
  std::string id;         // org:openai, div:..., product:..., person:...
  std::string type;       // organization, division, product, person
  EntityKind kind = EntityKind::kOther;  // of type (IndexLexicon)
  std::string canonical;  // English common name
  std::vector<std::string> aliases;          // as written (canonical included)
  std::vector<std::string> context_aliases;  // aliases that need a cue
  std::vector<std::string> cues, anti_cues;  // confirming / excluding words
  std::string parent;     // id of the parent organisation (divisions, products)
  int parent_index = -1;  // its index into entities; -1 if none, unknown, or not indexed (IndexLexicon)
  std::string employer;   // people: id of the organisation they work for
  std::string since;      // people: YYYY or YYYY-MM of the employer column
  std::string file;
  int line = 0;
};

struct CompetitorSet {
  std::string market;
  std::vector<std::string> members;  // entity ids
  std::vector<int> member_indexes;   // index into entities of each member, -1 if unknown (IndexLexicon)
};

struct TriggerPhrase {
  std::string type;    // departure, hire, launch, funding, reorganization, to, from, none, or a cue kind (events/cues.tsv)
  std::string phrase;  // as written
  // Only an event when its clause names a sum or a round ("raised $2
  // billion", not "has raised money repeatedly").
  bool needs_amount = false;
};

struct EntityLexicon {
  std::vector<LexiconEntity> entities;
  std::unordered_map<std::string, int> by_id;  // id -> index into entities
  std::vector<CompetitorSet> competitors;
  std::vector<TriggerPhrase> triggers;

  const LexiconEntity* Find(const std::string& id) const;
};

// Loads dir/entities/*.tsv, dir/competitors.tsv and dir/events/*.tsv.
// Missing optional files (competitors, events) are not problems; a missing
// entities directory is.
EntityLexicon LoadLexicons(const std::string& dir, std::vector<LexiconProblem>* problems);

// Fills every entity's kind and parent_index and every competitor set's
// member_indexes from by_id (the loaders call it, so that extraction follows
// indexes instead of hashing and comparing id strings).
void IndexLexicon(EntityLexicon* lex);

// Cross-file checks run by LoadLexicons: shared aliases without a context
// rule, unknown parents/employers/competitor members. Exposed for tests.
void CheckReferences(const EntityLexicon& lex, std::vector<LexiconProblem>* problems);

// "ORG" -> "organization", ... ; empty for an unknown type.
std::string EntityTypeName(const std::string& file_type);

// The prefix every id of a type starts with ("organization" -> "org:",
// "person" -> "person:", also for people found by pattern); the loader
// enforces it, so the store may select a type by id range. Empty for an
// unknown type.
std::string EntityIdPrefix(const std::string& type);

}  // namespace news
