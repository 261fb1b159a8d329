// A half-open range of byte offsets into some text: sentences
// (text/sentence_splitter), title matches and names (extract).
#pragma once

#include <cstddef>

namespace news {

struct TextSpan {
  size_t begin = 0, end = 0;
};

}  // namespace news
