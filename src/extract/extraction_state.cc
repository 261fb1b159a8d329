#include "extract/extraction_state.h"

#include <algorithm>

namespace news {

ExtractionState::ExtractionState(Analysis& a, size_t lexicon_size)
    : a_(a), folded_(FoldForMatching(a.doc.body)), by_lex_(lexicon_size, 0) {
  a_.entities.reserve(32);  // an article names a dozen or two: no moves of EntityResults while growing
  lex_index_.reserve(32);
  kind_.reserve(32);
}

int ExtractionState::SentenceOf(size_t byte) const {
  const auto& s = a_.sentences;
  auto it = std::upper_bound(s.begin(), s.end(), byte, [](size_t b, const Sentence& x) { return b < x.begin; });
  if (it == s.begin()) return 0;
  return static_cast<int>(std::prev(it) - s.begin());
}

std::string_view ExtractionState::SentenceText(int s) const {
  if (s < 0 || s >= static_cast<int>(a_.sentences.size())) return {};
  const Sentence& x = a_.sentences[s];
  return body().substr(x.begin, x.end - x.begin);
}

size_t ExtractionState::ToFolded(size_t byte) const { return folded_.ToFolded(byte); }

std::string_view ExtractionState::FoldedSentences(int first, int last) const {
  int n = static_cast<int>(a_.sentences.size());
  first = std::max(first, 0);
  last = std::min(last, n - 1);
  if (n == 0 || first > last) return {};
  size_t b = ToFolded(a_.sentences[first].begin), e = ToFolded(a_.sentences[last].end);
  return std::string_view(folded_.key).substr(b, e - b);
}

int ExtractionState::EntityFor(const LexiconEntity& e, int lex_index) {
  // By lexicon index: a vector lookup instead of hashing the id once per
  // mention. Ids are unique in a lexicon, so an index not seen yet is a new
  // entity; only calls without an index go through the ids.
  if (lex_index >= 0 && static_cast<size_t>(lex_index) < by_lex_.size() && by_lex_[lex_index] > 0)
    return by_lex_[lex_index] - 1;
  if (lex_index < 0)
    if (auto it = by_id_.find(e.id); it != by_id_.end()) return it->second;
  EntityResult& r = a_.entities.emplace_back();  // built in place: no move of its strings
  r.id = e.id;
  r.canonical = e.canonical;
  r.type = e.type;
  lex_index_.push_back(lex_index);
  kind_.push_back(KindOf(e.type));
  int idx = static_cast<int>(a_.entities.size()) - 1;
  if (lex_index < 0) {
    by_id_[e.id] = idx;
    return idx;
  }
  if (static_cast<size_t>(lex_index) >= by_lex_.size()) by_lex_.resize(lex_index + 1, 0);
  by_lex_[lex_index] = idx + 1;
  r.mentions.reserve(8);  // a lexicon entity is named about seven times an article
  return idx;
}

int ExtractionState::UnknownPerson(const std::string& name) { return Unknown("person", "person:?:" + name, name); }

int ExtractionState::UnknownOrganization(const std::string& name) { return Unknown("organization", "org:?:" + name, name); }

int ExtractionState::Unknown(const char* type, const std::string& id, const std::string& name) {
  if (auto it = by_id_.find(id); it != by_id_.end()) return it->second;
  EntityResult r;  // built apart: `name` may point into an entity moved by growing the list
  r.id = id;
  r.canonical = name;
  r.type = type;
  r.known = false;
  a_.entities.push_back(std::move(r));
  lex_index_.push_back(-1);
  kind_.push_back(KindOf(type));
  int idx = static_cast<int>(a_.entities.size()) - 1;
  by_id_[id] = idx;
  return idx;
}

void ExtractionState::AddMention(int entity, size_t begin, size_t end) {
  Mention m;
  m.surface = std::string(body().substr(begin, end - begin));
  m.sentence = SentenceOf(begin);
  m.begin = begin;
  m.end = end;
  a_.entities[entity].mentions.push_back(std::move(m));
}

int ExtractionState::EntityAt(size_t begin, size_t end) const {
  for (size_t i = 0; i < a_.entities.size(); ++i)
    for (const Mention& m : a_.entities[i].mentions)
      if (m.begin < end && begin < m.end) return static_cast<int>(i);
  return -1;
}

int RootOrganization(const EntityLexicon& lex, int index, bool through_orgs) {
  int cur = index;
  for (int guard = 0; cur >= 0 && guard < 8; ++guard) {
    const LexiconEntity& e = lex.entities[cur];
    bool is_org = e.kind == EntityKind::kOrganization;
    // parent_index is -1 for no parent and for an unknown one (IndexLexicon).
    if (is_org && (!through_orgs || e.parent_index < 0)) return cur;
    if (e.parent_index < 0) return -1;
    cur = e.parent_index;
  }
  return -1;
}

}  // namespace news
