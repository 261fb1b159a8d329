#include "text/char_class.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <vector>

namespace news {
namespace {

CharClass Compute(char32_t c) {
  UChar32 cp = static_cast<UChar32>(c);
  if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
      (cp >= 0xE0020 && cp <= 0xE007F) || (cp >= 0xE0100 && cp <= 0xE01EF))
    return CharClass::kMark;
  int8_t type = u_charType(cp);
  if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK)
    return CharClass::kMark;
  if (u_isUWhiteSpace(cp) || type == U_CONTROL_CHAR || type == U_FORMAT_CHAR || type == U_UNASSIGNED ||
      type == U_SURROGATE || type == U_LINE_SEPARATOR || type == U_PARAGRAPH_SEPARATOR)
    return CharClass::kSpace;
  if (cp == 0x3005 || cp == 0x3007 || cp == 0x30FC) return CharClass::kCjk;
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript(cp, &err);
  if (sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA) return CharClass::kCjk;
  if ((sc == USCRIPT_THAI || sc == USCRIPT_LAO || sc == USCRIPT_KHMER || sc == USCRIPT_MYANMAR) && u_isalpha(cp))
    return CharClass::kSouthEastAsian;
  if (u_isalnum(cp)) return CharClass::kWord;
  return CharClass::kOther;
}

struct BmpClasses {
  std::vector<CharClass> table;
  BmpClasses() : table(0x10000) {
    for (char32_t cp = 0; cp < 0x10000; ++cp) table[cp] = Compute(cp);
  }
};

}  // namespace

CharClass ClassOf(char32_t cp) {
  static const BmpClasses* bmp = new BmpClasses();  // never destroyed: used until exit
  return cp < 0x10000 ? bmp->table[cp] : Compute(cp);
}

}  // namespace news
