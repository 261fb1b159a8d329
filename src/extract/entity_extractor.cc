#include "extract/entity_extractor.h"

#include <algorithm>

#include "common/utf8.h"
#include "extract/event_extractor.h"
#include "extract/extraction_state.h"
#include "extract/known_mentions.h"
#include "extract/person_patterns.h"
#include "extract/roles.h"
#include "extract/unknown_org_entities.h"
#include "lexicon/entity_lexicon.h"
#include "lexicon/lexicon_cache.h"
#include "lexicon/lexicon_matcher.h"
#include "lexicon/snapshot.h"
#include "text/match_key.h"

namespace news {
namespace {

class LexiconExtractor : public EntityExtractor {
 public:
  explicit LexiconExtractor(EntityLexicon lex)
      : lex_(std::move(lex)),
        known_(lex_),
        title_matcher_(known_.matcher()),
        events_(lex_),
        people_(std::make_unique<PersonPatterns>()) {}
  // From a snapshot (the lexicon already read from it); `r` is failed when
  // the rest is malformed, and the extractor must then be dropped.
  LexiconExtractor(EntityLexicon lex, SnapshotReader& r, const std::shared_ptr<const void>& storage)
      : lex_(std::move(lex)),
        known_(lex_, r, storage),
        title_matcher_(known_.matcher()),
        events_(lex_, r, storage),
        people_(PersonPatterns::Load(r, storage)) {
    if (!people_) r.Fail();  // malformed, or cue words changed since: rebuilt
  }

  // The snapshot of everything built from the lexicons; empty if it cannot be saved.
  std::string Snapshot() const {
    SnapshotWriter w;
    SaveEntityLexicon(lex_, w);
    if (!known_.Save(w) || !events_.Save(w) || !people_->Save(w)) return "";
    return w.bytes();
  }

  void Extract(Analysis& a) const override {
    a.entities.clear();
    a.events.clear();
    ExtractionState st(a, lex_.entities.size());
    known_.Find(st);
    FindUnknownPeople(st);
    std::vector<int> title = TitleEntities(a.doc.title);
    for (int lex_i : title) st.EntityFor(lex_.entities[lex_i], lex_i);  // headline-only entities count too
    for (EntityResult& e : a.entities)
      std::sort(e.mentions.begin(), e.mentions.end(), [](const Mention& x, const Mention& y) { return x.begin < y.begin; });
    int subject = AssignRoles(lex_, events_.cues(), title, st);
    // An organisation in no lexicon as subject: the events' id for it (the
    // lexicon size plus its analysis index, see event_extractor.cc UnknownOrgId).
    int subject_lex = subject >= 0 ? st.lex_index(subject) : -1;
    if (subject >= 0 && subject_lex < 0) subject_lex = static_cast<int>(lex_.entities.size()) + subject;
    events_.Extract(subject_lex, st);
    SortEntities(a);  // last: the state's indexes point into a.entities until here
  }

 private:
  std::vector<int> TitleEntities(const std::string& title) const;
  void FindUnknownPeople(ExtractionState& st) const;
  void LinkBareMentions(ExtractionState& st, int entity, const std::string& name) const;
  static void SortEntities(Analysis& a);

  EntityLexicon lex_;
  KnownMentionFinder known_;
  const LexiconMatcher& title_matcher_;  // known_'s matcher
  EventExtractor events_;
  std::unique_ptr<const PersonPatterns> people_;  // in the snapshot: its cue automaton is not built per process
};

std::vector<int> LexiconExtractor::TitleEntities(const std::string& title) const {
  std::vector<int> out;
  for (const AliasMatch& m : title_matcher_.Find(title)) {
    if (m.needs_context || m.entities.size() != 1) continue;  // no context to confirm it in a headline
    if (std::find(out.begin(), out.end(), m.entities[0]) == out.end()) out.push_back(m.entities[0]);
  }
  return out;
}

void LexiconExtractor::FindUnknownPeople(ExtractionState& st) const {
  Analysis& a = st.analysis();
  std::vector<std::pair<int, std::string>> found;
  UnknownOrganizations orgs(title_matcher_);  // organisation cues come from the same scan
  std::vector<OrgCue> org_cues;
  for (const Sentence& s : a.sentences) {
    org_cues.clear();
    for (const TitledName& t : people_->Find(st.SentenceText(s.index), &org_cues)) {
      size_t begin = s.begin + t.begin, end = s.begin + t.end;
      if (st.EntityAt(begin, end) >= 0) continue;  // a lexicon entity, or already found
      if (!title_matcher_.Find(t.name).empty()) continue;  // contains a known name or organisation
      int e = st.UnknownPerson(t.name);
      st.AddMention(e, begin, end);
      found.push_back({e, t.name});
    }
    if (!org_cues.empty()) orgs.AddFromSentence(st, s.index, st.SentenceText(s.index), org_cues);
  }
  // A person named with a title only in the headline ("千问视觉模型负责人林嘉树
  // 离职") is usually named bare in the body: the headline finds them, the
  // body gives the mentions.
  org_cues.clear();
  for (const TitledName& t : people_->Find(a.doc.title, &org_cues)) {
    if (!title_matcher_.Find(t.name).empty()) continue;
    found.push_back({st.UnknownPerson(t.name), t.name});
  }
  if (!org_cues.empty()) orgs.AddFromHeadline(st, a.doc.title, org_cues);
  for (const auto& [e, name] : found) LinkBareMentions(st, e, name);
  orgs.LinkMentions(st);
}

// The same name later (or earlier) without its title; for Latin names also
// the surname alone, for transliterations the part after the dot.
void LexiconExtractor::LinkBareMentions(ExtractionState& st, int entity, const std::string& name) const {
  std::vector<std::string> forms{name};
  size_t space = name.rfind(' ');
  if (space != std::string::npos && name.size() - space > 3) forms.push_back(name.substr(space + 1));
  size_t dot = name.find("·");
  if (dot != std::string::npos && name.size() - dot > 5) forms.push_back(name.substr(dot + 2));
  std::string_view body = st.body();
  for (const std::string& form : forms) {
    if (form != name && (IsNameStopWord(form) || !title_matcher_.Find(form).empty())) continue;
    for (size_t pos = body.find(form); pos != std::string_view::npos; pos = body.find(form, pos + 1)) {
      size_t end = pos + form.size();
      bool latin_start = IsLatinWordByte(static_cast<unsigned char>(form[0]));
      if (latin_start && pos > 0 && std::isalpha(static_cast<unsigned char>(body[pos - 1]))) continue;
      if (latin_start && end < body.size() && std::isalpha(static_cast<unsigned char>(body[end]))) continue;
      if (static_cast<unsigned char>(body[end < body.size() ? end : 0]) >= 0xC0 && latin_start) {
        size_t p = end;  // an accented letter right after: a longer word
        if (DecodeUtf8(body, &p) >= 0xC0) continue;
      }
      if (st.EntityAt(pos, end) >= 0) continue;
      st.AddMention(entity, pos, end);
    }
  }
}

// Entities in order of first mention; headline-only ones last.
void LexiconExtractor::SortEntities(Analysis& a) {
  // By first mention, entities without one last, ties in creation order.
  // Indexes are sorted and each entity moved once: sorting the entities
  // themselves moved every EntityResult (strings, vectors) log n times.
  std::vector<std::pair<size_t, uint32_t>> order(a.entities.size());
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const EntityResult& e = a.entities[i];
    order[i] = {e.mentions.empty() ? SIZE_MAX : e.mentions[0].begin, static_cast<uint32_t>(i)};
  }
  std::sort(order.begin(), order.end());
  std::vector<EntityResult> sorted;
  sorted.reserve(a.entities.size());
  for (const auto& [first, i] : order) sorted.push_back(std::move(a.entities[i]));
  a.entities = std::move(sorted);
}


// The extractor from a cache file, or null when there is none or it is unusable.
std::unique_ptr<LexiconExtractor> FromCache(const std::string& dir, const std::string& key) {
  std::shared_ptr<MappedFile> file = MapLexiconCache(dir, key);
  if (!file) return nullptr;
  SnapshotReader r(file->payload());
  EntityLexicon lex;
  if (!LoadEntityLexicon(r, &lex)) return nullptr;
  auto ex = std::make_unique<LexiconExtractor>(std::move(lex), r, file);
  if (!r.ok() || !r.at_end()) return nullptr;
  return ex;
}

}  // namespace

StatusOr<std::unique_ptr<EntityExtractor>> EntityExtractor::Create(const Options& options) {
  std::string cache_dir, key;
  if (options.use_cache) {
    cache_dir = options.cache_dir.empty() ? DefaultLexiconCacheDir() : options.cache_dir;
    if (!cache_dir.empty()) key = ResolveLexiconCacheKey(cache_dir, options.lexicon_dir, {options.cache_settle_ns});
    if (auto cached = FromCache(cache_dir, key)) return std::unique_ptr<EntityExtractor>(std::move(cached));
  }
  std::vector<LexiconProblem> problems;
  EntityLexicon lex = LoadLexicons(options.lexicon_dir, &problems);
  if (!problems.empty()) {
    std::string more = problems.size() > 1 ? " (and " + std::to_string(problems.size() - 1) + " more; run newsminer lexicon check)" : "";
    return Status(StatusCode::kParseError, problems.front().ToString() + more);
  }
  auto ex = std::make_unique<LexiconExtractor>(std::move(lex));
  if (!key.empty()) WriteLexiconCache(cache_dir, key, ex->Snapshot());
  return std::unique_ptr<EntityExtractor>(std::move(ex));
}

}  // namespace news
