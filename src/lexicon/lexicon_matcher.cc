#include "lexicon/lexicon_matcher.h"

#include <algorithm>

#include "lexicon/folded_text.h"
#include "lexicon/snapshot.h"
#include "text/match_key.h"

namespace news {

static bool HasAsciiUpper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "FAIR", "MSL", "AWS": two or more capitals and no lowercase letter.
static bool IsAcronym(std::string_view s) {
  int upper = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  return upper >= 2;
}

LexiconMatcher::LexiconMatcher(const EntityLexicon& lex) {
  std::vector<KeyInfo> keys;
  for (size_t i = 0; i < lex.entities.size(); ++i) {
    const LexiconEntity& e = lex.entities[i];
    for (const std::string& alias : e.aliases) {
      int k = ac_.Add(MatchKey(alias));
      if (k < 0) continue;
      if (static_cast<size_t>(k) >= keys.size()) keys.resize(k + 1);
      KeyInfo& info = keys[k];
      if (std::find(info.entities.begin(), info.entities.end(), static_cast<int>(i)) == info.entities.end())
        info.entities.push_back(static_cast<int>(i));
      if (std::find(e.context_aliases.begin(), e.context_aliases.end(), alias) != e.context_aliases.end())
        info.needs_context = true;
      info.has_upper = info.has_upper || HasAsciiUpper(alias);
      info.all_upper = info.all_upper && IsAcronym(alias);
    }
  }
  AddPossessiveForms(lex, &keys);
  ac_.Build();
  keys.resize(ac_.key_count());
  Flatten(keys);
}

void LexiconMatcher::Flatten(const std::vector<KeyInfo>& keys) {
  own_begin_.assign(1, 0);
  for (const KeyInfo& k : keys) {
    own_entities_.insert(own_entities_.end(), k.entities.begin(), k.entities.end());
    own_begin_.push_back(static_cast<uint32_t>(own_entities_.size()));
    own_flags_.push_back(static_cast<uint8_t>((k.needs_context ? kNeedsContext : 0) | (k.has_upper ? kHasUpper : 0) |
                                              (k.all_upper ? kAllUpper : 0)));
  }
  key_count_ = keys.size();
  key_begin_ = own_begin_.data();
  key_entities_ = own_entities_.data();
  key_flags_ = own_flags_.data();
}

// "Apple's foundation models team", "OpenAI’s superalignment team": a unit
// named after its parent's possessive is usually written in lower case, which
// the case rule would otherwise reject. Each Latin alias of a division gets
// "<parent>'s <alias>" (and the curly apostrophe) as an extra key; the
// parent's capital keeps the case rule satisfied.
void LexiconMatcher::AddPossessiveForms(const EntityLexicon& lex, std::vector<KeyInfo>* keys) {
  
  for (size_t i = 0; i < lex.entities.size(); ++i) {
    const LexiconEntity& e = lex.entities[i];
    const LexiconEntity* parent = e.type == "division" ? lex.Find(e.parent) : nullptr;
    if (!parent) continue;
    for (const std::string& alias : e.aliases) {
      bool latin = std::all_of(alias.begin(), alias.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      if (!latin || alias.find(' ') == std::string::npos || MatchKey(alias).rfind(MatchKey(parent->canonical), 0) == 0) continue;
      for (const char* apostrophe : {"'s ", "’s "}) {
        int k = ac_.Add(MatchKey(parent->canonical + apostrophe + alias));
        if (k < 0) continue;
        if (static_cast<size_t>(k) >= keys->size()) keys->resize(k + 1);
        KeyInfo& info = (*keys)[k];
        if (std::find(info.entities.begin(), info.entities.end(), static_cast<int>(i)) == info.entities.end())
          info.entities.push_back(static_cast<int>(i));
        info.has_upper = true;
        info.all_upper = false;
      }
    }
  }
}

bool LexiconMatcher::BoundaryOk(std::string_view folded, size_t begin, size_t end) {
  if (begin >= end || end > folded.size()) return false;
  auto byte = [&](size_t i) { return static_cast<unsigned char>(folded[i]); };
  if (IsLatinWordByte(byte(begin)) && begin > 0 && IsLatinWordByte(byte(begin - 1))) return false;
  if (IsLatinWordByte(byte(end - 1)) && end < folded.size() && IsLatinWordByte(byte(end))) return false;
  return true;
}

bool LexiconMatcher::CaseOk(uint8_t flags, std::string_view surface) {
  if (!(flags & kHasUpper)) return true;
  if (flags & kAllUpper) {  // an acronym only matches in capitals: FAIR, not "fair" or "Fair"
    for (char c : surface)
      if (c >= 'a' && c <= 'z') return false;
    return true;
  }
  bool any_latin = false;
  for (char c : surface) {
    if (c >= 'A' && c <= 'Z') return true;
    if (c >= 'a' && c <= 'z') any_latin = true;
  }
  return !any_latin;  // all-lowercase Latin: "apple", "meta"
}

std::vector<AliasMatch> LexiconMatcher::FindAll(std::string_view text) const {
  return FindAll(text, FoldForMatching(text));
}

std::vector<AliasMatch> LexiconMatcher::FindAll(std::string_view text, const FoldedText& folded) const {
  thread_local std::vector<AhoCorasick::Hit> hits;  // scratch, reused across calls
  hits.clear();
  ac_.FindAll(folded.key, &hits);
  std::vector<AliasMatch> candidates;
  candidates.reserve(hits.size());
  for (const auto& h : hits) {
    if (!BoundaryOk(folded.key, h.begin, h.end)) continue;
    uint8_t flags = key_flags_[h.key];
    uint32_t first = key_begin_[h.key];
    AliasMatch m{folded.ToOriginal(h.begin), folded.ToOriginal(h.end),
                 {key_entities_ + first, key_begin_[h.key + 1] - first}, (flags & kNeedsContext) != 0};
    if (!CaseOk(flags, text.substr(m.begin, m.end - m.begin))) continue;
    candidates.push_back(m);
  }
  std::sort(candidates.begin(), candidates.end(), [](const AliasMatch& a, const AliasMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return candidates;
}

// Leftmost-longest: earliest start first, then the longest alias there.
std::vector<AliasMatch> SelectLongest(std::vector<AliasMatch> candidates) {
  std::vector<AliasMatch> out;
  size_t covered = 0;
  for (const AliasMatch& m : candidates) {
    if (m.begin < covered) continue;
    covered = m.end;
    out.push_back(m);
  }
  return out;
}

bool LexiconMatcher::Save(SnapshotWriter& w) const {
  if (!ac_.Save(w)) return false;
  w.Array(key_begin_, key_count_ + 1);
  w.Array(key_entities_, key_begin_[key_count_]);
  w.Array(key_flags_, key_count_);
  return true;
}

// The tables stay in the snapshot; every offset and entity index is checked.
bool LexiconMatcher::Load(SnapshotReader& r, std::shared_ptr<const void> storage, size_t entity_count) {
  const uint32_t* begin = nullptr;
  const int32_t* entities = nullptr;
  const uint8_t* flags = nullptr;
  size_t begins = 0, total = 0, flag_count = 0;
  if (!ac_.Load(r, storage) || !r.Array(&begin, &begins) || !r.Array(&entities, &total) || !r.Array(&flags, &flag_count) ||
      begins != ac_.key_count() + 1 || flag_count != ac_.key_count() || begin[0] != 0 || begin[begins - 1] != total) {
    r.Fail();
    return false;
  }
  bool ok = true;
  for (size_t k = 1; k < begins; ++k) ok &= begin[k - 1] <= begin[k];
  for (size_t i = 0; i < total; ++i) ok &= entities[i] >= 0 && static_cast<size_t>(entities[i]) < entity_count;
  if (!ok) {
    r.Fail();
    return false;
  }
  key_count_ = flag_count;
  key_begin_ = begin;
  key_entities_ = entities;
  key_flags_ = flags;
  storage_ = std::move(storage);
  return true;
}

}  // namespace news
