#include <catch2/catch.hpp>

#include "store/stored_values.h"

using namespace news;

TEST_CASE("Bodies round-trip through compression, short ones stored as they are", "[store]") {
  for (std::string body : {std::string("研究人員離職。"), std::string(""),
                           std::string("OpenAI 研究主管 Jane Doe 本週離職。她將加入 Anthropic。") + std::string(3000, 'x')}) {
    std::string stored = CompressBody(body);
    CHECK(stored.size() <= body.size());
    auto back = DecompressBody(stored, static_cast<int64_t>(body.size()));
    REQUIRE(back.ok());
    CHECK(*back == body);
  }
  CHECK(CompressBody(std::string(3000, 'x')).size() < 100);
  CHECK_FALSE(DecompressBody("not zlib at all", 400).ok());  // a clear error, not garbage
}

TEST_CASE("Mention spans round-trip in begin order, with sentences going back too", "[store]") {
  std::vector<MentionSpan> spans = {{31, 40, 1}, {0, 6, 0}, {500, 503, 7}, {200, 230, 2}, {450, 452, 9}};
  auto back = DecodeSpans(EncodeSpans(spans));
  REQUIRE(back.ok());
  REQUIRE(back->size() == 5);
  CHECK((*back)[0].begin == 0);
  CHECK((*back)[1].end == 40);
  CHECK((*back)[3].sentence == 9);  // 450..452 in sentence 9, before 500 in sentence 7
  CHECK((*back)[4].begin == 500);
  CHECK((*back)[4].sentence == 7);
  CHECK(EncodeSpans({{3, 5, 0}, {3, 5, 0}}).size() == 3);  // the same begin twice is one mention
  CHECK(DecodeSpans("").value().empty());
  CHECK_FALSE(DecodeSpans("\x80").ok());  // cut short
}

TEST_CASE("Code point slices count characters, clamped like SQL substr", "[store]") {
  CodePointSlicer s("谷歌 DeepMind 研究");
  CHECK(s.Slice(0, 2) == "谷歌");
  CHECK(s.Slice(3, 11) == "DeepMind");
  CHECK(s.Slice(12, 99) == "研究");
  CHECK(s.Slice(5, 5).empty());
}

TEST_CASE("Stored codes and tones", "[store]") {
  CHECK(ToneFromStored(ToneToStored(-0.625)) == -0.625);
  CHECK(ToneToStored(0.24253562) == 2425);
  for (const char* aspect : {"none", "research", "product", "both"}) CHECK(AspectName(AspectCode(aspect)) == std::string(aspect));
  for (const char* role : {"subject", "competitor", "other"}) CHECK(RoleName(RoleCode(role)) == std::string(role));
  CHECK(RoleCode("") == 0);
  CHECK(EntityTypeCode("person") == 3);
  CHECK(EntityTypeCode("planet") == kEntityTypeBits);
  CHECK(HashToStored("00ff10").size() == 3);
  CHECK(HashToStored("not hex!") == "not hex!");
}
