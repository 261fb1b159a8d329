#include "store/stored_values.h"

#include <sqlite3.h>
#include <zlib.h>

#include <cmath>

#include "store/sqlite_db.h"

namespace news {

std::string CompressBody(std::string_view text) {
  uLongf bound = compressBound(static_cast<uLong>(text.size()));
  std::string out(bound, '\0');
  // Level 6 (zlib's default): level 9 saves nothing more on 1-4 KB bodies.
  int rc = compress2(reinterpret_cast<Bytef*>(out.data()), &bound, reinterpret_cast<const Bytef*>(text.data()),
                     static_cast<uLong>(text.size()), 6);
  if (rc != Z_OK || bound >= text.size()) return std::string(text);
  out.resize(bound);
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

int64_t ToneToStored(double tone) { return std::llround(tone * kToneScale); }
double ToneFromStored(int64_t stored) { return static_cast<double>(stored) / kToneScale; }

int AspectCode(std::string_view aspect) {
  if (aspect == "research") return 1;
  if (aspect == "product") return 2;
  if (aspect == "both") return 3;
  return 0;
}

const char* AspectName(int64_t code) {
  switch (code) {
    case 1: return "research";
    case 2: return "product";
    case 3: return "both";
    default: return "none";
  }
}

int RoleCode(std::string_view role) {
  if (role == "subject") return 1;
  if (role == "competitor") return 2;
  if (role == "other") return 3;
  return 0;
}

const char* RoleName(int64_t code) {
  switch (code) {
    case 1: return "subject";
    case 2: return "competitor";
    case 3: return "other";
    default: return "";
  }
}

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
