// The English title patterns of person_patterns.cc, recognised by hand
// instead of by RE2: compiling them (case-insensitive title alternations,
// the Latin name repeated in each) cost an English article's process ~19M
// instructions, a fifth of it. Each function gives what RE2 gave for its
// regular expression, written in the comment above it, with RE2's
// leftmost-first choice where there are several ways to match ("head of
// research Jane Doe Smith said" names "Doe Smith": the title takes "Jane").
//
//   TitleText t{sentence.substr(0, window_end), lower.substr(0, window_end)};
//   if (auto name = TitleThenName(t, cue_begin)) ...  // byte offsets into t.s
//
// `lower` is the ASCII-lowered copy of `s` ((?i) matched there). Text past
// the end of `s` is not seen, as RE2 did not see text past its window (but
// for \b, which looked one character further: `word_after`). Invalid UTF-8
// is read as RE2 read it (no character). RE2's (?i) also folded ſ (long s)
// and K (Kelvin sign) into s and k; these functions do not.
// Returns: std::nullopt when the pattern does not match; spans are bytes
// into TitleText::s. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "common/text_span.h"

namespace news {

struct TitleText {
  std::string_view s;       // the sentence, cut at the pattern's window
  std::string_view lower;   // its ASCII-lowered copy, as long
  bool word_after = false;  // the sentence goes on with a word character (\w) after the cut, as \b sees
};

// kLatinName: two or three capitalised Latin words (particles allowed) that
// start at or after `from` and end exactly at the end of `s`; the leftmost.
std::optional<TextSpan> LatinNameEndingAt(std::string_view s, size_t from);

// The patterns anchored at a cue at `pos`; each returns the name (group 1).
std::optional<TextSpan> TitleThenName(const TitleText& t, size_t pos);    // "head of research Jane Doe"
std::optional<TextSpan> ByThenName(const TitleText& t, size_t pos);       // "founded in 2024 by Jane Doe"
std::optional<TextSpan> NamedThenName(const TitleText& t, size_t pos);    // "named Jane Doe its CTO"
std::optional<TextSpan> PluralThenNames(const TitleText& t, size_t pos);  // "researchers who ..., Jane Doe and Ann"
std::optional<TextSpan> PluralTitleThenNames(const TitleText& t, size_t pos);  // "research scientists Jane Doe and Ann"
std::optional<TextSpan> NounCommaName(const TitleText& t, size_t pos);         // "His deputy, Jane Doe,"
std::optional<TextSpan> NounPhraseCommaName(const TitleText& t, size_t pos);   // "a researcher at X, Jane Doe,"

// "joined ... as", "was named", "takes over as" then a title, at `pos`:
// whether it matches (the name is before it).
bool PostTaken(const TitleText& t, size_t pos);

// The apposition after a name, at its comma `pos`: the whole match (from the
// comma), for IsPluralApposition.
std::optional<TextSpan> Apposition(const TitleText& t, size_t pos);  // ", a former Meta policy director"
std::optional<TextSpan> WhoClause(const TitleText& t, size_t pos);   // ", who led research"

}  // namespace news
