// Where a Chinese person's name ends in a run of Han characters that follows
// a title or cue (首席科学家宋启明表示 -> 宋启明): a common surname (or a
// compound one, 歐陽/司徒) and one or two given-name characters, each decided
// by what follows it; transliterations with a dot (艾琳娜·瓦斯奎茲) end at the
// first character that follows names. Both scripts.
//
//   std::string name = CutChineseName(run);   // "" when it is no name
//
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace news {

// The name at the start of `run`, or "" when the run does not open with one.
std::string CutChineseName(std::string_view run);

// Whether `ch` (one character) follows names rather than belongs to them
// (已, 表示's 表, 的, punctuation).
bool IsNameStopCharacter(std::string_view ch);

}  // namespace news
