#include "lexicon/lexicon_cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <vector>

#include "lexicon/snapshot.h"

namespace news {

namespace fs = std::filesystem;

namespace {

// Bumped whenever the snapshot layout changes.
constexpr uint32_t kFormatVersion = 10;
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

// The files the structures are built from, named relative to the lexicon
// directory, in a fixed order.
std::vector<std::pair<std::string, fs::path>> KeyFiles(const fs::path& root) {
  std::vector<std::pair<std::string, fs::path>> files;
  for (const char* sub : {"entities", "events"})
    for (const fs::path& f : TsvFiles(root / sub)) files.push_back({std::string(sub) + "/" + f.filename().string(), f});
  std::error_code ec;
  if (fs::exists(root / "competitors.tsv", ec)) files.push_back({"competitors.tsv", root / "competitors.tsv"});
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

// The running executable: path, size, modification time.
bool MixExecutable(Hash& h) {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  struct stat st {};
  if (ec || stat(self.c_str(), &st) != 0) return false;
  h.Mix(self.string());
  h.Mix(std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec));
  return true;
}

std::string Hex(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

int64_t Nanos(const struct timespec& t) { return int64_t{t.tv_sec} * 1000000000 + t.tv_nsec; }

// The metadata key: what stat() says about the executable and every key
// file (device, inode, size, modification and change times, in ns). Any
// write to a file changes its change time, which no user can set back.
// `settled` is false when some file changed less than `settle_ns` ago: a
// second write within the same clock tick could leave the times equal.
std::string MetadataKey(const std::string& lexicon_dir, const std::vector<std::pair<std::string, fs::path>>& files,
                        int64_t settle_ns, bool* settled, std::string_view tag = "metadata") {
  Hash h;
  h.Mix(std::string(tag) + " " + std::to_string(kFormatVersion));
  if (!MixExecutable(h)) return "";
  h.Mix(lexicon_dir);
  struct timespec now {};
  clock_gettime(CLOCK_REALTIME, &now);
  *settled = true;
  for (const auto& [name, path] : files) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) return "";
    int64_t mtime = Nanos(st.st_mtim), ctime = Nanos(st.st_ctim);
    h.Mix(name);
    h.Mix(std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino) + ":" + std::to_string(st.st_size) + ":" +
          std::to_string(mtime) + ":" + std::to_string(ctime));
    if (std::max(mtime, ctime) > Nanos(now) - settle_ns) *settled = false;
  }
  return Hex(h.h);
}

std::string ContentKey(const std::vector<std::pair<std::string, fs::path>>& files) {
  Hash h;
  h.Mix(std::to_string(kFormatVersion));
  if (!MixExecutable(h)) return "";
  for (const auto& [name, path] : files)
    if (!MixFile(h, path, name)) return "";
  return Hex(h.h);
}

// Every regular file under `root`, named relative to it, in sorted order.
std::vector<std::pair<std::string, fs::path>> TreeFiles(const fs::path& root) {
  std::vector<std::pair<std::string, fs::path>> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec)) files.push_back({it->path().lexically_relative(root).string(), it->path()});
  std::sort(files.begin(), files.end());
  return files;
}

bool IsHexKey(std::string_view s) {
  return s.size() == 16 && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// dir/lexicons-META.key holds "NMLEXKEY <content key>\n".
constexpr std::string_view kKeyFileTag = "NMLEXKEY ";

std::string ReadKeyFile(const std::string& path) {
  char buf[64];
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "";
  ssize_t n = read(fd, buf, sizeof buf);
  close(fd);
  std::string_view text(buf, n > 0 ? static_cast<size_t>(n) : 0);
  if (text.size() != kKeyFileTag.size() + 17 || text.substr(0, kKeyFileTag.size()) != kKeyFileTag || text.back() != '\n')
    return "";
  std::string_view key = text.substr(kKeyFileTag.size(), 16);
  return IsHexKey(key) ? std::string(key) : "";
}

// dir/lexicons-META.val holds "NMLEXVAL <value>\n" (MemoizedTreeValue).
constexpr std::string_view kValueFileTag = "NMLEXVAL ";
constexpr size_t kMaxValue = 200;

std::string ReadValueFile(const std::string& path) {
  char buf[kMaxValue + 16];
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "";
  ssize_t n = read(fd, buf, sizeof buf);
  close(fd);
  std::string_view text(buf, n > 0 ? static_cast<size_t>(n) : 0);
  if (text.size() < kValueFileTag.size() + 2 || text.substr(0, kValueFileTag.size()) != kValueFileTag || text.back() != '\n')
    return "";
  std::string_view value = text.substr(kValueFileTag.size(), text.size() - kValueFileTag.size() - 1);
  return value.find('\n') == std::string_view::npos ? std::string(value) : "";
}

bool WriteAtomically(const std::string& path, std::string_view a, std::string_view b) {
  std::error_code ec;
  std::string tmp = path + ".tmp" + std::to_string(getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(a.data(), static_cast<std::streamsize>(a.size()));
    out.write(b.data(), static_cast<std::streamsize>(b.size()));
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
  return true;
}

std::string CachePath(const std::string& dir, const std::string& key) {
  return (fs::path(dir) / ("lexicons-" + key + ".bin")).string();
}

// Sums over the payload's 8-byte words in eight lanes (64-byte blocks;
// lanes weighted differently when folded), the tail bytes and the size: a
// damaged or truncated file is refused before any of it is trusted, at a
// fraction of the cost of validating every table entry. One add per 32
// bytes where the CPU has AVX2 (the value is the same on either path).
__attribute__((target_clones("avx2", "default"))) std::pair<uint64_t, uint64_t> Checksum(std::string_view payload) {
  typedef uint64_t Lanes __attribute__((vector_size(32)));
  Lanes a = {0, 0, 0, 0}, b = {0, 0, 0, 0};
  size_t blocks = payload.size() / 64;
  for (size_t i = 0; i < blocks; ++i) {
    Lanes x, y;
    std::memcpy(&x, payload.data() + 64 * i, 32);
    std::memcpy(&y, payload.data() + 64 * i + 32, 32);
    a += x;
    b += y;
  }
  uint64_t s = payload.size(), t = 0x9e3779b97f4a7c15ULL;
  for (int l = 0; l < 4; ++l) {
    s += a[l] * (2 * l + 1) + b[l] * (2 * l + 9);
    t = (t ^ a[l] ^ (b[l] << 1)) * 0x100000001b3ULL;
  }
  for (size_t i = 64 * blocks; i < payload.size(); ++i) s += static_cast<uint64_t>(static_cast<unsigned char>(payload[i])) << (i % 8);
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

void RemoveOldFiles(const std::string& dir, const std::string& extension) {
  std::vector<std::pair<fs::file_time_type, fs::path>> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (name.rfind("lexicons-", 0) == 0 && e.path().extension() == extension) files.push_back({e.last_write_time(ec), e.path()});
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

std::string LexiconCacheKey(const std::string& lexicon_dir) { return ContentKey(KeyFiles(lexicon_dir)); }

std::string ResolveLexiconCacheKey(const std::string& cache_dir, const std::string& lexicon_dir,
                                   const CacheKeyOptions& options, CacheKeyInfo* info) {
  CacheKeyInfo scratch;
  info = info ? info : &scratch;
  *info = {};
  auto files = KeyFiles(lexicon_dir);
  bool settled = false;
  std::string meta = cache_dir.empty() ? "" : MetadataKey(lexicon_dir, files, options.settle_ns, &settled);
  std::string key_file = meta.empty() ? "" : (fs::path(cache_dir) / ("lexicons-" + meta + ".key")).string();
  if (!key_file.empty()) {
    if (std::string key = ReadKeyFile(key_file); !key.empty()) {
      info->from_metadata = true;
      return key;
    }
  }
  std::string key = ContentKey(files);
  if (key.empty() || key_file.empty() || !settled) return key;
  // Recorded only when the files did not change while they were read.
  bool still_settled = false;
  if (MetadataKey(lexicon_dir, files, options.settle_ns, &still_settled) != meta || !still_settled) return key;
  std::error_code ec;
  fs::create_directories(cache_dir, ec);
  if (WriteAtomically(key_file, kKeyFileTag, key + "\n")) {
    info->recorded = true;
    RemoveOldFiles(cache_dir, ".key");
  }
  return key;
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

std::string MemoizedTreeValue(const std::string& cache_dir, const std::string& dir,
                              const std::function<std::string()>& compute, const CacheKeyOptions& options,
                              CacheKeyInfo* info) {
  CacheKeyInfo scratch;
  info = info ? info : &scratch;
  *info = {};
  if (cache_dir.empty() || dir.empty()) return compute();
  auto files = TreeFiles(dir);
  bool settled = false;
  std::string meta = MetadataKey(dir, files, options.settle_ns, &settled, "tree");
  if (meta.empty()) return compute();
  std::string value_file = (fs::path(cache_dir) / ("lexicons-" + meta + ".val")).string();
  if (std::string value = ReadValueFile(value_file); !value.empty()) {
    info->from_metadata = true;
    return value;
  }
  std::string value = compute();
  if (!settled || value.empty() || value.size() > kMaxValue || value.find('\n') != std::string::npos) return value;
  bool still_settled = false;
  if (MetadataKey(dir, TreeFiles(dir), options.settle_ns, &still_settled, "tree") != meta || !still_settled) return value;
  std::error_code ec;
  fs::create_directories(cache_dir, ec);
  if (WriteAtomically(value_file, kValueFileTag, value + "\n")) {
    info->recorded = true;
    RemoveOldFiles(cache_dir, ".val");
  }
  return value;
}

bool WriteLexiconCache(const std::string& dir, const std::string& key, std::string_view payload) {
  if (dir.empty() || key.empty()) return false;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (!WriteAtomically(CachePath(dir, key), Header(key, Checksum(payload)), payload)) return false;
  RemoveOldFiles(dir, ".bin");
  return true;
}

void SaveEntityLexicon(const EntityLexicon& lex, SnapshotWriter& w) {
  w.U32(static_cast<uint32_t>(lex.entities.size()));
  for (const LexiconEntity& e : lex.entities) {
    for (const std::string* s : {&e.id, &e.type, &e.canonical, &e.parent, &e.employer}) w.Str(*s);
    w.Strs(e.aliases);
  }
  w.U32(static_cast<uint32_t>(lex.competitors.size()));
  for (const CompetitorSet& c : lex.competitors) {
    w.Str(c.market);
    w.Strs(c.members);
  }
}

bool LoadEntityLexicon(SnapshotReader& r, EntityLexicon* lex) {
  uint32_t n = 0;
  // Each entity takes at least 24 bytes (six lengths), so a damaged count
  // cannot make the reservations below huge.
  if (!r.U32(&n) || n > r.remaining() / 24) {
    r.Fail();
    return false;
  }
  lex->entities.reserve(n);
  lex->by_id.reserve(n);
  for (uint32_t i = 0; i < n && r.ok(); ++i) {
    LexiconEntity& e = lex->entities.emplace_back();
    for (std::string* s : {&e.id, &e.type, &e.canonical, &e.parent, &e.employer}) r.Str(s);
    r.Strs(&e.aliases);
    lex->by_id.insert_or_assign(e.id, static_cast<int>(i));
  }
  if (r.U32(&n))
    for (uint32_t i = 0; i < n && r.ok(); ++i) {
      CompetitorSet c;
      r.Str(&c.market);
      r.Strs(&c.members);
      lex->competitors.push_back(std::move(c));
    }
  IndexLexicon(lex);
  return r.ok();
}

}  // namespace news
