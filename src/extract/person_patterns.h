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
// Pure function over one sentence; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/unknown_orgs.h"

namespace news {

struct TitledName {
  size_t begin = 0, end = 0;  // bytes into the sentence
  std::string name;
};

// `org_cues`, when given, receives the organisation cues (unknown_orgs.h)
// found by the same scan, in order.
std::vector<TitledName> FindTitledPeople(std::string_view sentence, std::vector<OrgCue>* org_cues = nullptr);

// Whether `word` is a capitalised word that may not be part of a person's
// name (months, weekdays, pronouns, common sentence starters).
bool IsNameStopWord(std::string_view word);

}  // namespace news
