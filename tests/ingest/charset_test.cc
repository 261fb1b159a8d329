#include "ingest/charset.h"

#include <catch2/catch.hpp>

namespace news {
namespace {

const char* kHans = "百度发布新一代文心大模型，研究团队并入AI应用事业群。公司表示，产品化进度将明显加快。";
const char* kHant = "微軟發表自研MAI新模型，Copilot將逐步採用，降低對OpenAI的依賴。研究團隊規模持續擴大。";

std::string Html(const std::string& head, const std::string& body) {
  return "<html><head>" + head + "<title>t</title></head><body><p>" + body + "</p></body></html>";
}

TEST_CASE("Charset labels widen to their supersets", "[ingest]") {
  CHECK(CanonicalCharset("gb2312") == "GB18030");
  CHECK(CanonicalCharset("GBK") == "GB18030");
  CHECK(CanonicalCharset("big5") == "Big5-HKSCS");
  CHECK(CanonicalCharset("utf8") == "UTF-8");
  CHECK(CanonicalCharset("iso-8859-1") == "windows-1252");
  CHECK(CanonicalCharset("no-such-charset").empty());
}

TEST_CASE("Declared charsets are read from HTTP and markup", "[ingest]") {
  CHECK(CharsetFromContentType("text/html; charset=\"GBK\"") == "gbk");
  CHECK(CharsetFromContentType("text/html").empty());
  CHECK(CharsetFromMarkup("<html><head><meta charset='big5'>") == "big5");
  CHECK(CharsetFromMarkup("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">") == "gb2312");
  CHECK(CharsetFromMarkup("<?xml version=\"1.0\" encoding=\"GB18030\"?><rss>") == "gb18030");
}

TEST_CASE("Pages decode by BOM, header, meta and detection", "[ingest]") {
  struct Row { std::string bytes; std::string content_type; std::string charset; std::string rule; std::string text; };
  std::string gbk = EncodeFromUtf8(Html("", kHans), "GBK");
  std::string big5 = EncodeFromUtf8(Html("", kHant), "Big5");
  std::string gbk_meta = EncodeFromUtf8(Html("<meta charset=gb2312>", kHans), "GBK");
  std::string utf16 = "\xFF\xFE" + EncodeFromUtf8(kHant, "UTF-16LE");
  const Row rows[] = {
      {"\xEF\xBB\xBF" + Html("", kHant), "", "UTF-8", "bom", kHant},
      {utf16, "", "UTF-16LE", "bom", kHant},
      {gbk, "text/html; charset=gbk", "GB18030", "http", kHans},
      {gbk_meta, "", "GB18030", "meta", kHans},
      {gbk, "", "GB18030", "detected", kHans},
      {big5, "", "Big5-HKSCS", "detected", kHant},
      {Html("<meta charset=gbk>", kHans), "", "UTF-8", "utf8-valid", kHans},  // declaration contradicted
  };
  for (const Row& r : rows) {
    DecodedText t = DecodeToUtf8(r.bytes, r.content_type);
    INFO(r.charset << " " << r.rule);
    CHECK(t.charset == r.charset);
    CHECK(t.rule == r.rule);
    CHECK(t.text.find(r.text) != std::string::npos);
    CHECK(t.invalid == 0);
  }
}

TEST_CASE("Invalid sequences are replaced, never fatal", "[ingest]") {
  std::string broken = EncodeFromUtf8(Html("<meta charset=gbk>", kHans), "GBK");
  broken.insert(broken.find("<p>") + 3, "\x81\x20\xFF");
  DecodedText t = DecodeToUtf8(broken);
  CHECK(t.charset == "GB18030");
  CHECK(t.invalid >= 1);
  CHECK(t.text.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(t.text.find("研究团队并入") != std::string::npos);
  std::string body = kHant;  // appended: GCC 12 flags a + chain on a literal (-Warray-bounds)
  std::string utf8 = Html("", body.append(kHant).append("caf\xC3 ok"));
  DecodedText u = DecodeToUtf8(utf8, "text/html; charset=utf-8");
  CHECK(u.charset == "UTF-8");
  CHECK(u.text.find("caf\xEF\xBF\xBD ok") != std::string::npos);
}

// QA (session 5): an undeclared UTF-8 file with one bad byte, or cut in the
// middle of a character, was decoded as windows-1252 (every Chinese
// character became three Latin ones, lang "en"); GBK bytes labelled Big5
// (and the reverse) decoded into nonsense without a single error.
TEST_CASE("QA: nearly-UTF-8 text stays UTF-8; a Big5/GBK label contradicted by the bytes is overridden", "[ingest]") {
  std::string hant = std::string(kHant) + kHant + kHant;
  std::string hans = std::string(kHans) + kHans + kHans;
  std::string one_bad = hant;
  one_bad.insert(12, "\xFF");
  std::string cut = hant.substr(0, hant.size() - 2);  // the last character loses two of its three bytes
  std::string page_cut = Html("", hant).substr(0, Html("", hant).find("</p>") - 1);
  struct Row { std::string bytes, content_type, charset, text; bool markup; };
  const Row rows[] = {
      {one_bad, "", "UTF-8", kHant, false},
      {cut, "", "UTF-8", kHant, false},
      {page_cut, "", "UTF-8", kHant, true},
      {EncodeFromUtf8(Html("", hans), "GBK"), "text/html; charset=big5", "GB18030", kHans, true},
      {EncodeFromUtf8(Html("<meta charset=big5>", hans), "GBK"), "", "GB18030", kHans, true},
      {EncodeFromUtf8(Html("", hant), "Big5"), "text/html; charset=gb2312", "Big5-HKSCS", kHant, true},
      {EncodeFromUtf8(Html("", hant), "Big5"), "text/html; charset=big5", "Big5-HKSCS", kHant, true},
      {EncodeFromUtf8(Html("", hans), "GBK"), "text/html; charset=gbk", "GB18030", kHans, true},
  };
  for (const Row& r : rows) {
    INFO(r.content_type << " -> " << r.charset);
    DecodedText t = DecodeToUtf8(r.bytes, r.content_type, r.markup);
    CHECK(t.charset == r.charset);
    CHECK(t.text.find(r.text) != std::string::npos);
  }
  // Latin-1 text with a lone accented byte is not "nearly UTF-8".
  CHECK(DecodeToUtf8("Caf\xE9 au lait, na\xEFve r\xE9sum\xE9", "", false).charset == "windows-1252");
}

// QA (session 7): English UTF-8 with curly quotes and dashes and one stray
// byte pair was decoded as windows-1252 ("OpenAIâ€™s ... â€” â€œa lossâ€"),
// because two bad bytes among 23 non-ASCII ones were too many for the
// 1-in-50 rule; a short headline with one bad byte the same.
TEST_CASE("QA: UTF-8 with a few stray bytes stays UTF-8 in any language; GBK, Big5, Latin-1 do not pass for it", "[ingest]") {
  auto with_bad = [](std::string s, size_t at, const char* bad) { return s.insert(at, bad); };
  const std::string en = "OpenAI\u2019s head of research left on Monday \u2014 \u201ca loss,\u201d a colleague said; "
                         "Anthropic\u2019s \u201cresearch-first\u201d pitch won her over.";
  const std::string hant = "谷歌研究主管離職，轉投OpenAI";
  const std::string hans = "OpenAI发布新模型，research team";
  struct Row { const char* what; std::string bytes; std::string charset; std::string kept; };
  const Row rows[] = {
      {"en, curly quotes, two stray bytes", with_bad(en, 10, "\xFF\xFE"), "UTF-8", "\u201ca loss,\u201d"},
      {"en, one character cut short", with_bad(en, 10, "\xE2\x80"), "UTF-8", "head of research left on Monday \u2014"},
      {"zh-Hant headline, one stray byte", with_bad(hant, 6, "\xFF"), "UTF-8", "離職，轉投OpenAI"},
      {"zh-Hans in mostly English, one stray byte", with_bad(hans, 6, "\x80"), "UTF-8", "发布新模型"},
      {"zh-Hans in GBK", EncodeFromUtf8(kHans, "GBK"), "GB18030", "研究团队并入"},
      {"zh-Hant in Big5", EncodeFromUtf8(kHant, "Big5"), "Big5-HKSCS", "研究團隊規模"},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    DecodedText t = DecodeToUtf8(r.bytes, "", false);
    CHECK(t.charset == r.charset);
    CHECK(t.text.find(r.kept) != std::string::npos);
  }
  // A page that declares UTF-8 keeps it for the same reason.
  DecodedText page = DecodeToUtf8(Html("<meta charset=utf-8>", with_bad(en, 10, "\xFF\xFE")));
  CHECK(page.charset == "UTF-8");
  CHECK(page.invalid == 2);
}

// QA (session 7): short undeclared Chinese files were decoded by ICU's
// detector's guess for so few bytes: 9 characters of GBK as windows-1251
// (МЪС¶ЧтИХ), 5 of Big5 as UTF-16BE (쒫ꩇ), 15 of Big5 as windows-1252.
TEST_CASE("QA: a short undeclared GBK or Big5 text is Chinese; short Latin-1 and Cyrillic are not", "[ingest]") {
  struct Row { const char* what; std::string bytes; std::string charset; std::string text; };
  const Row rows[] = {
      {"zh-Hans, 5 characters", EncodeFromUtf8("腾讯昨日发", "GBK"), "GB18030", "腾讯昨日发"},
      {"zh-Hans, 9 characters", EncodeFromUtf8("腾讯昨日发布内部公告", "GBK"), "GB18030", "腾讯昨日发布内部公告"},
      {"zh-Hans headline file", EncodeFromUtf8("Title: 谷歌发布新模型\nDate: 2026-02-11\n\n谷歌发布了新模型。\n", "GBK"),
       "GB18030", "谷歌发布了新模型。"},
      {"zh-Hant, 5 characters", EncodeFromUtf8("蘋果的AI研究", "Big5"), "Big5-HKSCS", "蘋果的AI研究"},
      {"zh-Hant, 15 characters", EncodeFromUtf8("蘋果(Apple)的AI研究團隊再傳人才流失", "Big5"), "Big5-HKSCS",
       "蘋果(Apple)的AI研究團隊再傳人才流失"},
      {"zh-Hant headline file", EncodeFromUtf8("Title: 輝達宣布新晶片\nDate: 2026-02-12\n\n輝達今天宣布新一代晶片。\n", "Big5"),
       "Big5-HKSCS", "輝達今天宣布新一代晶片。"},
      {"en, Latin-1 accents", "Caf\xE9 cr\xE8me, r\xE9sum\xE9 of the na\xEFve research team", "windows-1252", "Caf\u00e9 cr\u00e8me"},
      {"ru, windows-1251", EncodeFromUtf8("\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440", "windows-1251"), "", ""},
  };
  for (const Row& r : rows) {
    INFO(r.what);
    DecodedText t = DecodeToUtf8(r.bytes, "", false);
    if (r.charset.empty()) {  // anything but a Chinese charset
      CHECK(t.charset != "GB18030");
      CHECK(t.charset != "Big5-HKSCS");
      continue;
    }
    CHECK(t.charset == r.charset);
    CHECK(t.text.find(r.text) != std::string::npos);
  }
}

}  // namespace
}  // namespace news
