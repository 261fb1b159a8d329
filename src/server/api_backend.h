// The read-only half of the API: timeline, search, entities, one entity, one
// article, the digest and database statistics, each answered from a pool of
// read-only connections through the store's query functions (no SQL here).
//
//   auto backend = ApiBackend::Create("newsminer.db", 8);
//   std::optional<ApiResponse> r = (*backend)->Handle(req);  // nullopt: not my route
//
// Create() fails with kNotFound when the database does not exist and with the
// store's error when it cannot be opened or is newer than this binary.
// Handle() is safe to call from many threads at once.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "common/status.h"
#include "server/api_types.h"

namespace news {

class ApiBackend {
 public:
  static StatusOr<std::unique_ptr<ApiBackend>> Create(const std::string& db_path, size_t connections);
  virtual ~ApiBackend() = default;

  virtual std::optional<ApiResponse> Handle(const ApiRequest& req) = 0;
};

}  // namespace news
