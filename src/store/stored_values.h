// How values are encoded in the database since schema step 7 (the file is
// about 40% smaller than with plain text columns): article bodies
// zlib-compressed, entities referred to by a small integer key, tones as
// integers in ten-thousandths, aspects and roles as small codes. Readers in
// src/store/ decode with these helpers (or the SQL function
// newsminer_body); the README's schema section documents the same codes for
// sqlite3 shell users.
//
//   std::string blob = CompressBody(body);            // bind with BindBlob
//   StatusOr<std::string> text = DecompressBody(blob, body.size());
//   int64_t stored = ToneToStored(-0.62);              // -6200
//   double tone = ToneFromStored(stored);               // -0.62
//
// Pure functions, thread-safe. Internal to src/store/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace news {

class Db;

// Body bytes stored as in an SQLite Archive (sqlar): a zlib stream, or the
// text itself when compressing does not make it smaller; which one is told
// by comparing the stored length with `body_size` (the text's byte length).
std::string CompressBody(std::string_view text);
// kDataError when the bytes are not a valid zlib stream of `size` bytes.
StatusOr<std::string> DecompressBody(std::string_view stored, int64_t size);

// articles.content_hash: the SHA-256's 32 bytes (a BLOB), not 64 hex
// digits. Text that is not hex comes back unchanged.
std::string HashToStored(std::string_view hex);

// Registers on this connection: newsminer_body(body, body_size) -> TEXT,
// sqlar_uncompress(body, body_size) -> BLOB (what the sqlite3 shell has
// built in, so that the views work in both), and, for the schema step that
// converts old files, newsminer_compress(text) -> the stored body bytes and
// newsminer_unhex(text) -> HashToStored. kDataError when SQLite refuses a
// registration.
Status RegisterStoredValueFunctions(Db& db);

// An entity's mentions in one article (schema step 9: article_entities.spans
// instead of a mentions table): begin/end in code points into the body, and
// the sentence index. Stored as varints in begin order: begin - previous
// begin, end - begin, and the sentence's difference from the previous one
// (zigzag), about 3.5 bytes a mention instead of an 18-byte row.
struct MentionSpan {
  int64_t begin = 0, end = 0;
  int64_t sentence = 0;
};
// Sorts by begin; a second span with the same begin is dropped.
std::string EncodeSpans(std::vector<MentionSpan> spans);
// kDataError for bytes EncodeSpans did not write.
StatusOr<std::vector<MentionSpan>> DecodeSpans(std::string_view stored);

// Substrings of a UTF-8 text by code point offsets, as SQL's substr counts.
class CodePointSlicer {
 public:
  explicit CodePointSlicer(std::string_view text);
  // Code points [begin, end), clamped to the text.
  std::string Slice(int64_t begin, int64_t end) const;

 private:
  std::string_view text_;
  std::vector<size_t> starts_;  // byte offset of every code point, then text.size()
};

// Tones (sentences, article_entities, rollup sums) are stored as integers
// in ten-thousandths: 2 bytes instead of a REAL's 8, 0 bytes for 0.
constexpr double kToneScale = 10000.0;
int64_t ToneToStored(double tone);
double ToneFromStored(int64_t stored);

// sentences.aspect: 0 none, 1 research, 2 product, 3 both.
int AspectCode(std::string_view aspect);
const char* AspectName(int64_t code);

// article_entities.role: 1 subject, 2 competitor, 3 other; NULL (code 0) none.
int RoleCode(std::string_view role);
const char* RoleName(int64_t code);

// event_entities.role: 0 person, 1 organization, 2 counterpart, 3 product
// (the order the timeline lists an event's entities in).
int EventRoleCode(std::string_view role);

// entities.key is 8 * n + the type's code, so that "an entity of type T"
// is `key & 7 = code` without reading the entities table: 0 organization,
// 1 division, 2 product, 3 person, 7 any other type. -1 for an empty type.
constexpr int kEntityTypeBits = 7;
int EntityTypeCode(std::string_view type);

}  // namespace news
