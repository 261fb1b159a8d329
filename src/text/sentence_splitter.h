// Sentence boundaries in Chinese and English text: ICU's sentence iterator
// plus the rules it lacks.
//
//   for (TextSpan s : SplitSentences(body)) std::cout << body.substr(s.begin, s.end - s.begin);
//
// Rules on top of ICU:
//  * every line break ends a sentence (headings and list lines have no final
//    punctuation);
//  * Chinese ；and ellipses (…… or, after NFKC, ......) followed by more text
//    end a sentence too, with 。！？ as ICU already does; closing quotes and
//    brackets (」』”’）)) stay with the sentence they close;
//  * an abbreviation dot does not end a sentence: titles and initialisms
//    (Dr., Mr., U.S., e.g.) never, company and other abbreviations (Inc.,
//    Corp., Jan.) only when a capitalised word follows;
//  * decimals and versions (GPT-4.5, 3.5%) never break (ICU already).
//
// Spans are UTF-8 byte offsets into `text`, trimmed of surrounding
// whitespace, in order, non-overlapping, never empty. Any input is accepted
// (invalid UTF-8 is treated as U+FFFD). Thread-safe: each thread keeps its
// own ICU iterator, created once and reused.
#pragma once

#include <string_view>
#include <vector>

#include "common/text_span.h"

namespace news {

std::vector<TextSpan> SplitSentences(std::string_view text);

}  // namespace news
