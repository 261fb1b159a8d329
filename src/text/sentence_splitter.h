// Sentence boundaries in Chinese and English text.
//
//   for (TextSpan s : SplitSentences(body)) std::cout << body.substr(s.begin, s.end - s.begin);
//
// Spans are UTF-8 byte offsets into `text`, trimmed of surrounding
// whitespace, in order, non-overlapping; every line break ends a sentence
// (headings and list lines have no final punctuation). Thread-safe.
#pragma once

#include <string_view>
#include <vector>

namespace news {

struct TextSpan {
  size_t begin = 0, end = 0;
};

std::vector<TextSpan> SplitSentences(std::string_view text);

}  // namespace news
