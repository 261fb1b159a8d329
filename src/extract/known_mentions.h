// Lexicon mentions of one article: every alias occurrence from the
// LexiconMatcher, ambiguous aliases (Apple, 苹果, Claude, 豆包) kept only when
// context confirms them, then leftmost-longest selection, each mention added
// to the ExtractionState with its sentence.
//
// Context rules for an alias listed in the entity's `context` column:
//   - a capitalised Latin alias followed by another capitalised word that
//     starts no lexicon alias is a person's first name ("Claude Shannon");
//   - an excluding cue (`!fruit`) in the sentence rules it out;
//   - a cue in the sentence or its neighbours, another unambiguous lexicon
//     mention in the same sentence, or an unambiguous mention of the same
//     entity elsewhere in the article confirms it.
//
// Immutable after construction; Find() is safe to call from several threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/extraction_state.h"
#include "lexicon/entity_lexicon.h"
#include "lexicon/lexicon_matcher.h"
#include "lexicon/snapshot.h"

namespace news {

class KnownMentionFinder {
 public:
  explicit KnownMentionFinder(const EntityLexicon& lex);
  // From a snapshot written by Save(); `r` is failed when it is malformed
  // (the finder then finds nothing and must not be used).
  KnownMentionFinder(const EntityLexicon& lex, SnapshotReader& r, std::shared_ptr<const void> storage);
  bool Save(SnapshotWriter& w) const;
  void Find(ExtractionState& st) const;
  // The alias matcher, shared with the headline lookup (one automaton).
  const LexiconMatcher& matcher() const { return matcher_; }

 private:
  struct Cues {
    std::vector<std::string> confirm, exclude;  // folded
  };
  // Whether the context around sentence `s` confirms `entity`: the same for
  // every mention of it in that sentence, so Find() asks once per pair.
  bool ContextConfirms(const ExtractionState& st, int s, int entity, const std::vector<char>& plain_sentences,
                       const std::vector<char>& plain_entities) const;
  static bool LooksLikePersonName(std::string_view body, const std::vector<AliasMatch>& all, const AliasMatch& m);

  const EntityLexicon& lex_;
  LexiconMatcher matcher_;
  std::vector<Cues> cues_;  // per lexicon entity
};

// True when folded `key` occurs in folded `text` on Latin word boundaries.
bool ContainsFolded(std::string_view text, std::string_view key);

}  // namespace news
