#include "extract/unknown_org_entities.h"

#include <algorithm>

namespace news {

void UnknownOrganizations::AddFromSentence(ExtractionState& st, int s, std::string_view text,
                                           const std::vector<OrgCue>& cues) {
  size_t base = st.analysis().sentences[s].begin;
  for (const FoundOrganization& o : FindUnknownOrganizations(text, cues)) {
    size_t begin = base + o.begin, end = base + o.end;
    if (st.EntityAt(begin, end) >= 0 || Known(o.name)) continue;
    int e = st.UnknownOrganization(o.name);
    st.AddMention(e, begin, end);
    found_.push_back({e, o.name});
  }
}

void UnknownOrganizations::AddFromHeadline(ExtractionState& st, std::string_view title, const std::vector<OrgCue>& cues) {
  for (const FoundOrganization& o : FindUnknownOrganizations(title, cues))
    if (!Known(o.name)) found_.push_back({st.UnknownOrganization(o.name), o.name});
}

void UnknownOrganizations::LinkMentions(ExtractionState& st) const {
  std::string_view body = st.body();
  auto latin_letter = [&](size_t i) { return i < body.size() && std::isalnum(static_cast<unsigned char>(body[i])); };
  for (const auto& [entity, name] : found_) {
    std::string forms[2] = {name, OrganizationShortForm(name)};
    for (const std::string& form : forms) {
      if (form.empty() || (form != name && Known(form))) continue;
      bool latin = static_cast<unsigned char>(form[0]) < 0x80;
      for (size_t pos = body.find(form); pos != std::string_view::npos; pos = body.find(form, pos + 1)) {
        size_t end = pos + form.size();
        if (latin && ((pos > 0 && latin_letter(pos - 1)) || latin_letter(end))) continue;
        if (st.EntityAt(pos, end) >= 0) continue;
        st.AddMention(entity, pos, end);
      }
    }
  }
}

}  // namespace news
