// A person's name found in a sentence, and what the two name scanners share
// (person_patterns.cc around English titles and appositions,
// chinese_cue_names.cc after Chinese cues): the capitalised words that may
// not stand in a name, where a Latin name that starts at a byte ends, and
// adding a name to the ones found so far.
//
//   std::vector<TitledName> out;
//   if (size_t end = LatinNameEnd(s, pos); end > pos) AddName(s, s.substr(pos, end - pos), false, &out);
//
// Offsets are UTF-8 bytes into the sentence. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace news {

struct TitledName {
  size_t begin = 0, end = 0;  // bytes into the sentence
  std::string name;
};

// Whether `word` is a capitalised word that may not be part of a person's
// name (months, weekdays, pronouns, common sentence starters).
bool IsNameStopWord(std::string_view word);

// Two or three Latin words separated by single spaces (particles such as
// "von der" between them), from `pos`: their end, or `pos` when none.
size_t LatinNameEnd(std::string_view s, size_t pos);

// Adds the name `group` (a view into `sentence`) to `out`: a Chinese one is
// first cut to a name (CutChineseName), a Latin one is dropped when a word
// of it is a stop word. Nothing is added for an empty view.
void AddName(std::string_view sentence, std::string_view group, bool chinese, std::vector<TitledName>* out);

// Adds `name`, found at byte `begin` and cut from its run already, unless it
// is empty, starts mid-word or overlaps a name in `out` (the first found wins).
void AddCutName(std::string_view sentence, size_t begin, std::string name, std::vector<TitledName>* out);

}  // namespace news
