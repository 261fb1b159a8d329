// Wording and number formats shared by the digest renderers, so Markdown,
// HTML and JSON say the same thing in the same words: tone scores, changes,
// date ranges, language names, and the one-line description of an event.
//
//   FormatTone(0.4249)                    // "+0.42"
//   FormatChange(0.42, 0.30)              // "+0.12"
//   FormatWeekDates("2026-02-09", "2026-02-15")  // "9–15 February 2026"
//   DescribeEvent(e)                      // "Jane Doe left OpenAI for Anthropic"
//
// Output is plain UTF-8 text, not escaped for any format. Pure, thread-safe.
#pragma once

#include <optional>
#include <string>

#include "report/digest.h"

namespace news {

std::string FormatTone(std::optional<double> v);  // "+0.42", "−0.10", "0.00"; "n/a" when missing
std::string FormatChange(std::optional<double> now, std::optional<double> before);  // "+0.12", "new", "n/a"
std::string FormatMean(double v);  // "30.5", "3.75", "4": two decimals at most, no trailing zeros
// "+38 %" / "−12 %" / "±0 %" of `now` against `mean`; "new" when mean is 0.
std::string FormatPercentChange(double now, double mean);
std::string FormatWeekDates(const std::string& monday, const std::string& sunday);
std::string LanguageName(const std::string& lang);  // "Traditional Chinese", ...
std::string DescribeEvent(const DigestEvent& e);
std::string TypeLabel(const std::string& type);      // "reorganization" -> "reorganisation"

// The digest's title: "Weekly digest 2026-W07".
std::string DigestTitle(const DigestHeader& h);
// One sentence for an empty week.
std::string EmptyWeekText(const DigestHeader& h);

}  // namespace news
