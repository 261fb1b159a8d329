#include "store/stored_values.h"

#include <sqlite3.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "store/sqlite_db.h"

namespace news {

namespace {

// One deflate state per thread, reset for each body: compress2() sets up and
// frees ~256 KiB of state per call, which cost more than compressing a
// 1-4 KB body (90 of ~100 us).
class Deflater {
 public:
  Deflater() { ok_ = deflateInit(&z_, 6) == Z_OK; }  // level 6: level 9 saves nothing more on 1-4 KB bodies
  ~Deflater() {
    if (ok_) deflateEnd(&z_);
  }
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;

  // The zlib stream of `text`, or empty on failure.
  std::string Compress(std::string_view text) {
    if (!ok_ || deflateReset(&z_) != Z_OK) return {};
    std::string out(deflateBound(&z_, static_cast<uLong>(text.size())), '\0');
    z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
    z_.avail_in = static_cast<uInt>(text.size());
    z_.next_out = reinterpret_cast<Bytef*>(out.data());
    z_.avail_out = static_cast<uInt>(out.size());
    if (deflate(&z_, Z_FINISH) != Z_STREAM_END) return {};
    out.resize(out.size() - z_.avail_out);
    return out;
  }

 private:
  z_stream z_{};
  bool ok_ = false;
};

}  // namespace

std::string CompressBody(std::string_view text) {
  thread_local Deflater deflater;
  std::string out = text.empty() ? std::string() : deflater.Compress(text);
  if (out.empty() || out.size() >= text.size()) return std::string(text);
  return out;
}

StatusOr<std::string> DecompressBody(std::string_view stored, int64_t size) {
  if (size < 0) return Status(StatusCode::kDataError, "stored body has a negative size");
  if (static_cast<uint64_t>(stored.size()) == static_cast<uint64_t>(size)) return std::string(stored);
  std::string out(static_cast<size_t>(size), '\0');
  uLongf n = static_cast<uLongf>(size);
  int rc = uncompress(reinterpret_cast<Bytef*>(out.data()), &n, reinterpret_cast<const Bytef*>(stored.data()),
                      static_cast<uLong>(stored.size()));
  if (rc != Z_OK || n != static_cast<uLongf>(size))
    return Status(StatusCode::kDataError, "stored body is not a zlib stream of " + std::to_string(size) + " bytes");
  return out;
}

std::string HashToStored(std::string_view hex) {
  auto digit = [](char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  };
  if (hex.empty() || hex.size() % 2) return std::string(hex);
  std::string out(hex.size() / 2, '\0');
  for (size_t i = 0; i < out.size(); ++i) {
    int hi = digit(hex[2 * i]), lo = digit(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::string(hex);
    out[i] = static_cast<char>(hi * 16 + lo);
  }
  return out;
}

namespace {

// (body, body_size) -> the text; NULL for NULL. `as_text` picks TEXT
// (newsminer_body) or BLOB (sqlar_uncompress, as the sqlite3 shell has it).
void Uncompress(sqlite3_context* ctx, sqlite3_value** argv, bool as_text) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return sqlite3_result_null(ctx);
  const void* p = sqlite3_value_blob(argv[0]);
  std::string_view stored(static_cast<const char*>(p), static_cast<size_t>(sqlite3_value_bytes(argv[0])));
  StatusOr<std::string> text = DecompressBody(stored, sqlite3_value_int64(argv[1]));
  if (!text.ok()) return sqlite3_result_error(ctx, text.status().message().c_str(), -1);
  if (as_text)
    sqlite3_result_text(ctx, text->data(), static_cast<int>(text->size()), SQLITE_TRANSIENT);
  else
    sqlite3_result_blob(ctx, text->data(), static_cast<int>(text->size()), SQLITE_TRANSIENT);
}

void BodyText(sqlite3_context* ctx, int, sqlite3_value** argv) { Uncompress(ctx, argv, true); }
void SqlarUncompress(sqlite3_context* ctx, int, sqlite3_value** argv) { Uncompress(ctx, argv, false); }

void Compress(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return sqlite3_result_null(ctx);
  const unsigned char* p = sqlite3_value_text(argv[0]);
  std::string z = CompressBody(std::string_view(reinterpret_cast<const char*>(p),
                                                static_cast<size_t>(sqlite3_value_bytes(argv[0]))));
  sqlite3_result_blob(ctx, z.data(), static_cast<int>(z.size()), SQLITE_TRANSIENT);
}

void Unhex(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) return sqlite3_result_value(ctx, argv[0]);
  std::string_view hex(reinterpret_cast<const char*>(sqlite3_value_text(argv[0])),
                       static_cast<size_t>(sqlite3_value_bytes(argv[0])));
  std::string bytes = HashToStored(hex);
  if (bytes.size() == hex.size()) return sqlite3_result_value(ctx, argv[0]);
  sqlite3_result_blob(ctx, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
}

}  // namespace

Status RegisterStoredValueFunctions(Db& db) {
  constexpr int kFlags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  struct {
    const char* name;
    int args;
    void (*fn)(sqlite3_context*, int, sqlite3_value**);
  } functions[] = {{"newsminer_body", 2, BodyText}, {"sqlar_uncompress", 2, SqlarUncompress},
                   {"newsminer_compress", 1, Compress}, {"newsminer_unhex", 1, Unhex}};
  for (const auto& f : functions)
    if (sqlite3_create_function(db.raw(), f.name, f.args, kFlags, nullptr, f.fn, nullptr, nullptr) != SQLITE_OK)
      return Status(StatusCode::kDataError, std::string("cannot register SQL function ") + f.name);
  return Status::Ok();
}

namespace {

void PutVarint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

bool GetVarint(std::string_view in, size_t* pos, uint64_t* v) {
  *v = 0;
  for (int shift = 0; *pos < in.size() && shift < 64; shift += 7) {
    auto byte = static_cast<unsigned char>(in[(*pos)++]);
    *v |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if (!(byte & 0x80)) return true;
  }
  return false;
}

uint64_t ZigZag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t UnZigZag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

}  // namespace

std::string EncodeSpans(std::vector<MentionSpan> spans) {
  std::sort(spans.begin(), spans.end(), [](const MentionSpan& a, const MentionSpan& b) { return a.begin < b.begin; });
  std::string out;
  int64_t begin = 0, sentence = 0;
  bool first = true;
  for (const MentionSpan& m : spans) {
    if (!first && m.begin == begin) continue;
    PutVarint(out, static_cast<uint64_t>(m.begin - begin));
    PutVarint(out, ZigZag(m.end - m.begin));
    PutVarint(out, ZigZag(m.sentence - sentence));
    begin = m.begin, sentence = m.sentence, first = false;
  }
  return out;
}

StatusOr<std::vector<MentionSpan>> DecodeSpans(std::string_view stored) {
  std::vector<MentionSpan> out;
  int64_t begin = 0, sentence = 0;
  for (size_t pos = 0; pos < stored.size();) {
    uint64_t d = 0, len = 0, s = 0;
    if (!GetVarint(stored, &pos, &d) || !GetVarint(stored, &pos, &len) || !GetVarint(stored, &pos, &s))
      return Status(StatusCode::kDataError, "stored mention spans are cut short");
    begin += static_cast<int64_t>(d);
    sentence += UnZigZag(s);
    out.push_back({begin, begin + UnZigZag(len), sentence});
  }
  return out;
}

CodePointSlicer::CodePointSlicer(std::string_view text) : text_(text) {
  for (size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts_.push_back(i);
  starts_.push_back(text.size());
}

std::string CodePointSlicer::Slice(int64_t begin, int64_t end) const {
  auto at = [&](int64_t cp) {
    return starts_[static_cast<size_t>(std::clamp<int64_t>(cp, 0, static_cast<int64_t>(starts_.size()) - 1))];
  };
  size_t b = at(begin), e = at(end);
  return e > b ? std::string(text_.substr(b, e - b)) : std::string();
}

int64_t ToneToStored(double tone) { return std::llround(tone * kToneScale); }
double ToneFromStored(int64_t stored) { return static_cast<double>(stored) / kToneScale; }

namespace {

// A stored code is the name's index here; a name not listed is code 0 and a
// code out of range reads back as the first name.
template <size_t N>
int CodeOf(const std::array<const char*, N>& names, std::string_view name) {
  for (size_t i = 1; i < N; ++i)
    if (name == names[i]) return static_cast<int>(i);
  return 0;
}

template <size_t N>
const char* NameOf(const std::array<const char*, N>& names, int64_t code) {
  return code > 0 && static_cast<uint64_t>(code) < N ? names[static_cast<size_t>(code)] : names[0];
}

constexpr std::array<const char*, 4> kAspectNames = {"none", "research", "product", "both"};
constexpr std::array<const char*, 4> kRoleNames = {"", "subject", "competitor", "other"};

}  // namespace

int AspectCode(std::string_view aspect) { return CodeOf(kAspectNames, aspect); }
const char* AspectName(int64_t code) { return NameOf(kAspectNames, code); }
int RoleCode(std::string_view role) { return CodeOf(kRoleNames, role); }
const char* RoleName(int64_t code) { return NameOf(kRoleNames, code); }

int EventRoleCode(std::string_view role) {
  if (role == "person") return 0;
  if (role == "organization") return 1;
  if (role == "counterpart") return 2;
  return 3;
}

int EntityTypeCode(std::string_view type) {
  if (type.empty()) return -1;
  if (type == "organization") return 0;
  if (type == "division") return 1;
  if (type == "product") return 2;
  if (type == "person") return 3;
  return kEntityTypeBits;
}

}  // namespace news
