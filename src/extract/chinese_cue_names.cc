#include "extract/chinese_cue_names.h"

#include <algorithm>
#include <iterator>

#include "extract/chinese_names.h"
#include "extract/latin_letters.h"
#include "extract/person_names.h"

namespace news {

namespace {

// Calls `f` with the position right after each 的 within 40 characters of
// `from`, before any punctuation: where a relative clause
// (負責圖像生成研究、曾參與…的) ends.
template <class F>
void ForEachClauseEnd(std::string_view sentence, size_t from, F f) {
  static const std::string_view kBreaks[] = {"，", "。", "；", "！", "？", ",", ";"};
  size_t pos = from;
  for (int chars = 0; pos < sentence.size() && chars < 40; ++chars) {
    // Every break starts with ',', ';', E3 (。) or EF (full-width forms), and
    // 的 with E7: compare only there (this walk runs after every clause cue).
    unsigned char lead = static_cast<unsigned char>(sentence[pos]);
    if (lead == ',' || lead == ';' || lead == 0xE3 || lead == 0xEF) {
      std::string_view rest = sentence.substr(pos);
      if (std::any_of(std::begin(kBreaks), std::end(kBreaks), [&](std::string_view b) { return rest.substr(0, b.size()) == b; }))
        break;
    } else if (lead == 0xE7 && sentence.substr(pos, 3) == "的") {
      f(pos + 3);
    }
    PeekUtf8(sentence, pos, &pos);  // (inline for Han characters)
  }
}

bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FFFF);
}

// The run of Han characters (and transliteration dots) from `pos`, at most
// 14 characters: what CutChineseName cuts a name from.
size_t HanRunEnd(std::string_view s, size_t pos) {
  size_t end = pos, next;
  for (int han = 0; han < 14 && end < s.size(); ++han) {
    char32_t d = PeekUtf8(s, end, &next);
    if (!IsHan(d) && !(d == 0xB7 && han > 0)) break;
    end = next;
  }
  return end;
}

// The name at `pos` (a Latin name or a Han name cut from its run): its end,
// or `pos` when none; added to `out`.
size_t NameAt(std::string_view s, size_t pos, std::vector<TitledName>* out) {
  size_t next;
  char32_t c = PeekUtf8(s, pos, &next);
  if (IsUpperLatin(c)) {
    size_t end = LatinNameEnd(s, pos);
    if (end > pos) AddName(s, std::string_view(s.data() + pos, end - pos), false, out);
    return end;
  }
  if (!IsHan(c)) return pos;
  std::string name = CutChineseName(s.substr(pos, HanRunEnd(s, pos) - pos));
  size_t end = pos + name.size();
  AddCutName(s, pos, std::move(name), out);
  return end;
}

// 兩位負責人皇甫嘉樹和陸知遙已於…, 研究總監A與B: a second name joined to the
// titled one. Only a name that a boundary follows (a stop character such as
// 已/於/、, punctuation, a Latin letter or the end) counts, so that 和高通合作
// gives no 高通合.
void CoordinatedNameAfter(std::string_view s, size_t end, std::vector<TitledName>* out) {
  static const std::string_view kJoins[] = {"和", "與", "与", "及"};
  for (std::string_view j : kJoins) {
    if (s.substr(end, j.size()) != j) continue;
    size_t pos = end + j.size();
    size_t next;
    if (IsUpperLatin(PeekUtf8(s, pos, &next))) {
      NameAt(s, pos, out);
      return;
    }
    std::string_view run = s.substr(pos, HanRunEnd(s, pos) - pos);
    std::string name = CutChineseName(run);
    if (name.empty()) return;
    size_t after = pos + name.size();
    PeekUtf8(s, after, &next);
    bool boundary = after >= s.size() || !IsHan(PeekUtf8(s, after, &next)) || IsNameStopCharacter(s.substr(after, next - after));
    if (boundary) AddCutName(s, pos, std::move(name), out);
    return;
  }
}

}  // namespace

// The name right after a Chinese title or clause (`pos`): an optional 之一
// (titles only) and spaces, then a Latin name, a transliteration with a dot
// (艾琳娜·瓦斯奎茲) or a run of two to four Han characters cut to a name.
void NameAfterChineseCue(std::string_view s, size_t pos, bool title, std::vector<TitledName>* out) {
  if (title && s.substr(pos, 6) == "之一") pos += 6;
  while (pos < s.size() && s[pos] == ' ') ++pos;
  size_t end = NameAt(s, pos, out);
  if (title && end > pos) CoordinatedNameAfter(s, end, out);
}

void NamesAfterChineseClause(std::string_view s, size_t cue_end, std::vector<TitledName>* out) {
  ForEachClauseEnd(s, cue_end, [&](size_t start) { NameAfterChineseCue(s, start, false, out); });
}

// "霽光智能由賴品妤與郭承恩共同創辦", "该公司由张三和李四创立": the names
// between 由 and a founding verb, joined by 與/和/、/及.
void FoundersBefore(std::string_view s, std::vector<TitledName>* out) {
  static const std::string_view kJoins[] = {"與", "与", "和", "、", "及"};
  for (std::string_view verb : kFounderVerbs) {
    for (size_t v = s.find(verb); v != std::string_view::npos; v = s.find(verb, v + 1)) {
      size_t by = s.rfind("由", v);
      if (by == std::string_view::npos || v - by > 45) continue;
      std::string_view names = s.substr(by + 3, v - by - 3);
      for (std::string_view lead : {"共同", "聯合", "联合"})
        if (names.size() >= lead.size() && names.substr(names.size() - lead.size()) == lead) names.remove_suffix(lead.size());
      size_t pos = 0;
      std::vector<std::pair<size_t, size_t>> parts;
      while (pos <= names.size()) {
        size_t next = std::string_view::npos, len = 0;
        for (std::string_view j : kJoins)
          if (size_t p = names.find(j, pos); p < next) { next = p; len = j.size(); }
        size_t end = next == std::string_view::npos ? names.size() : next;
        parts.push_back({pos, end});
        if (next == std::string_view::npos) break;
        pos = next + len;
      }
      if (parts.size() < 2) continue;  // one founder needs a title to be told from a company name
      for (size_t i = 0; i < parts.size(); ++i) {
        std::string_view piece = names.substr(parts[i].first, parts[i].second - parts[i].first);
        std::string name = CutChineseName(piece);
        // The last name may be followed by a time before the verb (李思涵于2024年创立).
        bool whole = name == piece && piece.size() <= 12;
        bool then_time = i + 1 == parts.size() && !name.empty() && piece.size() > name.size() &&
                         IsNameStopCharacter(piece.substr(name.size(), 3));
        if (name.size() < 6 || !(whole || then_time)) continue;
        AddCutName(s, piece.data() - s.data(), std::move(name), out);
      }
    }
  }
}

// 由呼延承志接任, 改由Clara Weisshaupt暫代: the one who takes a post over,
// between 由 and a verb of taking it. Only a whole name counts (a Han name
// cut to itself or a Latin name), so 由董事會接任 and 由公司高層出任 give
// nobody; 由於/由于 ("because") opens no name.
void SuccessorAfterBy(std::string_view s, std::vector<TitledName>* out) {
  for (size_t by = s.find("由"); by != std::string_view::npos; by = s.find("由", by + 3)) {
    if (s.substr(by + 3, 3) == "於" || s.substr(by + 3, 3) == "于") continue;  // 由於/由于: "because"
    for (std::string_view verb : kSuccessionVerbs) {
      size_t v = s.find(verb, by + 3);
      if (v == std::string_view::npos || v - by - 3 > 40 || v - by - 3 < 6) continue;
      std::string_view piece = s.substr(by + 3, v - by - 3);
      bool latin = piece.size() < 40 && LatinNameEnd(piece, 0) == piece.size();
      if (latin || (piece.size() <= 12 && CutChineseName(piece) == piece))
        AddName(s, std::string_view(piece.data(), piece.size()), !latin, out);
    }
  }
}

}  // namespace news
