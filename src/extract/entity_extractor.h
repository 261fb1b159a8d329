// Entity, role and event extraction: finds the organisations, divisions,
// products and people of an article (from the lexicons and from patterns),
// decides the subject organisation and its competitors, and emits dated
// events, every result tied to its sentence.
//
//   auto ex = EntityExtractor::Create({.lexicon_dir = "lexicons"});
//   (*ex)->Extract(analysis);   // needs analysis.doc.body and analysis.sentences
//
// Create() fails with kParseError (file:line) on a malformed lexicon. A
// lexicon that loads cleanly is compiled into a snapshot file that later
// processes map instead of parsing (keyed by the files' contents, so edits
// are always seen; see lexicon/lexicon_cache.h).
// Immutable after Create(); Extract() is safe to call from several threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "common/status.h"
#include "model/analysis.h"

namespace news {

class EntityExtractor {
 public:
  struct Options {
    std::string lexicon_dir;  // directory holding the entity/alias/event lexicons
    // Where compiled lexicons are kept between processes (lexicon/lexicon_cache.h);
    // empty: DefaultLexiconCacheDir(). Set use_cache to false to always parse.
    std::string cache_dir = "";
    bool use_cache = true;
    // Lexicon files changed less than this long ago are hashed on every
    // start instead of being known by their metadata (ResolveLexiconCacheKey).
    int64_t cache_settle_ns = 2'000'000'000;
  };

  static StatusOr<std::unique_ptr<EntityExtractor>> Create(const Options& options);
  virtual ~EntityExtractor() = default;

  // Fills a.entities and a.events. Offsets are bytes into a.doc.body.
  virtual void Extract(Analysis& a) const = 0;
};

}  // namespace news
