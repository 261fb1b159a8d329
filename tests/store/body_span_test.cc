#include "store/body_span.h"

#include <catch2/catch.hpp>

#include "store/stored_values.h"

using namespace news;

namespace {

// substr(text, begin + 1, end - begin) on code points, the SQL it replaces.
std::string Expected(const std::string& text, int64_t begin, int64_t end) {
  std::u32string cps;
  std::vector<size_t> at;
  for (size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) at.push_back(i);
  at.push_back(text.size());
  int64_t n = static_cast<int64_t>(at.size()) - 1;
  begin = std::max<int64_t>(0, std::min(begin, n));
  end = std::max(begin, std::min(end, n));
  return text.substr(at[static_cast<size_t>(begin)], at[static_cast<size_t>(end)] - at[static_cast<size_t>(begin)]);
}

}  // namespace

TEST_CASE("issue-9: a stored body's span equals the SQL substr of the whole text, compressed or not", "[store]") {
  std::string zh, en;
  for (int i = 0; i < 200; ++i) {
    zh += "OpenAI 研究主管第" + std::to_string(i) + "位離職，團隊轉向產品。";
    en += "Sentence " + std::to_string(i) + " of a long English report about research culture. ";
  }
  for (const std::string& text : {zh, en, std::string("短文。")}) {
    std::string stored = CompressBody(text);
    int64_t size = static_cast<int64_t>(text.size());
    REQUIRE((text.size() < 100 || stored.size() < text.size()));  // long texts are stored compressed
    int64_t cps = 0;
    for (size_t i = 0; i < text.size(); ++i) cps += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    for (auto [b, e] : std::vector<std::pair<int64_t, int64_t>>{
             {0, 5}, {0, 1}, {17, 40}, {cps / 2, cps / 2 + 30}, {cps - 3, cps}, {cps - 3, cps + 10}, {cps, cps + 4},
             {cps + 5, cps + 9}, {10, 10}, {12, 3}, {-4, 2}}) {
      INFO(text.substr(0, 12) << " [" << b << ", " << e << ")");
      auto span = StoredBodySpan(stored, size, b, e);
      REQUIRE(span.ok());
      CHECK(*span == Expected(text, b, e));
      auto raw = StoredBodySpan(text, size, b, e);  // stored as is
      REQUIRE(raw.ok());
      CHECK(*raw == Expected(text, b, e));
    }
    // Spans ending on either side of each inflating step (256, 512, 1024,
    // ... bytes: 85, 170, 341 code points of Chinese).
    for (int64_t e = 1; e < 800 && e <= cps; e += 3) {
      INFO(text.substr(0, 12) << " [" << e - 4 << ", " << e << ")");
      auto span = StoredBodySpan(stored, size, e - 4, e);
      REQUIRE(span.ok());
      CHECK(*span == Expected(text, e - 4, e));
    }
  }
  CHECK(StoredBodySpan("not zlib at all", 40, 0, 5).status().code() == StatusCode::kDataError);
}

TEST_CASE("issue-9: spans read one after another through BodySpans equal StoredBodySpan", "[store]") {
  std::string a, b;
  for (int i = 0; i < 120; ++i) {
    a += "第" + std::to_string(i) + "句：研究團隊轉向產品。";
    b += "Sentence " + std::to_string(i) + " about research culture. ";
  }
  std::string stored_a = CompressBody(a), stored_b = CompressBody(b);
  REQUIRE(stored_a.size() < a.size());
  REQUIRE(stored_b.size() < b.size());
  struct Read {
    int64_t id;  // 1: a, 2: b, 3: stored as is
    int64_t begin, end;
  };
  // Later sentences of the same article (the prefix must grow), earlier
  // ones (it is reused), another article in between, past the end, empty.
  std::vector<Read> reads = {{1, 0, 10},    {1, 5, 12},     {1, 300, 340}, {1, 2, 9},     {2, 0, 30},
                             {2, 900, 960}, {1, 20, 25},    {1, 1400, 1500}, {1, 100, 110}, {3, 0, 5},
                             {1, 7, 7},     {1, 9, 3},      {2, 3000, 3100}, {2, 10, 20},  {1, -3, 4}};
  BodySpans spans;
  for (const Read& r : reads) {
    INFO(r.id << " [" << r.begin << ", " << r.end << ")");
    const std::string& text = r.id == 2 ? b : a;
    std::string_view stored = r.id == 1 ? stored_a : r.id == 2 ? stored_b : std::string_view(a);
    auto got = spans.Span(r.id, stored, static_cast<int64_t>(text.size()), r.begin, r.end);
    REQUIRE(got.ok());
    CHECK(*got == Expected(text, r.begin, r.end));
  }
  CHECK(spans.Span(4, "x", -1, 0, 1).status().code() == StatusCode::kDataError);
  CHECK(spans.Span(5, "not zlib at all", 40, 0, 5).status().code() == StatusCode::kDataError);
  auto after = spans.Span(1, stored_a, static_cast<int64_t>(a.size()), 3, 8);  // a failed read leaves nothing stale
  REQUIRE(after.ok());
  CHECK(*after == Expected(a, 3, 8));
}
