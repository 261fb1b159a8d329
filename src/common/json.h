// Minimal JSON for the project's own shapes: a streaming writer (the CLI and
// the API print large documents without building them in memory) and a small
// DOM parser (JSON-LD in pages, API request bodies, tests reading CLI output).
//
//   JsonWriter w(out);
//   w.BeginObject(); w.Key("title"); w.String(title); w.EndObject();
//
//   StatusOr<JsonValue> v = ParseJson(text);
//   if (v.ok()) std::cout << (*v)["title"].AsString();
//
// Strings are UTF-8; the writer escapes control characters, quotes, and
// '<', '>', '&' (as \u003c...) so JSON can sit inside HTML safely. Not
// thread-safe per instance; separate instances are independent.
#pragma once

#include <map>
#include <memory>
#include <ostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace news {

// Appends `s` to `out` as a quoted JSON string.
void AppendJsonString(std::string& out, std::string_view s);
std::string JsonQuote(std::string_view s);

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out, bool pretty = false) : out_(out), pretty_(pretty) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);
  void String(std::string_view s);
  void Int(long long v);
  void Double(double v, int decimals = 3);
  void Bool(bool v);
  void Null();
  // Writes a value that is already valid JSON text.
  void Raw(std::string_view json);

 private:
  void BeforeValue();
  void Newline();

  std::ostream& out_;
  bool pretty_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

// `"key": value`, or `"key": null` when the string is empty / there is no number.
void NullableString(JsonWriter& w, std::string_view key, const std::string& value);
void NullableNumber(JsonWriter& w, std::string_view key, const std::optional<double>& value);

class JsonValue {
 public:
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };

  JsonValue() = default;
  static JsonValue MakeBool(bool b);
  static JsonValue MakeNumber(double d);
  static JsonValue MakeString(std::string s);
  static JsonValue MakeArray();
  static JsonValue MakeObject();

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::kNull; }
  bool is_string() const { return type_ == Type::kString; }
  bool is_number() const { return type_ == Type::kNumber; }
  bool is_array() const { return type_ == Type::kArray; }
  bool is_object() const { return type_ == Type::kObject; }

  bool AsBool() const { return bool_; }
  double AsNumber() const { return number_; }
  const std::string& AsString() const { return string_; }
  const std::vector<JsonValue>& items() const { return array_; }
  const std::vector<std::pair<std::string, JsonValue>>& members() const { return object_; }
  size_t size() const { return is_array() ? array_.size() : object_.size(); }

  // Member lookup; a missing key (or a non-object) gives a shared null value.
  const JsonValue& operator[](std::string_view key) const;
  const JsonValue& operator[](size_t i) const;
  bool Has(std::string_view key) const;

  void Push(JsonValue v) { array_.push_back(std::move(v)); }
  void Set(std::string key, JsonValue v) { object_.emplace_back(std::move(key), std::move(v)); }

 private:
  Type type_ = Type::kNull;
  bool bool_ = false;
  double number_ = 0;
  std::string string_;
  std::vector<JsonValue> array_;
  std::vector<std::pair<std::string, JsonValue>> object_;
};

// Parses one JSON document. Fails with kParseError naming the byte offset.
// Nesting deeper than 512 levels is refused rather than risking the stack.
StatusOr<JsonValue> ParseJson(std::string_view text);

}  // namespace news
