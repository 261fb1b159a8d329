// The on-disk layout of the compiled word list (`newsminer-words.bin`), shared
// by the build-time generator (tools/gen/gen_text_data.cc) and the run-time
// reader (text/word_table.h). Internal to the text layer.
//
// The file is an open-addressing hash table keyed on a 64-bit hash of the
// folded code points of a word (see MatchKey), built incrementally one code
// point at a time so that the segmenter can extend a candidate word by one
// character with one probe:
//
//   magic "NMWORDS2" | u64 slot_count (power of two) | u64 word_count |
//   f64 unknown_cost | WordSlotEntry slots[slot_count] | i32 first[0x10000]
//
// A slot holds a 32-bit check of the hash (0 = empty) next to its value, so
// a probe touches one cache line. A value is a word's cost, -ln(frequency /
// total) * kCostScale, or kPrefixOnly for a string that only starts longer
// words. `first` repeats the entries of single BMP characters (kAbsent when
// none), since every position of a text starts with that lookup.
// Little-endian: the machine that builds is the machine that runs.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace news {

inline constexpr char kWordTableMagic[8] = {'N', 'M', 'W', 'O', 'R', 'D', 'S', '2'};
inline constexpr uint64_t kWordHashSeed = 0xcbf29ce484222325ULL;
inline constexpr int32_t kPrefixOnly = -1;
inline constexpr int32_t kAbsent = -2;
inline constexpr size_t kFirstTableSize = 0x10000;
inline constexpr double kCostScale = 1000.0;
inline constexpr size_t kMaxWordLength = 16;  // code points

inline uint64_t WordHashStep(uint64_t h, char32_t cp) {
  return (h ^ static_cast<uint64_t>(cp)) * 0x100000001b3ULL;
}

// The stored check (never 0, which marks an empty slot).
inline uint32_t WordCheck(uint64_t h) { return static_cast<uint32_t>(h >> 32) | 1; }

struct WordSlotEntry {
  uint32_t check;
  int32_t value;
};

// Slot index from a hash: FNV's low bits are weak, so mix them first.
inline uint64_t WordSlot(uint64_t h, uint64_t mask) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h & mask;
}

struct WordTableHeader {
  char magic[8];
  uint64_t slot_count;
  uint64_t word_count;
  double unknown_cost;
};

// Builds the table in memory and writes it (generator side).
class WordTableWriter {
 public:
  explicit WordTableWriter(size_t entries) : first_(kFirstTableSize, kAbsent) {
    size_t n = 1024;
    while (n < entries * 2) n *= 2;  // load factor <= 0.5 keeps probes short
    slots_.assign(n, WordSlotEntry{0, 0});
  }
  void Insert(uint64_t h, int32_t value) {
    uint64_t mask = slots_.size() - 1;
    for (uint64_t i = WordSlot(h, mask);; i = (i + 1) & mask) {
      if (slots_[i].check == 0 || slots_[i].check == WordCheck(h)) {
        slots_[i] = {WordCheck(h), value};
        return;
      }
    }
  }
  void SetFirst(char32_t cp, int32_t value) {
    if (cp < kFirstTableSize) first_[cp] = value;
  }
  bool Write(const std::string& path, uint64_t word_count, double unknown_cost) const {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return false;
    WordTableHeader h{{}, slots_.size(), word_count, unknown_cost};
    for (int i = 0; i < 8; ++i) h.magic[i] = kWordTableMagic[i];
    bool ok = std::fwrite(&h, sizeof h, 1, f) == 1 &&
              std::fwrite(slots_.data(), sizeof(WordSlotEntry), slots_.size(), f) == slots_.size() &&
              std::fwrite(first_.data(), 4, first_.size(), f) == first_.size();
    return std::fclose(f) == 0 && ok;
  }

 private:
  std::vector<WordSlotEntry> slots_;
  std::vector<int32_t> first_;
};

}  // namespace news
