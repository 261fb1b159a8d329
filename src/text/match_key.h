// The matching key: text folded from Traditional to Simplified Chinese,
// full-width to half-width and case-folded, so that a lexicon entry in one
// script matches text in the other. The fold maps each code point to exactly
// one code point, so a match at code point i of the key is at code point i of
// the original (byte offsets differ only where a folded character has a
// different UTF-8 length, which never happens for Han characters).
//
//   MatchKey("OpenAI 內部動態") == "openai 内部动态"
//   MatchKey("ＧＰＴ－５") == "gpt-5"
//
// The Traditional->Simplified table is derived at build time from ICU's
// "Hant-Hans" transliterator, one code point at a time (see
// cmake/wordlist.cmake). Pure functions; thread-safe. Invalid UTF-8 becomes
// U+FFFD, one per bad byte.
#pragma once

#include <string>
#include <string_view>

namespace news {

std::string MatchKey(std::string_view utf8);

// Folds one code point: Traditional -> Simplified, full-width ASCII ->
// ASCII, then simple case folding. Code points without a fold come back as is.
char32_t FoldCodePoint(char32_t cp);

// FoldCodePoint of every BMP code point (index 0..0xFFFF), for loops that
// fold many characters: an array access instead of a call each.
const char16_t* BmpFoldTable();

// Traditional -> Simplified only (no case or width folding); `cp` itself when
// it has no Simplified form.
char32_t ToSimplified(char32_t cp);

// True for characters written only in Traditional (they have a different
// Simplified form and are not in GB2312), and only in Simplified (Hans-Hant
// changes them and they are not in Big5). 著, 乾, 后, 干 are neither.
bool IsTraditionalOnly(char32_t cp);
bool IsSimplifiedOnly(char32_t cp);

}  // namespace news
