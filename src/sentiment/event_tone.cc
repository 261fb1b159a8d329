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

// A launch is good news for the launcher's product side (the subject's, or
// anyone's when the article has no subject).
static void ApplyLaunch(Analysis& a, const Event& e, const std::string& subject, const EventToneOptions& o) {
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

void ApplyEventTone(Analysis& a, const EventToneOptions& o) {
  std::string subject = SubjectOrganization(a);
  for (const Event& e : a.events) {
    if (e.type == "launch" && e.sentence >= 0 && e.sentence < static_cast<int>(a.sentences.size())) {
      ApplyLaunch(a, e, subject, o);
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
}

}  // namespace news
