#include "extract/event_builder.h"

#include <cctype>
#include <cstdlib>
#include <optional>

#include "extract/roles.h"

namespace news::event_build {

// A university or college (the `academic` cue words of events/cues.tsv in its names).
// Asked once per organisation: the cue scan folds every name of it.
bool Builder::IsAcademic(int org) const {
  if (org < 0 || IsUnknownOrg(org)) return false;
  auto [it, added] = academic_.try_emplace(org, false);
  if (added) it->second = cues_.IsAcademic(lex_.entities[org]);
  return it->second;
}

// The sentence after `s` opens with the person (name or pronoun) and places
// them in the past at an organisation other than `hirer` ("Osei, 41, was
// until last month director of applied research at Cohere", "他此前在百度工作"):
// that organisation, else -1. Same paragraph only.
int Builder::NextSentencePastEmployer(int s, int person, int hirer) const {
  const Analysis& a = st_.analysis();
  if (s + 1 >= static_cast<int>(a.sentences.size())) return -1;
  const Sentence& next = a.sentences[s + 1];
  if (st_.body().substr(a.sentences[s].end, next.begin - a.sentences[s].end).find('\n') != std::string_view::npos) return -1;
  std::string_view text = st_.FoldedSentences(s + 1, s + 1);
  bool opens_with_person = StartsWithPronoun(text);
  for (const Mention& m : a.entities[person].mentions)
    opens_with_person = opens_with_person || (m.sentence == s + 1 && m.begin <= next.begin + 1);
  if (!opens_with_person || !cues_.SaysFormerly(text)) return -1;
  int best = -1;
  size_t best_begin = SIZE_MAX;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    if (a.entities[i].type != "organization" && a.entities[i].type != "division") continue;
    int root = RootOrganization(lex_, st_.lex_index(i), false);
    if (root < 0 || root == hirer) continue;
    for (const Mention& m : a.entities[i].mentions)
      if (m.sentence == s + 1 && m.begin < best_begin) { best_begin = m.begin; best = root; }
  }
  return best;
}

// A reorganisation sentence without an organisation ("The reorganisation was
// announced on Wednesday") belongs to the subject when the sentence before
// names it.
bool Builder::MentionsSubjectNearby(int s) const {
  if (s == 0) return false;
  const Analysis& a = st_.analysis();
  for (size_t i = 0; i < a.entities.size(); ++i) {
    bool is_subject = st_.lex_index(i) >= 0 ? RootOrganization(lex_, st_.lex_index(i), false) == subject_
                                            : UnknownOrgId(i) == subject_;  // a subject in no lexicon
    if (!is_subject) continue;
    for (const Mention& m : a.entities[i].mentions)
      if (m.sentence == s - 1) return true;
  }
  return false;
}

void Builder::Move(int s, const std::string& type, int person, int org, int counterpart, size_t trigger, bool mirror_move) {
  const std::string& name = st_.analysis().entities[person].canonical;
  Event e;
  e.type = type;
  e.person = name;
  e.organization = Name(org);
  e.counterpart = Name(counterpart);
  e.sentence = s;
  // A move naming both sides is a departure and a hire.
  bool both = counterpart >= 0 && mirror_move;
  Event mirror;
  if (both) {
    mirror = e;
    mirror.type = type == "departure" ? "hire" : "departure";
    std::swap(mirror.organization, mirror.counterpart);
  }
  Add(std::move(e), trigger, person);
  // Where the person went, for later sentences that only say "已加入": the
  // first reported move (later ones are often biography).
  if (type == "hire") hires_.emplace(person, org);
  else if (counterpart >= 0) hires_.emplace(person, counterpart);
  if (both) Add(std::move(mirror), trigger, person, true);
}

// "joined Mistral's board on Monday", 出任獨立董事, "has named Ishaan
// Varadkar, a senior staff researcher, acting head of evaluation", 由副所長X暫代:
// a board seat or a stand-in post right after a hire trigger is no move
// between employers.
static bool NamesBoardSeatOrStandIn(std::string_view after_trigger) {
  for (std::string_view w : {"'s board", "’s board", "the board", "board of", "acting ", "interim ", "独立董事", "非执行董事",
                             "董事会", "代理", "暂代"})
    if (after_trigger.find(w) != std::string_view::npos) return true;
  return false;
}

// Whether the first `to` organisation after the trigger is written after a
// `from` mention of the same organisation ("from Meta, where he was … for
// Reality Labs"): the later one describes the past post.
bool Builder::LaterMentionOfFrom(const SentenceFacts& f, const Clause& c, int to) const {
  const OrgMention* first_to = nullptr;
  for (const OrgMention& o : f.orgs)
    if (o.begin >= c.begin && o.end <= c.end && !o.merged && o.place == ::news::event_build::Place::kTo) { first_to = &o; break; }
  if (!first_to || first_to->org != to) return false;
  return std::any_of(f.orgs.begin(), f.orgs.end(), [&](const OrgMention& o) {
    return o.begin >= c.begin && o.end <= first_to->begin && o.place == ::news::event_build::Place::kFrom && Top(o.org) == Top(to);
  });
}

void Builder::EmitMove(int s, const SentenceFacts& f, const Clause& c, const Trigger& t, const FactsBefore& prev,
                       std::map<int, int>* hired_at) {
  // The people first: a trigger without them makes no event, and then the
  // cue scans below need not run (each is a pure test).
  std::vector<int> people = PeopleFor(s, f, c, t, prev);
  if (people.empty()) return;
  if (cues_.MoveIsNotNews(Folded(c.begin, t.begin))) return;  // 传出…可能转战, "is expected to join"
  if (cues_.MoveIsBackground(Folded(c.begin, t.begin), Folded(t.end, c.end))) return;  // "Before joining X, …"
  if (t.type == "hire" && NamesBoardSeatOrStandIn(Folded(t.end, std::min(c.end, t.end + 64)))) return;
  // The destination this trigger governs: the first `to` organisation after
  // it ("…轉往Meta、OpenAI與Amazon，…也轉戰亞馬遜" gives Amazon to 轉戰),
  // else the clause's first.
  Clause after_trigger{t.begin, c.end};
  int to = FirstOrg(f, after_trigger, ::news::event_build::Place::kTo, -1);
  if (to < 0) to = FirstOrg(f, c, ::news::event_build::Place::kTo, -1);
  // "rejoined OpenAI", 重返聯發科: a return is a hire only with the employer
  // right after it ("OpenAI returned to growth" is no move).
  if (t.type == "hire" && to < 0 &&
      ContainsAnyOf(Folded(t.begin, t.end), {"rejoin", "returned to", "returns to", "重返", "重回", "回归"}))
    return;
  int from_clause = FirstOrg(f, c, ::news::event_build::Place::kFrom, to);
  // "joined … from Meta, where he was vice president of finance for Reality
  // Labs": an organisation the clause says the person came from is not where
  // they went, whatever cue ("for") stands before another mention of it.
  if (to >= 0 && LaterMentionOfFrom(f, after_trigger, to)) {
    from_clause = to;
    to = -1;
  }
  // "A和B分别加入快手和小红书", "left for Anthropic and Thinking Machines Lab
  // respectively": the n-th person goes to the n-th destination.
  std::vector<int> tos = OrgsInOrder(f, after_trigger, ::news::event_build::Place::kTo);
  bool paired = people.size() >= 2 && tos.size() == people.size() && SaysRespectively(Folded(c.begin, c.end));
  if (paired) InWrittenOrder(f, c, &people);
  for (size_t n = 0; n < people.size(); ++n) {
    int person = people[n];
    if (paired) to = tos[n];
    int from = people.size() >= 2 ? OwnFrom(f, c, person, from_clause) : from_clause;
    if (t.type == "departure") EmitDeparture(s, f, c, t, prev, person, from, to, *hired_at);
    else EmitHire(s, f, c, t, prev, person, from, to, hired_at);
  }
}

// The people in the order the clause first names them.
void Builder::InWrittenOrder(const SentenceFacts& f, const Clause& c, std::vector<int>* people) const {
  auto first_at = [&](int person) {
    for (const PersonMention& p : f.people)
      if (p.entity == person && p.begin >= c.begin) return p.begin;
    return SIZE_MAX;
  };
  std::stable_sort(people->begin(), people->end(), [&](int a, int b) { return first_at(a) < first_at(b); });
}

// The departure of one of the trigger's people, who went to `to` (or -1).
void Builder::EmitDeparture(int s, const SentenceFacts& f, const Clause& c, const Trigger& t, const FactsBefore& prev,
                            int person, int from, int to, const std::map<int, int>& hired_at) {
  // The place left: a `from` cue, the organisation the trigger governs,
  // the nearest one before it, then the person's own ties.
  int org = from >= 0 ? from : OrgRightAfter(f, c, t.end);
  if (org < 0) org = NearestOrgBefore(f, c, t.begin, to);
  if (org < 0) org = FirstOrg(f, c, ::news::event_build::Place::kNeutral, to);
  // The person's own ties, unless they name where the person went
  // ("Wierzbicki left on Friday to join ElevenLabs, … for ElevenLabs said").
  if (org < 0 || org == to) org = PersonOrg(person, s);
  if (org < 0 || org == to) org = SingleOrg(prev);
  if (org < 0) org = subject_;
  // Never a departure from where the same sentence hires them
  // ("Anthropic hired X, who left last month").
  if (org == to || (hired_at.count(person) && hired_at.at(person) == org)) return;
  // A start-up the person founds is where they went, but it hires nobody
  // (corpus/README.md: the founder's departure names it as counterpart).
  Move(s, "departure", person, org, to, t.begin, /*mirror=*/!IsFounded(f, c, to));
}

// The organisation that hires one of the trigger's people, or -1;
// `described_by`: the one in the person's title, which they come from.
int Builder::Hirer(int s, const SentenceFacts& f, const Clause& c, const Trigger& t, int person, int to,
                   int* described_by) const {
  int org = to;
  // "have joined the company": the organisation the sentence opens with, else the subject.
  if (org < 0 && cues_.RefersToCompany(Folded(t.end, std::min(c.end, t.end + 24)))) org = SentenceOpeningOrg(s, f, subject_);
  // "…本月初正式到職": the person's move an earlier sentence reported.
  if (org < 0 && hires_.count(person)) org = hires_.at(person);
  if (org >= 0) return org;
  org = NearestOrgBefore(f, c, t.begin, -1);
  // "清华大学计算机系副教授罗文博已正式加入": the organisation in the
  // person's title is where they come from; the hirer is the one the
  // sentence opens with, else the subject.
  if (org >= 0 && DescribesPerson(f, c, org, person, t.begin)) {
    *described_by = org;
    org = SentenceOpeningOrg(s, f, subject_);
    if (org == *described_by) org = subject_ == *described_by ? -1 : subject_;
  }
  return org;
}

// The hire of one of the trigger's people, who came from `from` (or -1).
void Builder::EmitHire(int s, const SentenceFacts& f, const Clause& c, const Trigger& t, const FactsBefore& prev,
                       int person, int from, int to, std::map<int, int>* hired_at) {
  int described_by = -1;
  int org = Hirer(s, f, c, t, person, to, &described_by);
  if (org < 0 || Employer(person) == org) return;  // already works there: the hirer, not the hire
  if (WorksThereAlready(f, c, org, person)) return;
  int counterpart = from >= 0 ? from : described_by >= 0 ? described_by : OrgAfter(f, c, t.end, org);
  if (counterpart < 0) counterpart = PersonOrg(person, s);
  if (counterpart < 0) counterpart = NearestOrgBefore(f, c, t.begin, org);
  if (counterpart == org) counterpart = -1;
  // "…兩名Sora核心研究人員證實已離開公司。…Erin Hartman已於本月初加入Google
  // DeepMind", "as senior scientists head for the exits: … Carmen Salgado
  // joined xAI last week": a hire of one of the group that left.
  if (counterpart < 0 && from < 0) {
    int left = GroupDepartureOrg(f, prev, t);
    if (left >= 0 && Top(left) != Top(org)) counterpart = left;
  }
  (*hired_at)[person] = org;
  // A title with no former-cue is a post the person may keep (a professor
  // joining part time): where they come from, but no departure.
  // Academics keep or take leave from their posts ("an associate
  // professor at Stanford University", "will take leave from Stanford"):
  // a university named without a former-cue is no departure either.
  bool keeps_post = (described_by >= 0 && counterpart == described_by) || (from < 0 && IsAcademic(counterpart));
  // "Mistral named Amara Osei its chief scientist. Osei, 41, was until
  // last month director of applied research at Cohere": the next
  // sentence says where the person came from, and when they left.
  int next_from = counterpart < 0 ? NextSentencePastEmployer(s, person, org) : -1;
  if (next_from >= 0) EmitHireFromNextSentence(s, person, org, next_from, t.begin);
  else Move(s, "hire", person, org, counterpart, t.begin, /*mirror=*/!keeps_post);
}

// A hire whose past employer the next sentence names: the departure from it
// belongs to that sentence (unless it is a university, a post one keeps).
void Builder::EmitHireFromNextSentence(int s, int person, int org, int next_from, size_t trigger) {
  Move(s, "hire", person, org, next_from, trigger, /*mirror=*/false);
  if (IsAcademic(next_from)) return;
  Event left;
  left.type = "departure";
  left.person = st_.analysis().entities[person].canonical;
  left.organization = Name(next_from);
  left.counterpart = Name(org);
  left.sentence = s + 1;
  Add(std::move(left), st_.ToFolded(st_.analysis().sentences[s + 1].begin), person);
}

// The product a launch trigger launches, or nullptr. It sits right next to
// its trigger ("發表新一代Claude模型", "released DeepSeek-V4", "Qwen3.5正式开源");
// one farther away is context, not the thing launched. One before the
// trigger is its subject only without a coordination in between ("put it at
// the centre of X and released").
const std::pair<size_t, int>* Builder::LaunchedProduct(const SentenceFacts& f, const Clause& c, const Trigger& t) const {
  const std::pair<size_t, int>* product = nullptr;
  size_t best = kLaunchReach + 1;
  std::string_view word = Folded(t.begin, t.end);
  bool noun_trigger = word == "launch" || word == "launches" || word == "releases";
  for (const auto& p : f.products) {
    if (p.first < c.begin || p.first >= c.end) continue;
    bool after = p.first >= t.end;
    size_t gap_begin = after ? t.end : p.first, gap_end = after ? p.first : t.begin;
    if (gap_end < gap_begin) continue;
    std::string_view gap = Folded(gap_begin, gap_end);
    if (gap.size() > kLaunchReach || gap.size() >= best || gap.find("。") != std::string_view::npos) continue;
    if (!after && (HasClauseBreak(gap) || IsListOrPlural(gap) || IsListOrPlural(Folded(p.first > 20 ? p.first - 20 : 0, p.first))))
      continue;
    // "从公开评测来看,阶跃星辰的Step系列模型…": past a comma the product is in another clause.
    if (after && ContainsAnyOf(gap, {",", "，", ";", "；"})) continue;
    // "the last two Grok releases", "the Gemini launch": before a trigger
    // that is also a noun, the product names it, it does not launch.
    if (!after && noun_trigger) continue;
    // "豆包近期上线的视频生成功能": what was launched is the noun after 的.
    if (!after && Folded(t.end, t.end + 3) == "的") continue;
    best = gap.size();
    product = &p;
  }
  return product;
}

void Builder::EmitLaunch(int s, const SentenceFacts& f, const Clause& c, const Trigger& t) {
  const std::pair<size_t, int>* product = LaunchedProduct(f, c, t);
  if (!product) return;
  int lex_i = st_.lex_index(product->second);
  int maker = lex_i >= 0 ? RootOrganization(lex_, lex_i, false) : -1;
  int maker_top = lex_i >= 0 ? RootOrganization(lex_, lex_i, true) : -1;
  const OrgMention* named = nullptr;
  for (const OrgMention& o : f.orgs)
    if (o.org == maker || Top(o.org) == maker_top) { named = &o; break; }
  int org = named ? named->org : (maker == subject_ ? maker : -1);
  bool named_is_subject = named && named->end <= t.begin && t.begin - named->end <= 40 && !HasClauseBreak(Folded(named->end, t.begin));
  // Gemini is Google's, but in an article about Google DeepMind the launch
  // is the subject's unless the sentence names its maker as the actor.
  if (subject_ >= 0 && maker_top >= 0 && Top(subject_) == maker_top && !named_is_subject) org = subject_;
  if (org < 0) return;
  // The subject's launches are the article's news; another maker's only when
  // it is the subject of the sentence, right before the trigger ("Google
  // released Gemini 3", "字节跳动发布了豆包1.6"), not context ("since ChatGPT ...").
  bool subject_side = org == subject_ || Top(org) == Top(subject_);
  if (!subject_side && !named_is_subject) return;
  // Last, as it scans: a plan, a negation or an earlier launch (pure, like the tests above).
  size_t lead = t.begin > c.begin + 40 ? t.begin - 40 : c.begin;
  if (cues_.LaunchIsNotNews(Folded(lead, t.begin))) return;
  Event e;
  e.type = "launch";
  e.organization = Name(org);
  e.product = st_.analysis().entities[product->second].canonical;
  e.sentence = s;
  Add(std::move(e), t.begin, -1);
}

// A departure of unnamed people ("兩名研究人員證實已離開公司", "senior
// scientists head for the exits"), in this sentence before the hire or in the
// sentence before: the organisation they left (a `from` cue or the one right
// after the trigger, else the subject when the sentence names none or says
// "the company"), or -1. A departure with a person named in its clause is that
// person's, not the group's.
int Builder::GroupDepartureOrg(const SentenceFacts& f, const FactsBefore& prev, const Trigger& hire) const {
  auto from_sentence = [&](const SentenceFacts& g, bool same) -> int {
    for (const Trigger& d : g.triggers) {
      if (d.type != "departure" || (same && d.begin >= hire.begin)) continue;
      size_t from = same ? d.begin : 0;
      bool named = std::any_of(g.people.begin(), g.people.end(), [&](const PersonMention& p) {
        return (!same || p.begin < hire.begin) && (same ? p.end <= d.begin + 64 && p.begin + 64 >= from : true);
      });
      if (named) continue;
      // "Several researchers left OpenAI last year": background, nobody's move now.
      if (published_ && NamesEarlierTime(Folded(d.begin > 60 ? d.begin - 60 : 0, d.end + 60), published_->year)) continue;
      Clause all{0, SIZE_MAX};
      int org = FirstOrg(g, all, ::news::event_build::Place::kFrom, -1);
      if (org < 0) org = OrgRightAfter(g, all, d.end);
      if (org < 0 && g.orgs.empty()) org = subject_;
      if (org < 0 && cues_.RefersToCompany(Folded(d.end, d.end + 24))) org = subject_;
      if (org >= 0) return org;
    }
    return -1;
  };
  int org = from_sentence(f, true);
  return org >= 0 || !prev ? org : from_sentence(*prev, false);
}

// "一家名為潮汐視覺的本地初創公司昨日宣佈完成5,000萬美元A輪融資": the
// organisation that raises can stand farther before its trigger than the
// usual reach when nothing but its description lies between: no other
// organisation, no clause break (a thousands separator is none), not an
// investor (由…, "led by").
int Builder::FundedOrgBefore(const SentenceFacts& f, const Clause& c, size_t trigger) const {
  constexpr size_t kReach = 72;  // bytes
  const OrgMention* nearest = nullptr;
  for (const OrgMention& o : f.orgs)
    if (!o.merged && o.begin >= c.begin && o.end <= trigger) nearest = &o;
  if (!nearest || trigger - nearest->end > kReach) return -1;
  std::string gap(Folded(nearest->end, trigger));
  for (size_t i = 1; i + 1 < gap.size(); ++i)
    if (gap[i] == ',' && std::isdigit(static_cast<unsigned char>(gap[i - 1])) && std::isdigit(static_cast<unsigned char>(gap[i + 1])))
      gap[i] = ' ';
  if (HasClauseBreak(gap) || ContainsAnyOf(Folded(nearest->begin > 6 ? nearest->begin - 6 : 0, nearest->begin), {"由", "by "}))
    return -1;
  return nearest->org;
}

// The organisation a funding or reorganisation trigger is about, or -1.
int Builder::OrgEventOrg(int s, const SentenceFacts& f, const Clause& c, const Trigger& t) const {
  // "由紅杉領投": the organisation before 領投 is the investor, not the one funded.
  bool investor_before = Folded(t.begin, t.end) == "领投";
  // "Google將Google研究院旗下多個團隊併入Google DeepMind": the organisation
  // after 併入/into absorbs the units; the event is the one before it.
  auto absorbs = [&](const OrgMention& o) {
    return t.type == "reorganization" && o.begin >= t.end && cues_.MovesInto(Folded(t.begin, o.begin));
  };
  bool into = std::any_of(f.orgs.begin(), f.orgs.end(), absorbs);
  // The organisation right next to the trigger ("FAIR機器人團隊解散", "Mistral
  // raised"), else the subject anywhere in the clause.
  int org = -1;
  size_t best = SIZE_MAX;
  bool subject_in_clause = false;
  for (const OrgMention& o : f.orgs) {
    if (o.begin < c.begin || o.end > c.end) continue;
    subject_in_clause = subject_in_clause || o.org == subject_;
    size_t before_reach = into ? SIZE_MAX : 24;  // bytes
    bool before = o.end <= t.begin && t.begin - o.end <= before_reach && !HasClauseBreak(Folded(o.end, t.begin));
    bool after = o.begin >= t.end && o.begin - t.end <= 24 && !HasClauseBreak(Folded(t.end, o.begin));
    // The absorber only when nobody before it is the event's (此次并入微信事业群后).
    size_t dist = before ? t.begin - o.end : after ? o.begin - t.end + 4 + (absorbs(o) ? 1000 : 0) : SIZE_MAX;
    if (dist >= best) continue;
    if ((t.type == "reorganization" && (before || after)) || (t.type == "funding" && before && !investor_before)) {
      best = dist;
      org = o.org;
    }
  }
  if (org < 0 && t.type == "funding" && !investor_before) org = FundedOrgBefore(f, c, t.begin);
  if (org < 0 && subject_in_clause) org = subject_;
  if (org < 0 && t.type == "reorganization" && f.orgs.empty() && subject_ >= 0 && MentionsSubjectNearby(s)) org = subject_;
  return org;
}

void Builder::EmitOrgEvent(int s, const SentenceFacts& f, const Clause& c, const Trigger& t) {
  // The organisation first: most of these triggers have none near them, and
  // then the cue scans below need not run (each is a pure test).
  int org = OrgEventOrg(s, f, c, t);
  if (org < 0) return;
  if (t.needs_amount && !cues_.HasAmountCue(Folded(c.begin, c.end))) return;
  // 传出…洽谈新一轮募资, "is said to be in talks to raise": not (yet) news.
  if (cues_.OrgEventIsNotNews(Folded(c.begin, t.begin))) return;
  // "Sora團隊預算凍結以來": since it happened, background.
  if (Folded(t.end, t.end + 6) == "以来") return;
  Event e;
  e.type = std::string(t.type);
  e.organization = Name(org);
  e.sentence = s;
  Add(std::move(e), t.begin, -1);
}

// "他去年才從Google加入廣達，本月起將轉往緯創", "He joined Alibaba from Baidu
// last year, and left it this month": a comma clause that places a move in an
// earlier year (去年, last year, a bare earlier year) and gives no month or
// day is background. Its move triggers and organisations are dropped, so that
// neither they nor the other clauses' triggers use them; its people stay.
// Returns whether `out` holds such a filtered copy (else use `f` as it is).
bool Builder::WithoutBackgroundMoves(int s, const SentenceFacts& f, SentenceFacts* out) const {
  // A background clause holds a move trigger and another move stays outside
  // it: with fewer than two, nothing to drop (and no scan for earlier times).
  auto is_move = [](const Trigger& o) { return o.type == "departure" || o.type == "hire"; };
  if (!published_ || std::count_if(f.triggers.begin(), f.triggers.end(), is_move) < 2) return false;
  const Sentence& sent = st_.analysis().sentences[s];
  std::string_view folded = st_.folded().key;
  size_t begin = st_.ToFolded(sent.begin), end = st_.ToFolded(sent.end);
  if (!SentenceNamesEarlierTime(s)) return false;  // one scan; most sentences recap nothing
  std::vector<Clause> background;
  for (size_t from = begin; from < end;) {
    size_t to = end;
    for (std::string_view b : {"，", ",", "；", ";"})
      if (size_t at = folded.substr(from, end - from).find(b); at != std::string_view::npos) to = std::min(to, from + at);
    bool move = std::any_of(f.triggers.begin(), f.triggers.end(), [&](const Trigger& o) {
      return (o.type == "departure" || o.type == "hire") && o.begin >= from && o.end <= to;
    });
    bool dated = std::any_of(Dates(s).begin(), Dates(s).end(), [&](const DateExpression& d) {
      size_t at = st_.ToFolded(sent.begin + d.begin);
      return at >= from && at < to;
    });
    if (move && !dated && NamesEarlierTime(Folded(from, to), published_->year)) background.push_back({from, to});
    from = to < end ? to + (folded[to] == ',' || folded[to] == ';' ? 1 : 3) : end;
  }
  auto inside = [&](size_t pos) {
    return std::any_of(background.begin(), background.end(), [&](const Clause& b) { return pos >= b.begin && pos < b.end; });
  };
  // Only next to a move of this article's time: a sentence that is all
  // background is left to the undated-year rule of Add().
  bool current_move = std::any_of(f.triggers.begin(), f.triggers.end(), [&](const Trigger& o) {
    return (o.type == "departure" || o.type == "hire") && !inside(o.begin);
  });
  if (background.empty() || !current_move) return false;
  SentenceFacts& g = *out;
  g = f;
  g.orgs.erase(std::remove_if(g.orgs.begin(), g.orgs.end(), [&](const OrgMention& o) { return inside(o.begin); }), g.orgs.end());
  g.triggers.erase(std::remove_if(g.triggers.begin(), g.triggers.end(),
                                  [&](const Trigger& o) { return (o.type == "departure" || o.type == "hire") && inside(o.begin); }),
                   g.triggers.end());
  return true;
}

void Builder::Emit(int s, const SentenceFacts& all, const FactsBefore& prev) {
  SentenceFacts filtered;
  const SentenceFacts& f = WithoutBackgroundMoves(s, all, &filtered) ? filtered : all;
  const Sentence& sent = st_.analysis().sentences[s];
  std::vector<Clause> clauses = SplitClauses(st_.folded().key, st_.ToFolded(sent.begin), st_.ToFolded(sent.end));
  Clause whole{st_.ToFolded(sent.begin), st_.ToFolded(sent.end)};
  auto clause_of = [&](const Trigger& t) {
    for (const Clause& x : clauses)
      if (t.begin >= x.begin && t.end <= x.end) return x;
    return whole;
  };
  // Hires first, so that a departure in the same sentence never names the
  // organisation that is hiring the person.
  std::map<int, int> hired_at;  // person entity -> hiring organisation
  for (const auto& t : f.triggers)
    if (t.type == "hire") EmitMove(s, f, clause_of(t), t, prev, &hired_at);
  for (const auto& t : f.triggers) {
    Clause c = clause_of(t);
    if (t.type == "departure") EmitMove(s, f, c, t, prev, &hired_at);
    else if (t.type == "launch") EmitLaunch(s, f, c, t);
    else if (t.type != "hire") EmitOrgEvent(s, f, c, t);
  }
}

}  // namespace news::event_build
