#include "sentiment/event_tone.h"

#include <algorithm>

#include "sentiment/sentence_scorer.h"

namespace news {

std::string SubjectOrganization(const Analysis& a) {
  for (const EntityResult& e : a.entities)
    if (e.type == "organization" && e.role == "subject") return e.canonical;
  return "";
}

bool SameHouse(const std::string& owner, const std::string& subject) {
  if (owner.empty() || subject.empty()) return false;
  const std::string& a = owner.size() < subject.size() ? owner : subject;
  const std::string& b = owner.size() < subject.size() ? subject : owner;
  return b.compare(0, a.size(), a) == 0 && (b.size() == a.size() || b[a.size()] == ' ');
}

// +1 the subject (or, without one, the organisation) gains, -1 it loses, 0 neither.
static int MoveSign(const Event& e, const std::string& subject) {
  bool departure = e.type == "departure";
  if (!departure && e.type != "hire") return 0;
  if (subject.empty()) return departure ? -1 : 1;
  if (e.organization == subject) return departure ? -1 : 1;
  if (e.counterpart == subject) return departure ? 1 : -1;
  return 0;
}

static void Push(double* side, int sign, double magnitude) {
  *side = sign > 0 ? std::max(*side, magnitude) : std::min(*side, -magnitude);
}

// A launch or a funding round is good news for the product side of the
// organisation behind it (the subject's, or anyone's when the article has no
// subject).
static void ApplyProductNews(Analysis& a, const Event& e, const std::string& subject, const EventToneOptions& o) {
  if (!subject.empty() && e.organization != subject) return;
  SentenceTone& t = a.sentences[e.sentence].tone;
  Push(&t.product, 1, o.launch_magnitude);
  if (t.aspect == "none") t.aspect = "product";
  if (t.aspect == "research") t.aspect = "both";
  t.score = t.aspect == "both" ? (t.research + t.product) / 2 : t.product;
  t.label = LabelFor(t.score, ScoringOptions());
}

// Which side the moving person works on, from the other sentences that name
// them ("蔡孟儒在輝達服務九年，參與過GB300伺服器的參考設計"): +1 research,
// -1 product, 0 when they say nothing (then a move counts for research).
static int PersonSide(const Analysis& a, const Event& e) {
  double research = 0, product = 0;
  for (const EntityResult& p : a.entities) {
    if (p.type != "person" || p.canonical != e.person) continue;
    for (const Mention& m : p.mentions) {
      if (m.sentence == e.sentence || m.sentence < 0 || m.sentence >= static_cast<int>(a.sentences.size())) continue;
      research += a.sentences[m.sentence].tone.research_evidence;
      product += a.sentences[m.sentence].tone.product_evidence;
    }
  }
  return research > product ? 1 : product > research ? -1 : 0;
}

// The side the subject loses people on: +1 research, -1 product (the aspect
// its departure sentences took), 0 when it loses nobody.
static int LossSide(const Analysis& a, const std::string& subject) {
  for (const Event& e : a.events)
    if (MoveSign(e, subject) < 0 && e.sentence >= 0 && e.sentence < static_cast<int>(a.sentences.size()))
      return a.sentences[e.sentence].tone.aspect == "product" ? -1 : 1;
  return 0;
}

// A sentence that echoes the subject's loss ("Her exit reflects a shift",
// "the launch was overshadowed by a departure") carries its bad news on the
// loss's side; the other side keeps only what it had apart from the echo.
static void ApplyDepartureEchoes(Analysis& a, const std::string& subject, const std::vector<bool>& departures) {
  int side = LossSide(a, subject);
  if (side == 0) return;
  std::vector<bool> has_move(a.sentences.size(), false);
  for (const Event& e : a.events)
    if ((e.type == "departure" || e.type == "hire") && e.sentence >= 0 && e.sentence < static_cast<int>(has_move.size()))
      has_move[e.sentence] = true;
  for (size_t i = 0; i < a.sentences.size() && i < departures.size(); ++i) {
    SentenceTone& t = a.sentences[i].tone;
    double bad = std::min({t.score, t.research, t.product});
    if (!departures[i] || has_move[i] || bad >= 0) continue;
    const char* own = side > 0 ? "research" : "product";
    double& mine = side > 0 ? t.research : t.product;
    double& other = side > 0 ? t.product : t.research;
    if (t.aspect == "both") {
      // What is bad in it is the loss: the other side keeps only its good news.
      mine = std::min(mine, bad);
      other = std::max(other, 0.0);
      t.score = (t.research + t.product) / 2;
    } else {
      if (t.aspect != "none" && t.aspect != own) other = 0;
      mine = bad;
      t.aspect = own;
      t.score = bad;
    }
    t.label = LabelFor(t.score, ScoringOptions());
  }
}

void ApplyEventTone(Analysis& a, const EventToneOptions& o, const std::vector<bool>& departures) {
  std::string subject = SubjectOrganization(a);
  for (const Event& e : a.events) {
    bool product_news = e.type == "launch" || e.type == "funding";
    if (product_news && e.sentence >= 0 && e.sentence < static_cast<int>(a.sentences.size())) {
      ApplyProductNews(a, e, subject, o);
      continue;
    }
    int sign = MoveSign(e, subject);
    if (sign == 0 || e.sentence < 0 || e.sentence >= static_cast<int>(a.sentences.size())) continue;
    SentenceTone& t = a.sentences[e.sentence].tone;
    bool product = t.aspect == "product" || (t.aspect == "none" && PersonSide(a, e) < 0);
    if (product) {
      if (t.aspect == "none") t.aspect = "product";
      Push(&t.product, sign, o.magnitude);
      t.score = t.product;
    } else {
      Push(&t.research, sign, o.magnitude);
      if (t.aspect == "none") t.aspect = "research";
      t.score = t.aspect == "both" ? (t.research + t.product) / 2 : t.research;
    }
    t.label = LabelFor(t.score, ScoringOptions());
  }
  ApplyDepartureEchoes(a, subject, departures);
}

}  // namespace news
