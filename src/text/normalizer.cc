#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "common/utf8.h"

namespace news {

static bool IsDroppedControl(uint32_t cp) {
  if (cp == '\n' || cp == '\t') return false;
  if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF) return true;
  return u_charType(cp) == U_CONTROL_CHAR || u_charType(cp) == U_FORMAT_CHAR;
}

std::string NormalizeText(std::string_view raw, NormalizeStats* stats) {
  NormalizeStats local;
  std::string clean = SanitizeUtf8(raw, &local.invalid_utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  std::string nfkc_text;
  if (U_SUCCESS(status)) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(clean);
    nfkc->normalize(u, status).toUTF8String(nfkc_text);
  }
  if (U_FAILURE(status)) nfkc_text = clean;

  // Collapse runs of spaces, turn CR/CRLF into LF, keep at most one blank line.
  std::string out;
  out.reserve(nfkc_text.size());
  size_t pos = 0;
  int newlines = 0;
  bool space = false;
  while (pos < nfkc_text.size()) {
    size_t start = pos;
    uint32_t cp = DecodeUtf8(nfkc_text, &pos);
    if (cp == '\r') cp = '\n';
    if (cp == '\r' || IsDroppedControl(cp)) { ++local.removed_controls; continue; }
    if (cp == '\n') { ++newlines; space = false; continue; }
    if (cp == '\t' || u_isUWhiteSpace(cp)) { space = true; continue; }
    if (!out.empty()) {
      if (newlines) out.append(newlines > 1 ? "\n\n" : "\n");
      else if (space) out += ' ';
    }
    newlines = 0;
    space = false;
    out.append(nfkc_text, start, pos - start);
  }
  if (stats) *stats = local;
  return out;
}

}  // namespace news
