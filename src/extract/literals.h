// Literal words at a position of a text, matched as RE2 matched the regular
// expressions they replace: exact bytes (At), words whose spaces each stand
// for a whitespace run, \s+ (WordsAt), and lists of literals looked up by
// their first byte (Literals), which cost one comparison or two where a
// list of twenty has no member.
//
//   static const Literals kNouns({"researcher", "scientist"});
//   if (size_t end = kNouns.FirstAt(lower, pos)) ...  // 0: none at pos
//
// Offsets are bytes; pure functions; a built Literals is safe to share.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace news::literals {

// RE2's \s: [\t\n\f\r ].
inline bool IsSpace(std::string_view s, size_t pos) {
  if (pos >= s.size()) return false;
  char c = s[pos];
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// The end of the whitespace run at `pos` (at least one character), or 0.
inline size_t SpacesEnd(std::string_view s, size_t pos) {
  if (!IsSpace(s, pos)) return 0;
  while (IsSpace(s, pos)) ++pos;
  return pos;
}

// The first byte is compared before the rest: most literals tried fail there.
inline bool At(std::string_view s, size_t pos, std::string_view literal) {
  return pos < s.size() && s.size() - pos >= literal.size() && s[pos] == literal[0] &&
         std::memcmp(s.data() + pos, literal.data(), literal.size()) == 0;
}

// Words of several literals ("will\s+join"): each space of `words` stands
// for a whitespace run. Its end, or 0.
inline size_t WordsAt(std::string_view s, size_t pos, std::string_view words) {
  if (pos >= s.size() || s[pos] != words[0]) return 0;
  size_t i = 0;
  while (i < words.size()) {
    size_t sp = words.find(' ', i);
    std::string_view w = words.substr(i, sp == std::string_view::npos ? std::string_view::npos : sp - i);
    if (!At(s, pos, w)) return 0;
    pos += w.size();
    if (sp == std::string_view::npos) break;
    if (!(pos = SpacesEnd(s, pos))) return 0;
    i = sp + 1;
  }
  return pos;
}

// A list of literals tried in order, indexed by first byte: a lookup
// compares only those that start with the byte at `pos` (most lookups are
// where none does). Two literals with different first bytes never both fit,
// so the order within each byte's group is the list's order.
class Literals {
 public:
  Literals() = default;  // none
  // `spaced`: a space in a literal stands for a whitespace run (\s+), as in
  // WordsAt; otherwise literals are exact ("research " is one space).
  Literals(std::initializer_list<std::string_view> words, bool spaced = false) : words_(words), spaced_(spaced) {
    auto first = [](std::string_view w) { return static_cast<unsigned char>(w[0]); };
    std::stable_sort(words_.begin(), words_.end(),
                     [&](std::string_view a, std::string_view b) { return first(a) < first(b); });
    for (size_t b = 0, i = 0; b < 256; ++b) {
      begin_[b] = static_cast<uint8_t>(i);
      while (i < words_.size() && first(words_[i]) == b) ++i;
    }
    begin_[256] = static_cast<uint8_t>(words_.size());
  }
  // The end of the first literal at `pos` after which `fits(end)`, or 0.
  template <class Fits>
  size_t FirstAt(std::string_view s, size_t pos, Fits fits) const {
    if (pos >= s.size()) return 0;
    unsigned char b = static_cast<unsigned char>(s[pos]);
    for (size_t i = begin_[b]; i < begin_[b + 1]; ++i) {
      size_t end = spaced_ ? WordsAt(s, pos, words_[i]) : At(s, pos, words_[i]) ? pos + words_[i].size() : 0;
      if (end && fits(end)) return end;
    }
    return 0;
  }
  size_t FirstAt(std::string_view s, size_t pos) const {
    return FirstAt(s, pos, [](size_t) { return true; });
  }
  bool empty() const { return words_.empty(); }
  // Whether a literal agrees with `word` as far as both go (one is a prefix
  // of the other): where `word` stands, no other literal can.
  bool AnyAgreesWith(std::string_view word) const {
    if (word.empty()) return false;
    unsigned char b = static_cast<unsigned char>(word[0]);
    for (size_t i = begin_[b]; i < begin_[b + 1]; ++i) {
      size_t n = std::min(word.size(), words_[i].size());
      if (word.substr(0, n) == words_[i].substr(0, n)) return true;
    }
    return false;
  }

 private:
  std::vector<std::string_view> words_;  // stably sorted by first byte
  std::array<uint8_t, 257> begin_{};     // words_ of first byte b: [begin_[b], begin_[b + 1])
  bool spaced_ = false;
};

}  // namespace news::literals
