#include "lexicon/lexicon_cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "lexicon/snapshot.h"

namespace news {

namespace fs = std::filesystem;

namespace {

// Bumped whenever the snapshot layout changes.
constexpr uint32_t kFormatVersion = 2;
constexpr char kMagic[8] = {'N', 'M', 'L', 'E', 'X', 'C', 'A', '1'};
constexpr size_t kKeepFiles = 8;  // older cache files beyond this are removed

struct Hash {
  uint64_t h = 1469598103934665603ULL;
  void Mix(std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
    h ^= 0xff;  // separator, so ("ab","c") and ("a","bc") differ
    h *= 1099511628211ULL;
  }
};

std::vector<fs::path> TsvFiles(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".tsv") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

bool MixFile(Hash& h, const fs::path& path, const std::string& name) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  h.Mix(name);
  h.Mix(ss.str());
  return true;
}

std::string CachePath(const std::string& dir, const std::string& key) {
  return (fs::path(dir) / ("lexicons-" + key + ".bin")).string();
}

// Two sums over the payload's 8-byte words (plain add and xor, in SIMD
// lanes): a damaged or truncated file is refused before any of it is
// trusted, at a fraction of the cost of validating every table entry.
std::pair<uint64_t, uint64_t> Checksum(std::string_view payload) {
  typedef uint64_t Lanes __attribute__((vector_size(16)));
  Lanes sum = {payload.size(), 0}, x = {0x9e3779b97f4a7c15ULL, 0}, sum2 = {0, 0}, x2 = {0, 0};
  size_t blocks = payload.size() / 32;
  for (size_t i = 0; i < blocks; ++i) {
    Lanes a, b;
    std::memcpy(&a, payload.data() + 32 * i, 16);
    std::memcpy(&b, payload.data() + 32 * i + 16, 16);
    sum += a;
    x ^= a;
    sum2 += b;
    x2 ^= b;
  }
  uint64_t s = sum[0] + sum[1] + 3 * (sum2[0] + sum2[1]), t = x[0] ^ x[1] ^ (x2[0] * 5) ^ (x2[1] * 7);
  for (size_t i = 32 * blocks; i < payload.size(); ++i) s += static_cast<uint64_t>(static_cast<unsigned char>(payload[i])) << (i % 8);
  return {s, t};
}

// Header: magic, format version, key, payload checksum; the payload follows
// 8-byte aligned.
std::string Header(const std::string& key, std::pair<uint64_t, uint64_t> checksum) {
  SnapshotWriter w;
  w.Array(kMagic, sizeof kMagic);
  w.U32(kFormatVersion);
  w.Str(key);
  uint64_t sums[2] = {checksum.first, checksum.second};
  w.Array(sums, 2);
  std::string h = w.bytes();
  h.resize((h.size() + 7) & ~size_t{7}, '\0');
  return h;
}

void RemoveOldFiles(const std::string& dir) {
  std::vector<std::pair<fs::file_time_type, fs::path>> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (name.rfind("lexicons-", 0) == 0 && e.path().extension() == ".bin") files.push_back({e.last_write_time(ec), e.path()});
  }
  if (files.size() <= kKeepFiles) return;
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t i = kKeepFiles; i < files.size(); ++i) fs::remove(files[i].second, ec);
}

}  // namespace

MappedFile::~MappedFile() { munmap(const_cast<char*>(data_), size_); }

std::string DefaultLexiconCacheDir() {
  if (const char* d = std::getenv("NEWSMINER_CACHE_DIR"); d && *d) return std::string(d) == "off" ? "" : d;
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return (fs::path(x) / "newsminer").string();
  if (const char* home = std::getenv("HOME"); home && *home) return (fs::path(home) / ".cache/newsminer").string();
  return "";
}

std::string LexiconCacheKey(const std::string& lexicon_dir) {
  Hash h;
  h.Mix(std::to_string(kFormatVersion));
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  struct stat st {};
  if (ec || stat(self.c_str(), &st) != 0) return "";
  h.Mix(self.string());
  h.Mix(std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec));
  fs::path root(lexicon_dir);
  for (const char* sub : {"entities", "events"})
    for (const fs::path& f : TsvFiles(root / sub))
      if (!MixFile(h, f, std::string(sub) + "/" + f.filename().string())) return "";
  if (fs::exists(root / "competitors.tsv", ec) && !MixFile(h, root / "competitors.tsv", "competitors.tsv")) return "";
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h.h));
  return buf;
}

std::shared_ptr<MappedFile> MapLexiconCache(const std::string& dir, const std::string& key) {
  if (dir.empty() || key.empty()) return nullptr;
  int fd = open(CachePath(dir, key).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st {};
  size_t header_size = Header(key, {0, 0}).size();
  if (fstat(fd, &st) != 0 || static_cast<size_t>(st.st_size) < header_size) {
    close(fd);
    return nullptr;
  }
  size_t size = static_cast<size_t>(st.st_size);
  void* p = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (p == MAP_FAILED) return nullptr;
  auto file = std::make_shared<MappedFile>(static_cast<const char*>(p), size);
  std::string_view payload = file->bytes().substr(header_size);
  if (file->bytes().substr(0, header_size) != Header(key, Checksum(payload))) return nullptr;
  file->set_payload_offset(header_size);
  return file;
}

bool WriteLexiconCache(const std::string& dir, const std::string& key, std::string_view payload) {
  if (dir.empty() || key.empty()) return false;
  std::error_code ec;
  fs::create_directories(dir, ec);
  std::string path = CachePath(dir, key);
  std::string tmp = path + ".tmp" + std::to_string(getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    std::string header = Header(key, Checksum(payload));
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    out.write(payload.data(), static_cast<std::streamsize>(payload.size()));
    if (!out.flush()) {
      fs::remove(tmp, ec);
      return false;
    }
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return false;
  }
  RemoveOldFiles(dir);
  return true;
}

void SaveEntityLexicon(const EntityLexicon& lex, SnapshotWriter& w) {
  w.U32(static_cast<uint32_t>(lex.entities.size()));
  for (const LexiconEntity& e : lex.entities) {
    for (const std::string* s : {&e.id, &e.type, &e.canonical, &e.parent, &e.employer, &e.since, &e.file}) w.Str(*s);
    for (const auto* v : {&e.aliases, &e.context_aliases, &e.cues, &e.anti_cues}) w.Strs(*v);
    w.U32(static_cast<uint32_t>(e.line));
  }
  w.U32(static_cast<uint32_t>(lex.competitors.size()));
  for (const CompetitorSet& c : lex.competitors) {
    w.Str(c.market);
    w.Strs(c.members);
  }
  w.U32(static_cast<uint32_t>(lex.triggers.size()));
  for (const TriggerPhrase& t : lex.triggers) {
    w.Str(t.type);
    w.Str(t.phrase);
    w.U32(t.needs_amount ? 1 : 0);
  }
}

bool LoadEntityLexicon(SnapshotReader& r, EntityLexicon* lex) {
  uint32_t n = 0;
  if (!r.U32(&n)) return false;
  for (uint32_t i = 0; i < n && r.ok(); ++i) {
    LexiconEntity e;
    uint32_t line = 0;
    for (std::string* s : {&e.id, &e.type, &e.canonical, &e.parent, &e.employer, &e.since, &e.file}) r.Str(s);
    for (auto* v : {&e.aliases, &e.context_aliases, &e.cues, &e.anti_cues}) r.Strs(v);
    r.U32(&line);
    e.line = static_cast<int>(line);
    lex->by_id[e.id] = static_cast<int>(lex->entities.size());
    lex->entities.push_back(std::move(e));
  }
  if (r.U32(&n))
    for (uint32_t i = 0; i < n && r.ok(); ++i) {
      CompetitorSet c;
      r.Str(&c.market);
      r.Strs(&c.members);
      lex->competitors.push_back(std::move(c));
    }
  if (r.U32(&n))
    for (uint32_t i = 0; i < n && r.ok(); ++i) {
      TriggerPhrase t;
      uint32_t amount = 0;
      r.Str(&t.type);
      r.Str(&t.phrase);
      r.U32(&amount);
      t.needs_amount = amount != 0;
      lex->triggers.push_back(std::move(t));
    }
  return r.ok();
}

}  // namespace news
