#include "text/word_table.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <filesystem>

#include "common/utf8.h"
#include "text/match_key.h"

namespace news {

// A term from the project's lexicons costs about as much as a common word,
// so that a path through it beats any split into two or more words.
static constexpr int32_t kTermCost = static_cast<int32_t>(4.0 * kCostScale);

struct WordTable::Mapping {
  void* data = MAP_FAILED;
  size_t size = 0;
  ~Mapping() {
    if (data != MAP_FAILED) munmap(data, size);
  }
};

StatusOr<WordTable> WordTable::Open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status(StatusCode::kIoError, path + ": cannot open the word list: " + std::strerror(errno));
  struct stat st {};
  auto mapping = std::make_shared<Mapping>();
  if (fstat(fd, &st) == 0 && st.st_size >= static_cast<off_t>(sizeof(WordTableHeader))) {
    mapping->size = static_cast<size_t>(st.st_size);
    mapping->data = mmap(nullptr, mapping->size, PROT_READ, MAP_PRIVATE, fd, 0);
  }
  ::close(fd);
  if (mapping->data == MAP_FAILED) return Status(StatusCode::kDataError, path + ": not a word list");
  const auto* header = static_cast<const WordTableHeader*>(mapping->data);
  uint64_t n = header->slot_count;
  bool valid = std::memcmp(header->magic, kWordTableMagic, 8) == 0 && n > 0 && (n & (n - 1)) == 0 &&
               mapping->size == sizeof(WordTableHeader) + n * sizeof(WordSlotEntry) + kFirstTableSize * 4;
  if (!valid) return Status(StatusCode::kDataError, path + ": not a word list (rebuild newsminer)");
  WordTable t;
  const char* base = static_cast<const char*>(mapping->data) + sizeof(WordTableHeader);
  t.slots_ = reinterpret_cast<const WordSlotEntry*>(base);
  t.first_ = reinterpret_cast<const int32_t*>(base + n * sizeof(WordSlotEntry));
  t.mask_ = n - 1;
  t.unknown_cost_ = static_cast<int32_t>(std::lround(header->unknown_cost * kCostScale));
  t.mapping_ = std::move(mapping);
  return t;
}

size_t WordTable::word_count() const {
  return mapping_ ? static_cast<const WordTableHeader*>(mapping_->data)->word_count : 0;
}

std::string WordTable::DefaultPath() {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  // Next to the binary (build tree), then relative to an installed binary
  // (PREFIX/bin -> PREFIX/share/newsminer, so `cmake --install --prefix` works).
  const std::string candidates[] = {
      ec ? std::string() : (self.parent_path() / "newsminer-words.bin").string(),
      ec ? std::string() : (self.parent_path().parent_path() / "share/newsminer/newsminer-words.bin").string(),
      NEWSMINER_WORDS_FILE, NEWSMINER_INSTALL_WORDS_FILE};
  for (const std::string& c : candidates)
    if (!c.empty() && fs::is_regular_file(c, ec)) return c;
  return NEWSMINER_WORDS_FILE;
}

void WordTable::AddTerm(std::string_view utf8) {
  std::u32string folded;
  size_t pos = 0;
  while (pos < utf8.size()) folded += FoldCodePoint(DecodeUtf8(utf8, &pos));
  if (folded.empty() || folded.size() > kMaxWordLength) return;
  uint64_t h = kWordHashSeed;
  for (size_t i = 0; i < folded.size(); ++i) {
    h = WordHashStep(h, folded[i]);
    overlay_filter_[(h >> 40) & (kFilterWords - 1)] |= uint64_t{1} << (h & 63);
    if (i + 1 < folded.size()) overlay_.emplace(h, kPrefixOnly);
  }
  overlay_[h] = kTermCost;
}

}  // namespace news
