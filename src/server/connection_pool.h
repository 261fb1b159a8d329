// A small pool of per-thread resources (read-only database connections):
// an HTTP thread borrows one for a request and gives it back when the lease
// goes out of scope, so many readers query in parallel without sharing a
// connection. Connections are opened lazily, up to `max_size`; past that,
// Acquire() waits up to `wait` and then fails with kBusy (the API turns that
// into a 503).
//
//   ConnectionPool<Store> pool(8, [&] { return Store::Open(path, {.read_only = true}); });
//   NEWS_ASSIGN_OR_RETURN(auto lease, pool.Acquire(std::chrono::seconds(2)));
//   lease->Timeline(query, ...);
//
// Thread-safe.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "common/status.h"

namespace news {

template <typename T>
class ConnectionPool {
 public:
  using Factory = std::function<StatusOr<std::unique_ptr<T>>()>;

  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<T> item) : pool_(pool), item_(std::move(item)) {}
    Lease(Lease&& o) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (item_) pool_->Release(std::move(item_));
    }
    T* operator->() { return item_.get(); }
    T& operator*() { return *item_; }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<T> item_;
  };

  ConnectionPool(size_t max_size, Factory factory) : max_size_(max_size), factory_(std::move(factory)) {}

  StatusOr<Lease> Acquire(std::chrono::milliseconds wait) {
    std::unique_lock<std::mutex> lock(mu_);
    bool ready = cv_.wait_for(lock, wait, [this] { return !idle_.empty() || open_ < max_size_; });
    if (!ready) return Status(StatusCode::kBusy, "all database connections are busy");
    if (!idle_.empty()) {
      std::unique_ptr<T> item = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(item));
    }
    ++open_;  // reserve the slot, then open without holding the lock
    lock.unlock();
    StatusOr<std::unique_ptr<T>> made = factory_();
    if (!made.ok()) {
      lock.lock();
      --open_;
      cv_.notify_one();
      return made.status();
    }
    return Lease(this, std::move(made).value());
  }

 private:
  void Release(std::unique_ptr<T> item) {
    std::lock_guard<std::mutex> lock(mu_);
    idle_.push_back(std::move(item));
    cv_.notify_one();
  }

  const size_t max_size_;
  Factory factory_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<T>> idle_;
  size_t open_ = 0;
};

}  // namespace news
