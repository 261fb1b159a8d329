// Compiled lexicons kept between processes: parsing the entity and event
// lexicons and building their automata cost each `newsminer analyze` about
// as much as analysing the article, so the built structures are written once
// to a snapshot file and memory-mapped by later processes.
//
// The file name is a hash of everything the structures are built from: the
// lexicon files the loader reads (entities/*.tsv, competitors.tsv,
// events/*.tsv: names and contents) and the running executable (path, size,
// modification time, so a rebuilt binary never reads structures an older
// build wrote). Editing a lexicon therefore changes the key, and the next
// process parses the edited files. Only lexicons that load without problems
// are cached; `lexicon check` always parses.
//
//   std::string dir = DefaultLexiconCacheDir();
//   std::string key = LexiconCacheKey("lexicons");
//   if (auto file = MapLexiconCache(dir, key)) use(file->payload());
//   else WriteLexiconCache(dir, key, built_bytes);
//
// Every failure (no cache directory, unreadable or foreign file, disk full)
// just means "no cache": callers build from the lexicons as before.
// Thread-safe: files are written under a temporary name and renamed.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "lexicon/entity_lexicon.h"

namespace news {

class SnapshotReader;
class SnapshotWriter;

// $NEWSMINER_CACHE_DIR, else $XDG_CACHE_HOME/newsminer, else
// $HOME/.cache/newsminer; empty (no cache) when none is set or when
// NEWSMINER_CACHE_DIR is "off".
std::string DefaultLexiconCacheDir();

// Hex key for the lexicons in `lexicon_dir` as seen by this executable;
// empty when a lexicon file cannot be read.
std::string LexiconCacheKey(const std::string& lexicon_dir);

// A read-only memory map of a cache file; the payload starts 8-byte aligned.
class MappedFile {
 public:
  MappedFile(const char* data, size_t size) : data_(data), size_(size) {}
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  std::string_view bytes() const { return {data_, size_}; }
  std::string_view payload() const { return bytes().substr(payload_offset_); }
  void set_payload_offset(size_t offset) { payload_offset_ = offset; }

 private:
  const char* data_;
  size_t size_;
  size_t payload_offset_ = 0;
};

// The payload of dir/lexicons-KEY.bin, or null when it is missing or was not
// written for `key`.
std::shared_ptr<MappedFile> MapLexiconCache(const std::string& dir, const std::string& key);

// Writes the payload for `key` (creating `dir`); false when it could not.
// Keeps at most a few older cache files in `dir`.
bool WriteLexiconCache(const std::string& dir, const std::string& key, std::string_view payload);

// The loaded lexicon (all fields), for snapshots.
void SaveEntityLexicon(const EntityLexicon& lex, SnapshotWriter& w);
// False (and `r` failed) on malformed data.
bool LoadEntityLexicon(SnapshotReader& r, EntityLexicon* lex);

}  // namespace news
