#include "report/digest_format.h"

#include <cmath>
#include <cstdio>

#include "common/dates.h"

namespace news {

static std::string Signed(double v, int decimals) {
  double scale = std::pow(10.0, decimals);
  double r = std::round(v * scale) / scale;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(r));
  if (r > 0) return std::string("+") + buf;
  if (r < 0) return std::string("−") + buf;  // U+2212 minus sign
  return buf;
}

std::string FormatTone(std::optional<double> v) { return v ? Signed(*v, 2) : "n/a"; }

std::string FormatChange(std::optional<double> now, std::optional<double> before) {
  if (!now) return "n/a";
  if (!before) return "new";
  return Signed(*now - *before, 2);
}

// A mean of four weekly counts is a multiple of 0.25, shown exactly: "3.8"
// for 3.75 made the percentage next to it (+7 % for 4) look wrong.
std::string FormatMean(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", std::round(v * 100) / 100);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::string FormatPercentChange(double now, double mean) {
  if (mean <= 0) return now > 0 ? "new" : "±0 %";
  long pct = std::lround((now - mean) / mean * 100);
  if (pct == 0) return "±0 %";
  return (pct > 0 ? "+" : "−") + std::to_string(std::labs(pct)) + " %";
}

std::string FormatWeekDates(const std::string& monday, const std::string& sunday) {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  auto a = ParseIsoDay(monday), b = ParseIsoDay(sunday);
  if (!a || !b) return monday + " – " + sunday;
  std::string end = std::to_string(b->day) + " " + kMonths[b->month - 1] + " " + std::to_string(b->year);
  if (a->year != b->year) {
    return std::to_string(a->day) + " " + kMonths[a->month - 1] + " " + std::to_string(a->year) + " – " + end;
  }
  if (a->month != b->month) return std::to_string(a->day) + " " + kMonths[a->month - 1] + " – " + end;
  return std::to_string(a->day) + "–" + end;
}

std::string LanguageName(const std::string& lang) {
  if (lang == "en") return "English";
  if (lang == "zh-Hant") return "Traditional Chinese";
  if (lang == "zh-Hans") return "Simplified Chinese";
  if (lang == "mixed") return "mixed language";
  return lang.empty() ? "unknown language" : lang;
}

std::string TypeLabel(const std::string& type) { return type == "reorganization" ? "reorganisation" : type; }

static std::string Or(const std::string& s, const char* fallback) { return s.empty() ? fallback : s; }

std::string DescribeEvent(const DigestEvent& e) {
  const std::string who = Or(e.person, "someone"), org = Or(e.organization, "an unnamed organisation");
  if (e.type == "departure") return who + " left " + org + (e.counterpart.empty() ? "" : " for " + e.counterpart);
  if (e.type == "hire") return org + " hired " + who + (e.counterpart.empty() ? "" : " from " + e.counterpart);
  if (e.type == "launch") return org + " launched " + Or(e.product, "a product");
  if (e.type == "funding") return org + " raised funding" + (e.counterpart.empty() ? "" : " from " + e.counterpart);
  if (e.type == "reorganization") return org + " reorganised" + (e.person.empty() ? "" : " (" + e.person + ")");
  std::string s = org;
  if (!e.person.empty()) s += ", " + e.person;
  return s;
}

std::string DigestTitle(const DigestHeader& h) { return "Weekly digest " + h.week; }

std::string EmptyWeekText(const DigestHeader& h) {
  return "No articles were published in " + h.week + " (" + FormatWeekDates(h.monday, h.sunday) +
         "): there is nothing to report for this week.";
}

}  // namespace news
