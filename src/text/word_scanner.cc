#include "text/word_scanner.h"

#include <algorithm>

#include "text/char_class.h"

namespace news {
namespace {

bool IsWordChar(char32_t c) { return ClassOf(c) == CharClass::kWord || ClassOf(c) == CharClass::kMark; }
bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
// 2026年, 2月, 14日: a number and its date unit are one token.
bool IsDateUnit(char32_t c) { return c == U'年' || c == U'月' || c == U'日' || c == U'号'; }
bool IsAsciiLetter(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

bool StartsWith(const CodePoints& t, size_t i, std::u32string_view prefix) {
  if (t.size - i < prefix.size()) return false;
  return std::equal(prefix.begin(), prefix.end(), t.folded + i);
}

size_t SkipWordChars(const CodePoints& t, size_t j) {
  while (j < t.size && IsWordChar(t.folded[j])) ++j;
  return j;
}

bool IsUrlChar(char32_t c) {
  if (c < 0x80) return c > ' ' && c != '<' && c != '>' && c != '"' && c != '`' && c != 0x7F;
  return ClassOf(c) == CharClass::kWord || ClassOf(c) == CharClass::kMark;
}

// http(s):// and www. addresses, without the punctuation that ends a sentence.
size_t ScanUrl(const CodePoints& t, size_t i) {
  size_t prefix = StartsWith(t, i, U"https://") ? 8 : StartsWith(t, i, U"http://") ? 7
                  : StartsWith(t, i, U"www.")   ? 4 : 0;
  if (prefix == 0) return 0;
  size_t j = i + prefix;
  while (j < t.size && IsUrlChar(t.folded[j])) ++j;
  while (j > i + prefix && std::u32string_view(U".,;:!?)]}'").find(t.folded[j - 1]) != std::u32string_view::npos) --j;
  return j > i + prefix ? j : 0;
}

// A joiner continues the token when a letter or digit follows; some only
// between digits (1,000  2026/02/14  10:30).
bool Joins(const CodePoints& t, size_t j) {
  if (j + 1 >= t.size || !IsWordChar(t.folded[j + 1])) return false;
  char32_t c = t.folded[j];
  if (c == ',' || c == '/' || c == ':') return IsDigit(t.folded[j - 1]) && IsDigit(t.folded[j + 1]);
  return c == '.' || c == '-' || c == '_' || c == '&' || c == '\'' || c == U'’' || c == '+' || c == '@';
}

// "DALL-E 3", "GPT 4o": a model-like name (upper-case letters or a hyphen)
// followed by a space and a short version number.
size_t ScanVersionSuffix(const CodePoints& t, size_t i, size_t j) {
  if (j + 1 >= t.size || t.folded[j] != ' ' || !IsDigit(t.folded[j + 1])) return j;
  size_t upper = 0, letters = 0;
  bool hyphen = false;
  for (size_t k = i; k < j; ++k) {
    upper += t.original[k] >= 'A' && t.original[k] <= 'Z';
    letters += IsAsciiLetter(t.original[k]);
    hyphen = hyphen || t.folded[k] == '-';
  }
  bool model_like = letters >= 2 && (upper == letters || (hyphen && upper > 0));
  if (!model_like) return j;
  size_t k = j + 1;
  while (k < t.size && IsDigit(t.folded[k])) ++k;
  if (k + 1 < t.size && t.folded[k] == '.' && IsDigit(t.folded[k + 1])) k = SkipWordChars(t, k + 1);
  while (k < t.size && IsAsciiLetter(t.folded[k]) && k - j <= 4) ++k;
  if (k - j > 5 || (k < t.size && IsWordChar(t.folded[k]))) return j;
  return k;
}

// Letters separated by single dots: "u.s", "e.g", "a.m".
bool IsInitialism(const CodePoints& t, size_t i, size_t j) {
  if (j - i < 3) return false;
  for (size_t k = i; k < j; ++k)
    if ((k - i) % 2 == 0 ? !IsAsciiLetter(t.folded[k]) : t.folded[k] != '.') return false;
  return true;
}

}  // namespace

bool IsAbbreviation(std::u32string_view w) {
  static constexpr std::u32string_view kWords[] = {
      U"inc", U"corp", U"co", U"ltd", U"llc", U"plc", U"dr", U"mr", U"mrs", U"ms", U"prof", U"jr", U"sr",
      U"st", U"vs", U"etc", U"fig", U"jan", U"feb", U"mar", U"apr", U"jun", U"jul", U"aug",
      U"sep", U"sept", U"oct", U"nov", U"dec", U"gov", U"approx", U"dept"};
  for (std::u32string_view k : kWords)
    if (w == k) return true;
  if (w.size() < 3) return false;
  for (size_t k = 0; k < w.size(); ++k)
    if (k % 2 == 0 ? !IsAsciiLetter(w[k]) : w[k] != '.') return false;
  return true;
}

size_t ScanWord(const CodePoints& t, size_t i) {
  if (size_t url = ScanUrl(t, i)) return url;
  size_t j = SkipWordChars(t, i + 1);
  while (j < t.size && Joins(t, j)) j = SkipWordChars(t, j + 1);
  if (j < t.size && t.folded[j] == '%' && IsDigit(t.folded[j - 1])) return j + 1;
  if (j < t.size && IsDateUnit(t.folded[j]) && std::all_of(t.folded + i, t.folded + j, IsDigit)) return j + 1;
  if (j < t.size && t.folded[j] == '.' &&
      (IsInitialism(t, i, j) || IsAbbreviation(std::u32string_view(t.folded + i, j - i))))
    return j + 1;
  return ScanVersionSuffix(t, i, j);
}

}  // namespace news
