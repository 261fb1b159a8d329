#pragma once
// The number of rows a test database holds in one table, opened afresh so the
// count is what another process (the newsminer binary) committed.

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>

#include "store/store.h"

namespace news::testing {

inline int64_t StoredRows(const std::string& db, const std::string& table = "articles") {
  auto store = Store::Open(db);
  REQUIRE(store.ok());
  StatusOr<int64_t> n = (*store)->CountRows(table);
  REQUIRE(n.ok());
  return *n;
}

}  // namespace news::testing
