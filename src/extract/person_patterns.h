// People who are in no lexicon, found by the titles and cues around them:
//   研究副總裁Elena Vasquez, 首席科学家宋启明, 前技术负责人郭子涵, head of
//   research Tomás Ferreira, "Hannah Albrecht, a senior staff research
//   scientist", "Owen McAllister, who led ...".
// Chinese names must start with a common surname and stop before the verbs
// and particles that follow names (已, 表示, 加入 ...); transliterated names
// (艾琳娜·瓦斯奎茲) and Latin names are taken whole.
//
//   for (const TitledName& n : FindTitledPeople(sentence)) ...  // offsets into sentence
//
// Pure function over one sentence; thread-safe. The patterns' cue words are
// found by one automaton: FindTitledPeople builds it once per process (~2M
// instructions); an extractor keeps a PersonPatterns in the lexicon snapshot
// instead and loads it from there (entity_extractor.cc).
// This file holds the cue words, the English patterns and the scan; the
// names after Chinese cues are read by chinese_cue_names.h, and what both
// share (TitledName, stop words, adding a name) is in person_names.h.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/person_names.h"
#include "extract/unknown_orgs.h"

namespace news {

class SnapshotReader;
class SnapshotWriter;
struct PersonPatternSet;

// The patterns with their cue automaton. Safe to share across threads.
class PersonPatterns {
 public:
  PersonPatterns();  // built
  ~PersonPatterns();
  // Built once, on first use.
  static const PersonPatterns& Default();

  // Appends the automaton and the cue words it was built from; false when
  // it cannot be saved.
  bool Save(SnapshotWriter& w) const;
  // Reads what Save() wrote; null when it is malformed or was built from
  // other cue words than this code's (a snapshot older than the code).
  // `storage` keeps the snapshot's bytes alive.
  static std::unique_ptr<PersonPatterns> Load(SnapshotReader& r, const std::shared_ptr<const void>& storage);

  // The people named with a title in `sentence`, in order. `org_cues`, when
  // given, receives the organisation cues (unknown_orgs.h) found by the same
  // scan, in order.
  std::vector<TitledName> Find(std::string_view sentence, std::vector<OrgCue>* org_cues = nullptr) const;

 private:
  explicit PersonPatterns(std::unique_ptr<PersonPatternSet> set);
  std::unique_ptr<PersonPatternSet> set_;
};

// PersonPatterns::Default().Find(sentence, org_cues).
std::vector<TitledName> FindTitledPeople(std::string_view sentence, std::vector<OrgCue>* org_cues = nullptr);

}  // namespace news
