#include "extract/person_names.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "extract/chinese_names.h"
#include "extract/latin_letters.h"

namespace news {

bool IsNameStopWord(std::string_view word) {
  // Sorted, for a binary search: no set to build in every process.
  // clang-format off
  static constexpr std::array<std::string_view, 139> kStop = {
      "A", "AI", "According", "After", "Amazon", "American", "An", "Analysts", "And", "Anthropic", "Apple", "April",
      "As", "Asked", "At", "August", "Before", "Beijing", "Both", "But", "By", "ChatGPT", "Chief", "Chinese",
      "Claude", "Cloud", "Company", "Corp", "December", "DeepMind", "Director", "Earlier", "Engineer", "European",
      "Executive", "February", "For", "Former", "Foundation", "Francisco", "Friday", "From", "Gemini", "Google",
      "Grok", "Group", "He", "Head", "Her", "His", "In", "Inc", "Institute", "Intelligence", "It", "Its", "January",
      "July", "June", "Lab", "Labs", "Last", "Later", "Lead", "Llama", "London", "Many", "March", "May", "Meta",
      "Microsoft", "Model", "Models", "Monday", "Most", "New", "Next", "November", "Nvidia", "October", "Of",
      "Officer", "Officials", "On", "OpenAI", "Or", "Others", "Paris", "People", "President", "Principal", "Product",
      "Products", "Qwen", "Research", "Researcher", "San", "Saturday", "Scientist", "Seed", "Senior", "September",
      "Services", "Several", "Shanghai", "She", "Silicon", "Since", "Some", "Sora", "Staff", "Sunday",
      "Superintelligence", "Taipei", "Team", "That", "The", "Their", "These", "They", "This", "Those", "Three",
      "Thursday", "To", "Today", "Tuesday", "Two", "University", "Valley", "Vice", "We", "Web", "Wednesday", "When",
      "While", "With", "Yesterday", "York"};
  // clang-format on
  static_assert(std::is_sorted(kStop.begin(), kStop.end()));
  return std::binary_search(kStop.begin(), kStop.end(), word);
}

namespace {

// Whether no word of `name` is a stop word.
bool ValidLatinName(std::string_view name) {
  size_t pos = 0;
  while (pos < name.size()) {
    size_t sp = name.find(' ', pos);
    std::string_view word = name.substr(pos, sp == std::string_view::npos ? std::string_view::npos : sp - pos);
    if (IsNameStopWord(word)) return false;
    if (sp == std::string_view::npos) break;
    pos = sp + 1;
  }
  return true;
}

// Upper Lower+ (Upper Lower+)? (-Upper Lower+)?: one word of a Latin name
// ("Tomás", "McAllister", "Jean-Luc", "O'Brien"); returns its end or `pos`
// when none.
size_t LatinWord(std::string_view s, size_t pos) {
  auto part = [&](size_t p) -> size_t {  // Upper ('Upper)? Lower+
    size_t next, after;
    if (!IsUpperLatin(PeekUtf8(s, p, &next))) return p;
    for (std::string_view apostrophe : {"'", "’"})
      if (s.substr(next, apostrophe.size()) == apostrophe &&
          IsUpperLatin(PeekUtf8(s, next + apostrophe.size(), &after)))
        next = after;
    size_t end = next;
    while (end < s.size() && IsLowerLatin(PeekUtf8(s, end, &after))) end = after;
    return end > next ? end : p;
  };
  size_t end = part(pos);
  if (end == pos) return pos;
  if (size_t more = part(end); more != end) end = more;
  if (end < s.size() && s[end] == '-')
    if (size_t hyphen = part(end + 1); hyphen != end + 1) end = hyphen;
  return end;
}

// The end of up to two name particles (" von der", " de la") after `pos`,
// when a capitalised word follows them; `pos` when there are none.
size_t AfterParticles(std::string_view s, size_t pos) {
  // as kLatinName's: van/von (der|den), de (la), da, di, du, del, la, le, bin
  static const std::string_view kParticles[] = {"van", "von", "der", "den", "de", "da", "di", "du", "del", "la", "le", "bin"};
  size_t end = pos;
  for (int n = 0; n < 2 && end < s.size() && s[end] == ' '; ++n) {
    size_t word = end + 1, stop = word;
    while (stop < s.size() && s[stop] >= 'a' && s[stop] <= 'z') ++stop;
    std::string_view w = s.substr(word, stop - word);
    if (std::find(std::begin(kParticles), std::end(kParticles), w) == std::end(kParticles)) break;
    end = stop;
  }
  return end + 1 < s.size() && s[end] == ' ' && LatinWord(s, end + 1) > end + 1 ? end : pos;
}

}  // namespace

// Two or three Latin words separated by single spaces (particles between
// them), from `pos`.
size_t LatinNameEnd(std::string_view s, size_t pos) {
  size_t end = LatinWord(s, pos);
  if (end == pos) return pos;
  int words = 1;
  while (words < 3 && end + 1 < s.size() && s[end] == ' ') {
    end = AfterParticles(s, end);
    size_t next = LatinWord(s, end + 1);
    if (next == end + 1) break;
    end = next;
    ++words;
  }
  return words >= 2 ? end : pos;
}

void AddName(std::string_view sentence, std::string_view group, bool chinese, std::vector<TitledName>* out) {
  if (!group.data()) return;
  size_t begin = group.data() - sentence.data();
  if (chinese) AddCutName(sentence, begin, CutChineseName(group), out);
  else if (ValidLatinName(group)) AddCutName(sentence, begin, std::string(group), out);
}

// A name at `begin` (cut from its run already): kept unless it is empty,
// starts mid-word or overlaps one found before.
void AddCutName(std::string_view sentence, size_t begin, std::string name, std::vector<TitledName>* out) {
  if (name.empty() || (begin > 0 && std::isalpha(static_cast<unsigned char>(sentence[begin - 1])))) return;
  size_t end = begin + name.size();
  bool dup = std::any_of(out->begin(), out->end(), [&](const TitledName& t) { return t.begin < end && begin < t.end; });
  if (!dup) out->push_back({begin, end, std::move(name)});
}

}  // namespace news
