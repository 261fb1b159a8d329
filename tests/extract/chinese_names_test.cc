#include <catch2/catch.hpp>

#include "extract/chinese_names.h"

using namespace news;

TEST_CASE("A Chinese name is cut from the run of characters after a title", "[extract]") {
  struct Case {
    const char* run;
    const char* name;
  };
  const Case cases[] = {
      {"宋启明已在上周提出离职", "宋启明"},
      {"宋啟明已在上週提出離職", "宋啟明"},
      {"裴敬之已于8月", "裴敬之"},     // a weak stop kept before a boundary
      {"王明之后也离开", "王明"},      // ... not before 之后
      {"司徒穎芝為集團", "司徒穎芝"},  // compound surname, two given characters
      {"欧阳文博为集团", "欧阳文博"},
      {"張簡芷寧本月初", "張簡芷寧"},
      {"张伟博士表示", "张伟"},  // a word that follows names
      {"艾琳娜·瓦斯奎茲表示", "艾琳娜·瓦斯奎茲"},
      {"曾任Google", ""},  // a word that opens with a surname character
      {"董事會接任", ""},
      {"研究員", ""},    // no surname
      {"王", ""},        // one character
      {"\xE7\x8E", ""},  // a cut character
  };
  for (const Case& c : cases) {
    INFO(c.run);
    CHECK(CutChineseName(c.run) == c.name);
  }
}

TEST_CASE("Stop characters are single characters", "[extract]") {
  CHECK(IsNameStopCharacter("已"));
  CHECK(IsNameStopCharacter("於"));
  CHECK(IsNameStopCharacter("，"));
  CHECK(IsNameStopCharacter(" "));
  CHECK_FALSE(IsNameStopCharacter("明"));
  CHECK_FALSE(IsNameStopCharacter(" ab"));  // a stop, then more
  CHECK_FALSE(IsNameStopCharacter("已於"));
  CHECK_FALSE(IsNameStopCharacter(""));
  CHECK_FALSE(IsNameStopCharacter("202"));
}
