// Story grouping: which of a week's articles tell the same story. Two
// articles are linked when they report the same event (same type and same
// person, or same organisation and product), when they share enough
// entities (at least `min_shared_entities` and a Jaccard overlap of
// `entity_jaccard`; competitors named in passing do not count, and two
// articles about different subject organisations never link this way: a
// Kuaishou launch that names OpenAI's Sora as its rival is not OpenAI's
// story), when their titles and leads are near-duplicate text
// (character 3-gram Jaccard ≥ `text_jaccard`, candidates found by MinHash),
// or when their bodies' SimHashes differ in at most `simhash_bits` bits. Links are
// closed transitively, so a Chinese and an English report of one departure
// end up together through the entities and event they share even though
// their text has nothing in common.
//
//   std::vector<StoryArticle> in = ...;          // one per article, in a stable order
//   std::vector<std::vector<int>> groups = GroupStories(in, {});
//
// Deterministic: groups list article indexes ascending and groups are
// ordered by their first index. O(n + candidate pairs); very common
// entities (document frequency above `max_entity_df`) create no candidates.
// Pure function, thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace news {

struct StoryArticle {
  std::vector<std::string> entities;  // entity ids the article is about (any order, no duplicates; no competitors)
  std::vector<std::string> events;    // event keys from EventKey()
  std::string text;                   // title and lead, for near-duplicate detection
  uint64_t simhash = 0;               // the store's body SimHash; 0 when unknown
  std::string subject{};              // the subject organisation's id; empty when unknown
};

struct StoryGroupingOptions {
  int min_shared_entities = 2;   // and ...
  double entity_jaccard = 0.5;   // ... this overlap of the two entity sets
  double text_jaccard = 0.5;     // near-duplicate title + lead
  int max_entity_df = 300;       // entities in more articles than this link nothing
  int simhash_bits = 3;          // near-duplicate bodies (at most 3 of 64 bits differ)
};

// "departure|Jane Doe", "launch|OpenAI|Sora", "funding|Anthropic"; empty
// when the event says too little to identify a story (no person, no
// organisation).
std::string EventKey(const std::string& type, const std::string& person, const std::string& organization,
                     const std::string& product);

std::vector<std::vector<int>> GroupStories(const std::vector<StoryArticle>& articles,
                                           const StoryGroupingOptions& options);

// Jaccard overlap of the character 3-grams of two texts (letters and digits
// only, ASCII lower-cased); 0 when either is empty. Exposed for tests.
double TextSimilarity(const std::string& a, const std::string& b);

}  // namespace news
