#include "extract/roles.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include "extract/known_mentions.h"
#include "text/match_key.h"

namespace news {

namespace {

// Words between an organisation and a person that say the person works there.
const std::vector<std::string>& LinkWords() {
  static const std::vector<std::string> kWords = [] {
    std::vector<std::string> w;
    for (const char* s : {"'s", "’s", "的", "旗下", "前", "ceo", "cto", "cfo", "coo", "chief", "head", "director", "president",
                          "founder", "co-founder", "researcher", "scientist", "engineer", "executive", "lead", "vp",
                          "執行長", "首席", "總裁", "副總裁", "研究員", "科學家", "負責人", "主管", "總監", "總經理",
                          "創辦人", "創始人", "工程師", "董事長", "行政總裁", "技術長", "高管", "團隊", "实验室", "實驗室"})
      w.push_back(MatchKey(s));
    return w;
  }();
  return kWords;
}

const std::vector<std::string>& AfterWords() {
  static const std::vector<std::string> kWords = [] {
    std::vector<std::string> w;
    for (const char* s : {" at ", " of ", " from ", " on ", "在", "任職於", "任职于", "(", "（"}) w.push_back(MatchKey(s));
    return w;
  }();
  return kWords;
}

// "who spent five years at Google DeepMind", "曾在…": a past employer.
const std::vector<std::string>& PastWords() {
  static const std::vector<std::string> kWords = [] {
    std::vector<std::string> w;
    for (const char* s : {"spent", "previously", "formerly", "former", "before", "until", "had worked", "曾", "此前", "過去", "原"})
      w.push_back(MatchKey(s));
    return w;
  }();
  return kWords;
}

bool HasBreak(std::string_view gap, bool allow_leading_comma) {
  for (std::string_view p : {"，", "。", "；", ";", "、", " and ", "和", "與", "与"})
    if (gap.find(p) != std::string_view::npos) return true;
  size_t comma = gap.find(',');
  if (comma == std::string_view::npos) return false;
  return !(allow_leading_comma && comma == 0 && gap.find(',', 1) == std::string_view::npos);
}

bool ContainsAny(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return text.find(w) != std::string_view::npos; });
}

bool IsOrgLike(EntityKind k) { return k == EntityKind::kOrganization || k == EntityKind::kDivision; }

}  // namespace

int LinkedOrganization(const EntityLexicon& lex, const ExtractionState& st, const Mention& person) {
  const Analysis& a = st.analysis();
  constexpr size_t kMaxGap = 60;
  int best = -1;
  size_t best_gap = kMaxGap + 1;
  const std::string& folded = st.folded().key;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (!IsOrgLike(st.kind(i)) || st.lex_index(i) < 0) continue;
    for (const Mention& m : a.entities[i].mentions) {
      if (m.sentence != person.sentence) continue;
      bool before = m.end <= person.begin;
      size_t gb = st.ToFolded(before ? m.end : person.end), ge = st.ToFolded(before ? person.begin : m.begin);
      if (ge < gb || ge - gb > kMaxGap) continue;
      std::string_view gap = std::string_view(folded).substr(gb, ge - gb);
      bool linked = before ? (!HasBreak(gap, false) && (gap.size() <= 1 || ContainsAny(gap, LinkWords())))
                           : (!HasBreak(gap, true) && ContainsAny(gap, AfterWords()) && !ContainsAny(gap, PastWords()));
      if (linked && ge - gb < best_gap) {
        best_gap = ge - gb;
        best = RootOrganization(lex, st.lex_index(i), false);
      }
    }
  }
  return best;
}

// Where `e` (canonical or an alias) first appears in the folded headline,
// and how long that name is; {npos, 0} if it does not.
// The MatchKeys of an entity's aliases, folded once per thread: the headline
// rules ask for the same entities in every article, and folding every alias
// each time cost ~2M instructions a round of 63 articles. Checked against the
// alias count and the canonical name, so that another lexicon's entity at the
// same address is folded anew.
const std::vector<std::string>& AliasKeys(const LexiconEntity& e) {
  struct Keys {
    std::string canonical;
    std::vector<std::string> keys;
  };
  thread_local std::unordered_map<const LexiconEntity*, Keys> cache;
  Keys& k = cache[&e];
  if (k.canonical != e.canonical || k.keys.size() != e.aliases.size()) {
    k.canonical = e.canonical;
    k.keys.clear();
    for (const std::string& alias : e.aliases) k.keys.push_back(MatchKey(alias));
  }
  return k.keys;
}

std::pair<size_t, size_t> InTitle(const LexiconEntity& e, const std::string& title) {
  std::pair<size_t, size_t> best{std::string::npos, 0};
  for (const std::string& key : AliasKeys(e)) {
    size_t at = key.size() >= 2 ? title.find(key) : std::string::npos;
    if (at != std::string::npos && (at < best.first || (at == best.first && key.size() > best.second))) best = {at, key.size()};
  }
  return best;
}

// The organisation (lexicon index) that hires in the lead sentence and is
// named in the headline too: "Microsoft has hired two researchers from Meta's
// FAIR lab" under "Microsoft AI hires ...". Such a hirer is what the article
// is about even when the place the people left is named more often later.
// Candidates stand before the hire verb and not right after a from-cue
// (从字节挖来); the one named first in the headline (the longer name at the
// same place: Google DeepMind over Google) wins. -1 if none. `title`: the
// folded headline.
int LeadHirer(const EntityLexicon& lex, const EventCues& cues, const ExtractionState& st, const std::string& title) {
  const Analysis& a = st.analysis();
  if (a.sentences.empty() || a.doc.title.empty()) return -1;
  std::string_view lead = st.FoldedSentences(0, 0);
  size_t lead_begin = st.ToFolded(a.sentences[0].begin), verb = cues.FirstHirerVerb(lead);
  if (verb == std::string_view::npos) return -1;
  int best = -1;
  std::pair<size_t, size_t> best_at{std::string::npos, 0};
  for (size_t i = 0; i < a.entities.size(); ++i) {
    int lex_i = st.lex_index(i);
    if (lex_i < 0 || !st.IsOrganization(i)) continue;
    bool candidate = false;
    for (const Mention& m : a.entities[i].mentions) {
      size_t b = st.ToFolded(m.begin);
      if (m.sentence != 0 || b < lead_begin || b - lead_begin >= verb) continue;
      std::string_view head = lead.substr(0, b - lead_begin);
      bool from = head.size() >= 3 && (head.substr(head.size() - 3) == "从" || head.substr(head.size() - 3) == "自");
      if (head.size() >= 5 && head.substr(head.size() - 5) == "from ") from = true;
      candidate = candidate || !from;
    }
    if (!candidate) continue;
    std::pair<size_t, size_t> at = InTitle(lex.entities[lex_i], title);
    if (at.first == std::string::npos) continue;
    if (at.first < best_at.first || (at.first == best_at.first && at.second > best_at.second)) { best_at = at; best = lex_i; }
  }
  return best;
}

// The organisation (lexicon index, at organisation level) named first in a
// headline that reports a move, when it comes before the move word: "Two
// Nvidia research scientists leave for Mistral AI", 聯想人工智能實驗室兩員大將
// 離巢 加盟本地初創瀚星動力, 字節Seed視覺負責人加入騰訊混元. The article is
// about the organisation that loses the people, even when the one they join
// is named more often in the body. -1 if none.
int HeadlineLoser(const EntityLexicon& lex, const EventCues& cues, const std::vector<int>& title_entities,
                  const ExtractionState& st, const std::string& title) {
  size_t move = cues.HeadlineMove(title);
  if (move == std::string::npos) return -1;
  int best = -1;
  size_t best_at = move;
  auto consider = [&](int lex_i) {
    if (lex.entities[lex_i].kind == EntityKind::kPerson) return;
    int root = RootOrganization(lex, lex_i, false);
    if (root < 0) return;  // before InTitle, which folds every alias
    size_t at = InTitle(lex.entities[lex_i], title).first;
    if (at < best_at) { best_at = at; best = root; }
  };
  for (int lex_i : title_entities) consider(lex_i);
  // Names that need context (聯想, 蘋果) count when the body confirms them.
  const Analysis& a = st.analysis();
  for (size_t i = 0; i < a.entities.size(); ++i) {
    int lex_i = st.lex_index(i);
    if (lex_i >= 0 && !st.IsPerson(i) &&
        std::find(title_entities.begin(), title_entities.end(), lex_i) == title_entities.end())
      consider(lex_i);
  }
  return best;
}

// The organisation named right before the funding words of the headline
// ("Orrery Systems raises $42 million", 邊緣AI晶片新創熠川智能完成B輪募資,
// 具身智能公司灵枢动力完成B轮融资): the one raising money is what the article
// is about, even when an investor is named more often. Returns the analysis
// entity index (lexicon or not), or -1.
int HeadlineFunded(const EntityLexicon& lex, const EventCues& cues, const ExtractionState& st, const std::string& title) {
  const Analysis& a = st.analysis();
  size_t funding = cues.HeadlineFunding(title);
  if (funding == std::string::npos) return -1;
  // Right before them: a few words, and not across the space that splits a
  // Chinese headline in two (阶跃星辰聘请腾讯混元前首席科学家裴敬之 新一轮融资传闻).
  auto close = [&](size_t end) {
    if (end > funding || funding - end > 24) return false;
    for (size_t i = end; i < funding; ++i)
      if (title[i] == ' ' && ((i > 0 && static_cast<unsigned char>(title[i - 1]) >= 0x80) ||
                              static_cast<unsigned char>(title[i + 1]) >= 0x80))
        return false;
    return true;
  };
  int best = -1;
  size_t best_at = 0;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (!st.IsOrganization(i)) continue;
    int lex_i = st.lex_index(i);
    std::pair<size_t, size_t> at;
    if (lex_i >= 0) {
      at = InTitle(lex.entities[lex_i], title);
    } else {
      std::string key = MatchKey(a.entities[i].canonical);
      at = {title.find(key), key.size()};
    }
    if (at.first == std::string::npos || !close(at.first + at.second)) continue;
    if (best < 0 || at.first > best_at) { best_at = at.first; best = static_cast<int>(i); }
  }
  return best;
}

// The weight of one mention for the subject: more in the lead sentence (most
// when it opens it: "Sakana AI, the Tokyo start-up, said …") and in the first
// paragraph. `w` is 1 for organisations, 0.5 for their units and products.
double MentionWeight(const Analysis& a, const Mention& m, double w, size_t first_paragraph_end) {
  double s = w;
  if (m.sentence == 0) s += 2 * w;
  if (m.sentence == 0 && !a.sentences.empty() && m.begin == a.sentences[0].begin) s += 2 * w;
  if (m.begin < first_paragraph_end) s += w;
  return s;
}

// The best-scored organisation in no lexicon (found by unknown_orgs.h), by
// the same weights as lexicon ones: its mentions, and the headline (+4, +2
// more when it comes before every lexicon organisation there). Returns the
// entity index, or -1, and its score in `score`. `title`: the folded headline.
int BestUnknownOrganization(const EntityLexicon& lex, const std::vector<int>& title_entities, const ExtractionState& st,
                            const std::string& title, double* score) {
  const Analysis& a = st.analysis();
  size_t first_paragraph_end = a.doc.body.find('\n');
  int best = -1;
  *score = 0;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (st.lex_index(i) >= 0 || !st.IsOrganization(i)) continue;
    double sc = 0;
    for (const Mention& m : a.entities[i].mentions) sc += MentionWeight(a, m, 1.0, first_paragraph_end);
    if (size_t at = title.find(MatchKey(a.entities[i].canonical)); at != std::string::npos) {
      bool first = std::all_of(title_entities.begin(), title_entities.end(), [&](int lex_i) {
        return lex.entities[lex_i].kind == EntityKind::kPerson || InTitle(lex.entities[lex_i], title).first > at;
      });
      sc += 4.0 + (first ? 2.0 : 0.0);
    }
    if (sc > *score) { *score = sc; best = static_cast<int>(i); }
  }
  return best;
}

// A few organisations an article: a flat list, not a map of nodes.
using Scores = std::vector<std::pair<int, double>>;  // lexicon index of an organisation, score

static double& ScoreOf(Scores& scores, int root) {
  for (auto& [lex_i, s] : scores)
    if (lex_i == root) return s;
  return scores.emplace_back(root, 0.0).second;
}

static Scores SubjectScores(const EntityLexicon& lex, const std::vector<int>& title_entities, const ExtractionState& st) {
  const Analysis& a = st.analysis();
  size_t first_paragraph_end = a.doc.body.find('\n');
  Scores score;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    int lex_i = st.lex_index(i);
    if (lex_i < 0 || st.IsPerson(i)) continue;
    int root = RootOrganization(lex, lex_i, false);
    if (root < 0) continue;
    double w = st.IsOrganization(i) ? 1.0 : 0.5;
    double& sc = ScoreOf(score, root);
    for (const Mention& m : a.entities[i].mentions) sc += MentionWeight(a, m, w, first_paragraph_end);
  }
  bool first = true;
  for (int lex_i : title_entities) {
    if (lex.entities[lex_i].kind == EntityKind::kPerson) continue;
    int root = RootOrganization(lex, lex_i, false);
    if (root < 0) continue;
    double w = lex.entities[lex_i].kind == EntityKind::kOrganization ? 4.0 : 2.0;
    ScoreOf(score, root) += w + (first ? 2.0 : 0.0);
    first = false;
  }
  return score;
}

// The markets the subject is in (competitors.tsv), found by lexicon index:
// each organisation of the article is then looked for in these few sets.
static std::vector<const CompetitorSet*> MarketsOf(const EntityLexicon& lex, int subject_lex) {
  std::vector<const CompetitorSet*> out;
  for (const CompetitorSet& set : lex.competitors)
    if (std::find(set.member_indexes.begin(), set.member_indexes.end(), subject_lex) != set.member_indexes.end())
      out.push_back(&set);
  return out;
}

// Whether entity `e` (lexicon index `lex_i`, -1 for one in no lexicon, which
// can only match by id) is in one of `markets` and is not the subject.
static bool SharesMarket(const std::vector<const CompetitorSet*>& markets, int subject_lex, const EntityResult& e, int lex_i) {
  if (lex_i == subject_lex) return false;
  return std::any_of(markets.begin(), markets.end(), [&](const CompetitorSet* set) {
    if (lex_i >= 0) return std::find(set->member_indexes.begin(), set->member_indexes.end(), lex_i) != set->member_indexes.end();
    return std::find(set->members.begin(), set->members.end(), e.id) != set->members.end();
  });
}

// Whether a sentence naming `e` has a rivalry cue. `memo` keeps each
// sentence's answer (-1 not asked yet): organisations share sentences.
static bool NearRivalryCue(const ExtractionState& st, const EntityResult& e, std::vector<int8_t>* memo) {
  static const std::vector<std::string> kCues = [] {
    std::vector<std::string> w;
    for (const char* s : {"競爭", "對手", "rival", "competitor", "competing", "competes", "追趕", "抗衡", "挑戰"})
      w.push_back(MatchKey(s));
    return w;
  }();
  for (const Mention& m : e.mentions) {
    if (m.sentence >= static_cast<int>(memo->size())) memo->resize(m.sentence + 1, -1);
    int8_t& cue = (*memo)[m.sentence];
    if (cue < 0) cue = ContainsAny(st.FoldedSentences(m.sentence, m.sentence), kCues);
    if (cue) return true;
  }
  return false;
}

int AssignRoles(const EntityLexicon& lex, const EventCues& cues, const std::vector<int>& title_entities, ExtractionState& st) {
  Analysis& a = st.analysis();
  int subject_lex = -1;
  double best = 0;
  // The highest score; of equal ones, the smallest lexicon index.
  for (const auto& [lex_i, s] : SubjectScores(lex, title_entities, st))
    if (s > best || (s == best && subject_lex >= 0 && lex_i < subject_lex)) { best = s; subject_lex = lex_i; }
  std::string title = MatchKey(a.doc.title);  // folded once for the headline rules
  int hirer = LeadHirer(lex, cues, st, title);
  if (hirer < 0) hirer = HeadlineLoser(lex, cues, title_entities, st, title);
  if (hirer >= 0) subject_lex = hirer;
  int subject = -1;
  double unknown_score = 0;
  int unknown = hirer >= 0 ? -1 : BestUnknownOrganization(lex, title_entities, st, title, &unknown_score);
  if (unknown >= 0 && unknown_score > best) {
    subject = unknown;
    subject_lex = -1;
  }
  if (int funded = hirer >= 0 ? -1 : HeadlineFunded(lex, cues, st, title); funded >= 0) {
    subject = st.lex_index(funded) < 0 ? funded : -1;
    subject_lex = st.lex_index(funded) >= 0 ? RootOrganization(lex, st.lex_index(funded), false) : -1;
  }
  if (subject_lex >= 0) subject = st.EntityFor(lex.entities[subject_lex], subject_lex);
  std::vector<const CompetitorSet*> markets;
  if (subject_lex >= 0) markets = MarketsOf(lex, subject_lex);
  std::vector<int8_t> rivalry(a.sentences.size(), -1);
  for (size_t i = 0; i < a.entities.size(); ++i) {
    EntityResult& e = a.entities[i];
    int lex_i = st.lex_index(i);
    if (lex_i >= 0 && !st.IsPerson(i))
      if (int p = lex.entities[lex_i].parent_index; p >= 0) e.parent = lex.entities[p].canonical;
    if (st.IsPerson(i)) {
      for (const Mention& m : e.mentions)
        if (int org = LinkedOrganization(lex, st, m); org >= 0) { e.parent = lex.entities[org].canonical; break; }
      continue;
    }
    if (!st.IsOrganization(i)) continue;
    if (static_cast<int>(i) == subject) e.role = "subject";
    else if ((!markets.empty() && SharesMarket(markets, subject_lex, e, lex_i)) || (subject >= 0 && NearRivalryCue(st, e, &rivalry)))
      e.role = "competitor";
    else e.role = "other";
  }
  return subject;
}

}  // namespace news
