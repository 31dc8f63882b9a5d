// Where a run's time goes, for benchmarks and profiles: with the environment
// variable FACTLINT_TIMINGS set (to anything but "" or "0"), a run prints one
// line per phase to standard error (`factlint: timing: PHASE: 12.3 ms`) and
// one per counted quantity (`factlint: count: WHAT: 42`). Unset, nothing is
// printed and a phase costs one clock read. Output on standard output never
// changes. tools/bench reads these lines (docs/benchmarks.md).
#ifndef FACTLINT_BASE_PHASE_LOG_H_
#define FACTLINT_BASE_PHASE_LOG_H_

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace factlint {

// Whether FACTLINT_TIMINGS asks for the lines (read once per process).
inline bool PhaseLogEnabled() {
  static const bool enabled = [] {
    const char* v = std::getenv("FACTLINT_TIMINGS");
    return v != nullptr && *v != '\0' && std::strcmp(v, "0") != 0;
  }();
  return enabled;
}

inline void LogCount(const std::string& what, long long n) {
  if (PhaseLogEnabled())
    std::fprintf(stderr, "factlint: count: %s: %lld\n", what.c_str(), n);
}

// Measures consecutive phases: Mark("x") prints the time since the
// construction or the previous Mark under the name x. Add(&sum) accumulates
// instead, for a phase made of many short pieces (Lap returns the time since
// the last Mark or Lap in milliseconds).
class PhaseLog {
 public:
  PhaseLog() : last_(Clock::now()) {}

  double Lap() {
    Clock::time_point now = Clock::now();
    double ms = std::chrono::duration<double, std::milli>(now - last_).count();
    last_ = now;
    return ms;
  }
  void Mark(const std::string& phase) { Print(phase, Lap()); }
  static void Print(const std::string& phase, double ms) {
    if (PhaseLogEnabled())
      std::fprintf(stderr, "factlint: timing: %s: %.1f ms\n", phase.c_str(), ms);
  }

 private:
  using Clock = std::chrono::steady_clock;
  Clock::time_point last_;
};

}  // namespace factlint

#endif  // FACTLINT_BASE_PHASE_LOG_H_
