// Small judgements about the folded text around an event trigger (folded:
// Simplified Chinese, lower-case Latin; see lexicon/folded_text.h). Used by
// the event extractor to split clauses and to decide whether two people are
// coordinated ("A與B離開", "A and former OpenAI researcher B left"), whether
// a launch is news or context ("將推出", "has not yet released", "since it
// launched"), and whether a funding clause names a sum. The phrase lists
// (same-day, formerly, rumour, modal, ... cues) come from the lexicon's
// events/cues.tsv; grammar words (pronouns, conjunctions) stay here.
//
//   EventCues cues(lex);
//   if (cues.MoveIsNotNews(folded.substr(clause_begin, trigger_begin - clause_begin))) ...
//   if (IsCoordination(folded.substr(a.end, b.begin - a.end))) ...
//
// Immutable after construction; every function is thread-safe.
#pragma once

#include <array>
#include <memory>
#include <string_view>
#include <vector>

#include "lexicon/aho_corasick.h"
#include "lexicon/entity_lexicon.h"

namespace news {

// The part of a sentence a trigger governs: clauses split at semicolons, so
// "A請辭；B離職，將轉戰C" keeps C away from A's departure.
struct Clause {
  size_t begin = 0, end = 0;  // folded bytes
};

std::vector<Clause> SplitClauses(std::string_view folded, size_t begin, size_t end);

// Any comma, full stop, enumeration comma or semicolon in `gap`.
bool HasClauseBreak(std::string_view gap);

// The text between two person mentions joins them into one subject or object:
// "与", "、", "and", ", and", ", ", optionally followed by a short descriptor
// of the second person ("与Sora研究员", "and former OpenAI researcher",
// ", engineer"). The caller decides whether a bare comma is a list.
bool IsCoordination(std::string_view gap);

// A product named before a launch trigger is one of several ("可灵、Seedance
// 和Veo都推出了", "Qwen and DeepSeek keep releasing"): the gap or the words
// before it hold a conjunction or 都.
bool IsListOrPlural(std::string_view text);

// The words before a trigger open with a plural pronoun for people named
// before ("两人均于近日加入", "Both started", "The two joined", "They left").
bool StartsWithPluralPronoun(std::string_view before_trigger);

// The words before a trigger open with a singular personal pronoun ("She is
// joining", "他已加入", "她于上周离职").
bool StartsWithPronoun(std::string_view before_trigger);

// The sentence dates itself by a bare year before the publication year
// ("韩静怡2021年从学术界加入字节跳动", "joined Google in 2019"): background,
// not news of this article, and no month to give it.
bool NamesEarlierYear(std::string_view sentence, int published_year);

// The sentence places an undated move in the past without a month: a bare
// earlier year (NamesEarlierYear), "last year"/去年 with no month after it,
// "years ago"/年前 ("who left OpenAI last year", "两年前加入"): background.
bool NamesEarlierTime(std::string_view sentence, int published_year);

// A hit [begin, end) of a phrase in `text` that starts or ends with a Latin
// letter is a whole word there (no letter right before or after it); other
// phrases (Chinese) fit anywhere.
bool IsWholeWordHit(std::string_view text, size_t begin, size_t end);

// "分别" / "respectively" in a clause: its people and organisations pair up
// in order ("A和B分别加入快手和小红书").
bool SaysRespectively(std::string_view clause);

// The cue phrase lists of events/cues.tsv, each in one automaton.
class EventCues {
 public:
  explicit EventCues(const EntityLexicon& lex);
  EventCues() = default;  // no cues until Load()

  // The built automata, for the lexicon cache: folding and building the
  // cue phrases cost every process about 1.4M instructions at start-up.
  bool Save(SnapshotWriter& w) const;
  // Reads what Save() wrote; false on malformed data.
  bool Load(SnapshotReader& r, const std::shared_ptr<const void>& storage);

  // "Same day", 同日, 當天, 隨即 ("right after that"): the sentence is dated by
  // the one before.
  bool RefersToPreviousDay(std::string_view sentence) const;

  // The sentence places someone in the past ("was until last month", "was
  // previously", "formerly", 曾任, 曾在, 此前, 原为).
  bool SaysFormerly(std::string_view sentence) const;

  // The text names a group of unnamed people who can be a trigger's subject
  // ("不少早期成员", "多名研究员", "several researchers", "others"): a person
  // named before it is not that subject.
  bool NamesAGroup(std::string_view text) const;

  // A verb of saying or confirming ("said that", "confirmed", 表示, 证实,
  // 宣布): the text between an organisation and a name is a clause, not a title.
  bool ReportsSpeech(std::string_view text) const;

  // The sentence refers back to an event just reported ("confirmed the hire",
  // "the move", 此事, 此次): its date is that event's.
  bool RefersToEvent(std::string_view folded_sentence) const;
  // The sentence opens with such a back-reference ("该轮融资…", "The round closed …").
  bool OpensWithBackReference(std::string_view folded_sentence) const;

  // The sentence continues the story of a move just reported, about the
  // person by pronoun ("Her first day was Monday.", "He handed in his notice
  // earlier this month", "她已于上周五正式到职"): its date is that move's.
  bool DatesTheMove(std::string_view folded_sentence) const;

  // The words before a move trigger make it a rumour or a plan, not a move:
  // a report of a rumour anywhere before it (传出, 传闻, 据传, rumoured,
  // rumored) or a modal right before it (可能, 或将, 有望, 拟, 考虑, may,
  // might, could, is expected to, plans to, in talks to), or a negation right
  // before it (尚未, 没有, neither has, has not, never).
  bool MoveIsNotNews(std::string_view before_trigger) const;

  // The move is background of another time: a temporal word right before
  // the trigger ("Before joining Cohere, …", "since joining", 自从加入) or
  // 以来/之前/以前 closing the trigger's phrase ("加入字节跳动以来",
  // "加入華碩之前"). `after_trigger` runs to the clause's end.
  bool MoveIsBackground(std::string_view before_trigger, std::string_view after_trigger) const;

  // The text right after a hire trigger refers back to a company instead of
  // naming it ("have joined the company", "加入公司", "加入该公司").
  bool RefersToCompany(std::string_view after_trigger) const;

  // The text between the last clause break and an organisation opens a past
  // relative clause or a former post: ", who led evaluation research at X",
  // "原为X…", "曾在X": X is where the person came from.
  bool PastEmployerCue(std::string_view before_org) const;

  // The clause names an amount of money or a funding round (sums, currencies,
  // 亿/万, round, 轮, valuation, 估值).
  bool HasAmountCue(std::string_view clause) const;

  // The words right before a launch trigger make it not yet a launch: a plan
  // or forecast (将, 计划, 预计, will, plans to), a negation (尚未, not yet), or
  // a temporal clause about an earlier launch (since, after, 自从).
  bool LaunchIsNotNews(std::string_view before_trigger) const;

  // The words before a funding or reorganisation trigger make it not (yet)
  // news: a rumour, modal or negation as for moves, or a round in progress
  // or only reported ("正在进行新一轮融资", "据报道", "is in talks to raise",
  // "reportedly"), or a clause about an earlier one right before it ("since
  // its research budget was frozen").
  bool OrgEventIsNotNews(std::string_view before_trigger) const;

  // A reorganisation trigger that moves units into another organisation
  // (併入X, 划归X, "folded … into X"): `trigger_and_after` is the trigger and
  // the few bytes after it.
  bool MovesInto(std::string_view trigger_and_after) const;

  // Where the first verb whose subject is the hiring organisation stands in
  // `folded` ("Microsoft has hired", 已延攬, 挖來; kind `hirer`, Latin words
  // whole), or npos. "joins"/加入 are not among them: their subject is the person.
  size_t FirstHirerVerb(std::string_view folded) const;

  // Where the first phrase that gives a person's last day at a job stands
  // in `folded` ("her final day was", "finished at Nvidia on", 最后一天;
  // kind `last-day`, Latin words whole), or npos.
  size_t LastDayCue(std::string_view folded) const;

  // Where the first word that reports a move (离职, 加盟, leaves; kind
  // `headline-move`) or a round (融资, raises; `headline-funding`) stands in a
  // folded headline (Latin words whole), or npos.
  size_t HeadlineMove(std::string_view folded_title) const;
  size_t HeadlineFunding(std::string_view folded_title) const;

  // A university or college: a cue word of kind `academic` in the
  // organisation's canonical name or an alias ("Tsinghua University", 清华大学).
  bool IsAcademic(const LexiconEntity& org) const;

 private:
  enum Kind { kSameDay, kFormerly, kPastVerb, kGroup, kSpeech, kBackReference, kMoveWord, kRumour, kModal,
              kNegation, kNotYet, kAmount, kCompany, kAcademic, kInto, kHedge, kTemporal, kHirer, kLastDay,
              kHeadlineMove, kHeadlineFunding, kKinds };
  // Whether a phrase of `kind` is in `text` (Latin words whole). With a
  // reach, only a phrase starting within the last `cjk_reach` bytes (a CJK
  // phrase) or `latin_reach` bytes (one starting with a Latin letter) counts.
  bool In(Kind kind, std::string_view text) const;
  bool InLast(Kind kind, std::string_view text, size_t cjk_reach, size_t latin_reach) const;
  // Whether `text` opens with a phrase of `kind`.
  bool Opens(Kind kind, std::string_view text) const;
  // Where the first phrase of `kind` stands in `folded` (Latin words whole), or npos.
  size_t First(Kind kind, std::string_view folded) const;

  std::array<AhoCorasick, kKinds> sets_;
  std::array<std::vector<std::string>, kKinds> phrases_;  // folded, for Opens()
};

}  // namespace news
