#include "ingest/text_dates.h"

#include <cctype>
#include <cstring>

namespace news {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max_len ASCII digits at s[*p]; -1 if none.
int ReadNumber(std::string_view s, size_t* p, int max_len) {
  int v = 0, n = 0;
  while (*p < s.size() && IsDigit(s[*p]) && n < max_len) { v = v * 10 + (s[*p] - '0'); ++*p; ++n; }
  if (n == 0 || (*p < s.size() && IsDigit(s[*p]))) return -1;
  return v;
}

void SkipSpaces(std::string_view s, size_t* p) {
  while (*p < s.size()) {
    if (s[*p] == ' ' || s[*p] == '\t' || s[*p] == '\n' || s[*p] == '\r') ++*p;
    else if (s.substr(*p).starts_with("\xC2\xA0")) *p += 2;
    else if (s.substr(*p).starts_with("\xE3\x80\x80")) *p += 3;
    else break;
  }
}

bool Accept(std::string_view s, size_t* p, std::string_view token) {
  if (s.substr(*p).starts_with(token)) { *p += token.size(); return true; }
  return false;
}

std::optional<Day> MakeDay(int y, int m, int d) {
  Day day{y, m, d};
  if (y < 1990 || y > 2100 || !IsValidDay(day)) return std::nullopt;
  return day;
}

// Y-M-D with one separator kind (-, /, .) or the Chinese 年 月 日 forms.
std::optional<Day> ParseYearFirst(std::string_view s, size_t* p) {
  int y = ReadNumber(s, p, 4);
  if (y < 1990) return std::nullopt;
  size_t q = *p;
  SkipSpaces(s, &q);
  if (Accept(s, &q, "年")) {
    SkipSpaces(s, &q);
    int m = ReadNumber(s, &q, 2);
    SkipSpaces(s, &q);
    if (m < 0 || !Accept(s, &q, "月")) return std::nullopt;
    SkipSpaces(s, &q);
    int d = ReadNumber(s, &q, 2);
    SkipSpaces(s, &q);
    if (d < 0) return std::nullopt;
    if (!Accept(s, &q, "日")) Accept(s, &q, "号");
    *p = q;
    return MakeDay(y, m, d);
  }
  q = *p;
  if (q >= s.size() || (s[q] != '-' && s[q] != '/' && s[q] != '.')) return std::nullopt;
  char sep = s[q++];
  int m = ReadNumber(s, &q, 2);
  if (m < 0 || q >= s.size() || s[q] != sep) return std::nullopt;
  ++q;
  int d = ReadNumber(s, &q, 2);
  if (d < 0) return std::nullopt;
  *p = q;
  return MakeDay(y, m, d);
}

constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                   "jul", "aug", "sep", "oct", "nov", "dec"};

// A month name (full or abbreviated, optional '.') at s[*p]: 1..12 or 0.
int ReadMonthName(std::string_view s, size_t* p) {
  size_t q = *p;
  while (q < s.size() && std::isalpha(static_cast<unsigned char>(s[q]))) ++q;
  if (q - *p < 3 || q - *p > 9) return 0;
  std::string word(s.substr(*p, q - *p));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char* kFull[] = {"january", "february", "march", "april", "may", "june", "july",
                                "august", "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    bool abbrev = word.size() <= 4 && word.starts_with(kMonths[m]) &&
                  (word.size() == 3 || (m == 8 && word == "sept"));
    if (word == kFull[m] || abbrev) {
      *p = q;
      if (*p < s.size() && s[*p] == '.') ++*p;
      return m + 1;
    }
  }
  return 0;
}

// "February 14, 2026" / "Feb. 14 2026" at a month name.
std::optional<Day> ParseMonthFirst(std::string_view s, size_t* p) {
  size_t q = *p;
  int m = ReadMonthName(s, &q);
  if (!m) return std::nullopt;
  SkipSpaces(s, &q);
  int d = ReadNumber(s, &q, 2);
  if (d < 0) return std::nullopt;
  Accept(s, &q, "st") || Accept(s, &q, "nd") || Accept(s, &q, "rd") || Accept(s, &q, "th");
  Accept(s, &q, ",");
  SkipSpaces(s, &q);
  int y = ReadNumber(s, &q, 4);
  if (y < 1990) return std::nullopt;
  *p = q;
  return MakeDay(y, m, d);
}

// "14 February 2026" at a day number.
std::optional<Day> ParseDayFirst(std::string_view s, size_t* p) {
  size_t q = *p;
  int d = ReadNumber(s, &q, 2);
  if (d < 1) return std::nullopt;
  SkipSpaces(s, &q);
  int m = ReadMonthName(s, &q);
  if (!m) return std::nullopt;
  Accept(s, &q, ",");
  SkipSpaces(s, &q);
  int y = ReadNumber(s, &q, 4);
  if (y < 1990) return std::nullopt;
  *p = q;
  return MakeDay(y, m, d);
}

// "9/17/2004" (US order) or "17/9/2004" (when the first number cannot be
// a month), as forum and CMS footers print them.
std::optional<Day> ParseNumericYearLast(std::string_view s, size_t* p) {
  size_t q = *p;
  int a = ReadNumber(s, &q, 2);
  if (a < 1 || q >= s.size() || s[q] != '/') return std::nullopt;
  ++q;
  int b = ReadNumber(s, &q, 2);
  if (b < 1 || q >= s.size() || s[q] != '/') return std::nullopt;
  ++q;
  int y = ReadNumber(s, &q, 4);
  if (y < 1990) return std::nullopt;
  *p = q;
  return a > 12 ? MakeDay(y, b, a) : MakeDay(y, a, b);
}

// A word starts after a non-alphanumeric byte or at a lower-to-upper case
// change ("chiefFebruary" when markup put two elements side by side).
bool WordStart(std::string_view s, size_t i) {
  if (i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1]))) return true;
  return std::islower(static_cast<unsigned char>(s[i - 1])) && std::isupper(static_cast<unsigned char>(s[i]));
}

}  // namespace

std::vector<TextDate> FindDatesInText(std::string_view text, size_t max_results) {
  std::vector<TextDate> out;
  for (size_t i = 0; i < text.size() && out.size() < max_results;) {
    if (!WordStart(text, i)) { ++i; continue; }
    size_t p = i;
    std::optional<Day> d;
    if (IsDigit(text[i])) {
      d = ParseYearFirst(text, &p);
      if (!d) { p = i; d = ParseDayFirst(text, &p); }
      if (!d) { p = i; d = ParseNumericYearLast(text, &p); }
    } else if (std::isalpha(static_cast<unsigned char>(text[i]))) {
      d = ParseMonthFirst(text, &p);
    }
    if (d) {
      out.push_back({*d, i, p});
      i = p;
    } else if (IsDigit(text[i])) {
      while (i < text.size() && IsDigit(text[i])) ++i;  // not a date: skip the whole number
    } else {
      ++i;
    }
  }
  return out;
}

std::vector<TextDate> FindMonthsInText(std::string_view text, size_t max_results) {
  std::vector<TextDate> out;
  for (size_t i = 0; i < text.size() && out.size() < max_results; ++i) {
    if (!WordStart(text, i)) continue;
    size_t p = i;
    if (IsDigit(text[i])) {
      int y = ReadNumber(text, &p, 4);
      if (y < 1990 || y > 2100) { while (i + 1 < text.size() && IsDigit(text[i + 1])) ++i; continue; }
      SkipSpaces(text, &p);
      if (!Accept(text, &p, "年")) continue;
      SkipSpaces(text, &p);
      int m = ReadNumber(text, &p, 2);
      SkipSpaces(text, &p);
      if (m < 1 || m > 12 || !Accept(text, &p, "月")) continue;
      size_t q = p;
      SkipSpaces(text, &q);
      if (q < text.size() && IsDigit(text[q])) continue;  // a full date: FindDatesInText has it
      out.push_back({Day{y, m, 1}, i, p});
      i = p - 1;
    } else if (std::isalpha(static_cast<unsigned char>(text[i]))) {
      int m = ReadMonthName(text, &p);
      if (!m) continue;
      SkipSpaces(text, &p);
      int y = ReadNumber(text, &p, 4);
      if (y < 1990 || y > 2100) continue;
      out.push_back({Day{y, m, 1}, i, p});
      i = p - 1;
    }
  }
  return out;
}

std::optional<Day> ParseDateValue(std::string_view value) {
  size_t start = 0;
  while (start < value.size() && !std::isalnum(static_cast<unsigned char>(value[start]))) ++start;
  value.remove_prefix(start);
  if (value.size() >= 8 && IsDigit(value[0])) {
    size_t p = 0;
    if (auto d = ParseYearFirst(value, &p)) return d;
    // 20260214 or 20260214T0930
    bool eight = value.size() >= 8;
    for (size_t k = 0; k < 8 && eight; ++k) eight = IsDigit(value[k]);
    if (eight && (value.size() == 8 || !IsDigit(value[8]))) {
      auto num = [&](size_t a, size_t n) { return std::atoi(std::string(value.substr(a, n)).c_str()); };
      if (auto d = MakeDay(num(0, 4), num(4, 2), num(6, 2))) return d;
    }
  }
  std::vector<TextDate> found = FindDatesInText(value, 1);
  if (!found.empty()) return found[0].day;
  return std::nullopt;
}

std::optional<Day> DateFromUrl(std::string_view url) {
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  std::string_view s = url.substr(path);
  for (size_t i = 0; i + 5 < s.size(); ++i) {
    if (s[i] != '/' || !IsDigit(s[i + 1])) continue;
    size_t p = i + 1;
    int y = ReadNumber(s, &p, 8);
    if (y >= 19900101 && y <= 21001231 && (p == s.size() || !std::isalnum(static_cast<unsigned char>(s[p])))) {
      if (auto d = MakeDay(y / 10000, y / 100 % 100, y % 100)) return d;
      continue;
    }
    if (y >= 199001 && y <= 210012 && p < s.size() && s[p] == '/') {  // /202202/13/
      size_t q = p + 1;
      int d = ReadNumber(s, &q, 2);
      if (d > 0 && q < s.size() && s[q] == '/')
        if (auto day = MakeDay(y / 100, y % 100, d)) return day;
      continue;
    }
    if (y < 1990 || y > 2100 || p >= s.size() || (s[p] != '/' && s[p] != '-' && s[p] != '_')) continue;
    char sep = s[p++];
    size_t month_at = p;
    int m = ReadNumber(s, &p, 4);
    if (m < 0) continue;
    if (p - month_at == 4) {  // /2026/0214/
      if (auto d = MakeDay(y, m / 100, m % 100)) return d;
      continue;
    }
    if (p >= s.size() || s[p] != sep) continue;
    ++p;
    int d = ReadNumber(s, &p, 2);
    if (d < 0) continue;
    if (auto day = MakeDay(y, m, d)) return day;
  }
  return std::nullopt;
}

}  // namespace news
