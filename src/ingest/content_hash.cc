#include "ingest/content_hash.h"

#include <openssl/evp.h>

#include <array>
#include <bit>
#include <cctype>
#include <vector>

#include "common/utf8.h"

namespace news {

static bool IsSpaceCodePoint(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B);
}

static std::string FoldWhitespace(std::string_view body) {
  std::string out;
  out.reserve(body.size());
  bool pending_space = false;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t start = pos;
    uint32_t cp = DecodeUtf8(body, &pos);
    if (IsSpaceCodePoint(cp)) { pending_space = !out.empty(); continue; }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(body.substr(start, pos - start));
  }
  return out;
}

std::string ContentHash(std::string_view body) {
  std::string folded = FoldWhitespace(body);
  std::array<unsigned char, EVP_MAX_MD_SIZE> md{};
  unsigned int len = 0;
  EVP_Digest(folded.data(), folded.size(), md.data(), &len, EVP_sha256(), nullptr);
  static const char* kHex = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < len; ++i) {
    hex += kHex[md[i] >> 4];
    hex += kHex[md[i] & 15];
  }
  return hex;
}

// Letters, digits and ideographs take part in shingles; punctuation, symbols
// and spaces do not, so re-punctuated or re-wrapped copies hash alike.
static bool IsShingleChar(uint32_t cp) {
  if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) != 0;
  if (IsSpaceCodePoint(cp)) return false;
  if (cp >= 0x2010 && cp <= 0x206F) return false;  // general punctuation
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;  // full-width punctuation
  if (cp >= 0xFF1A && cp <= 0xFF20) return false;
  return cp != kReplacementChar && cp != 0xB7;
}

static uint64_t Mix64(uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// The characters that take part in shingles, ASCII lower-cased.
static std::vector<uint32_t> ShingleChars(std::string_view body) {
  std::vector<uint32_t> chars;
  size_t pos = 0;
  while (pos < body.size()) {
    uint32_t cp = DecodeUtf8(body, &pos);
    if (!IsShingleChar(cp)) continue;
    if (cp < 0x80) cp = static_cast<uint32_t>(std::tolower(static_cast<int>(cp)));
    chars.push_back(cp);
  }
  return chars;
}

// Bit b of Majority() is set when more than half of the added hashes have
// bit b set. The set bits are counted for all 64 positions at once in
// bit-sliced counters (plane k holds bit k of each position's count),
// emptied into per-position totals every 255 hashes: the same result as a
// vote per bit and hash, at a fraction of the cost (SimHash was 6% of the
// ingest's CPU time).
class BitVotes {
 public:
  void Add(uint64_t h) {
    for (int k = 0; k < 8 && h != 0; ++k) {  // add h to the counters, carrying
      uint64_t carry = plane_[k] & h;
      plane_[k] ^= h;
      h = carry;
    }
    if (++added_ % 255 == 0) Drain();
  }

  uint64_t Majority() {
    Drain();
    uint64_t out = 0;
    for (int b = 0; b < 64; ++b)
      if (2 * ones_[b] > added_) out |= 1ULL << b;
    return out;
  }

 private:
  void Drain() {
    for (int k = 0; k < 8; ++k)
      for (int b = 0; b < 64; ++b) ones_[b] += static_cast<long>((plane_[k] >> b) & 1) << k;
    plane_.fill(0);
  }

  std::array<long, 64> ones_{};
  std::array<uint64_t, 8> plane_{};
  long added_ = 0;
};

uint64_t SimHash(std::string_view body) {
  std::vector<uint32_t> chars = ShingleChars(body);
  if (chars.size() < kMinSimHashChars) return 0;
  constexpr size_t kShingle = 4;
  BitVotes votes;
  for (size_t i = 0; i + kShingle <= chars.size(); ++i) {
    uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (size_t k = 0; k < kShingle; ++k) h = Mix64(h ^ chars[i + k]);
    votes.Add(h);
  }
  uint64_t out = votes.Majority();
  return out == 0 ? 1 : out;  // 0 is reserved for "too short"
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

bool IsNearDuplicate(uint64_t a, uint64_t b) {
  return a != 0 && b != 0 && HammingDistance(a, b) <= kNearDuplicateBits;
}

std::string SimHashHex(uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

uint64_t ParseSimHashHex(std::string_view hex) {
  uint64_t v = 0;
  for (char c : hex) {
    int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
            : (c >= 'a' && c <= 'f') ? c - 'a' + 10
            : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
    if (d < 0 || hex.size() > 16) return 0;
    v = (v << 4) | static_cast<uint64_t>(d);
  }
  return v;
}

}  // namespace news
