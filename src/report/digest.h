// Digest: the content of one weekly digest as plain data. The builder
// (report/digest_builder.h) fills it from the database; the Markdown, HTML and
// JSON renderers (report/digest_{markdown,html,json}.h) print the very same
// struct, so the three formats always say the same thing.
//
//   Digest d = BuildDigest(rows, options);
//   std::string md = RenderDigestMarkdown(d);
//
// Everything is already sorted in display order and rounded where it is
// shown, so rendering is a pure function of this struct (byte-identical
// output for the same database and options). Text fields hold raw UTF-8
// article text: renderers escape it for their format. Plain data: copy and
// share freely.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace news {

// One article as the digest links to it.
struct DigestLink {
  std::string title;
  std::string source;     // the publisher (host name) or the file name
  std::string url;        // http(s) URL, or empty when the article came from a file
  std::string path;       // file path as ingested, when there is no URL
  std::string published;  // YYYY-MM-DD (local day in the digest's time zone)
  std::string lang;       // zh-Hant, zh-Hans, en, mixed
};

struct WeekVolume {
  std::string week;  // YYYY-Www
  int articles = 0;
  int sources = 0;
};

struct DigestHeader {
  std::string week;                 // YYYY-Www
  std::string monday, sunday;       // YYYY-MM-DD
  std::string tz;                   // "UTC", "+08:00", ...
  int articles = 0;
  int sources = 0;
  std::map<std::string, int> languages;  // lang -> articles
  std::vector<WeekVolume> previous;      // the four weeks before, oldest first
  double previous_mean_articles = 0;     // mean articles per week over `previous`
  double previous_mean_sources = 0;
};

struct Story {
  std::string headline;       // title of the representative article
  std::string summary;        // one sentence, extracted, in its original language
  std::string summary_lang;
  DigestLink summary_link;    // the article the summary comes from
  std::vector<std::string> entities;  // main entities, canonical names, most shared first
  std::string event_type;     // the event the articles share, or empty
  std::vector<std::string> languages;  // distinct, sorted
  int articles = 0;           // stored articles (links also list copies found at other addresses)
  int sources = 0;            // distinct publishers
  std::vector<DigestLink> links;  // every article in the story, oldest first, then copies
};

struct DigestEvent {
  std::string date;  // YYYY-MM-DD or YYYY-MM
  std::string type;  // departure, hire, launch, funding, reorganization, other
  std::string person, organization, counterpart, product;
  std::string evidence;  // the sentence the event was found in
  std::string evidence_lang;
  DigestLink link;
  int reports = 1;  // articles reporting the same event (the first is linked)
};

struct TalentMove {
  std::string from, to;  // organisation names; "?" when unknown
  int count = 0;         // distinct people
  std::vector<std::string> people;  // sorted
};

struct TalentFlow {
  std::vector<TalentMove> week;     // this week, most people first
  std::vector<TalentMove> quarter;  // the last 12 weeks including this one
};

// Why a tone score moved: one sentence with its score.
struct ToneEvidence {
  std::string aspect;  // research or product
  double score = 0;
  std::string text;
  std::string lang;
  DigestLink link;
};

struct OrgTone {
  std::string organization;
  std::optional<double> research, product;            // this week
  std::optional<double> research_prev, product_prev;  // the week before
  int research_n = 0, product_n = 0;  // sentences behind this week's scores
  std::vector<std::string> weeks;     // the 12 week labels, oldest first
  std::vector<std::optional<double>> research_trend, product_trend;  // per week
  std::vector<ToneEvidence> movers;   // research first, then product
};

struct EntityMover {
  std::string name, type;
  int mentions = 0;         // this week
  double previous = 0;      // mean per week over the four weeks before
  double change = 0;        // mentions - previous
};

struct NewEntity {
  std::string name, type;
  bool known = true;        // false: found by pattern, in no lexicon
  int mentions = 0;
  DigestLink first;         // the first article that mentions it
};

struct Digest {
  DigestHeader header;
  bool empty = true;  // no article in the week
  std::vector<Story> stories;
  std::vector<DigestEvent> events;          // dated in the week (or undated), reported in it
  std::vector<DigestEvent> earlier_events;  // reported in the week, dated before it (background)
  TalentFlow talent;
  std::vector<OrgTone> tone;
  std::vector<EntityMover> rising, falling;
  std::vector<NewEntity> first_seen;  // unknown people first, then by mentions
  int first_seen_total = 0;           // before truncation to the shown list
};

}  // namespace news
