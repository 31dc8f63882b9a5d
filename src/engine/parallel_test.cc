// The worker pool runs every index once, on as many threads as asked.
#include "engine/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace factlint {
namespace {

TEST(WorkerCountTest, AskedForIsUsedElseOnePerCore) {
  EXPECT_EQ(WorkerCount(1), 1u);
  EXPECT_EQ(WorkerCount(3), 3u);
  EXPECT_EQ(WorkerCount(16), 16u);  // asked for: not capped
  const size_t cores = std::max(1u, std::thread::hardware_concurrency());
  EXPECT_EQ(WorkerCount(0), std::min(cores, kMaxDefaultJobs));
  EXPECT_EQ(WorkerCount(-2), WorkerCount(0));
}

TEST(ParallelForTest, EveryIndexOnce) {
  for (size_t threads : {1u, 2u, 3u, 7u}) {
    std::vector<std::atomic<int>> seen(50);
    ParallelFor(seen.size(), threads, [&](size_t i) { ++seen[i]; });
    for (size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i], 1) << i << " threads " << threads;
  }
  ParallelFor(0, 4, [](size_t) { FAIL() << "no work to do"; });
}

TEST(ParallelForTest, OneThreadIsTheCallerInOrder) {
  std::vector<size_t> order;
  const std::thread::id caller = std::this_thread::get_id();
  ParallelFor(5, 1, [&](size_t i) {
    EXPECT_EQ(std::this_thread::get_id(), caller);
    order.push_back(i);
  });
  EXPECT_EQ(order, (std::vector<size_t>{0, 1, 2, 3, 4}));
}

TEST(ParallelForTest, UsesTheThreadsAskedFor) {
  // Each call waits until three threads are inside at once: it finishes
  // only if three run side by side.
  std::mutex m;
  std::set<std::thread::id> ids;
  std::atomic<int> inside{0};
  ParallelFor(3, 3, [&](size_t) {
    {
      std::lock_guard<std::mutex> lock(m);
      ids.insert(std::this_thread::get_id());
    }
    ++inside;
    while (inside.load() < 3) std::this_thread::yield();
  });
  EXPECT_EQ(ids.size(), 3u);
}

}  // namespace
}  // namespace factlint
