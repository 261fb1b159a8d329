// Finds lexicon aliases in text: one Aho–Corasick pass over the
// MatchKey-folded text (so 奧特曼 and 奥特曼, OPENAI and OpenAI meet),
// Latin word boundaries (Meta never inside "metadata"), a case rule (an
// alias written with capitals does not match an all-lowercase surface, so
// "apple" the fruit is not Apple), then leftmost-longest selection so that
// "Google DeepMind" wins over "Google". Chinese is matched on characters,
// not tokens, so segmentation mistakes cannot hide a name.
//
//   LexiconMatcher m(lexicon);
//   for (const AliasMatch& x : m.Find(body)) ...   // x.begin/x.end: bytes into body
//
// Immutable after construction; Find() is safe to call from several threads.
// Matches point into the matcher's tables: they must not outlive it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/aho_corasick.h"
#include "lexicon/entity_lexicon.h"
#include "lexicon/folded_text.h"

namespace news {

// Lexicon entity indexes, viewed in the matcher's own tables (a match holds
// no allocation of its own): valid while the matcher that found them lives.
class EntityIndexes {
 public:
  EntityIndexes() = default;
  EntityIndexes(const int* data, size_t size) : data_(data), size_(size) {}
  const int* begin() const { return data_; }
  const int* end() const { return data_ + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  int front() const { return data_[0]; }
  int operator[](size_t i) const { return data_[i]; }
  // The one index at position i, as a list of its own.
  EntityIndexes Only(size_t i) const { return {data_ + i, 1}; }

 private:
  const int* data_ = nullptr;
  size_t size_ = 0;
};

struct AliasMatch {
  size_t begin = 0, end = 0;      // bytes into the original text
  EntityIndexes entities;         // lexicon entity indexes owning the alias (several when shared)
  bool needs_context = false;     // the alias is ambiguous for at least one owner
};

// Keeps the leftmost-longest non-overlapping matches of a start-ordered list.
std::vector<AliasMatch> SelectLongest(std::vector<AliasMatch> candidates);

class LexiconMatcher {
 public:
  explicit LexiconMatcher(const EntityLexicon& lex);
  // An empty matcher (finds nothing) to Load() into.
  LexiconMatcher() = default;
  // Not copyable (the key tables point into owned vectors); movable.
  LexiconMatcher(const LexiconMatcher&) = delete;
  LexiconMatcher& operator=(const LexiconMatcher&) = delete;
  LexiconMatcher(LexiconMatcher&&) = default;
  LexiconMatcher& operator=(LexiconMatcher&&) = default;

  // Snapshot of the built matcher (see snapshot.h); Save() is false when the
  // automaton cannot be saved. Load() is false on malformed data or entity
  // indexes outside [0, entity_count).
  bool Save(SnapshotWriter& w) const;
  bool Load(SnapshotReader& r, std::shared_ptr<const void> storage, size_t entity_count);

  // Every alias occurrence that passes the boundary and case rules, possibly
  // overlapping, ordered by start then longest first.
  std::vector<AliasMatch> FindAll(std::string_view text) const;
  // The same over text already folded by FoldForMatching (saves a second fold).
  std::vector<AliasMatch> FindAll(std::string_view text, const FoldedText& folded) const;
  // FindAll() reduced to non-overlapping leftmost-longest matches.
  std::vector<AliasMatch> Find(std::string_view text) const { return SelectLongest(FindAll(text)); }

  // Whether one folded key occurs in folded text at a position that respects
  // Latin word boundaries. Used for cue words and trigger phrases.
  static bool BoundaryOk(std::string_view folded, size_t begin, size_t end);

 private:
  struct KeyInfo {
    std::vector<int> entities;
    bool needs_context = false;
    bool has_upper = false;  // some alias with this key has a capital letter
    bool all_upper = true;   // every alias with this key is an acronym (FAIR, MSL)
  };
  enum : uint8_t { kNeedsContext = 1, kHasUpper = 2, kAllUpper = 4 };
  static bool CaseOk(uint8_t flags, std::string_view surface);
  void AddPossessiveForms(const EntityLexicon& lex, std::vector<KeyInfo>* keys);
  void Flatten(const std::vector<KeyInfo>& keys);

  AhoCorasick ac_;
  // Key k's entities are key_entities_[key_begin_[k] .. key_begin_[k + 1]),
  // its flags key_flags_[k]: flat arrays, built here or pointing into a
  // loaded snapshot (which storage_ keeps alive), so loading allocates
  // nothing per key.
  size_t key_count_ = 0;
  const uint32_t* key_begin_ = nullptr;
  const int32_t* key_entities_ = nullptr;
  const uint8_t* key_flags_ = nullptr;
  std::vector<uint32_t> own_begin_;
  std::vector<int32_t> own_entities_;
  std::vector<uint8_t> own_flags_;
  std::shared_ptr<const void> storage_;
};

inline bool IsLatinWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace news
