// Schema step 7 (compact storage) on files that older newsminers wrote: a
// database built by the old step list and filled with the old row layout
// (text entity ids, REAL tones, text aspects and roles, plain bodies,
// mention surfaces, the per-week index) must answer every query exactly as
// a new database holding the same articles.
#include <catch2/catch.hpp>

#include <cstdio>

#include "common/dates.h"
#include "common/utf8.h"
#include "ingest/content_hash.h"
#include "store/article_queries.h"
#include "store/entity_queries.h"
#include "store/fts_index.h"
#include "store/schema.h"
#include "store/search.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "store/timeline_query.h"
#include "store_test_util.h"
#include "test_support.h"
#include "text/match_key.h"

using namespace news;
using namespace news::testing;

namespace {

void Tone(Sentence& s, const std::string& aspect, double research, double product) {
  s.tone.aspect = aspect;
  s.tone.research = research;
  s.tone.product = product;
  s.tone.score = aspect == "product" ? product : research;
  s.tone.label = s.tone.score < 0 ? -1 : s.tone.score > 0 ? 1 : 0;
}

// Tones with at most four decimals: the new layout keeps ten-thousandths.
std::vector<Analysis> Articles() {
  Analysis dep = MakeAnalysis("a.txt", "OpenAI 研究主管離職", "2026-02-14",
                              {"OpenAI 研究主管 Jane Doe 本週離職。", "她將加入 Anthropic，研究文化受挫。"});
  Tone(dep.sentences[1], "research", -0.625, 0);
  dep.sentences[1].lang = "zh-Hans";
  dep.tone = {-0.625, 0, -0.3125, -1, 0, -1, 1, 0, {1}, {}};
  EntityResult& openai = AddEntity(dep, "org:openai", "OpenAI", "organization", "OpenAI");
  openai.role = "subject";
  openai.research = -0.625, openai.research_n = 1;
  AddEntity(dep, "org:anthropic", "Anthropic", "organization", "Anthropic").role = "competitor";
  AddEntity(dep, "person:?:Jane Doe", "Jane Doe", "person", "Jane Doe").known = false;
  dep.events.push_back({"2026-02", "", "departure", "Jane Doe", "OpenAI", "Anthropic", "", 0});

  Analysis launch = MakeAnalysis("b.txt", "谷歌发布新模型", "2026-01-20", {"谷歌今天发布了新模型。", "产品团队表示满意。"});
  Tone(launch.sentences[1], "product", 0, 0.4375);
  launch.tone = {0, 0.4375, 0.4375, 0, 1, 1, 0, 1, {}, {1}};
  EntityResult& google = AddEntity(launch, "org:google", "Google", "organization", "谷歌");
  google.product = 0.4375, google.product_n = 1;
  AddEntity(launch, "product:gemini", "Gemini", "product", "新模型");
  launch.events.push_back({"2026-01-20", "absolute", "launch", "", "Google", "", "Gemini", 0});

  Analysis en = MakeAnalysis("c.txt", "OpenAI ships a product", "2026-02-10",
                             {"OpenAI shipped a new product.", "Researchers worry about research."}, " ");
  en.lang = "en";
  for (Sentence& s : en.sentences) s.lang = "en";
  Tone(en.sentences[1], "both", -0.5, 0.25);
  AddEntity(en, "org:openai", "OpenAI", "organization", "OpenAI").role = "subject";

  Analysis undated = MakeAnalysis("d.txt", "谷歌與 OpenAI 競爭", "", {"谷歌與 OpenAI 競爭人才。"});
  AddEntity(undated, "org:google", "Google", "organization", "谷歌").role = "subject";
  AddEntity(undated, "org:openai", "OpenAI", "organization", "OpenAI").role = "competitor";
  return {dep, launch, en, undated};
}

void Run(Db& db, const std::string& sql, const std::vector<std::string>& values) {
  auto st = db.Prepare(sql);
  REQUIRE(st.ok());
  for (size_t i = 0; i < values.size(); ++i) {
    if (values[i] == "\x01NULL") st->BindNull(static_cast<int>(i) + 1);
    else st->Bind(static_cast<int>(i) + 1, values[i]);
  }
  REQUIRE(st->Run().ok());
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

std::string OrNull(const std::string& s) { return s.empty() ? "\x01NULL" : s; }

// What the article writer of schema 1-6 stored for one analysis.
void WriteOldRows(Db& db, int64_t id, const Analysis& a) {
  const Document& d = a.doc;
  auto day = ParseIsoDay(d.published);
  std::string sort_day = day ? d.published : "~", week = day ? IsoWeekOf(*day) : "";
  const ToneSummary& t = a.tone;
  int evidence = !t.research_top.empty() ? t.research_top[0] : !t.product_top.empty() ? t.product_top[0] : 0;
  Run(db,
      "INSERT INTO articles (id, source, content_hash, simhash, title, published, week, sort_day, lang, body, "
      "ingested_at, analyzer_version, research, product, overall, research_label, product_label, overall_label, "
      "research_n, product_n, evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
      {std::to_string(id), d.source, ContentHash(d.body), std::to_string(static_cast<int64_t>(SimHash(d.body))),
       d.title, OrNull(day ? d.published : ""), OrNull(week), sort_day, a.lang, d.body, "2026-03-01T00:00:00Z",
       a.analyzer_version, Num(t.research), Num(t.product), Num(t.overall), std::to_string(t.research_label),
       std::to_string(t.product_label), std::to_string(t.overall_label), std::to_string(t.research_n),
       std::to_string(t.product_n), std::to_string(evidence)});
  CodePointIndex cp(d.body);
  auto at = [&](size_t byte) { return std::to_string(cp.ToCodePoints(byte)); };
  for (const Sentence& s : a.sentences)
    Run(db, "INSERT INTO sentences VALUES (?,?,?,?,?,?,?,?,?,?)",
        {std::to_string(id), std::to_string(s.index), at(s.begin), at(s.end), OrNull(s.lang), s.tone.aspect,
         Num(s.tone.score), std::to_string(s.tone.label), Num(s.tone.research), Num(s.tone.product)});
  for (const EntityResult& e : a.entities) {
    Run(db, "INSERT OR IGNORE INTO entities (id, canonical, type, known) VALUES (?,?,?,?)",
        {e.id, e.canonical, e.type, e.known ? "1" : "0"});
    for (const std::string& alias : {e.canonical, e.mentions.empty() ? e.canonical : e.mentions[0].surface})
      Run(db, "INSERT OR IGNORE INTO aliases VALUES (?,?,?)", {MatchKey(alias), e.id, alias});
    Run(db, "INSERT INTO article_entities VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        {std::to_string(id), e.id, sort_day, OrNull(week), OrNull(e.role), std::to_string(e.mentions.size()),
         std::to_string(e.mentions.empty() ? 0 : e.mentions[0].sentence), Num(e.research), Num(e.product),
         std::to_string(e.research_n), std::to_string(e.product_n)});
    for (const Mention& m : e.mentions)
      Run(db, "INSERT INTO mentions VALUES (?,?,?,?,?,?)",
          {std::to_string(id), at(m.begin), e.id, at(m.end), std::to_string(m.sentence), m.surface});
  }
  for (const Event& e : a.events) {
    std::string first = e.date, last = FormatDay(ParseDateFilter(e.date)->last);
    Run(db,
        "INSERT INTO events (article, date, sort_day, last_day, date_rule, type, person, organization, counterpart, "
        "product, sentence) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        {std::to_string(id), e.date, first, last, OrNull(e.date_rule), e.type, OrNull(e.person),
         OrNull(e.organization), OrNull(e.counterpart), OrNull(e.product), std::to_string(e.sentence)});
    std::string event = std::to_string(db.LastInsertId());
    for (const auto& [role, name] : {std::pair<std::string, std::string>{"person", e.person},
                                     {"organization", e.organization}, {"counterpart", e.counterpart},
                                     {"product", e.product}})
      for (const EntityResult& x : a.entities)
        if (!name.empty() && x.canonical == name)
          Run(db, "INSERT INTO event_entities VALUES (?,?,?,?)", {event, x.id, role, first});
  }
  REQUIRE(IndexArticleText(db, id, d.title, d.body).ok());
}

std::string Tone(const std::optional<double>& t) { return t ? Num(*t) : "-"; }

// Everything the readers answer, one line per fact.
std::vector<std::string> Answers(Store& store) {
  std::vector<std::string> out;
  auto timeline = [&](TimelineFilter f, const std::string& label) {
    REQUIRE(QueryTimeline(store, f, [&](const TimelineRow& r) {
              std::string ids;
              for (const EntityRef& e : r.entities) ids += e.id + ",";
              out.push_back(label + " " + r.kind + " " + r.date + " " + r.title + " | " + r.evidence + " | " + ids +
                            " " + Tone(r.research) + " " + Tone(r.product_tone) + " " + Num(r.overall));
              return true;
            }).ok());
  };
  timeline({}, "all");
  TimelineFilter one;
  one.entity_ids = {"org:openai"};
  timeline(one, "openai");
  TimelineFilter two;
  two.entity_ids = {"org:openai", "org:google"};
  timeline(two, "two");
  TimelineFilter person;
  person.entity_type = "person";
  timeline(person, "person");
  TimelineFilter neg;
  neg.aspect = "research";
  neg.tone = -1;
  timeline(neg, "neg");
  auto entities = [&](EntityListFilter f, const std::string& label) {
    REQUIRE(ListEntities(store, f, [&](const EntitySummary& e) {
              out.push_back(label + " " + e.entity.id + " " + std::to_string(e.articles) + " " +
                            std::to_string(e.mentions) + " " + e.first_seen + " " + e.last_seen + " " +
                            Tone(e.research) + " " + Tone(e.product));
              return true;
            }).ok());
  };
  entities({}, "entities");
  EntityListFilter week;
  week.week = "2026-W07";
  entities(week, "week");
  EntityListFilter range;
  range.from = "2026-01-01";
  range.to = "2026-02-12";
  entities(range, "range");
  for (int64_t id = 1; id <= 4; ++id) {
    auto a = GetArticle(store, id);
    REQUIRE(a.ok());
    out.push_back("article " + a->title + " " + a->body + " " + a->content_hash + " " + a->lang);
    for (const StoredSentence& s : a->sentences)
      out.push_back("sentence " + s.text + " " + s.lang + " " + s.tone.aspect + " " + Num(s.tone.score) + " " +
                    Num(s.tone.research) + " " + Num(s.tone.product));
    for (const StoredArticleEntity& e : a->entities)
      out.push_back("entity " + e.entity.id + " " + e.role + " " + std::to_string(e.mentions) + " " +
                    Tone(e.research) + " " + Tone(e.product));
    for (const StoredMention& m : a->mentions)
      out.push_back("mention " + m.entity.id + " " + std::to_string(m.begin) + " " + m.surface);
  }
  auto detail = GetEntityDetail(store, "org:openai", {});
  REQUIRE(detail.ok());
  for (const EntityWeek& w : detail->weeks)
    out.push_back("weeks " + w.week + " " + std::to_string(w.articles) + " " + Tone(w.research));
  for (const EntityCount& c : detail->competitors) out.push_back("competitor " + c.entity.id);
  auto hits = Search(store, "研究", {});
  REQUIRE(hits.ok());
  for (const SearchHit& h : *hits) out.push_back("hit " + std::to_string(h.article_id) + " " + h.snippet);
  return out;
}

}  // namespace

TEST_CASE("A schema 3 or 6 file migrates to compact storage and answers every query as before", "[store]") {
  const int old_version = GENERATE(3, 6);
  TempDir dir;
  std::vector<std::string> expected;
  {
    auto fresh = Store::Open(dir / "fresh.db");
    REQUIRE(fresh.ok());
    REQUIRE((*fresh)->WriteAnalyses(Articles()).ok());
    expected = Answers(**fresh);
  }
  {
    auto db = Db::Open(dir / "old.db", {});
    REQUIRE(db.ok());
    REQUIRE(MigrateTo(**db, old_version).ok());
    std::vector<Analysis> articles = Articles();
    for (size_t i = 0; i < articles.size(); ++i) WriteOldRows(**db, static_cast<int64_t>(i) + 1, articles[i]);
  }
  auto store = Store::Open(dir / "old.db");
  REQUIRE(store.ok());
  CHECK(SchemaVersion((*store)->db()).value() == LatestSchemaVersion());
  CHECK(Answers(**store) == expected);
  CHECK(expected.size() > 40);
  // The rollups were filled from the migrated rows and follow new writes.
  auto totals = (*store)->db().Prepare(
      "SELECT (SELECT sum(articles) FROM entity_totals), (SELECT sum(articles) FROM entity_week_totals), "
      "(SELECT count(*) FROM article_entities), (SELECT count(*) FROM article_entities WHERE sort_day < '~')");
  REQUIRE(totals->Step().value());
  CHECK(totals->Int(0) == totals->Int(2));
  CHECK(totals->Int(1) == totals->Int(3));
  auto check = (*store)->db().Prepare("PRAGMA foreign_key_check");
  CHECK_FALSE(check->Step().value());
}
