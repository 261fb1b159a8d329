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
//   std::string key = ResolveLexiconCacheKey(dir, "lexicons");
//   if (auto file = MapLexiconCache(dir, key)) use(file->payload());
//   else WriteLexiconCache(dir, key, built_bytes);
//
// Every failure (no cache directory, unreadable or foreign file, disk full)
// just means "no cache": callers build from the lexicons as before.
// Thread-safe: files are written under a temporary name and renamed.
#pragma once

#include <cstdint>
#include <functional>
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
// empty when a lexicon file cannot be read. Reads and hashes every file.
std::string LexiconCacheKey(const std::string& lexicon_dir);

// The same key, found without reading the lexicons when their metadata is
// known (like ccache's direct mode): `cache_dir`/lexicons-META.key maps a
// hash of what stat() says about the executable and every lexicon file
// (device, inode, size, modification and change times in ns) to the content
// key. Any write to a file changes its change time, so an edited lexicon is
// always hashed again; a file touched without a change hashes to the same
// content key. The mapping is recorded only when no file changed in the
// last `settle_ns` (two writes within one clock tick could leave the times
// equal) and the metadata did not change while the files were read. A
// missing, damaged or foreign key file just means hashing the contents.
struct CacheKeyOptions {
  int64_t settle_ns = 2'000'000'000;
};
struct CacheKeyInfo {
  bool from_metadata = false;  // the key file answered; no lexicon was read
  bool recorded = false;       // a key file was written for this metadata
};
std::string ResolveLexiconCacheKey(const std::string& cache_dir, const std::string& lexicon_dir,
                                   const CacheKeyOptions& options = {}, CacheKeyInfo* info = nullptr);

// `compute()` for the files under `dir`, where compute() is a function of
// their names and contents only (a version hash of the lexicons), remembered
// in `cache_dir`/lexicons-META.val under the metadata of every file in the
// tree and of the executable, with the rules of ResolveLexiconCacheKey: a
// changed, added or removed file means computing again. Values longer than
// 200 bytes or holding a newline are not remembered. No cache dir: compute().
std::string MemoizedTreeValue(const std::string& cache_dir, const std::string& dir,
                              const std::function<std::string()>& compute, const CacheKeyOptions& options = {},
                              CacheKeyInfo* info = nullptr);

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

// The lexicon as extraction reads it once its structures are built, for
// snapshots: each entity's id, type, canonical name, aliases, parent and
// employer, and the competitor sets. The rest (since, context aliases,
// cues, source file and line, the event trigger phrases) is read only by
// the loader's checks and by the builders, whose results the snapshot holds
// (alias and trigger automata, cue keys); a loaded lexicon leaves it empty.
// A new field that extraction reads at run time must be added here (the
// cache tests compare cached and parsed extraction).
void SaveEntityLexicon(const EntityLexicon& lex, SnapshotWriter& w);
// False (and `r` failed) on malformed data.
bool LoadEntityLexicon(SnapshotReader& r, EntityLexicon* lex);

}  // namespace news
