#include "engine/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace factlint {

size_t WorkerCount(int jobs) {
  if (jobs > 0) return static_cast<size_t>(jobs);
  return std::clamp<size_t>(std::thread::hardware_concurrency(), 1, kMaxDefaultJobs);
}

void ParallelFor(size_t n, size_t threads, const std::function<void(size_t)>& work) {
  const size_t used = std::min(threads, n);
  if (used <= 1) {
    for (size_t i = 0; i < n; ++i) work(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (size_t t = 0; t < used; ++t)
    pool.emplace_back([&] {
      for (size_t i; (i = next++) < n;) work(i);
    });
  for (std::thread& t : pool) t.join();
}

}  // namespace factlint
