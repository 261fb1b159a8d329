#include <catch2/catch.hpp>

#include <algorithm>

#include "store/article_queries.h"
#include "store/entity_queries.h"
#include "store/store.h"
#include "store/timeline_query.h"
#include "store_test_util.h"

using namespace news;
using namespace news::testing;

namespace {

// OpenAI is the subject of two articles (weeks 7 and 8) with Anthropic as
// competitor; Google appears once in week 8; Sora is OpenAI's product.
std::unique_ptr<Store> EntityFixture() {
  auto store = Store::Open(":memory:");
  REQUIRE(store.ok());
  Analysis a = MakeAnalysis("a.txt", "OpenAI 研究主管離職", "2026-02-14",
                            {"OpenAI 研究主管離職。", "Anthropic 招募研究人員。"});
  EntityResult& oa = AddEntity(a, "org:openai", "OpenAI", "organization", "OpenAI");
  oa.role = "subject";
  oa.research = -0.5;
  oa.research_n = 1;
  AddEntity(a, "org:anthropic", "Anthropic", "organization", "Anthropic").role = "competitor";
  Analysis b = MakeAnalysis("b.txt", "OpenAI 推出 Sora", "2026-02-17",
                            {"开放人工智能 OpenAI 推出 Sora。", "谷歌也在追赶。"});
  EntityResult& ob = AddEntity(b, "org:openai", "OpenAI", "organization", "OpenAI");
  ob.role = "subject";
  ob.research = 0.3;
  ob.research_n = 3;
  ob.product = 0.6;
  ob.product_n = 2;
  ob.mentions.push_back({"开放人工智能", 0, 0, std::string("开放人工智能").size()});
  AddEntity(b, "product:sora", "Sora", "product", "Sora").parent = "OpenAI";
  AddEntity(b, "org:google", "Google", "organization", "谷歌").role = "competitor";
  Event e;
  e.date = "2026-02-17";
  e.type = "launch";
  e.organization = "OpenAI";
  e.product = "Sora";
  e.sentence = 0;
  b.events.push_back(e);
  REQUIRE((*store)->WriteAnalyses({a, b}).ok());
  return std::move(store).value();
}

std::vector<EntitySummary> List(Store& s, const EntityListFilter& f) {
  std::vector<EntitySummary> out;
  REQUIRE(ListEntities(s, f, [&](const EntitySummary& e) { out.push_back(e); return true; }).ok());
  return out;
}

}  // namespace

TEST_CASE("Entity list counts mentions, dates and weighted tone", "[store][entities]") {
  auto store = EntityFixture();
  auto all = List(*store, {});
  REQUIRE(all.size() == 4);
  const EntitySummary& top = all[0];
  CHECK(top.entity.id == "org:openai");
  CHECK(top.articles == 2);
  CHECK(top.mentions == 3);
  CHECK(top.first_seen == "2026-02-14");
  CHECK(top.last_seen == "2026-02-17");
  REQUIRE(top.research);
  CHECK(*top.research == Approx((-0.5 * 1 + 0.3 * 3) / 4));
  CHECK(*top.product == Approx(0.6));
  CHECK_FALSE(all[1].research);  // no sentence carried research tone

  EntityListFilter week;
  week.week = "2026-W08";
  week.limit = 2;
  auto top_week = List(*store, week);
  REQUIRE(top_week.size() == 2);
  CHECK(top_week[0].entity.id == "org:openai");
  CHECK(top_week[0].articles == 1);

  EntityListFilter products;
  products.type = "product";
  auto p = List(*store, products);
  REQUIRE(p.size() == 1);
  CHECK(p[0].parent == "org:openai");
}

TEST_CASE("All-time entity totals follow writes and replacements exactly", "[store][entities]") {
  // The all-time list reads the trigger-kept totals; a --from filter that
  // covers everything aggregates the article rows: both must agree.
  auto store = EntityFixture();
  EntityListFilter everything;
  everything.from = "1900-01-01";
  auto same = [&] {
    auto totals = List(*store, {});
    auto rows = List(*store, everything);
    REQUIRE(totals.size() == rows.size());
    for (size_t i = 0; i < totals.size(); ++i) {
      CHECK(totals[i].entity.id == rows[i].entity.id);
      CHECK(totals[i].articles == rows[i].articles);
      CHECK(totals[i].mentions == rows[i].mentions);
      CHECK(totals[i].first_seen == rows[i].first_seen);
      CHECK(totals[i].last_seen == rows[i].last_seen);
      CHECK(totals[i].research.has_value() == rows[i].research.has_value());
      if (totals[i].research && rows[i].research) CHECK(*totals[i].research == Approx(*rows[i].research));
    }
    // The weekly totals (schema step 7) equal their rows grouped by ISO week too.
    for (const char* week : {"2026-W06", "2026-W07", "2026-W08"}) {
      EntityListFilter one_week, grouped;
      one_week.week = week;
      grouped.week = week;
      grouped.from = "1900-01-01";  // a range: the per-article rows, not the weekly totals
      auto w = List(*store, one_week), g = List(*store, grouped);
      REQUIRE(w.size() == g.size());
      for (size_t i = 0; i < w.size(); ++i) {
        CHECK(w[i].entity.id == g[i].entity.id);
        CHECK(w[i].articles == g[i].articles);
        CHECK(w[i].mentions == g[i].mentions);
        CHECK(w[i].first_seen == g[i].first_seen);
        CHECK(w[i].last_seen == g[i].last_seen);
        CHECK(w[i].research_n == g[i].research_n);
      }
    }
  };
  same();
  // Re-analysis of the first article: Google replaces Anthropic, OpenAI's tone changes.
  Analysis a = MakeAnalysis("a.txt", "OpenAI 研究主管離職", "2026-02-10", {"OpenAI 研究主管離職。", "谷歌招募研究人員。"});
  EntityResult& oa = AddEntity(a, "org:openai", "OpenAI", "organization", "OpenAI");
  oa.role = "subject";
  oa.research = 0.9;
  oa.research_n = 2;
  AddEntity(a, "org:google", "Google", "organization", "谷歌").role = "competitor";
  REQUIRE(store->ReplaceAnalyses({1}, {a}).ok());
  same();
  auto all = List(*store, {});
  CHECK(std::none_of(all.begin(), all.end(), [](const EntitySummary& e) { return e.entity.id == "org:anthropic"; }));
  CHECK(all[0].first_seen == "2026-02-10");
}

TEST_CASE("Entity detail has aliases, children, competitors, events and weeks", "[store][entities]") {
  auto store = EntityFixture();
  auto d = GetEntityDetail(*store, "org:openai", {});
  REQUIRE(d.ok());
  CHECK(d->aliases == std::vector<std::string>{"OpenAI", "开放人工智能"});
  REQUIRE(d->children.size() == 1);
  CHECK(d->children[0].id == "product:sora");
  REQUIRE(d->competitors.size() == 2);
  CHECK(d->competitors[0].entity.canonical == "Anthropic");
  REQUIRE(d->events.size() == 1);
  CHECK(d->events[0].event_type == "launch");
  REQUIRE(d->weeks.size() == 2);
  CHECK(d->weeks[0].week == "2026-W07");
  CHECK(d->weeks[1].week == "2026-W08");
  CHECK(GetEntityDetail(*store, "org:nobody", {}).status().code() == StatusCode::kNotFound);

  auto sora = GetEntityDetail(*store, "product:sora", {});
  REQUIRE(sora->parent);
  CHECK(sora->parent->canonical == "OpenAI");
}

TEST_CASE("With children, an organisation's timeline includes its products", "[store][entities]") {
  auto store = EntityFixture();
  auto ids = ResolveEntity(*store, "開放人工智能", true);  // a stored alias, in the other script
  REQUIRE(ids.ok());
  REQUIRE(ids->size() == 2);
  CHECK((*ids)[0].id == "org:openai");
  CHECK((*ids)[1].id == "product:sora");
  TimelineFilter f;
  f.entity_ids = {"product:sora"};
  int rows = 0;
  REQUIRE(QueryTimeline(*store, f, [&](const TimelineRow&) { ++rows; return true; }).ok());
  CHECK(rows == 2);  // the article and its launch event
  f.entity_ids = {"org:openai"};
  f.aspect = "research";
  f.tone = -1;
  std::vector<TimelineRow> neg;
  REQUIRE(QueryTimeline(*store, f, [&](const TimelineRow& r) { neg.push_back(r); return true; }).ok());
  REQUIRE(neg.size() == 1);  // OpenAI's research tone was negative in a.txt only
  CHECK(neg[0].source == "a.txt");
  CHECK(*neg[0].research == Approx(-0.5));
}

TEST_CASE("An article comes back with sentences, entities, mentions and events", "[store][entities]") {
  auto store = EntityFixture();
  auto a = GetArticle(*store, 2);
  REQUIRE(a.ok());
  CHECK(a->title == "OpenAI 推出 Sora");
  REQUIRE(a->sentences.size() == 2);
  CHECK(a->sentences[1].text == "谷歌也在追赶。");
  REQUIRE(a->mentions.size() == 4);
  CHECK(a->mentions[0].surface == "开放人工智能");
  CHECK(a->mentions[1].begin == 7);
  REQUIRE(a->events.size() == 1);
  CHECK(a->events[0].product == "Sora");
  CHECK(a->entities[0].entity.id == "org:openai");
  CHECK(GetArticle(*store, 99).status().code() == StatusCode::kNotFound);

  auto stats = GetStats(*store);
  REQUIRE(stats.ok());
  CHECK(stats->articles == 2);
  CHECK(stats->events == 1);
  CHECK(stats->latest_week == "2026-W08");
  CHECK(stats->first_published == "2026-02-14");
}

TEST_CASE("Lexicon entities are found by any alias before any article names them", "[store][entities]") {
  auto store = EntityFixture();
  std::vector<EntityRecord> lexicon = {
      {"org:google", "Google", "organization", "", {"谷歌", "Alphabet"}},
      {"div:google-deepmind", "Google DeepMind", "division", "org:google", {"DeepMind", "谷歌 DeepMind", "谷歌DeepMind"}},
  };
  CHECK_FALSE(store->EntitiesSyncedFrom("v1").value());
  REQUIRE(store->SyncEntities(lexicon, "v1").ok());
  CHECK(store->EntitiesSyncedFrom("v1").value());
  CHECK_FALSE(store->EntitiesSyncedFrom("v2").value());
  CHECK_FALSE(store->EntitiesSyncedFrom("").value());
  REQUIRE(store->SyncEntities(lexicon).ok());  // idempotent; from no named version
  CHECK_FALSE(store->EntitiesSyncedFrom("v1").value());
  CHECK(ResolveEntity(*store, "谷歌 deepmind", false)->at(0).id == "div:google-deepmind");
  CHECK(ResolveEntity(*store, "ALPHABET", false)->at(0).id == "org:google");
  auto with_children = ResolveEntity(*store, "穀歌", true);  // 穀 folds to 谷
  REQUIRE(with_children.ok());
  REQUIRE(with_children->size() == 2);
  CHECK((*with_children)[1].id == "div:google-deepmind");
  auto google = GetEntityDetail(*store, "org:google", {});
  REQUIRE(google.ok());
  CHECK(google->summary.articles == 1);  // the article stored before the sync still counts
  CHECK(google->children.size() == 1);
}

TEST_CASE("issue-9: entity detail reads the totals and counts rivals in both roles, an article each", "[store][entities]") {
  auto store = EntityFixture();
  // A third article where OpenAI is the competitor of Anthropic's story, with
  // "other" entities that are no rivals.
  Analysis c = MakeAnalysis("c.txt", "Anthropic 發布新模型", "2026-02-20", {"Anthropic 發布新模型，OpenAI 落後。", "谷歌旁觀。"});
  AddEntity(c, "org:anthropic", "Anthropic", "organization", "Anthropic").role = "subject";
  AddEntity(c, "org:openai", "OpenAI", "organization", "OpenAI").role = "competitor";
  AddEntity(c, "org:google", "Google", "organization", "谷歌").role = "other";
  REQUIRE(store->WriteAnalyses({c}).ok());
  auto d = GetEntityDetail(*store, "org:openai", {});
  REQUIRE(d.ok());
  std::vector<std::pair<std::string, int64_t>> rivals;
  for (const auto& r : d->competitors) rivals.emplace_back(r.entity.canonical, r.articles);
  CHECK(rivals == std::vector<std::pair<std::string, int64_t>>{{"Anthropic", 2}, {"Google", 1}});
  // The summary is the entity list's all-time row.
  auto all = List(*store, {});
  auto row = std::find_if(all.begin(), all.end(), [](const EntitySummary& e) { return e.entity.id == "org:openai"; });
  REQUIRE(row != all.end());
  CHECK(d->summary.articles == 3);
  CHECK(d->summary.articles == row->articles);
  CHECK(d->summary.mentions == row->mentions);
  CHECK(d->summary.first_seen == "2026-02-14");
  CHECK(d->summary.last_seen == "2026-02-20");
  CHECK(d->summary.research == Approx(*row->research));
  CHECK(d->summary.research == Approx((-0.5 * 1 + 0.3 * 3) / 4));
  CHECK(d->summary.product_n == row->product_n);
  // Anthropic's rivals: OpenAI as competitor of its story, and as subject of the first.
  auto anthropic = GetEntityDetail(*store, "org:anthropic", {});
  REQUIRE(anthropic->competitors.size() == 1);
  CHECK(anthropic->competitors[0].articles == 2);
  // An entity without articles (a lexicon entry never seen) has zero counts.
  REQUIRE(store->SyncEntities({{"org:nvidia", "NVIDIA", "organization", "", {"輝達"}}}).ok());
  auto none = GetEntityDetail(*store, "org:nvidia", {});
  REQUIRE(none.ok());
  CHECK(none->summary.entity.canonical == "NVIDIA");
  CHECK(none->summary.articles == 0);
  CHECK(none->summary.mentions == 0);
  CHECK(none->summary.first_seen.empty());
  CHECK_FALSE(none->summary.research.has_value());
  CHECK(none->competitors.empty());
}
