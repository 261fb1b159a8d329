// CSV as RFC 4180 describes it: fields separated by commas, records ended by
// CRLF, a field quoted when it holds a comma, quote, CR or LF, quotes inside
// doubled. Spreadsheets open it as UTF-8 text.
//
//   WriteCsvRow(std::cout, {"date", "title"});   // date,title\r\n
//
// Pure functions, thread-safe.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace news {

std::string CsvField(std::string_view field);
void WriteCsvRow(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace news
