#include <catch2/catch.hpp>

#include <string>

#include "extract/literals.h"

using namespace news::literals;

TEST_CASE("A literal list is tried in its order, by first byte", "[extract]") {
  const Literals areas({"team", "tech", "technical", "research"});
  std::string s = "technical lead";
  CHECK(areas.FirstAt(s, 0) == 4);                                                   // "tech" comes first in the list
  CHECK(areas.FirstAt(s, 0, [&](size_t end) { return At(s, end, " lead"); }) == 9);  // then "technical"
  CHECK(areas.FirstAt(s, 1) == 0);
  CHECK(areas.FirstAt(s, s.size()) == 0);
  CHECK(areas.AnyAgreesWith("tech"));  // "tech", "technical"
  CHECK(areas.AnyAgreesWith("te"));
  CHECK_FALSE(areas.AnyAgreesWith("model"));
  CHECK(Literals().empty());
}

TEST_CASE("A spaced literal's spaces stand for a whitespace run", "[extract]") {
  const Literals exact({"until recently"}), spaced({"until recently"}, /*spaced=*/true);
  std::string s = "until \t recently left";
  CHECK(exact.FirstAt(s, 0) == 0);
  CHECK(spaced.FirstAt(s, 0) == 16);
  CHECK(WordsAt(s, 0, "until recently left") == s.size());
  CHECK(SpacesEnd(s, 5) == 8);
  CHECK(SpacesEnd(s, 0) == 0);
}
