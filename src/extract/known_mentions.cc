#include "extract/known_mentions.h"

#include <algorithm>

#include "text/match_key.h"

namespace news {

bool ContainsFolded(std::string_view text, std::string_view key) {
  if (key.empty()) return false;
  for (size_t pos = text.find(key); pos != std::string_view::npos; pos = text.find(key, pos + 1))
    if (LexiconMatcher::BoundaryOk(text, pos, pos + key.size())) return true;
  return false;
}

KnownMentionFinder::KnownMentionFinder(const EntityLexicon& lex) : lex_(lex), matcher_(lex) {
  for (const LexiconEntity& e : lex.entities) {
    Cues c;
    for (const std::string& s : e.cues) c.confirm.push_back(MatchKey(s));
    for (const std::string& s : e.anti_cues) c.exclude.push_back(MatchKey(s));
    cues_.push_back(std::move(c));
  }
}

KnownMentionFinder::KnownMentionFinder(const EntityLexicon& lex, SnapshotReader& r, std::shared_ptr<const void> storage)
    : lex_(lex) {
  if (!matcher_.Load(r, std::move(storage), lex.entities.size())) return;
  cues_.resize(lex.entities.size());
  for (Cues& c : cues_)
    if (!r.Strs(&c.confirm) || !r.Strs(&c.exclude)) return;
}

bool KnownMentionFinder::Save(SnapshotWriter& w) const {
  if (!matcher_.Save(w)) return false;
  for (const Cues& c : cues_) {
    w.Strs(c.confirm);
    w.Strs(c.exclude);
  }
  return true;
}

static bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
static bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

bool KnownMentionFinder::LooksLikePersonName(std::string_view body, const std::vector<AliasMatch>& all,
                                             const AliasMatch& m) {
  std::string_view surface = body.substr(m.begin, m.end - m.begin);
  if (surface.empty() || !IsUpper(surface[0]) || surface.find(' ') != std::string_view::npos) return false;
  for (char c : surface.substr(1))
    if (!IsLower(c)) return false;
  // "Mr. Claude", "Dr. Devin"
  for (std::string_view honorific : {"Mr. ", "Ms. ", "Mrs. ", "Dr. "})
    if (m.begin >= honorific.size() && body.substr(m.begin - honorific.size(), honorific.size()) == honorific) return true;
  size_t next = m.end + 1;
  if (m.end >= body.size() || body[m.end] != ' ' || next >= body.size() || !IsUpper(body[next])) return false;
  size_t word_end = next + 1;
  while (word_end < body.size() && IsLower(body[word_end])) ++word_end;
  if (word_end - next < 2) return false;
  // The next word starts another lexicon alias (Apple Vision Pro): not a name.
  return std::none_of(all.begin(), all.end(), [&](const AliasMatch& x) { return x.begin == next; });
}

bool KnownMentionFinder::ContextConfirms(const ExtractionState& st, int s, int entity,
                                         const std::vector<char>& plain_sentences,
                                         const std::vector<char>& plain_entities) const {
  std::string_view sentence = st.FoldedSentences(s, s);
  const Cues& c = cues_[entity];
  for (const std::string& x : c.exclude)
    if (ContainsFolded(sentence, x)) return false;
  // Past the excludes, another plain name in the sentence or the entity named
  // plainly elsewhere confirms it anyway: no need to look for its cues.
  if (plain_sentences[s] || plain_entities[entity]) return true;
  std::string_view window = st.FoldedSentences(s - 1, s + 1);
  for (const std::string& x : c.confirm)
    if (ContainsFolded(window, x)) return true;
  return false;
}

void KnownMentionFinder::Find(ExtractionState& st) const {
  std::vector<AliasMatch> all = matcher_.FindAll(st.body(), st.folded());
  size_t n_sentences = std::max<size_t>(st.analysis().sentences.size(), 1);
  std::vector<char> plain_sentences(n_sentences, 0), plain_entities(lex_.entities.size(), 0);
  for (const AliasMatch& m : all) {
    if (m.needs_context) continue;
    plain_sentences[st.SentenceOf(m.begin)] = 1;
    for (int e : m.entities) plain_entities[e] = 1;
  }
  struct Verdict {
    int entity, sentence;
    bool confirmed;
  };
  std::vector<Verdict> verdicts;  // ContextConfirms() per (entity, sentence) asked so far
  auto confirmed = [&](int entity, int s) {
    for (const Verdict& v : verdicts)
      if (v.entity == entity && v.sentence == s) return v.confirmed;
    verdicts.push_back({entity, s, ContextConfirms(st, s, entity, plain_sentences, plain_entities)});
    return verdicts.back().confirmed;
  };
  std::vector<AliasMatch> accepted;
  accepted.reserve(all.size());
  for (const AliasMatch& m : all) {
    if (!m.needs_context) {
      accepted.push_back(m);
      continue;
    }
    if (LooksLikePersonName(st.body(), all, m)) continue;
    int s = st.SentenceOf(m.begin);
    for (size_t i = 0; i < m.entities.size(); ++i) {
      if (!confirmed(m.entities[i], s)) continue;
      AliasMatch one = m;
      one.entities = m.entities.Only(i);
      accepted.push_back(one);
      break;
    }
  }
  for (const AliasMatch& m : SelectLongest(std::move(accepted))) {
    int e = m.entities.front();
    st.AddMention(st.EntityFor(lex_.entities[e], e), m.begin, m.end);
  }
}

}  // namespace news
