// Errors as values: Status carries a code and a one-line message, StatusOr<T>
// carries either a value or the Status that explains why there is none.
//
//   StatusOr<Store> store = Store::Open("news.db");
//   if (!store.ok()) return store.status();
//   NEWS_RETURN_IF_ERROR(store->Migrate());
//
// Library code never throws for expected failures; it returns these.
// Both types are plain values: copy and share them freely.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace news {

enum class StatusCode {
  kOk,
  kInvalidArgument,  // bad usage or bad option value
  kNotFound,
  kParseError,       // malformed input (lexicon line, HTML, feed, JSON)
  kIoError,          // file system or network failure
  kUnsupported,      // the input or feature is not handled
  kDataError,        // the database or a lexicon is inconsistent
  kTooLarge,
  kTimeout,
  kBusy,             // the database is locked by another writer
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

template <typename T>
class StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  StatusOr(Status status) : status_(std::move(status)) {}  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace news

#define NEWS_STATUS_CONCAT_INNER(a, b) a##b
#define NEWS_STATUS_CONCAT(a, b) NEWS_STATUS_CONCAT_INNER(a, b)

#define NEWS_RETURN_IF_ERROR(expr)                 \
  do {                                             \
    ::news::Status news_status_ = (expr);          \
    if (!news_status_.ok()) return news_status_;   \
  } while (0)

// NEWS_ASSIGN_OR_RETURN(auto x, MakeX()); declares x from a StatusOr.
#define NEWS_ASSIGN_OR_RETURN(lhs, expr) \
  NEWS_ASSIGN_OR_RETURN_IMPL(NEWS_STATUS_CONCAT(news_statusor_, __LINE__), lhs, expr)
#define NEWS_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                               \
  if (!tmp.ok()) return tmp.status();              \
  lhs = std::move(tmp).value()
