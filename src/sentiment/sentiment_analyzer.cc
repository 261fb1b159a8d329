#include "sentiment/sentiment_analyzer.h"

#include <algorithm>

#include "common/utf8.h"
#include "sentiment/event_tone.h"
#include "sentiment/sentence_scanner.h"
#include "sentiment/sentence_scorer.h"
#include "sentiment/sentiment_lexicon.h"
#include "sentiment/tone_aggregator.h"
#include "text/match_key.h"

namespace news {
namespace {

// The key the scanner reads: MatchKey plus typographic apostrophes made plain
// (one code point for one, so code point offsets still agree with the text).
std::string ScanKey(std::string_view text) {
  std::string key = MatchKey(text);
  for (size_t p = key.find("\xE2\x80\x99"); p != std::string::npos; p = key.find("\xE2\x80\x99", p + 1))
    key.replace(p, 3, "'");
  return key;
}

// Code point span [begin, end) of a name inside one sentence.
struct NameSpan {
  uint32_t begin = 0, end = 0;
};

// A name is not an opinion: the polar words inside entity names ("快手",
// "Stability AI", a person called 李強) say nothing about the news. Drops
// every polarity, modifier, metric or direction token that starts inside one
// of `names`; aspect and context words stay ("Google Research" still speaks
// of research).
void DropNameWords(std::vector<ScanToken>& tokens, const std::vector<NameSpan>& names) {
  if (names.empty()) return;
  auto in_name = [&](const ScanToken& t) {
    if (t.type != ScanToken::Type::kEntry) return false;
    const LexEntry& e = *t.entry;
    if (e.research != 0 || e.product != 0 || e.context != Context::kNone) return false;
    for (const NameSpan& n : names)
      if (t.cp >= n.begin && t.cp < n.end) return true;
    return false;
  };
  tokens.erase(std::remove_if(tokens.begin(), tokens.end(), in_name), tokens.end());
}

class LexiconAnalyzer : public SentimentAnalyzer {
 public:
  explicit LexiconAnalyzer(SentimentLexicon lex) : lex_(std::move(lex)) {}

  SentenceTone ScoreSentence(std::string_view sentence) const override { return Detail(sentence, {}, {}).tone; }

  void Score(Analysis& a) const override {
    std::vector<std::vector<AspectHint>> hints(a.sentences.size());
    CollectEntityHints(a, hints);
    std::vector<std::vector<NameSpan>> names = CollectNames(a);
    std::string_view body = a.doc.body;
    std::vector<SentenceKind> kinds(a.sentences.size());
    std::vector<bool> departures(a.sentences.size(), false);
    for (Sentence& s : a.sentences) {
      if (s.begin > s.end || s.end > body.size()) continue;
      ToneDetail d = Detail(body.substr(s.begin, s.end - s.begin), hints[s.index], names[s.index]);
      s.tone = std::move(d.tone);
      if (s.index < 0 || s.index >= static_cast<int>(kinds.size())) continue;
      kinds[s.index] = {d.background, d.response};
      departures[s.index] = d.departure;
    }
    ApplyEventTone(a, {}, departures);
    AggregateTone(a, {}, kinds, Detail(a.doc.title, {}, {}).tone);
  }

 private:
  ToneDetail Detail(std::string_view text, const std::vector<AspectHint>& hints,
                    const std::vector<NameSpan>& names) const {
    std::vector<ScanToken> tokens = ScanSentence(ScanKey(text), lex_);
    DropNameWords(tokens, names);
    ToneDetail d = ScoreTokens(tokens, hints, options_);
    d.tone.dominant = d.dominant;
    return d;
  }

  // A product named in a sentence speaks to product culture, a division (a
  // lab, a team) to research; the aspect terms in the entity's name win when
  // it has any ("Google Cloud" is a business, "Tongyi Lab" a lab).
  // The name as written may say it when the canonical one does not
  // ("微信事業群" is a business group, "WeChat Group" says nothing).
  // `canonical` is NameHint(e.canonical), computed once per entity.
  AspectHint BaseHint(const EntityResult& e, const AspectHint& canonical, std::string_view surface = {}) const {
    if (canonical.research > 0 || canonical.product > 0) return canonical;
    AspectHint h = surface.empty() ? canonical : NameHint(surface);
    if (h.research > 0 || h.product > 0) return h;
    if (e.type == "product") h.product = 1;
    if (e.type == "division") h.research = 1;
    return h;
  }

  AspectHint NameHint(std::string_view name) const {
    AspectHint h;
    for (const ScanToken& t : ScanSentence(ScanKey(name), lex_))
      if (t.type == ScanToken::Type::kEntry) h.research += t.entry->research, h.product += t.entry->product;
    return h;
  }

  void CollectEntityHints(const Analysis& a, std::vector<std::vector<AspectHint>>& hints) const {
    std::string_view body = a.doc.body;
    for (const EntityResult& e : a.entities) {
      if (e.type != "product" && e.type != "division") continue;
      AspectHint own = NameHint(e.canonical);
      bool named = own.research > 0 || own.product > 0;
      AspectHint base = BaseHint(e, own);
      for (const Mention& m : e.mentions) {
        if (m.sentence < 0 || m.sentence >= static_cast<int>(hints.size())) continue;
        const Sentence& s = a.sentences[m.sentence];
        if (m.begin < s.begin || m.begin > s.end || s.end > body.size()) continue;
        AspectHint h = named || e.type != "division" ? base : BaseHint(e, own, m.surface);
        h.cp = static_cast<uint32_t>(CountCodePoints(body.substr(s.begin, m.begin - s.begin)));
        hints[m.sentence].push_back(h);
      }
    }
  }

  // Each sentence's entity mentions, in code points from the sentence start.
  static std::vector<std::vector<NameSpan>> CollectNames(const Analysis& a) {
    std::vector<std::vector<NameSpan>> names(a.sentences.size());
    std::string_view body = a.doc.body;
    for (const EntityResult& e : a.entities) {
      for (const Mention& m : e.mentions) {
        if (m.sentence < 0 || m.sentence >= static_cast<int>(names.size())) continue;
        const Sentence& s = a.sentences[m.sentence];
        if (m.begin < s.begin || m.end < m.begin || m.end > s.end || s.end > body.size()) continue;
        uint32_t begin = static_cast<uint32_t>(CountCodePoints(body.substr(s.begin, m.begin - s.begin)));
        uint32_t length = static_cast<uint32_t>(CountCodePoints(body.substr(m.begin, m.end - m.begin)));
        names[m.sentence].push_back({begin, begin + length});
      }
    }
    return names;
  }

  SentimentLexicon lex_;
  ScoringOptions options_;
};

}  // namespace

StatusOr<std::unique_ptr<SentimentAnalyzer>> SentimentAnalyzer::Create(const Options& options) {
  std::string dir = options.lexicon_dir.empty() ? "" : options.lexicon_dir + "/sentiment";
  NEWS_ASSIGN_OR_RETURN(SentimentLexicon lex, SentimentLexicon::Load(dir));
  return std::unique_ptr<SentimentAnalyzer>(new LexiconAnalyzer(std::move(lex)));
}

}  // namespace news
