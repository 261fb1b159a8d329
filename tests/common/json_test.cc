#include <catch2/catch.hpp>
#include <sstream>

#include "common/json.h"

using namespace news;

TEST_CASE("JSON writer escapes text that could break out of HTML", "[common]") {
  std::ostringstream out;
  JsonWriter w(out);
  w.BeginObject();
  w.Key("title"); w.String("</script>\"離職\"\n");
  w.Key("n"); w.Double(0.5);
  w.Key("xs"); w.BeginArray(); w.Int(1); w.Int(2); w.EndArray();
  w.EndObject();
  CHECK(out.str() == R"({"title":"\u003c/script\u003e\"離職\"\n","n":0.5,"xs":[1,2]})");
}

TEST_CASE("JSON parser reads what the writer writes", "[common]") {
  auto v = ParseJson(R"({"a":[1,2.5,"x\u00e9\ud83d\ude00"],"b":{"c":null,"d":true}})");
  REQUIRE(v.ok());
  CHECK((*v)["a"][1].AsNumber() == 2.5);
  CHECK((*v)["a"][2].AsString() == "xé😀");
  CHECK((*v)["b"]["d"].AsBool());
  CHECK((*v)["b"]["c"].is_null());
  CHECK((*v)["missing"].is_null());
}

TEST_CASE("JSON parser rejects malformed and too deeply nested input", "[common]") {
  CHECK_FALSE(ParseJson("{\"a\":}").ok());
  CHECK_FALSE(ParseJson("[1,2").ok());
  CHECK_FALSE(ParseJson(std::string(100000, '[')).ok());
}
