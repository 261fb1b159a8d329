// Shared working state of one Extract() call: the folded body, sentence
// lookup, and the entities found so far with their lexicon entries. Internal
// to src/extract/; each step (known mentions, unknown people, roles, events)
// reads and extends it.
//
//   ExtractionState st(analysis);
//   int s = st.SentenceOf(byte);            // sentence index of a body byte
//   int e = st.AddEntity(lex_entity, idx);  // index into analysis.entities
//
// Not thread-safe; one per Extract() call.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/entity_lexicon.h"
#include "lexicon/folded_text.h"
#include "model/analysis.h"

namespace news {

class ExtractionState {
 public:
  // `lexicon_size`: how many lexicon entities there are (sizes the index
  // lookup once; more are still accepted).
  explicit ExtractionState(Analysis& a, size_t lexicon_size = 0);

  Analysis& analysis() { return a_; }
  const Analysis& analysis() const { return a_; }
  std::string_view body() const { return a_.doc.body; }
  const FoldedText& folded() const { return folded_; }

  // Sentence index holding `byte` (the last sentence starting at or before it).
  int SentenceOf(size_t byte) const;
  std::string_view SentenceText(int s) const;
  // The folded text of sentences [first, last], clamped to the document.
  std::string_view FoldedSentences(int first, int last) const;
  // Folded offset of an original body byte.
  size_t ToFolded(size_t byte) const;

  // Index into analysis().entities for a lexicon entity, created on first use.
  int EntityFor(const LexiconEntity& e, int lex_index);
  // Index for a person found by pattern (known=false), created on first use.
  int UnknownPerson(const std::string& name);
  // Index for an organisation found by pattern (known=false, id
  // "org:?:<name>"), created on first use.
  int UnknownOrganization(const std::string& name);
  void AddMention(int entity, size_t begin, size_t end);

  int lex_index(int entity) const { return lex_index_[entity]; }
  // The entity's type as a value (types are set when an entity is created).
  EntityKind kind(int entity) const { return kind_[entity]; }
  bool IsOrganization(int entity) const { return kind_[entity] == EntityKind::kOrganization; }
  bool IsPerson(int entity) const { return kind_[entity] == EntityKind::kPerson; }
  // Entity whose mention covers [begin, end), or -1.
  int EntityAt(size_t begin, size_t end) const;

 private:
  int Unknown(const char* type, const std::string& id, const std::string& name);

  Analysis& a_;
  FoldedText folded_;
  std::vector<int> lex_index_;  // parallel to a_.entities; -1 for unknown people
  std::vector<EntityKind> kind_;  // parallel to a_.entities
  std::unordered_map<std::string, int> by_id_;  // unknown people (and entities given without a lexicon index)
  std::vector<int> by_lex_;  // lexicon index -> analysis().entities index + 1, 0 if none yet
};

// Root organisation of a lexicon entity: itself for an organisation without
// parent, the top of the parent chain otherwise (products and divisions to
// their maker, Google DeepMind to Google only when `through_orgs`). -1 if none.
// Follows parent_index, which both lexicon loaders fill (IndexLexicon).
int RootOrganization(const EntityLexicon& lex, int index, bool through_orgs);

}  // namespace news
