// Fingerprints of an article body for duplicate detection: an exact hash of
// the whitespace-folded body, and a 64-bit simhash over character shingles
// that stays within a few bits when a story is reposted with another header
// or a few changed words. Shingles are built from code points, not words, so
// unspaced Chinese text works as well as English.
//
//   std::string h = ContentHash(doc.body);        // 64 hex digits (SHA-256)
//   uint64_t s = SimHash(doc.body);
//   if (IsNearDuplicate(s, other_simhash)) ...     // same story
//
// Pure functions, thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace news {

// SHA-256 (hex) of the body with every whitespace run folded to one space and
// leading/trailing whitespace removed. Empty body -> hash of "".
std::string ContentHash(std::string_view body);

// Simhash of 4-code-point shingles over the body's letters and digits (case
// folded for ASCII; punctuation and whitespace ignored). 0 for bodies with
// fewer than kMinSimHashChars such characters: too short to compare safely.
uint64_t SimHash(std::string_view body);

constexpr size_t kMinSimHashChars = 80;
// Hamming distance at or below which two simhashes count as the same story.
constexpr int kNearDuplicateBits = 10;

int HammingDistance(uint64_t a, uint64_t b);
// False when either hash is 0 (body too short to judge).
bool IsNearDuplicate(uint64_t a, uint64_t b);

// simhash as 16 hex digits, and back (nullopt-free: bad input gives 0).
std::string SimHashHex(uint64_t h);
uint64_t ParseSimHashHex(std::string_view hex);

}  // namespace news
