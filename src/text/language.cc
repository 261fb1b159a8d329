#include "text/language.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "common/utf8.h"

namespace news {

// A handful of very common characters that differ between the scripts; the
// text layer replaces this with a table derived from ICU's transliterator.
static bool IsTraditionalOnly(uint32_t cp) {
  static const char32_t kChars[] = U"們這個來時會說對發開與為將國於學當經過後還麼實體動們員離職營業務產團隊導點級";
  for (char32_t c : kChars) if (c == cp) return true;
  return false;
}

static bool IsSimplifiedOnly(uint32_t cp) {
  static const char32_t kChars[] = U"们这个来时会说对发开与为将国于学当经过后还么实体动员离职营业务产团队导点级";
  for (char32_t c : kChars) if (c == cp) return true;
  return false;
}

std::string DetectLanguage(std::string_view utf8) {
  size_t han = 0, latin = 0, hant = 0, hans = 0, pos = 0;
  while (pos < utf8.size()) {
    uint32_t cp = DecodeUtf8(utf8, &pos);
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(cp, &err);
    if (sc == USCRIPT_HAN) {
      ++han;
      hant += IsTraditionalOnly(cp);
      hans += IsSimplifiedOnly(cp);
    } else if (sc == USCRIPT_LATIN && u_isalpha(cp)) {
      ++latin;
    }
  }
  // One Han character carries about as much text as a four-letter word.
  if (han * 4 >= latin && han > 0) return hant >= hans ? (hant > 0 ? "zh-Hant" : "zh-Hans") : "zh-Hans";
  if (latin > 0 && han * 20 < latin) return "en";
  return han || latin ? "mixed" : "en";
}

}  // namespace news
