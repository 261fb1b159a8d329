#include "ingest/content_hash.h"

#include <catch2/catch.hpp>

namespace news {
namespace {

const char* kStoryEn =
    "OpenAI's head of research left the company on Friday, the third senior departure this "
    "quarter. People familiar with the matter said the lab has shifted its budget from long-term "
    "research toward shipping products, and several researchers have joined Anthropic and Google "
    "DeepMind since the autumn reorganisation.";
const char* kRepostEn =
    "Reposted from Tech Daily.\nOpenAI's head of research left the company on Friday, the third "
    "senior departure this quarter. People familiar with the matter said the lab has moved its "
    "budget from long-term research toward shipping products, and several researchers have joined "
    "Anthropic and Google DeepMind since the autumn reorganisation.";
const char* kOtherEn =
    "Nvidia reported record data-centre revenue for the fourth quarter and raised its outlook, "
    "saying demand for its accelerators from cloud providers and sovereign AI projects still "
    "exceeds supply. Shares rose seven percent in after-hours trading on the news.";
const char* kStoryHant =
    "據知情人士透露，OpenAI研究主管於上週五離職，這是本季第三位離開的資深成員。"
    "消息指出，公司近來把預算從長期研究轉向產品開發，多名研究人員自秋季組織調整後"
    "陸續加入Anthropic與Google DeepMind，內部對研究文化的擔憂日益加深。";
const char* kRepostHant =
    "【轉載】據知情人士透露，OpenAI研究主管於上週五離職，這是本季第三位離開的資深成員。"
    "消息指出，公司近來把預算從長期研究轉向產品開發，多名研究人員自秋季組織改組後"
    "陸續加入Anthropic與Google DeepMind，內部對研究文化的擔憂日益加深。";
const char* kOtherHans =
    "英伟达公布第四季度数据中心收入创下新高，并上调了业绩指引。公司表示，云服务商和各国"
    "人工智能项目对其加速器的需求仍然超过供应，盘后股价上涨百分之七，分析师普遍上调目标价。";

TEST_CASE("ContentHash ignores whitespace layout but not words", "[ingest]") {
  CHECK(ContentHash("OpenAI  launches\nSora\n") == ContentHash("OpenAI launches Sora"));
  CHECK(ContentHash("OpenAI launches Sora") != ContentHash("OpenAI launched Sora"));
  CHECK(ContentHash("研究 文化") == ContentHash("研究\u3000文化"));
  CHECK(ContentHash("").size() == 64);
}

TEST_CASE("SimHash finds reposts with a few changed words, in English and Chinese", "[ingest]") {
  struct Row { const char* a; const char* b; bool same; };
  const Row rows[] = {
      {kStoryEn, kRepostEn, true},
      {kStoryHant, kRepostHant, true},
      {kStoryEn, kOtherEn, false},
      {kStoryHant, kOtherHans, false},
      {kStoryEn, kStoryHant, false},
  };
  for (const Row& r : rows) {
    INFO(" distance " << HammingDistance(SimHash(r.a), SimHash(r.b)));
    CHECK(IsNearDuplicate(SimHash(r.a), SimHash(r.b)) == r.same);
    CHECK((HammingDistance(SimHash(r.a), SimHash(r.b)) > 20) == !r.same);
  }
}

TEST_CASE("SimHash refuses to judge very short bodies", "[ingest]") {
  CHECK(SimHash("OpenAI 發布 Sora") == 0);
  CHECK_FALSE(IsNearDuplicate(SimHash("short"), SimHash("short")));
  uint64_t h = SimHash(kStoryEn);
  CHECK(ParseSimHashHex(SimHashHex(h)) == h);
  CHECK(ParseSimHashHex("zz") == 0);
}

}  // namespace
}  // namespace news
