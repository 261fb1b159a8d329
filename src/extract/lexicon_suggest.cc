#include "extract/lexicon_suggest.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>
#include <sstream>

#include "common/utf8.h"
#include "extract/person_patterns.h"
#include "text/match_key.h"
#include "text/sentence_splitter.h"

namespace news {

namespace {

constexpr size_t kMaxGram = 4;  // Chinese terms of 2..4 characters

bool IsHan(char32_t cp) { return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF); }

// Characters that rarely start or end a name or term.
bool IsFunctionChar(const std::string& ch) {
  static const std::set<std::string> kSet = {"的", "了", "是", "在", "和", "与", "與", "及", "等", "也", "都", "就", "而",
                                              "对", "對", "将", "將", "被", "把", "这", "這", "那", "有", "个", "個", "们",
                                              "們", "为", "為", "以", "之", "其", "或", "于", "於", "从", "從", "向", "并",
                                              "並", "但", "更", "最", "已", "还", "還", "再", "又", "才", "让", "讓", "给",
                                              "給", "上", "中", "下", "不", "没", "沒", "到", "说", "說", "要", "会", "會"};
  return kSet.count(ch) > 0;
}

std::string Example(std::string_view sentence) {
  std::string s(TruncateUtf8(sentence, 160));
  if (s.size() < sentence.size()) s += "…";
  return s;
}

double Entropy(const std::map<std::string, int>& counts) {
  int total = 0;
  for (const auto& [k, n] : counts) total += n;
  double h = 0;
  for (const auto& [k, n] : counts) {
    double p = double(n) / total;
    h -= p * std::log(p);
  }
  return h;
}

std::string GuessTermType(const std::string& term) {
  for (const char* suffix : {"公司", "集团", "集團", "科技", "实验室", "實驗室", "研究院", "大学", "大學", "Labs", "AI"})
    if (term.size() > std::string_view(suffix).size() && term.compare(term.size() - std::strlen(suffix), std::strlen(suffix), suffix) == 0)
      return "ORG";
  return "PRODUCT";
}

}  // namespace

LexiconSuggester::LexiconSuggester(const EntityLexicon& lex, const Options& options)
    : lex_(lex), matcher_(lex), options_(options) {
  for (const LexiconEntity& e : lex.entities)
    for (const std::string& a : e.aliases) known_keys_ += MatchKey(a) + "\n";
}

bool LexiconSuggester::Known(const std::string& text) const {
  std::string key = MatchKey(text);
  if (known_keys_.find(key) != std::string::npos) return true;  // an alias or part of one
  for (const AliasMatch& m : matcher_.Find(text))
    if (2 * (m.end - m.begin) >= text.size()) return true;  // mostly a known name
  return false;
}

// Words of the general list cheaper than this are common: cost is
// -ln(frequency) * kCostScale, so about one word in 60,000 or more often
// (研究 7448, 人员 8018, 中心 7827; 星河 13722, 求索 13753).
constexpr int32_t kCommonWordCost = 11000;
constexpr int32_t kCommonCharCost = 9000;  // a single character as a word: 人, 新, 仍, 日

bool LexiconSuggester::OrdinaryWord(const std::string& term) const {
  if (!options_.general_words) return false;
  std::string key = MatchKey(term);
  std::vector<char32_t> cps;
  for (size_t pos = 0; pos < key.size();) cps.push_back(DecodeUtf8(key, &pos));
  const WordTable& words = *options_.general_words;
  auto cost = [&](size_t b, size_t e) {  // cost of cps[b, e) as one word, -1 if none
    uint64_t h = kWordHashSeed;
    for (size_t i = b; i < e; ++i) h = WordHashStep(h, cps[i]);
    return words.Find(h).cost;
  };
  if (cost(0, cps.size()) >= 0) return true;
  // Can the term be cut entirely into common words, at most one of them a
  // single (very common) character (研究+人, 新+模型, 公司+仍)? fewest[i]: the
  // fewest single characters in a cut of the first i characters.
  constexpr int kNone = 99;
  std::vector<int> fewest(cps.size() + 1, kNone);
  fewest[0] = 0;
  for (size_t b = 0; b < cps.size(); ++b) {
    if (fewest[b] == kNone) continue;
    for (size_t e = b + 1; e <= cps.size(); ++e) {
      int32_t c = cost(b, e);
      bool single = e == b + 1;
      if (c < 0 || c > (single ? kCommonCharCost : kCommonWordCost)) continue;
      fewest[e] = std::min(fewest[e], fewest[b] + (single ? 1 : 0));
    }
  }
  return fewest[cps.size()] <= 1;
}

void LexiconSuggester::Add(const Document& doc) {
  ++doc_index_;
  std::string_view body = doc.body;
  for (TextSpan span : SplitSentences(body)) {
    std::string_view sentence = body.substr(span.begin, span.end - span.begin);
    AddPeople(sentence);
    AddLatinNames(sentence);
    std::vector<std::string> run;
    size_t pos = 0;
    while (pos < sentence.size()) {
      size_t start = pos;
      char32_t cp = DecodeUtf8(sentence, &pos);
      if (IsHan(cp)) {
        run.emplace_back(sentence.substr(start, pos - start));
        continue;
      }
      if (!run.empty()) AddHanRun(run, sentence);
      run.clear();
    }
    if (!run.empty()) AddHanRun(run, sentence);
  }
}

void LexiconSuggester::Count(std::map<std::string, Gram>& table, const std::string& key, std::string_view sentence) {
  Gram& g = table[key];
  ++g.count;
  if (g.last_doc != doc_index_) {
    g.last_doc = doc_index_;
    ++g.articles;
  }
  if (g.example.empty()) g.example = Example(sentence);
}

void LexiconSuggester::AddPeople(std::string_view sentence) {
  for (const TitledName& t : FindTitledPeople(sentence))
    if (!Known(t.name)) Count(people_, t.name, sentence);
}

void LexiconSuggester::AddLatinNames(std::string_view sentence) {
  static const RE2 kName(R"((\p{Lu}[\p{L}\d]+(?:[ -]\p{Lu}[\p{L}\d]+){0,3}))");
  re2::StringPiece text(sentence.data(), sentence.size()), name;
  while (RE2::FindAndConsume(&text, kName, &name)) {
    size_t begin = name.data() - sentence.data();
    if (begin == 0 || IsNameStopWord(std::string_view(name.data(), name.find(' ') == re2::StringPiece::npos ? name.size() : name.find(' '))))
      continue;  // sentence-initial capitals say nothing
    std::string s(name.data(), name.size());
    if (s.size() < 3 || Known(s)) continue;
    Count(latin_, s, sentence);
  }
}

void LexiconSuggester::AddHanRun(const std::vector<std::string>& chars, std::string_view sentence) {
  total_chars_ += static_cast<long>(chars.size());
  for (size_t i = 0; i < chars.size(); ++i) {
    std::string gram;
    for (size_t n = 1; n <= kMaxGram && i + n <= chars.size(); ++n) {
      gram += chars[i + n - 1];
      Gram& g = grams_[gram];
      ++g.count;
      if (n == 1) continue;  // single characters only feed the PMI denominators
      if (g.last_doc != doc_index_) {
        g.last_doc = doc_index_;
        ++g.articles;
      }
      // A run boundary (punctuation, Latin, digits) is a different neighbour
      // every time: it raises the boundary entropy as it should.
      g.left[i > 0 ? chars[i - 1] : "^" + std::to_string(g.count)]++;
      g.right[i + n < chars.size() ? chars[i + n] : "$" + std::to_string(g.count)]++;
      if (g.example.empty()) g.example = Example(sentence);
    }
  }
}

std::vector<Suggestion> LexiconSuggester::PeopleSuggestions() const {
  std::vector<Suggestion> out;
  for (const auto& [name, g] : people_)
    if (g.count >= options_.min_count || g.articles >= 2)
      out.push_back({"person", name, "PERSON", g.count, g.articles, 0, 0, g.example});
  return out;
}

double LexiconSuggester::Cohesion(const std::string& term, const std::vector<std::string>& chars) const {
  auto prob = [&](const std::string& s) {
    auto it = grams_.find(s);
    return it == grams_.end() ? 1e-12 : double(it->second.count) / total_chars_;
  };
  double p = prob(term), worst = 1e9;
  for (size_t k = 1; k < chars.size(); ++k) {
    std::string a, b;
    for (size_t i = 0; i < chars.size(); ++i) (i < k ? a : b) += chars[i];
    worst = std::min(worst, std::log(p / (prob(a) * prob(b))));
  }
  return worst;
}

// A person found with a title anywhere, even too rarely to be proposed, is
// a person: the name's later bare mentions must not come back as a product
// term (郭子涵 was both person:new-3 and product:new-48).
bool LexiconSuggester::IsPersonName(const std::string& text) const { return people_.count(text) > 0; }

std::vector<Suggestion> LexiconSuggester::TermSuggestions() const {
  std::vector<Suggestion> out;
  for (const auto& [term, g] : grams_) {
    if (g.count < options_.min_count) continue;
    std::vector<std::string> chars;
    for (size_t pos = 0; pos < term.size();) {
      size_t start = pos;
      DecodeUtf8(term, &pos);
      chars.emplace_back(term.substr(start, pos - start));
    }
    // Two-character strings are mostly ordinary words (表示, 产品); names of
    // labs and products the lexicons miss are longer (星河智算, 智谱清言).
    if (chars.size() < 3 || IsFunctionChar(chars.front()) || IsFunctionChar(chars.back())) continue;
    double cohesion = Cohesion(term, chars);
    double entropy = std::min(Entropy(g.left), Entropy(g.right));
    if (cohesion < options_.min_cohesion || entropy < options_.min_entropy || Known(term) || OrdinaryWord(term) ||
        IsPersonName(term))
      continue;
    out.push_back({"term", term, GuessTermType(term), g.count, g.articles, cohesion, entropy, g.example});
  }
  for (const auto& [name, g] : latin_)
    if (g.count >= options_.min_count && !IsPersonName(name)) out.push_back({"term", name, GuessTermType(name), g.count, g.articles, 0, 0, g.example});
  // A term inside a longer suggested term with almost the same count is only
  // a piece of it (智谱 inside 智谱清言).
  std::vector<Suggestion> kept;
  for (const Suggestion& s : out) {
    bool piece = std::any_of(out.begin(), out.end(), [&](const Suggestion& t) {
      return t.text.size() > s.text.size() && t.text.find(s.text) != std::string::npos && t.count * 10 >= s.count * 9;
    });
    if (!piece) kept.push_back(s);
  }
  return kept;
}

std::vector<Suggestion> LexiconSuggester::Suggestions() const {
  auto by_count = [](const Suggestion& a, const Suggestion& b) {
    return a.count != b.count ? a.count > b.count : a.text < b.text;
  };
  std::vector<Suggestion> people = PeopleSuggestions(), terms = TermSuggestions();
  std::sort(people.begin(), people.end(), by_count);
  std::sort(terms.begin(), terms.end(), by_count);
  if (static_cast<int>(people.size()) > options_.limit) people.resize(options_.limit);
  if (static_cast<int>(terms.size()) > options_.limit) terms.resize(options_.limit);
  people.insert(people.end(), terms.begin(), terms.end());
  return people;
}

std::string FormatSuggestions(const std::vector<Suggestion>& suggestions) {
  std::ostringstream out;
  out << "# newsminer lexicon suggest: candidate entries for lexicons/entities/*.tsv\n"
      << "# (ids are placeholders and term types are guesses: edit both, add parents and employers)\n"
      << "id\ttype\tcanonical\taliases\n";
  int n = 0;
  for (const Suggestion& s : suggestions) {
    ++n;
    out << "# " << s.kind << ": " << s.count << " mentions in " << s.articles << " article" << (s.articles == 1 ? "" : "s");
    if (s.kind == "term" && s.cohesion > 0) {
      char buf[96];
      std::snprintf(buf, sizeof buf, ", cohesion %.2f, boundary entropy %.2f", s.cohesion, s.entropy);
      out << buf;
    }
    out << ". e.g. " << s.example << "\n";
    std::string prefix = s.type == "PERSON" ? "person" : s.type == "ORG" ? "org" : "product";
    std::string alias;
    if (s.type == "PERSON" && s.text.find(' ') != std::string::npos) alias = s.text.substr(s.text.rfind(' ') + 1);
    out << prefix << ":new-" << n << "\t" << s.type << "\t" << s.text << "\t" << alias << "\n";
  }
  return out.str();
}

}  // namespace news
