#include "sentiment/sentiment_lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

#include "common/utf8.h"
#include "text/match_key.h"
#include "text/normalizer.h"

namespace news {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    std::string col = line.substr(start, tab == std::string::npos ? std::string::npos : tab - start);
    while (!col.empty() && (col.back() == ' ' || col.back() == '\r')) col.pop_back();
    while (!col.empty() && col.front() == ' ') col.erase(0, 1);
    cols.push_back(std::move(col));
    if (tab == std::string::npos) return cols;
    start = tab + 1;
  }
}

// Lower-case key with runs of spaces collapsed, so "Net  Sales" == "net sales".
std::string TermKey(const std::string& term) {
  std::string key = MatchKey(NormalizeText(term));
  std::string out;
  for (char c : key) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool ParseFloat(const std::string& s, float* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  *out = std::strtof(s.c_str(), &end);
  return end && *end == '\0';
}

const std::pair<const char*, Modifier> kModifierNames[] = {
    {"negator", Modifier::kNegator},         {"intensifier", Modifier::kIntensifier},
    {"diminisher", Modifier::kDiminisher},   {"contrast", Modifier::kContrast},
    {"hedge", Modifier::kHedge},             {"reported", Modifier::kReported},
    {"blocker", Modifier::kBlocker},         {"favor_before", Modifier::kFavorBefore},
    {"favor_after", Modifier::kFavorAfter},  {"from", Modifier::kFrom},
    {"to", Modifier::kTo},                   {"compared", Modifier::kCompared},
    {"merge_into", Modifier::kMerge},        {"merge_verb", Modifier::kMergeVerb},
};

bool ParseModifier(const std::string& s, Modifier* out) {
  for (const auto& [name, m] : kModifierNames)
    if (s == name) { *out = m; return true; }
  return false;
}

Status RowError(const std::string& where, const std::string& what) {
  return Status(StatusCode::kParseError, where + ": " + what);
}

// The row's term as stored (its TermKey) in *key, after checking the row's
// shape: as many columns as the header names, a term neither empty nor over
// kMaxTermLength characters (Chinese) or words (English).
Status RowTerm(const std::string& header, const std::vector<std::string>& cols, const std::string& where,
               std::string* key) {
  size_t want = std::count(header.begin(), header.end(), ' ') + 1;
  if (cols.size() != want)
    return RowError(where, "expected " + std::to_string(want) + " columns, got " + std::to_string(cols.size()));
  *key = TermKey(cols[0]);
  if (key->empty()) return RowError(where, "empty term");
  size_t after_first = 0;
  bool chinese = IsCjk(DecodeUtf8(*key, &after_first));
  size_t length = chinese ? CountCodePoints(*key) : std::count(key->begin(), key->end(), ' ') + 1;
  constexpr int kMax = SentimentLexicon::kMaxTermLength;
  if (length > static_cast<size_t>(kMax))
    return RowError(where, "term longer than " + std::to_string(kMax) + (chinese ? " characters" : " words"));
  return Status::Ok();
}

}  // namespace

bool IsCjk(uint32_t cp) {
  return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

StatusOr<SentimentLexicon> SentimentLexicon::Load(const std::string& dir) {
  SentimentLexicon lex;
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(dir, ec)) return lex;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".tsv") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) NEWS_RETURN_IF_ERROR(lex.LoadFile(f));
  return lex;
}

Status SentimentLexicon::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kIoError, path + ": cannot read");
  std::string line, header;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols = SplitTabs(line);
    std::string where = path + ":" + std::to_string(line_no);
    if (header.empty()) {
      for (const auto& c : cols) header += (header.empty() ? "" : " ") + c;
      static const char* kKnown[] = {"term weight", "term kind factor", "term polarity weight",
                                     "term direction weight", "term aspect weight", "term context"};
      if (std::find(std::begin(kKnown), std::end(kKnown), header) == std::end(kKnown))
        return Status(StatusCode::kParseError, where + ": unknown header '" + header + "'");
      continue;
    }
    NEWS_RETURN_IF_ERROR(AddRow(header, cols, where));
  }
  return Status::Ok();
}

LexEntry& SentimentLexicon::EntryFor(const std::string& key) {
  size_t pos = 0;
  uint32_t first = key.empty() ? 0 : DecodeUtf8(key, &pos);
  if (IsCjk(first)) {
    int chars = static_cast<int>(CountCodePoints(key));
    max_chinese_chars_ = std::max(max_chinese_chars_, chars);
    uint32_t bit = 1u << (chars - 1);
    if (first >= kCjkBase && first < kCjkEnd) chinese_lengths_[first - kCjkBase] |= bit;
    else rare_chinese_lengths_.Insert(key.substr(0, pos)) |= bit;
    return chinese_.Insert(key);
  }
  int words = static_cast<int>(std::count(key.begin(), key.end(), ' ') + 1);
  max_words_ = std::max(max_words_, words);
  if (words > 1) phrase_lengths_.Insert(std::string_view(key).substr(0, key.find(' '))) |= 1u << (words - 1);
  return words_.Insert(key);
}

Status SentimentLexicon::AddRow(const std::string& header, const std::vector<std::string>& cols,
                                const std::string& where) {
  std::string key;
  NEWS_RETURN_IF_ERROR(RowTerm(header, cols, where, &key));
  return SetFields(header, cols, key, where);
}

// The row's values into the entry of `key`: here the rows that say how a word
// moves the tone (a polarity, a modifier, a metric, a direction of change),
// in SetTagFields the others.
Status SentimentLexicon::SetFields(const std::string& header, const std::vector<std::string>& cols,
                                   const std::string& key, const std::string& where) {
  float a = 0, b = 1;
  if (header == "term weight") {
    if (!ParseFloat(cols[1], &a) || a < -4 || a > 4) return RowError(where, "weight must be a number in [-4, 4]");
    EntryFor(key).polarity = a;
  } else if (header == "term kind factor") {
    Modifier m;
    if (!ParseModifier(cols[1], &m)) return RowError(where, "unknown modifier kind '" + cols[1] + "'");
    if (!ParseFloat(cols[2], &b) || b < 0 || b > 4) return RowError(where, "factor must be a number in [0, 4]");
    LexEntry& e = EntryFor(key);
    e.modifier = m;
    e.factor = b;
  } else if (header == "term polarity weight") {
    if (!ParseFloat(cols[1], &a) || (a != 1 && a != -1)) return RowError(where, "metric polarity must be 1 or -1");
    if (!ParseFloat(cols[2], &b) || b < -4 || b > 4) return RowError(where, "weight must be a number in [-4, 4]");
    LexEntry& e = EntryFor(key);
    e.metric = static_cast<int8_t>(a);
    e.metric_weight = b;
  } else if (header == "term direction weight") {
    if (!ParseFloat(cols[1], &a) || (a != 1 && a != -1)) return RowError(where, "direction must be 1 or -1");
    if (!ParseFloat(cols[2], &b) || b < 0 || b > 4) return RowError(where, "weight must be a number in [0, 4]");
    LexEntry& e = EntryFor(key);
    e.direction = static_cast<int8_t>(a);
    e.direction_weight = b;
  } else {
    return SetTagFields(header, cols, key, where);
  }
  return Status::Ok();
}

// Rows that tag a word without tone: a sentence kind (context) or an aspect.
Status SentimentLexicon::SetTagFields(const std::string& header, const std::vector<std::string>& cols,
                                      const std::string& key, const std::string& where) {
  float b = 1;
  if (header == "term context") {
    LexEntry& e = EntryFor(key);
    if (cols[1] == "background") e.context = Context::kBackground;
    else if (cols[1] == "response") e.context = Context::kResponse;
    else if (cols[1] == "departure") e.context = Context::kDeparture;
    else return RowError(where, "context must be background, response or departure");
  } else {
    if (!ParseFloat(cols[2], &b) || b < 0 || b > 4) return RowError(where, "weight must be a number in [0, 4]");
    LexEntry& e = EntryFor(key);
    if (cols[1] == "research") e.research = b;
    else if (cols[1] == "product") e.product = b;
    else return RowError(where, "aspect must be research or product");
  }
  return Status::Ok();
}

const LexEntry* SentimentLexicon::FindWords(std::string_view words) const { return words_.Find(words); }

const LexEntry* SentimentLexicon::FindChinese(std::string_view chinese) const { return chinese_.Find(chinese); }

uint32_t SentimentLexicon::ChineseLengths(uint32_t first_cp) const {
  if (first_cp >= kCjkBase && first_cp < kCjkEnd) return chinese_lengths_[first_cp - kCjkBase];
  std::string utf8;
  AppendUtf8(utf8, first_cp);
  const uint32_t* mask = rare_chinese_lengths_.Find(utf8);
  return mask ? *mask : 0;
}

uint32_t SentimentLexicon::PhraseLengths(std::string_view first_word) const {
  const uint32_t* mask = phrase_lengths_.Find(first_word);
  return mask ? *mask : 0;
}

}  // namespace news
