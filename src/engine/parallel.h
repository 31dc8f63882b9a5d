// The worker pool of a run: files are read, normalized and extracted on
// `--jobs` threads (load_documents.cc, the archive index's update). One
// place decides how many threads a run uses and how work is handed out.
#ifndef FACTLINT_ENGINE_PARALLEL_H_
#define FACTLINT_ENGINE_PARALLEL_H_

#include <cstddef>
#include <functional>

namespace factlint {

// Threads when the user asked for none in particular (--jobs 0, the
// default): one per core, at most this many (extraction of more files at
// once only costs memory beyond that).
inline constexpr size_t kMaxDefaultJobs = 8;

// The threads a run uses for `jobs`: `jobs` itself when positive, else one
// per core (std::thread::hardware_concurrency, at least 1, at most
// kMaxDefaultJobs).
size_t WorkerCount(int jobs);

// Calls work(0) … work(n - 1), each once, on min(threads, n) threads that
// take the next index as they finish one; returns when all are done. With
// one thread (or n < 2) everything runs on the calling thread, in order.
// `work` must be safe to call concurrently for different indexes.
void ParallelFor(size_t n, size_t threads, const std::function<void(size_t)>& work);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_PARALLEL_H_
