#include "extract/event_builder.h"

#include "extract/roles.h"
#include "lexicon/lexicon_matcher.h"

namespace news::event_build {

Builder::Builder(const EntityLexicon& lex, const EventCues& cues, int subject_lex, ExtractionState& st,
                 std::vector<uint8_t> sentence_types)
    : lex_(lex),
      cues_(cues),
      subject_(subject_lex),
      st_(st),
      sentence_types_(std::move(sentence_types)),
      published_(ParseIsoDay(st.analysis().doc.published)),
      memo_(st.analysis().sentences.size()) {
  // Mentions by sentence (a counting sort keeps entity order within each).
  const Analysis& a = st.analysis();
  size_t n = a.sentences.size();
  mentions_begin_.assign(n + 1, 0);
  auto in_range = [n](const Mention& m) { return m.sentence >= 0 && static_cast<size_t>(m.sentence) < n; };
  for (const EntityResult& e : a.entities)
    for (const Mention& m : e.mentions)
      if (in_range(m)) ++mentions_begin_[m.sentence + 1];
  for (size_t i = 0; i < n; ++i) mentions_begin_[i + 1] += mentions_begin_[i];
  mentions_.resize(mentions_begin_[n]);
  std::vector<size_t> next(mentions_begin_.begin(), mentions_begin_.end() - 1);
  for (size_t i = 0; i < a.entities.size(); ++i)
    for (size_t k = 0; k < a.entities[i].mentions.size(); ++k)
      if (const Mention& m = a.entities[i].mentions[k]; in_range(m))
        mentions_[next[m.sentence]++] = {static_cast<int>(i), static_cast<int>(k)};
}

const SentenceFacts& FactsBefore::operator*() const {
  if (ready_) return *ready_;
  if (!made_) made_ = builder_->Facts(s_, *hits_);
  return *made_;
}

std::span<const std::pair<int, int>> Builder::SentenceMentions(int s) const {
  if (s < 0 || static_cast<size_t>(s) + 1 >= mentions_begin_.size()) return {};
  return std::span(mentions_).subspan(mentions_begin_[s], mentions_begin_[s + 1] - mentions_begin_[s]);
}

SentenceFacts Builder::Facts(int s, const std::vector<EventExtractor::TriggerHit>& hits) const {
  SentenceFacts f;
  f.triggers.reserve(hits.size());  // most hits are triggers: one allocation
  auto silenced = [&hits](const EventExtractor::TriggerHit& t) {
    return std::any_of(hits.begin(), hits.end(), [&](const auto& n) {
      return n.type == "none" && n.begin < t.end && t.begin < n.end;
    });
  };
  for (const auto& h : hits) {
    if (h.type == "to") f.to_cues.push_back(h);
    else if (h.type == "from") f.from_cues.push_back(h);
    else if (IsEventType(h.type) && !silenced(h)) f.triggers.push_back(h);
  }
  const Analysis& a = st_.analysis();
  for (auto [i, k] : SentenceMentions(s)) {
    const EntityResult& e = a.entities[i];
    const Mention& m = e.mentions[k];
    size_t b = st_.ToFolded(m.begin), en = st_.ToFolded(m.end);
    if (e.type == "person") f.people.push_back({b, en, static_cast<int>(i)});
    else if (e.type == "product") {
      f.products.push_back({b, static_cast<int>(i)});
      // "前腾讯混元大模型团队负责人齐亮", "former Sora lead": a product after a
      // former-cue names where the person worked: its maker.
      // "加入小米MiMo团队", "joined the Gemini team": a team named after a
      // product is its maker's.
      if (int maker = RootOrganization(lex_, st_.lex_index(i), false); maker >= 0 && (AfterFormerCue(b) || NamesTeam(en)))
        f.orgs.push_back({b, en, maker});
    }
    else if (int root = RootOrganization(lex_, st_.lex_index(i), false); root >= 0) f.orgs.push_back({b, en, root});
    else if (e.type == "organization" && !e.known) f.orgs.push_back({b, en, UnknownOrgId(i)});
  }
  auto by_pos = [](const auto& x, const auto& y) { return x.begin < y.begin; };
  std::sort(f.orgs.begin(), f.orgs.end(), by_pos);
  std::sort(f.people.begin(), f.people.end(), by_pos);
  Place(f);
  return f;
}

bool Builder::NamesTeam(size_t folded_end) const {
  std::string_view after = Folded(folded_end, folded_end + 6);
  for (std::string_view w : {"团队", "部门", " team", "team"})
    if (after.substr(0, w.size()) == w) return true;
  return false;
}

bool Builder::AfterFormerCue(size_t folded_begin) const {
  std::string_view before = Folded(folded_begin > 8 ? folded_begin - 8 : 0, folded_begin);
  auto ends_with = [&](std::string_view w) { return before.size() >= w.size() && before.substr(before.size() - w.size()) == w; };
  return ends_with("前") || ends_with("原") || ends_with("former ") || ends_with("ex-");
}

// "quit to co-found Brightwater Robotics", "离开智谱，创办了一家名为深衡智能的公司":
// a founding verb a few words before the organisation, with no clause break
// and no 的 between (由X创办的Y names Y's founder X, not a move).
bool Builder::AfterFoundingVerb(size_t folded_begin) const {
  constexpr size_t kReach = 24;  // bytes: "了一家名为", "co-found "
  std::string_view before = Folded(folded_begin > kReach ? folded_begin - kReach : 0, folded_begin);
  // Every verb holds "found" or 创 (this runs for each organisation of an event sentence).
  if (before.find("found") == std::string_view::npos && before.find("创") == std::string_view::npos) return false;
  for (std::string_view verb : {"co-found ", "cofound ", "to found ", "创办", "创立", "创建"}) {
    size_t at = before.rfind(verb);
    if (at == std::string_view::npos) continue;
    std::string_view gap = before.substr(at + verb.size());
    if (!HasClauseBreak(gap) && gap.find("的") == std::string_view::npos && gap.find("人") != 0) return true;
  }
  return false;
}

bool Builder::IsFounded(const SentenceFacts& f, const Clause& c, int org) const {
  return std::any_of(f.orgs.begin(), f.orgs.end(),
                     [&](const OrgMention& o) { return o.founded && o.org == org && o.begin >= c.begin && o.end <= c.end; });
}

// "加盟本地機械人初創瀚星動力", "joined the Toronto start-up Orrery
// Systems": a short description ending in a company noun between a cue and
// the organisation it names (no clause break, no 的: a relative clause is
// handled apart).
static bool EndsWithCompanyNoun(std::string_view gap) {
  constexpr size_t kMaxDescription = 36;  // bytes: 本地机械人初创 is 21
  if (gap.size() > kMaxDescription || HasClauseBreak(gap) || gap.find("的") != std::string_view::npos) return false;
  for (std::string_view noun : {"初创", "新创", "创业公司", "公司", "企业", " start-up ", " startup ", " company "})
    if (gap.size() >= noun.size() && gap.substr(gap.size() - noun.size()) == noun) return true;
  return false;
}

// Where one organisation stands in its move: after a `to` cue, a `from` cue
// or a former post, founded by the person, or neither.
void Builder::PlaceOrg(const SentenceFacts& f, OrgMention& o) const {
  std::string_view folded = st_.folded().key;
  // "轉往Anthropic", "轉往由前技術長Mira Murati創辦的Thinking Machines Lab":
  // right after the cue, or after a relative clause closed by 的.
  auto cue_before = [&](const std::vector<EventExtractor::TriggerHit>& cues) {
    return std::any_of(cues.begin(), cues.end(), [&](const auto& c) {
      if (c.end > o.begin) return false;
      std::string_view gap = folded.substr(c.end, o.begin - c.end);
      // "…創辦的X", "…创办的新创公司X": a relative clause closed by 的 and at
      // most a short noun.
      size_t de = gap.rfind("的");
      bool relative = gap.size() <= 72 && de != std::string_view::npos && gap.size() - de - 3 <= 12 &&
                      !HasClauseBreak(gap) && gap.find_first_of("abcdefghijklmnopqrstuvwxyz", de) == std::string_view::npos;
      return GapIsTight(gap) || relative || EndsWithCompanyNoun(gap);
    });
  };
  // "加入由前Google DeepMind研究人員創辦的新創公司Parallax Labs": the
  // organisation inside 由…的 names who founded the destination; it takes
  // no side in the move.
  bool founder = std::any_of(f.to_cues.begin(), f.to_cues.end(), [&](const auto& c) {
    if (c.end > o.begin || o.begin - c.end > 12) return false;
    std::string_view gap = folded.substr(c.end, o.begin - c.end);
    return gap.substr(0, 3) == "由" && folded.substr(o.end, 60).find("的") != std::string_view::npos;
  });
  if (founder) {
    o.merged = true;  // skipped like a parent named before its unit
    return;
  }
  if (cue_before(f.to_cues)) o.place = ::news::event_build::Place::kTo;
  else if (cue_before(f.from_cues) || folded.compare(o.end, 3, "前") == 0 || AfterFormerCue(o.begin))
    o.place = ::news::event_build::Place::kFrom;
  else if (cues_.PastEmployerCue(folded.substr(o.begin > 90 ? o.begin - 90 : 0, std::min<size_t>(o.begin, 90))))
    o.place = ::news::event_build::Place::kFrom;
  if (o.place != ::news::event_build::Place::kFrom && AfterFoundingVerb(o.begin)) {
    o.founded = true;
    o.place = ::news::event_build::Place::kTo;
  }
}

void Builder::Place(SentenceFacts& f) const {
  std::string_view folded = st_.folded().key;
  for (OrgMention& o : f.orgs) PlaceOrg(f, o);
  // "轉往Meta、OpenAI與Amazon": a list after a cue shares its place.
  for (size_t i = 0; i + 1 < f.orgs.size(); ++i) {
    OrgMention &a = f.orgs[i], &b = f.orgs[i + 1];
    if (a.place == ::news::event_build::Place::kNeutral || b.place != ::news::event_build::Place::kNeutral || b.begin < a.end) continue;
    std::string_view gap = folded.substr(a.end, b.begin - a.end);
    if (gap == "、" || gap == "与" || gap == "和" || gap == "及" || gap == ", " || gap == " and " || gap == ", and ")
      b.place = a.place;
  }
  // "加入谷歌旗下的Google DeepMind", "joined Alphabet's Google DeepMind": the
  // unit named right after its parent takes the parent's place.
  for (size_t i = 0; i + 1 < f.orgs.size(); ++i) {
    OrgMention &a = f.orgs[i], &b = f.orgs[i + 1];
    if (a.org == b.org || b.begin < a.end || Top(a.org) != Top(b.org)) continue;
    std::string_view gap = folded.substr(a.end, b.begin - a.end);
    if (gap.size() > 15 || HasClauseBreak(gap)) continue;
    if (gap.find("旗下") == std::string_view::npos && gap.find("'s") == std::string_view::npos &&
        gap.find("’s") == std::string_view::npos && gap.find("的") == std::string_view::npos)
      continue;
    if (b.place == ::news::event_build::Place::kNeutral) b.place = a.place;
    a.merged = true;
  }
}

// The person of the clause nearest the trigger that can be its subject or
// object (an index into f.people), or SIZE_MAX.
size_t Builder::NearestPerson(const SentenceFacts& f, const Clause& c, const Trigger& t) const {
  size_t best = SIZE_MAX, best_dist = SIZE_MAX;
  std::string_view folded = st_.folded().key;
  // A person with another move trigger between them and this one belongs to
  // that trigger ("A joined Anthropic, and image research lead B joined
  // Google DeepMind").
  auto other_trigger_between = [&](size_t from, size_t to) {
    return std::any_of(f.triggers.begin(), f.triggers.end(), [&](const Trigger& o) {
      return o.begin != t.begin && (o.type == "departure" || o.type == "hire") && o.begin >= from && o.end <= to;
    });
  };
  for (size_t i = 0; i < f.people.size(); ++i) {
    const PersonMention& p = f.people[i];
    if (p.begin < c.begin || p.end > c.end) continue;
    if (p.end <= t.begin ? other_trigger_between(p.end, t.begin) : other_trigger_between(t.end, p.begin)) continue;
    // "加上馬斯克頻繁調整目標，不少早期成員已陸續出走": past a clause break, a
    // group of others is the trigger's subject.
    if (p.end <= t.begin && HasClauseBreak(folded.substr(p.end, t.begin - p.end)) &&
        cues_.NamesAGroup(folded.substr(p.end, t.begin - p.end)))
      continue;
    // "研究负责人Oliver Brandt表示，两人将加入其视频生成团队": a plural
    // pronoun opening the trigger's clause is its subject, not the speaker.
    if (p.end <= t.begin && StartsWithPluralPronoun(Folded(LastClauseBreakEnd(folded, p.end, t.begin), t.begin))) continue;
    // After the trigger and past a comma, a person starts another clause
    // ("本月初正式到職，將向技術長王海峰匯報", "left OpenAI, Jane Doe said").
    if (p.begin >= t.end && HasClauseBreak(folded.substr(t.end, p.begin - t.end)) &&
        !ContainsAnyOf(folded.substr(t.end, p.begin - t.end), {"among", "including", "such as", "包括", "其中"}))
      continue;
    // A person before the trigger is its subject; after it, a little farther,
    // except the object of "hired X" / "延攬…X", close behind the trigger.
    size_t dist = p.end <= t.begin ? t.begin - p.end : (p.begin - t.begin) * 2 + 8;
    if (t.type == "hire" && p.begin >= t.end && p.begin - t.end <= 40 && !HasClauseBreak(folded.substr(t.end, p.begin - t.end)))
      dist = (p.begin - t.end) / 4;
    if (dist < best_dist) { best_dist = dist; best = i; }
  }
  return best;
}

std::vector<int> Builder::PeopleFor(int s, const SentenceFacts& f, const Clause& c, const Trigger& t,
                                   const FactsBefore& prev) const {
  size_t best = NearestPerson(f, c, t);
  // "She is joining Thinking Machines Lab, the start-up founded by … Mira
  // Murati", "她将加入由Mira Murati创办的…": a pronoun opening the clause,
  // with nobody named before the trigger, is the subject even when the
  // sentence names someone else after it.
  bool pronoun_subject = prev && StartsWithPronoun(Folded(c.begin, t.begin)) &&
                         std::none_of(f.people.begin(), f.people.end(),
                                      [&](const PersonMention& p) { return p.begin >= c.begin && p.end <= t.begin; });
  if (best != SIZE_MAX && !pronoun_subject) return Coordinated(f, c, best);
  // "A and B also resigned last week; both are joining Anthropic": a plural
  // pronoun opening a later clause stands for the people named before it in
  // the sentence.
  if (best == SIZE_MAX && StartsWithPluralPronoun(Folded(c.begin, t.begin))) {
    std::vector<int> before;
    for (const PersonMention& p : f.people)
      if (p.end <= c.begin && std::find(before.begin(), before.end(), p.entity) == before.end()) before.push_back(p.entity);
    if (before.size() >= 2) return before;
  }
  if (!prev) return {};
  if (!f.people.empty() && !pronoun_subject) return {};
  std::vector<int> distinct;
  for (const PersonMention& p : prev->people)
    if (std::find(distinct.begin(), distinct.end(), p.entity) == distinct.end()) distinct.push_back(p.entity);
  // "…韩子墨、…许嘉诺。两人均于近日加入深度求索", "Both started last Thursday":
  // everyone the sentence before named.
  if (distinct.size() >= 2 && StartsWithPluralPronoun(Folded(c.begin, t.begin))) return distinct;
  // "Another senior researcher, … left … her own company": someone else.
  if (distinct.size() == 1 && HasPronoun(s) && !cues_.NamesAGroup(Folded(c.begin, t.begin))) return distinct;
  if (best != SIZE_MAX) return Coordinated(f, c, best);  // a pronoun with nobody to refer to
  return {};
}

// The chosen person and everyone joined to them by coordination: "A與B離開",
// "A、B和C", "A and former OpenAI researcher B left".
std::vector<int> Builder::Coordinated(const SentenceFacts& f, const Clause& c, size_t first) const {
  std::vector<int> out{f.people[first].entity};
  auto add = [&out](int e) {
    if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  };
  // A bare comma joins only inside a list that ends with a conjunction
  // ("A, B and C"); "Besides Vasquez, Daniel Okafor ... left" is one person.
  auto link = [&](size_t left) -> int {  // 0 none, 1 comma, 2 conjunction
    const PersonMention &a = f.people[left], &b = f.people[left + 1];
    if (a.end > b.begin || !IsCoordination(Folded(a.end, b.begin))) return 0;
    std::string_view gap = Folded(a.end, b.begin);
    return gap.find_first_not_of(' ') != std::string_view::npos && gap.substr(gap.find_first_not_of(' ')) .rfind(",", 0) == 0 &&
                   gap.find("and") == std::string_view::npos
               ? 1
               : 2;
  };
  bool conjunction = false;
  std::vector<int> pending;
  for (size_t j = first; j + 1 < f.people.size() && f.people[j + 1].end <= c.end; ++j) {
    int l = link(j);
    if (l == 0) break;
    pending.push_back(f.people[j + 1].entity);
    if (l == 2) {
      conjunction = true;
      for (int e : pending) add(e);
      pending.clear();
    }
  }
  for (size_t j = first; j > 0 && f.people[j - 1].begin >= c.begin; --j) {
    int l = link(j - 1);
    if (l == 0 || (l == 1 && !conjunction)) break;
    conjunction = conjunction || l == 2;
    add(f.people[j - 1].entity);
  }
  return out;
}

// "她在3月27日宣布離開OpenAI", "He did not say": the sentence continues
// about a person named before.
bool Builder::HasPronoun(int s) const {
  static const std::vector<std::string> kPronouns = {"他", "她", "其"};
  std::string_view text = st_.FoldedSentences(s, s);
  for (const std::string& p : kPronouns)
    if (text.find(p) != std::string_view::npos) return true;
  for (std::string_view w : {"he", "she", "his", "her"}) {
    for (size_t pos = text.find(w); pos != std::string_view::npos; pos = text.find(w, pos + 1))
      if (LexiconMatcher::BoundaryOk(text, pos, pos + w.size())) return true;
  }
  return false;
}

int Builder::FirstOrg(const SentenceFacts& f, const Clause& c, ::news::event_build::Place place, int exclude) const {
  for (const OrgMention& o : f.orgs)
    if (!o.merged && o.begin >= c.begin && o.end <= c.end && o.place == place && o.org != exclude) return o.org;
  return -1;
}

// "来自百度研究院的储一帆和来自商汤科技的骆佳音", "Chu from Baidu and Luo from
// SenseTime": with several people, each comes from the `from` organisation
// written nearest before them (else after them, in English) with no other
// person between; `fallback` when none.
int Builder::OwnFrom(const SentenceFacts& f, const Clause& c, int person, int fallback) const {
  size_t at = SIZE_MAX;
  for (const PersonMention& p : f.people)
    if (p.entity == person && p.begin >= c.begin && p.end <= c.end) { at = p.begin; break; }
  if (at == SIZE_MAX) return fallback;
  auto person_between = [&](size_t a, size_t b) {
    return std::any_of(f.people.begin(), f.people.end(), [&](const PersonMention& p) {
      return p.entity != person && p.begin >= a && p.end <= b;
    });
  };
  int before = -1, after = -1;
  for (const OrgMention& o : f.orgs) {
    if (o.merged || o.place != ::news::event_build::Place::kFrom || o.begin < c.begin || o.end > c.end) continue;
    if (o.end <= at && !person_between(o.end, at)) before = o.org;
    else if (o.begin > at && after < 0 && !person_between(at, o.begin)) after = o.org;
  }
  return before >= 0 ? before : after >= 0 ? after : fallback;
}

std::vector<int> Builder::OrgsInOrder(const SentenceFacts& f, const Clause& c, ::news::event_build::Place place) const {
  std::vector<int> out;
  for (const OrgMention& o : f.orgs)
    if (!o.merged && o.begin >= c.begin && o.end <= c.end && o.place == place) out.push_back(o.org);
  return out;
}

// The organisation a sentence opens with ("Sakana AI, the Tokyo start-up,
// said …"): what "the company" later in it refers to. Else `fallback`.
int Builder::SentenceOpeningOrg(int s, const SentenceFacts& f, int fallback) const {
  size_t begin = st_.ToFolded(st_.analysis().sentences[s].begin);
  for (const OrgMention& o : f.orgs)
    if (o.begin <= begin + 3) return o.org;
  return fallback;
}

int Builder::NearestOrgBefore(const SentenceFacts& f, const Clause& c, size_t pos, int exclude) const {
  int best = -1;
  for (const OrgMention& o : f.orgs)
    if (!o.merged && o.begin >= c.begin && o.end <= pos && o.place == ::news::event_build::Place::kNeutral && o.org != exclude) best = o.org;
  return best;
}

int Builder::OrgAfter(const SentenceFacts& f, const Clause& c, size_t pos, int exclude) const {
  for (const OrgMention& o : f.orgs)
    if (!o.merged && o.begin >= pos && o.end <= c.end && o.place != ::news::event_build::Place::kTo && o.org != exclude) return o.org;
  return -1;
}

// The organisation a trigger governs directly: "left Google DeepMind", "離開OpenAI".
int Builder::OrgRightAfter(const SentenceFacts& f, const Clause& c, size_t pos) const {
  for (const OrgMention& o : f.orgs)
    if (!o.merged && o.begin >= pos && o.end <= c.end && o.place != ::news::event_build::Place::kTo)
      return GapIsTight(Folded(pos, o.begin)) ? o.org : -1;
  return -1;
}

// Whether the last mention of `org` before the trigger sits in the person's
// title, right before their name ("清华大学计算机系副教授罗文博", "former
// Baidu researcher Du Wei"): no clause break and a short gap.
bool Builder::DescribesPerson(const SentenceFacts& f, const Clause& c, int org, int person, size_t trigger) const {
  constexpr size_t kTitleReach = 45;  // bytes: "计算机系副教授", "senior research scientist"
  for (const PersonMention& p : f.people) {
    if (p.entity != person || p.begin < c.begin || p.end > trigger) continue;
    for (const OrgMention& o : f.orgs) {
      if (o.org != org || o.end > p.begin || o.begin < c.begin) continue;
      std::string_view gap = Folded(o.end, p.begin);
      if (gap.size() <= kTitleReach && !HasClauseBreak(gap) && !IsCoordination(gap) && !cues_.ReportsSpeech(gap)) return true;
    }
  }
  return false;
}

// The organisation a sentence (this one or the one before) ties the person to.
int Builder::PersonOrg(int person, int s) const {
  for (const Mention& m : st_.analysis().entities[person].mentions)
    if (m.sentence == s || m.sentence == s - 1)
      if (int org = LinkedOrganization(lex_, st_, m); org >= 0) return org;
  return -1;
}

// "Nvidia named Sun-hee Park, a longtime Nvidia research director, as its
// chief scientist": the person's own apposition places them at the hiring
// organisation already (no former-cue): a promotion inside it, not a hire.
bool Builder::WorksThereAlready(const SentenceFacts& f, const Clause& c, int org, int person) const {
  constexpr size_t kAppositionReach = 64;  // bytes
  for (const PersonMention& p : f.people) {
    if (p.entity != person || p.begin < c.begin || p.end > c.end) continue;
    std::string_view rest = Folded(p.end, std::min(c.end, p.end + kAppositionReach));
    if (rest.substr(0, 2) != ", ") continue;
    size_t close = rest.find(',', 2);
    std::string_view apposition = rest.substr(2, close == std::string_view::npos ? rest.size() - 2 : close - 2);
    // A noun phrase ("a longtime Nvidia research director", "its director of
    // research"), not the clause that goes on ("…, joined Zhipu AI on Monday").
    bool noun_phrase = false;
    for (std::string_view det : {"a ", "an ", "the ", "its ", "one of "}) noun_phrase = noun_phrase || apposition.substr(0, det.size()) == det;
    if (!noun_phrase || ContainsAnyOf(apposition, {"former", "ex-", "previously", "until"})) continue;
    for (const OrgMention& o : f.orgs)
      if (Top(o.org) == Top(org) && o.begin >= p.end + 2 && o.end <= p.end + 2 + apposition.size()) return true;
  }
  return false;
}

// The lexicon employer of a known person, at organisation level; -1 if none.
int Builder::Employer(int person) const {
  int lex_i = st_.lex_index(person);
  if (lex_i < 0 || lex_.entities[lex_i].employer.empty()) return -1;
  auto it = lex_.by_id.find(lex_.entities[lex_i].employer);
  return it == lex_.by_id.end() ? -1 : RootOrganization(lex_, it->second, false);
}

int Builder::SingleOrg(const FactsBefore& f) const {
  if (!f) return -1;
  std::set<int> distinct;
  // Where someone went in a move sentence is not where they were ("...
  // departed to join Mistral AI. Priya Raman ... is leaving").
  bool move = std::any_of(f->triggers.begin(), f->triggers.end(),
                          [](const auto& t) { return t.type == "departure" || t.type == "hire"; });
  for (const OrgMention& o : f->orgs)
    if (!move || o.place != ::news::event_build::Place::kTo) distinct.insert(o.org);
  return distinct.size() == 1 ? *distinct.begin() : -1;
}

}  // namespace news::event_build
