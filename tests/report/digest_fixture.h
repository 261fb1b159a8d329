// A small hand-built week of digest rows (2026-W07 and the weeks before),
// shared by the builder, renderer and browser tests. It holds a story told
// in English and Traditional Chinese, a hostile article (script in the
// title, SVG-breaking markup in the body), a Simplified Chinese article and
// an unknown person, plus older articles for comparisons and trends.
#pragma once

#include <map>
#include <string>

#include "report/digest_builder.h"
#include "store/digest_queries.h"

namespace news::testing {

class DigestFixture {
 public:
  DigestFixture() { Build(); }
  DigestRows rows;

  Digest Make(const std::string& week = "2026-W07", const std::string& tz = "UTC") const {
    DigestWindow w = MakeDigestWindow(*ParseIsoWeek(week));
    return BuildDigest(rows, w, *ParseTimeZone(tz), {});
  }

 private:
  void Article(int64_t id, const std::string& day, const std::string& lang, const std::string& title,
               const std::string& url, const std::string& source = "") {
    rows.articles.push_back({id, day, title, source.empty() ? url : source, url, url, lang, 0});
    day_[id] = day;
  }
  void Entity(const std::string& id, const std::string& canonical, const std::string& type, bool known = true) {
    rows.entities.push_back({id, canonical, type, "", known});
  }
  // The article names `entity`; its tone feeds the day's aggregate.
  void Names(int64_t article, const std::string& entity, int mentions, double research = 0, int rn = 0,
             double product = 0, int pn = 0) {
    const std::string& day = day_[article];
    bool found = false;
    for (auto& r : rows.entity_days) {
      if (r.entity == entity && r.day == day) {
        r.articles += 1;
        r.mentions += mentions;
        r.research_sum += research * rn;
        r.research_n += rn;
        r.product_sum += product * pn;
        r.product_n += pn;
        found = true;
      }
    }
    if (!found) rows.entity_days.push_back({entity, day, 1, mentions, research * rn, product * pn, rn, pn});
    if (day >= "2026-02-09") rows.article_entities.push_back({article, entity, "", mentions});
  }
  void Sentence(int64_t article, int index, const std::string& lang, const std::string& text, const std::string& aspect,
                double score, std::initializer_list<const char*> entities) {
    double research = aspect == "research" ? score : 0, product = aspect == "product" ? score : 0;
    rows.sentences.push_back({article, index, text, lang, aspect, score, research, product});
    for (const char* e : entities) rows.mentions.push_back({article, index, e});
  }
  void Event(int64_t article, const std::string& date, const std::string& type, const std::string& person,
             const std::string& org, const std::string& counterpart, int sentence, const std::string& evidence) {
    rows.events.push_back({article, day_[article], date, type, person, org, counterpart, "", sentence, evidence});
  }

  void Build() {
    Entity("org:openai", "OpenAI", "organization");
    Entity("org:anthropic", "Anthropic", "organization");
    Entity("org:bytedance", "ByteDance", "organization");
    Entity("org:google-deepmind", "Google DeepMind", "organization");
    Entity("product:sora", "Sora", "product");
    Entity("div:bytedance-seed", "ByteDance Seed", "division");
    Entity("person:jane-doe", "Jane Doe", "person");
    Entity("person:li-ming", "Li Ming", "person");
    Entity("person:?:張偉", "張偉", "person", false);

    // Earlier weeks: comparisons, trends and the quarter's talent flow.
    Article(1, "2026-01-20", "en", "Google DeepMind hires OpenAI researcher Li Ming", "https://www.example-news.com/gdm-hire");
    Names(1, "org:google-deepmind", 3, 0.4, 2, 0, 0);
    Names(1, "org:openai", 2, 0.2, 1, 0, 0);
    Names(1, "person:li-ming", 2);
    Event(1, "2026-01-19", "hire", "Li Ming", "Google DeepMind", "OpenAI", 0, "");
    Article(2, "2026-02-03", "en", "OpenAI ships new Sora features", "https://example-news.com/sora-features");
    Names(2, "org:openai", 6, -0.1, 2, 0.3, 4);
    Names(2, "product:sora", 4);
    Article(3, "2026-02-04", "zh-Hant", "OpenAI 產品線擴張", "https://tw.example.com/news/2");
    Names(3, "org:openai", 4, 0.0, 1, 0.5, 2);

    // 2026-W07.
    Article(10, "2026-02-10", "en", "OpenAI freezes Sora budget as research VP Jane Doe leaves",
            "https://example-news.com/openai-sora-freeze");
    Names(10, "org:openai", 3, -0.65, 2, -0.4, 1);
    Names(10, "product:sora", 1);
    Names(10, "person:jane-doe", 1);
    Names(10, "org:anthropic", 1);
    Sentence(10, 0, "en", "OpenAI has frozen part of the Sora team's budget, people familiar with the matter said.",
             "product", -0.4, {"org:openai", "product:sora"});
    Sentence(10, 1, "en", "Jane Doe, OpenAI's vice president of research, left this week to join Anthropic.", "research",
             -0.6, {"person:jane-doe", "org:openai", "org:anthropic"});
    Sentence(10, 2, "en", "Researchers said OpenAI now puts shipping products ahead of long-term research.", "research",
             -0.7, {"org:openai"});
    Event(10, "2026-02-10", "departure", "Jane Doe", "OpenAI", "Anthropic", 1,
          "Jane Doe, OpenAI's vice president of research, left this week to join Anthropic.");

    Article(11, "2026-02-11", "zh-Hant", "OpenAI 研究副總裁離職 Sora 預算遭凍結", "https://tw.example.com/news/1");
    Names(11, "org:openai", 2, -0.5, 1, 0, 0);
    Names(11, "person:jane-doe", 1);
    Names(11, "product:sora", 1);
    Sentence(11, 0, "zh-Hant", "據知情人士透露，OpenAI 研究副總裁 Jane Doe 已於本週離職。", "research", -0.5,
             {"org:openai", "person:jane-doe"});
    Sentence(11, 1, "zh-Hant", "Sora 團隊的部分預算同時遭到凍結。", "none", 0, {"product:sora"});
    Event(11, "2026-02", "departure", "Jane Doe", "OpenAI", "", 0, "據知情人士透露，OpenAI 研究副總裁 Jane Doe 已於本週離職。");

    Article(12, "2026-02-12", "en", "<script>alert(1)</script>", "", "corpus/en/hostile.txt");
    Names(12, "org:anthropic", 2, 0.5, 1, 0.2, 2);
    Names(12, "person:?:張偉", 1);
    Sentence(12, 0, "en", "</svg><img src=x onerror=alert(1)> Anthropic said its research team keeps growing.", "research",
             0.5, {"org:anthropic"});
    Sentence(12, 1, "en", "張偉 joined Anthropic's product team from ByteDance.", "product", 0.2,
             {"org:anthropic", "person:?:張偉"});
    Event(12, "2026-02-12", "hire", "張偉", "Anthropic", "ByteDance", 1, "張偉 joined Anthropic's product team from ByteDance.");

    Article(13, "2026-02-13", "zh-Hans", "字节跳动 Seed 团队预算调整", "https://cn.example.com/a");
    Names(13, "org:bytedance", 2, 0, 0, 0.3, 1);
    Names(13, "div:bytedance-seed", 2);
    Sentence(13, 0, "zh-Hans", "字节跳动调整了 Seed 团队的预算，产品团队获得更多资源。", "product", 0.3,
             {"org:bytedance", "div:bytedance-seed"});

    rows.earlier_entities = {"org:anthropic", "org:openai", "person:li-ming", "product:sora"};
  }

  std::map<int64_t, std::string> day_;
};

}  // namespace news::testing
