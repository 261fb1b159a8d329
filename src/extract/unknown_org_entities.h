// Turns the organisations unknown_orgs.h finds into entities of one article
// (type organization, known=false, id "org:?:<name>"), then links their later
// bare mentions, the short form included ("Quillmark" for "Quillmark AI",
// 曜衡 for 曜衡智能). A name holding a lexicon name is left out: it is the
// known organisation, or a product of it.
//
//   UnknownOrganizations orgs(matcher);
//   orgs.AddFromSentence(st, s, text, cues);   // for each sentence
//   orgs.AddFromHeadline(st, title, cues);
//   orgs.LinkMentions(st);
//
// One per Extract() call; not thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/extraction_state.h"
#include "extract/unknown_orgs.h"
#include "lexicon/lexicon_matcher.h"

namespace news {

class UnknownOrganizations {
 public:
  explicit UnknownOrganizations(const LexiconMatcher& known) : known_(known) {}

  // `text` is sentence `s` of the body (offsets relative to it).
  void AddFromSentence(ExtractionState& st, int s, std::string_view text, const std::vector<OrgCue>& cues);
  // Names in the headline only: the body gives their mentions.
  void AddFromHeadline(ExtractionState& st, std::string_view title, const std::vector<OrgCue>& cues);
  // Every later mention of each name found, and of its short form.
  void LinkMentions(ExtractionState& st) const;

 private:
  bool Known(const std::string& name) const { return !known_.Find(name).empty(); }

  const LexiconMatcher& known_;
  std::vector<std::pair<int, std::string>> found_;  // entity index, name
};

}  // namespace news
