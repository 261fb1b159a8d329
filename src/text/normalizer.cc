#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "common/utf8.h"

namespace news {
namespace {

bool IsLineBreak(uint32_t cp) { return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0x0B || cp == 0x0C; }

bool IsDropped(uint32_t cp) {
  if (cp == '\t' || IsLineBreak(cp)) return false;
  int8_t type = u_charType(static_cast<UChar32>(cp));
  return type == U_CONTROL_CHAR || type == U_FORMAT_CHAR || cp == 0x200B;
}

// NFKC through ICU, skipping the (usual) case where the text already is.
std::string Nfkc(const std::string& clean) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return clean;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(clean);
  if (nfkc->isNormalized(u, status) && U_SUCCESS(status)) return clean;
  status = U_ZERO_ERROR;
  icu::UnicodeString normalized = nfkc->normalize(u, status);
  if (U_FAILURE(status)) return clean;
  std::string out;
  return normalized.toUTF8String(out);
}

// Invisible characters go before NFKC, so that composition sees the
// characters that stay (A + ZWJ + U+0301 becomes Á) and a second pass
// changes nothing.
std::string DropInvisible(const std::string& text, size_t* dropped) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    size_t start = pos;
    if (IsDropped(DecodeUtf8(text, &pos))) ++*dropped;
    else out.append(text, start, pos - start);
  }
  return out;
}

}  // namespace

std::string NormalizeText(std::string_view raw, NormalizeStats* stats) {
  NormalizeStats local;
  std::string text = Nfkc(DropInvisible(SanitizeUtf8(raw, &local.invalid_utf8), &local.removed_controls));
  std::string out;
  out.reserve(text.size());
  int newlines = 0;      // line breaks since the last character kept
  bool space = false;    // white space since the last character kept
  for (size_t pos = 0; pos < text.size();) {
    size_t start = pos;
    uint32_t cp = DecodeUtf8(text, &pos);
    if (cp == '\r' && pos < text.size() && text[pos] == '\n') continue;  // CR LF: the LF counts
    if (IsLineBreak(cp)) { ++newlines; continue; }
    if (IsDropped(cp)) continue;  // only if NFKC produced one
    if (cp == '\t' || u_isUWhiteSpace(static_cast<UChar32>(cp))) { space = true; continue; }
    if (!out.empty()) {
      if (newlines) out.append(newlines > 1 ? "\n\n" : "\n");
      else if (space) out += ' ';
    }
    newlines = 0;
    space = false;
    out.append(text, start, pos - start);
  }
  if (stats) *stats = local;
  return out;
}

}  // namespace news
