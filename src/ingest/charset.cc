#include "ingest/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <vector>

#include "common/utf8.h"

namespace news {

namespace {

constexpr size_t kMarkupScanBytes = 16 * 1024;
constexpr size_t kDetectBytes = 64 * 1024;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

size_t FindNoCase(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() &&
           std::tolower(static_cast<unsigned char>(hay[i + k])) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// The value after `key=` (optionally quoted) in s, starting the search at 0.
std::string ValueAfter(std::string_view s, std::string_view key) {
  size_t p = FindNoCase(s, key, 0);
  if (p == std::string_view::npos) return "";
  p += key.size();
  while (p < s.size() && (s[p] == ' ' || s[p] == '=' || s[p] == '"' || s[p] == '\'')) ++p;
  size_t e = p;
  while (e < s.size() && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '-' ||
                          s[e] == '_' || s[e] == '.' || s[e] == ':'))
    ++e;
  return Lower(s.substr(p, e - p));
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// ICU converter -> UTF-8 via UTF-16, with U+FFFD for invalid input.
std::string ConvertToUtf8(std::string_view bytes, const std::string& charset, size_t* invalid) {
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr cnv(ucnv_open(charset.c_str(), &err));
  if (U_FAILURE(err)) return SanitizeUtf8(bytes, invalid);
  std::u16string wide(bytes.size() * 2 + 16, u'\0');
  err = U_ZERO_ERROR;
  int32_t n = ucnv_toUChars(cnv.get(), wide.data(), static_cast<int32_t>(wide.size()), bytes.data(),
                            static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err)) return SanitizeUtf8(bytes, invalid);
  wide.resize(static_cast<size_t>(n));
  std::string out(wide.size() * 3 + 16, '\0');
  int32_t out_len = 0, subs = 0;
  err = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &out_len, wide.data(), n,
                     0xFFFD, &subs, &err);
  if (U_FAILURE(err)) return SanitizeUtf8(bytes, invalid);
  out.resize(static_cast<size_t>(out_len));
  if (invalid) *invalid = static_cast<size_t>(subs) + static_cast<size_t>(std::count(wide.begin(), wide.end(), u'\uFFFD'));
  return out;
}

bool HasNonAscii(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// A few broken sequences in an otherwise UTF-8 page (a truncated paste, a
// stray byte) do not overturn the page's own declaration or make it
// windows-1252. Either rule suffices: bad bytes are rare among the non-ASCII
// ones (Chinese text), or valid multi-byte characters are at least three and
// outnumber the bad sequences three to one (English with a few curly quotes
// and dashes, where one stray byte is already 1 in 20 of the non-ASCII
// bytes). A bad sequence is a lone byte, or a lead byte with the
// continuation bytes it has. Corpus Chinese text in GBK or Big5, cut into
// 4 to 400 characters, never passes the second rule; Latin-1 has no valid
// multi-byte characters.
bool MostlyUtf8(std::string_view bytes) {
  std::string_view sample = TruncateUtf8(bytes, kDetectBytes * 4);
  size_t bad = 0, valid_multibyte = 0, non_ascii = 0;
  for (size_t pos = 0; pos < sample.size();) {
    auto byte = [&](size_t i) { return static_cast<unsigned char>(sample[i]); };
    if (byte(pos) < 0x80) { ++pos; continue; }
    size_t start = pos;
    DecodeUtf8(sample, &pos);
    if (pos - start > 1) {
      ++valid_multibyte;
    } else {
      ++bad;
      if (byte(start) >= 0xC2 && byte(start) <= 0xF4)
        while (pos < sample.size() && pos - start < 4 && byte(pos) >= 0x80 && byte(pos) <= 0xBF) ++pos;
    }
    non_ascii += pos - start;
  }
  return bad * 50 < non_ascii || (valid_multibyte >= 3 && valid_multibyte >= 3 * bad);
}

struct Detected {
  std::string name;    // ICU's name, "" when it has no guess
  int confidence = 0;  // ICU's 0-100
};

// Strips tags so the detector sees text, not markup (ICU's own input filter
// does the same but keeps attribute-heavy pages noisy).
Detected DetectCharset(std::string_view bytes, bool markup) {
  std::string_view sample = bytes.substr(0, kDetectBytes);
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&err);
  if (U_FAILURE(err)) return {};
  ucsdet_enableInputFilter(det, markup);
  ucsdet_setText(det, sample.data(), static_cast<int32_t>(sample.size()), &err);
  const UCharsetMatch* m = ucsdet_detect(det, &err);
  Detected out;
  if (U_SUCCESS(err) && m) {
    const char* n = ucsdet_getName(m, &err);
    if (U_SUCCESS(err) && n) out.name = n;
    out.confidence = ucsdet_getConfidence(m, &err);
  }
  ucsdet_close(det);
  return out;
}

// GBK and Big5 share their byte ranges, so a page that declares one but is
// written in the other decodes without errors into nonsense (陝爵匙匙).
// ICU's detector tells the two apart by character frequencies (on the
// corpus, the right one scores 87-100 and the wrong one at most 51), so a
// confident vote for the other one overrides the declaration.
std::string OtherChineseCharset(const std::string& declared, std::string_view bytes, bool markup) {
  constexpr int kOverrideConfidence = 70;
  if (declared != "GB18030" && declared != "Big5-HKSCS") return "";
  Detected d = DetectCharset(bytes, markup);
  if (d.confidence < kOverrideConfidence) return "";
  std::string detected = CanonicalCharset(d.name);
  return (detected == "GB18030" || detected == "Big5-HKSCS") && detected != declared ? detected : "";
}

// Short Chinese text without a declaration is too little for ICU's
// detector, which calls 9 characters of GBK windows-1251 or UTF-16BE and 15
// of Big5 windows-1252. When every byte above ASCII pairs into a double-byte
// character, the text is Chinese: GB2312's range (both bytes A1-FE) is GBK,
// anything else Big5 (Big5 trail bytes 40-7E, in a third of its characters,
// are outside GB2312). Latin-1 text fails the pairing (an accented letter
// before a space or a plain letter), as does UTF-16 without a zero byte.
std::string ShortChineseCharset(std::string_view bytes) {
  bool gb2312 = true;
  size_t pairs = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x80) continue;
    if (i + 1 >= bytes.size() || lead == 0x80 || lead == 0xFF) return "";
    auto trail = static_cast<unsigned char>(bytes[++i]);
    if (trail < 0x40 || trail == 0x7F || trail == 0xFF) return "";
    gb2312 = gb2312 && lead >= 0xA1 && trail >= 0xA1;
    ++pairs;
  }
  if (pairs == 0) return "";
  return gb2312 ? "GB18030" : "Big5-HKSCS";
}

// What the detector says is trusted for Chinese charsets and for longer
// text; for a few dozen bytes it is a guess (see ShortChineseCharset).
std::string DetectedCharset(std::string_view bytes, bool markup) {
  constexpr size_t kShortText = 160;
  std::string detected = CanonicalCharset(DetectCharset(bytes, markup).name);
  bool chinese = detected == "GB18030" || detected == "Big5-HKSCS";
  bool no_zero = bytes.find('\0') == std::string_view::npos;
  bool utf16_without_zero = detected.starts_with("UTF-16") || detected.starts_with("UTF-32") ? no_zero : false;
  if (!chinese && (bytes.size() <= kShortText || utf16_without_zero))
    if (std::string short_chinese = ShortChineseCharset(bytes); !short_chinese.empty()) return short_chinese;
  return detected;
}

}  // namespace

std::string CanonicalCharset(std::string_view label) {
  std::string l = Lower(label);
  if (l.empty()) return "";
  if (l == "utf8" || l == "utf-8" || l == "unicode-1-1-utf-8") return "UTF-8";
  if (l == "gb2312" || l == "gbk" || l == "x-gbk" || l == "cp936" || l == "gb18030" ||
      l == "euc-cn" || l == "x-euc-cn" || l == "windows-936" || l == "chinese" || l == "hz-gb-2312")
    return "GB18030";
  if (l == "big5" || l == "big5-hkscs" || l == "x-x-big5" || l == "cn-big5" || l == "x-big5" || l == "cp950")
    return "Big5-HKSCS";
  if (l == "iso-8859-1" || l == "latin1" || l == "us-ascii" || l == "ascii" || l == "iso8859-1")
    return "windows-1252";
  if (l == "utf-16" || l == "utf-16le") return "UTF-16LE";
  if (l == "utf-16be") return "UTF-16BE";
  UErrorCode err = U_ZERO_ERROR;
  const char* name = ucnv_getCanonicalName(l.c_str(), "IANA", &err);
  if (U_FAILURE(err) || !name || !*name) {
    err = U_ZERO_ERROR;
    ConverterPtr cnv(ucnv_open(l.c_str(), &err));
    if (U_FAILURE(err)) return "";
    return std::string(l);
  }
  return name;
}

std::string CharsetFromContentType(std::string_view content_type) {
  return ValueAfter(content_type, "charset");
}

std::string CharsetFromMarkup(std::string_view bytes) {
  std::string_view head = bytes.substr(0, kMarkupScanBytes);
  if (head.starts_with("<?xml")) {
    size_t end = head.find("?>");
    std::string v = ValueAfter(head.substr(0, end), "encoding");
    if (!v.empty()) return v;
  }
  for (size_t p = FindNoCase(head, "<meta", 0); p != std::string_view::npos;
       p = FindNoCase(head, "<meta", p + 5)) {
    size_t end = head.find('>', p);
    std::string v = ValueAfter(head.substr(p, end == std::string_view::npos ? head.size() - p : end - p),
                               "charset");
    if (!v.empty()) return v;
  }
  return "";
}

DecodedText DecodeToUtf8(std::string_view bytes, std::string_view content_type, bool markup) {
  DecodedText out;
  auto use = [&](std::string charset, std::string rule, std::string_view b) {
    out.charset = std::move(charset);
    out.rule = std::move(rule);
    if (out.charset == "UTF-8") out.text = SanitizeUtf8(b, &out.invalid);
    else out.text = ConvertToUtf8(b, out.charset, &out.invalid);
    return out;
  };
  if (bytes.starts_with("\xEF\xBB\xBF")) return use("UTF-8", "bom", bytes.substr(3));
  if (bytes.starts_with("\xFF\xFE")) return use("UTF-16LE", "bom", bytes.substr(2));
  if (bytes.starts_with("\xFE\xFF")) return use("UTF-16BE", "bom", bytes.substr(2));
  bool valid_utf8 = IsValidUtf8(bytes);
  std::string declared = CanonicalCharset(CharsetFromContentType(content_type));
  std::string rule = "http";
  if (declared.empty() && markup) { declared = CanonicalCharset(CharsetFromMarkup(bytes)); rule = "meta"; }
  bool utf16_declared = declared.starts_with("UTF-16");  // a UTF-16 page could not declare it in ASCII
  if (!declared.empty() && !utf16_declared) {
    if (declared == "UTF-8" && !valid_utf8 && !MostlyUtf8(bytes)) {
      // Contradicted: fall through to detection.
    } else if (declared != "UTF-8" && valid_utf8 && HasNonAscii(bytes)) {
      return use("UTF-8", "utf8-valid", bytes);
    } else if (std::string other = OtherChineseCharset(declared, bytes, markup); !other.empty()) {
      return use(other, "detected", bytes);
    } else {
      return use(declared, rule, bytes);
    }
  }
  if (valid_utf8) return use("UTF-8", HasNonAscii(bytes) ? "utf8-valid" : "default", bytes);
  // A UTF-8 file cut in the middle of a character, or with a few bad bytes,
  // is still UTF-8: the detector would call it windows-1252 and turn every
  // Chinese character into three Latin ones.
  if (MostlyUtf8(bytes)) return use("UTF-8", "utf8-mostly", bytes);
  std::string detected = DetectedCharset(bytes, markup);
  if (detected.empty() || detected == "UTF-8") return use("windows-1252", "default", bytes);
  return use(detected, "detected", bytes);
}

std::string EncodeFromUtf8(std::string_view utf8, std::string_view charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::string name(charset);
  std::vector<char> out(utf8.size() * 4 + 16);
  int32_t n = ucnv_convert(name.c_str(), "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  if (U_FAILURE(err)) return "";
  return std::string(out.data(), static_cast<size_t>(n));
}

}  // namespace news
