#include "report/text_width.h"

#include "common/utf8.h"

namespace news {

namespace {

struct Range {
  char32_t first, last;
};

// East Asian Width W and F blocks (condensed to whole blocks).
constexpr Range kWide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x2E80, 0x303E},   {0x3041, 0x33FF},
    {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xA960, 0xA97F},   {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},
    {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

constexpr Range kZero[] = {
    {0x0300, 0x036F}, {0x200B, 0x200F}, {0x2028, 0x202E}, {0x2060, 0x2064}, {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF},
};

bool In(const Range* begin, const Range* end, char32_t c) {
  for (const Range* r = begin; r != end; ++r)
    if (c >= r->first && c <= r->last) return true;
  return false;
}

}  // namespace

int CodePointWidth(char32_t c) {
  if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return 0;
  if (In(std::begin(kZero), std::end(kZero), c)) return 0;
  return In(std::begin(kWide), std::end(kWide), c) ? 2 : 1;
}

int DisplayWidth(std::string_view s) {
  int w = 0;
  size_t pos = 0;
  while (pos < s.size()) w += CodePointWidth(DecodeUtf8(s, &pos));
  return w;
}

std::string FitToWidth(std::string_view s, int width) {
  std::string clean;
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t c = DecodeUtf8(s, &pos);
    AppendUtf8(clean, c == '\n' || c == '\t' || c == '\r' ? U' ' : c);
  }
  if (DisplayWidth(clean) <= width) return clean;
  std::string out;
  int used = 0;
  pos = 0;
  while (pos < clean.size() && width > 0) {
    char32_t c = DecodeUtf8(clean, &pos);
    int w = CodePointWidth(c);
    if (used + w > width - 1) break;  // keep one column for the ellipsis
    AppendUtf8(out, c);
    used += w;
  }
  return width > 0 ? out + "…" : out;
}

std::string PadToWidth(std::string_view s, int width) {
  std::string out = FitToWidth(s, width);
  int w = DisplayWidth(out);
  if (w < width) out.append(static_cast<size_t>(width - w), ' ');
  return out;
}

}  // namespace news
