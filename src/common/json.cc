#include "common/json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "common/utf8.h"

namespace news {

void AppendJsonString(std::string& out, std::string_view s) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

std::string JsonQuote(std::string_view s) {
  std::string out;
  AppendJsonString(out, s);
  return out;
}

void JsonWriter::Newline() {
  if (!pretty_) return;
  out_ << '\n' << std::string(first_.size() * 2, ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_ << ',';
    first_.back() = false;
    Newline();
  }
}

void JsonWriter::BeginObject() { BeforeValue(); out_ << '{'; first_.push_back(true); }
void JsonWriter::BeginArray() { BeforeValue(); out_ << '['; first_.push_back(true); }

void JsonWriter::EndObject() {
  bool empty = first_.back();
  first_.pop_back();
  if (!empty) Newline();
  out_ << '}';
}

void JsonWriter::EndArray() {
  bool empty = first_.back();
  first_.pop_back();
  if (!empty) Newline();
  out_ << ']';
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  std::string quoted;
  AppendJsonString(quoted, key);
  out_ << quoted << (pretty_ ? ": " : ":");
  after_key_ = true;
}

void JsonWriter::String(std::string_view s) {
  BeforeValue();
  std::string quoted;
  AppendJsonString(quoted, s);
  out_ << quoted;
}

void JsonWriter::Int(long long v) { BeforeValue(); out_ << v; }

void JsonWriter::Double(double v, int decimals) {
  BeforeValue();
  if (!std::isfinite(v)) { out_ << "null"; return; }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  // Trim trailing zeros so 0.500 prints as 0.5 and -0.000 as 0.
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  out_ << s;
}

void JsonWriter::Bool(bool v) { BeforeValue(); out_ << (v ? "true" : "false"); }
void JsonWriter::Null() { BeforeValue(); out_ << "null"; }
void JsonWriter::Raw(std::string_view json) { BeforeValue(); out_ << json; }

JsonValue JsonValue::MakeBool(bool b) { JsonValue v; v.type_ = Type::kBool; v.bool_ = b; return v; }
JsonValue JsonValue::MakeNumber(double d) { JsonValue v; v.type_ = Type::kNumber; v.number_ = d; return v; }
JsonValue JsonValue::MakeString(std::string s) {
  JsonValue v; v.type_ = Type::kString; v.string_ = std::move(s); return v;
}
JsonValue JsonValue::MakeArray() { JsonValue v; v.type_ = Type::kArray; return v; }
JsonValue JsonValue::MakeObject() { JsonValue v; v.type_ = Type::kObject; return v; }

static const JsonValue& NullValue() {
  static const JsonValue kNull;
  return kNull;
}

const JsonValue& JsonValue::operator[](std::string_view key) const {
  for (const auto& [k, v] : object_) if (k == key) return v;
  return NullValue();
}

const JsonValue& JsonValue::operator[](size_t i) const {
  return i < array_.size() ? array_[i] : NullValue();
}

bool JsonValue::Has(std::string_view key) const {
  for (const auto& [k, v] : object_) if (k == key) return true;
  return false;
}

namespace {

class Parser {
 public:
  explicit Parser(std::string_view t) : t_(t) {}

  StatusOr<JsonValue> Document() {
    JsonValue v;
    if (!Value(v, 0)) return Fail();
    SkipSpace();
    if (pos_ != t_.size()) { error_ = "trailing characters"; return Fail(); }
    return v;
  }

 private:
  Status Fail() const {
    return Status(StatusCode::kParseError,
                  "invalid JSON at byte " + std::to_string(pos_) + ": " + error_);
  }
  void SkipSpace() {
    while (pos_ < t_.size() && (t_[pos_] == ' ' || t_[pos_] == '\n' || t_[pos_] == '\r' || t_[pos_] == '\t')) ++pos_;
  }
  bool Literal(std::string_view word) {
    if (t_.substr(pos_, word.size()) != word) { error_ = "unexpected token"; return false; }
    pos_ += word.size();
    return true;
  }

  bool Value(JsonValue& out, int depth) {
    if (depth > 512) { error_ = "nesting too deep"; return false; }
    SkipSpace();
    if (pos_ >= t_.size()) { error_ = "unexpected end"; return false; }
    char c = t_[pos_];
    if (c == '{') return Object(out, depth);
    if (c == '[') return Array(out, depth);
    if (c == '"') { std::string s; if (!String(s)) return false; out = JsonValue::MakeString(std::move(s)); return true; }
    if (c == 't') { out = JsonValue::MakeBool(true); return Literal("true"); }
    if (c == 'f') { out = JsonValue::MakeBool(false); return Literal("false"); }
    if (c == 'n') { out = JsonValue(); return Literal("null"); }
    return Number(out);
  }

  bool Number(JsonValue& out) {
    size_t start = pos_;
    while (pos_ < t_.size() && std::string_view("+-0123456789.eE").find(t_[pos_]) != std::string_view::npos) ++pos_;
    if (start == pos_) { error_ = "unexpected character"; return false; }
    std::string num(t_.substr(start, pos_ - start));
    char* end = nullptr;
    double d = std::strtod(num.c_str(), &end);
    if (end != num.c_str() + num.size()) { error_ = "bad number"; return false; }
    out = JsonValue::MakeNumber(d);
    return true;
  }

  bool Hex4(uint32_t& cp) {
    if (pos_ + 4 > t_.size()) { error_ = "short \\u escape"; return false; }
    cp = 0;
    for (int i = 0; i < 4; ++i) {
      char h = t_[pos_++];
      cp <<= 4;
      if (h >= '0' && h <= '9') cp |= h - '0';
      else if (h >= 'a' && h <= 'f') cp |= h - 'a' + 10;
      else if (h >= 'A' && h <= 'F') cp |= h - 'A' + 10;
      else { error_ = "bad \\u escape"; return false; }
    }
    return true;
  }

  bool Escape(std::string& s) {
    char e = t_[pos_++];
    switch (e) {
      case '"': s += '"'; return true;
      case '\\': s += '\\'; return true;
      case '/': s += '/'; return true;
      case 'b': s += '\b'; return true;
      case 'f': s += '\f'; return true;
      case 'n': s += '\n'; return true;
      case 'r': s += '\r'; return true;
      case 't': s += '\t'; return true;
      case 'u': {
        uint32_t cp;
        if (!Hex4(cp)) return false;
        if (cp >= 0xD800 && cp <= 0xDBFF && t_.substr(pos_, 2) == "\\u") {
          pos_ += 2;
          uint32_t lo;
          if (!Hex4(lo)) return false;
          cp = (lo >= 0xDC00 && lo <= 0xDFFF) ? 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00) : 0xFFFD;
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
          cp = 0xFFFD;
        }
        AppendUtf8(s, cp);
        return true;
      }
      default: error_ = "bad escape"; return false;
    }
  }

  bool String(std::string& s) {
    ++pos_;  // opening quote
    while (pos_ < t_.size()) {
      char c = t_[pos_++];
      if (c == '"') return true;
      if (c == '\\') {
        if (pos_ >= t_.size() || !Escape(s)) { if (error_.empty()) error_ = "bad escape"; return false; }
      } else {
        s += c;
      }
    }
    error_ = "unterminated string";
    return false;
  }

  bool Array(JsonValue& out, int depth) {
    ++pos_;
    out = JsonValue::MakeArray();
    SkipSpace();
    if (pos_ < t_.size() && t_[pos_] == ']') { ++pos_; return true; }
    while (true) {
      JsonValue item;
      if (!Value(item, depth + 1)) return false;
      out.Push(std::move(item));
      SkipSpace();
      if (pos_ < t_.size() && t_[pos_] == ',') { ++pos_; continue; }
      if (pos_ < t_.size() && t_[pos_] == ']') { ++pos_; return true; }
      error_ = "expected , or ]";
      return false;
    }
  }

  bool Object(JsonValue& out, int depth) {
    ++pos_;
    out = JsonValue::MakeObject();
    SkipSpace();
    if (pos_ < t_.size() && t_[pos_] == '}') { ++pos_; return true; }
    while (true) {
      SkipSpace();
      if (pos_ >= t_.size() || t_[pos_] != '"') { error_ = "expected key"; return false; }
      std::string key;
      if (!String(key)) return false;
      SkipSpace();
      if (pos_ >= t_.size() || t_[pos_] != ':') { error_ = "expected :"; return false; }
      ++pos_;
      JsonValue v;
      if (!Value(v, depth + 1)) return false;
      out.Set(std::move(key), std::move(v));
      SkipSpace();
      if (pos_ < t_.size() && t_[pos_] == ',') { ++pos_; continue; }
      if (pos_ < t_.size() && t_[pos_] == '}') { ++pos_; return true; }
      error_ = "expected , or }";
      return false;
    }
  }

  std::string_view t_;
  size_t pos_ = 0;
  std::string error_;
};

}  // namespace

StatusOr<JsonValue> ParseJson(std::string_view text) { return Parser(text).Document(); }

void NullableString(JsonWriter& w, std::string_view key, const std::string& value) {
  w.Key(key);
  if (value.empty()) w.Null();
  else w.String(value);
}

void NullableNumber(JsonWriter& w, std::string_view key, const std::optional<double>& value) {
  w.Key(key);
  if (value) w.Double(*value);
  else w.Null();
}

}  // namespace news
