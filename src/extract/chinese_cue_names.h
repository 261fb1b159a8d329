// The names that Chinese cue words point at, scanned by hand (RE2's per-call
// cost dominated): the name right after a title (研究副總裁Elena Vasquez,
// 首席科學家宋啟明, 負責人之一Nadia Petrova) or after a relative clause
// (曾參與…的Daniel Okafor), the founders between 由 and a founding verb
// (由賴品妤與郭承恩共同創辦) and the successor between 由 and a verb of
// taking a post over (由呼延承志接任). person_patterns.cc finds the cue words
// with one automaton scan of the sentence and calls these where they sit:
//
//   NameAfterChineseCue(sentence, title_hit.end, true, &out);
//   if (/* a founding verb in the sentence */) FoundersBefore(sentence, &out);
//
// Offsets are UTF-8 bytes into the sentence; names are added to `out` as
// AddName/AddCutName (person_names.h) add them. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/person_names.h"

namespace news {

// Verbs of founding (由A與B共同創辦): FoundersBefore runs where one sits.
inline constexpr std::string_view kFounderVerbs[] = {"創辦", "创办", "創立", "创立"};

// Verbs of taking a post over (由X接任): SuccessorAfterBy runs where one sits.
inline constexpr std::string_view kSuccessionVerbs[] = {"接任", "出任", "兼任", "暫代", "暂代",
                                                        "代理", "接掌", "接替", "升任"};

// The name right after a Chinese title (`title`) or clause that ends at `pos`.
void NameAfterChineseCue(std::string_view s, size_t pos, bool title, std::vector<TitledName>* out);

// The names after a relative clause opened by a verb that ends at `cue_end`
// (曾參與DALL-E開發的Daniel Okafor): after each 的 of the clause.
void NamesAfterChineseClause(std::string_view s, size_t cue_end, std::vector<TitledName>* out);

// The names between 由 and a founding verb, when there are two or more.
void FoundersBefore(std::string_view s, std::vector<TitledName>* out);

// The whole name between 由 and a verb of taking a post over.
void SuccessorAfterBy(std::string_view s, std::vector<TitledName>* out);

}  // namespace news
