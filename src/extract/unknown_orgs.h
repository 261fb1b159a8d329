// Organisations that are in no lexicon, found by the phrases news writers
// introduce a new company with: "Quillmark AI, a San Francisco start-up",
// "the start-up Parallax Labs", "The new company, called Parallax Labs,",
// "Lumenfold raised $60 million" (the sentence's subject), 台北新創霽光智能,
// 新創公司Parallax Labs, 前DeepMind研究員創辦的霽光智能, "a company called X",
// "Sensorvue, an app analytics firm", 一家名為潮汐視覺的初創公司,
// 成立於今年九月的深衡智能. Precision first: a
// capitalised phrase alone is never an organisation; Chinese names need a
// company-name ending (智能, 科技, 機器人 ...).
//
//   std::vector<OrgCue> cues;                    // filled by FindTitledPeople's scan
//   for (const FoundOrganization& o : FindUnknownOrganizations(sentence, cues)) ...
//
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace news {

// A cue word for an organisation, found in a sentence (byte offsets).
struct OrgCue {
  size_t begin = 0, end = 0;
  uint8_t kind = 0;  // one of the OrgCueKind values
};

enum OrgCueKind : uint8_t {
  kStartupCue = 1,   // start-up, startup, 新創, 初創, 創業公司
  kFoundedCue = 2,   // 創辦的, 創立的: the company after the relative clause
  kRaisedCue = 3,    // raises, raised: the sentence's subject before it
  kCalledCue = 4,    // "a new company, called X", "a company named X"
  kNamedCue = 5,     // 一家名為X的(初創)公司: X up to 的, a company noun after it
  kEstablishedCue = 6,  // 成立於今年九月的X: the company name after the clause's 的
  kCompanyNounCue = 7,  // "Sensorvue, an app analytics firm": the head of an apposition only
  kCompanyFundsCue = 8  // 具身智能公司灵枢动力宣布完成…融资: a company noun, the name, then 完成/获得 (a round)
};

// The cue words (ASCII lower case, both Chinese scripts) with their kinds;
// the person-cue scan (person_patterns.cc) looks for them in the same pass.
const std::vector<std::pair<std::string, OrgCueKind>>& OrganizationCueWords();

struct FoundOrganization {
  size_t begin = 0, end = 0;  // bytes into the sentence
  std::string name;
};

// The organisations the cues in `sentence` introduce; empty without cues.
std::vector<FoundOrganization> FindUnknownOrganizations(std::string_view sentence, const std::vector<OrgCue>& cues);

// Shorter forms the article may use later: "Quillmark AI" -> "Quillmark",
// "曜衡智能" -> "曜衡"; empty when the name has none.
std::string OrganizationShortForm(std::string_view name);

}  // namespace news
