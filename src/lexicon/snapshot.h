// A flat binary form for built lexicon structures (entities, automata, key
// tables), so that a process can map one file instead of parsing the lexicon
// TSVs and building its automata on every start (see lexicon_cache.h).
//
//   SnapshotWriter w;
//   w.U32(42); w.Str("openai"); w.Array(table.data(), table.size());
//   SnapshotReader r(bytes);
//   uint32_t n; std::string s; const uint16_t* t; size_t len;
//   r.U32(&n); r.Str(&s); r.Array(&t, &len);
//   if (!r.ok()) ...   // truncated or malformed: use nothing that was read
//
// The reader never reads past its buffer: every length is checked against
// what is left, and after the first failure every call fails. Arrays are
// aligned to 8 bytes in the buffer, so Array() can point into it (no copy)
// when the buffer itself is 8-byte aligned (a memory map is).
// Not thread-safe (one reader or writer per thread); the bytes are plain data.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace news {

class SnapshotWriter {
 public:
  void U32(uint32_t v) { Raw(&v, sizeof v); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    Raw(s.data(), s.size());
  }
  void Strs(const std::vector<std::string>& v) {
    U32(static_cast<uint32_t>(v.size()));
    for (const std::string& s : v) Str(s);
  }
  template <class T>
  void Array(const T* data, size_t n) {
    static_assert(std::is_trivially_copyable_v<T>);
    U32(static_cast<uint32_t>(n));
    bytes_.resize((bytes_.size() + 7) & ~size_t{7}, '\0');
    Raw(data, n * sizeof(T));
  }
  template <class T>
  void Array(const std::vector<T>& v) { Array(v.data(), v.size()); }

  const std::string& bytes() const { return bytes_; }

 private:
  void Raw(const void* p, size_t n) { bytes_.append(static_cast<const char*>(p), n); }
  std::string bytes_;
};

class SnapshotReader {
 public:
  explicit SnapshotReader(std::string_view bytes) : bytes_(bytes) {}

  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == bytes_.size(); }
  size_t remaining() const { return bytes_.size() - pos_; }
  // Marks the snapshot unusable (a value read was out of range).
  void Fail() { ok_ = false; }

  bool U32(uint32_t* v) { return Raw(v, sizeof *v); }
  bool Str(std::string* s) {
    uint32_t n = 0;
    if (!U32(&n) || !Room(n)) return false;
    *s = std::string(bytes_.data() + pos_, n);  // constructs: cheaper than assign()'s overlap-safe path
    pos_ += n;
    return true;
  }
  bool Strs(std::vector<std::string>* v) {
    uint32_t n = 0;
    if (!U32(&n) || !Room(n * size_t{4})) return false;  // each string takes at least its length
    v->clear();
    v->reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
      uint32_t len = 0;
      if (!U32(&len) || !Room(len)) return false;
      v->emplace_back(bytes_.data() + pos_, len);  // built in place: no empty string to assign over
      pos_ += len;
    }
    return true;
  }
  // Points *data at n elements inside the buffer.
  template <class T>
  bool Array(const T** data, size_t* n) {
    static_assert(std::is_trivially_copyable_v<T>);
    uint32_t count = 0;
    if (!U32(&count)) return false;
    size_t aligned = (pos_ + 7) & ~size_t{7};
    if (aligned > bytes_.size()) return Failed();
    pos_ = aligned;
    if (!Room(size_t{count} * sizeof(T))) return false;
    if (reinterpret_cast<uintptr_t>(bytes_.data() + pos_) % alignof(T) != 0) return Failed();
    *data = reinterpret_cast<const T*>(bytes_.data() + pos_);
    *n = count;
    pos_ += size_t{count} * sizeof(T);
    return true;
  }
  template <class T>
  bool Vector(std::vector<T>* v) {
    const T* data = nullptr;
    size_t n = 0;
    if (!Array(&data, &n)) return false;
    v->assign(data, data + n);
    return true;
  }

 private:
  bool Failed() {
    ok_ = false;
    return false;
  }
  bool Room(size_t n) { return ok_ && n <= bytes_.size() - pos_ ? true : Failed(); }
  bool Raw(void* out, size_t n) {
    if (!Room(n)) return false;
    std::memcpy(out, bytes_.data() + pos_, n);
    pos_ += n;
    return true;
  }

  std::string_view bytes_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace news
