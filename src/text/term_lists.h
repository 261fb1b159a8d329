// Reads the terms the tokenizer must keep whole into a WordTable: the
// project's domain terms (<lexicon_dir>/terms.txt, one per line, `#`
// comments), the `canonical` and `aliases` columns of every entity lexicon
// (<lexicon_dir>/entities/*.tsv, named by its header row, aliases
// `|`-separated), and a user lexicon (same format as terms.txt). Only terms
// written entirely in Chinese characters matter: Latin names are kept whole
// by the word scanner anyway. Internal to the text layer.
//
//   NEWS_RETURN_IF_ERROR(LoadTerms(dir, user_path, &table));
//
// A missing lexicon_dir, terms.txt or entities/ is not an error (the
// lexicons may not exist yet), and a .tsv without `canonical`/`aliases`
// header columns is skipped (validating lexicons is `lexicon check`'s job, and
// a bad entity file should not stop tokenizing); an unreadable file is
// kIoError.
#pragma once

#include <string>

#include "common/status.h"
#include "text/word_table.h"

namespace news {

Status LoadTerms(const std::string& lexicon_dir, const std::string& user_lexicon_path, WordTable* table);

}  // namespace news
