// Internal to the digest builder: the loaded rows indexed by article,
// sentence and entity, shared by the files that build each section
// (digest_builder.cc, digest_stories.cc, digest_tone.cc, digest_talent.cc).
// Not for use outside src/report/.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "report/digest.h"
#include "report/digest_builder.h"

namespace news {

struct DigestContext {
  DigestContext(const DigestRows& rows, const DigestWindow& window, const TimeZone& tz, const DigestOptions& options);

  const DigestRows& rows;
  const DigestWindow& window;
  const TimeZone& tz;
  const DigestOptions& options;

  std::unordered_map<int64_t, const DigestArticleRow*> article;  // by id
  std::unordered_map<int64_t, std::string> local_day;             // article id -> YYYY-MM-DD in tz
  std::vector<const DigestArticleRow*> week_articles;             // in the week, by (day, id)
  std::map<std::string, const DigestEntityInfo*> entity;          // by entity id
  std::unordered_map<int64_t, std::vector<const DigestSentenceRow*>> sentences;  // by article, idx order
  std::unordered_map<int64_t, std::vector<const DigestArticleEntityRow*>> article_entities;
  std::map<std::pair<int64_t, int>, std::vector<std::string>> sentence_entities;  // (article, idx) -> ids
  std::unordered_map<int64_t, std::vector<const DigestEventRow*>> events;         // week articles' events

  bool InWeek(int64_t article_id) const;
  // Week index (0..11) of a stored day in the window, or -1.
  int WeekOfDay(const std::string& day) const;
  std::string Name(const std::string& entity_id) const;  // canonical name, or the id
  std::string Type(const std::string& entity_id) const;
  DigestLink Link(int64_t article_id) const;
  const DigestSentenceRow* FindSentence(int64_t article_id, int index) const;
};

std::vector<Story> BuildStories(const DigestContext& ctx);
std::vector<OrgTone> BuildTone(const DigestContext& ctx);
TalentFlow BuildTalentFlow(const DigestContext& ctx);

}  // namespace news
