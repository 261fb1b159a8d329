#include "text/language.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "common/utf8.h"
#include "text/match_key.h"

namespace news {
namespace {

struct ScriptCounts {
  size_t han = 0, latin = 0, traditional = 0, simplified = 0;
};

ScriptCounts Count(std::string_view utf8) {
  ScriptCounts c;
  size_t pos = 0;
  while (pos < utf8.size()) {
    uint32_t cp = DecodeUtf8(utf8, &pos);
    if (cp < 0x80) {
      c.latin += (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
      continue;
    }
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(static_cast<UChar32>(cp), &err);
    if (sc == USCRIPT_HAN) {
      ++c.han;
      c.traditional += IsTraditionalOnly(cp);
      c.simplified += IsSimplifiedOnly(cp);
    } else if (sc == USCRIPT_LATIN && u_isalpha(static_cast<UChar32>(cp))) {
      ++c.latin;
    }
  }
  return c;
}

std::string ChineseVariant(const ScriptCounts& c, std::string_view hint) {
  // The majority decides; a stray character of the other script (a quoted
  // name, a variant form) does not flip a text.
  if (c.traditional > c.simplified) return "zh-Hant";
  if (c.simplified > c.traditional) return "zh-Hans";
  if (hint == "zh-Hant" || hint == "zh-Hans") return std::string(hint);
  return "zh-Hans";
}

}  // namespace

std::string DetectLanguage(std::string_view utf8, std::string_view hint) {
  ScriptCounts c = Count(utf8);
  if (c.han == 0 && c.latin == 0) return hint.empty() ? "en" : std::string(hint);
  if (c.han > 0 && c.han * 4 >= c.latin) return ChineseVariant(c, hint);
  if (c.han * 10 <= c.latin) return "en";
  return "mixed";
}

}  // namespace news
