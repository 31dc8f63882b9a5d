// A progress bar on standard error for runs that read many files (`index`,
// and `check` runs that last): drawn only where a person watches (standard
// error is a terminal, TERM is not "dumb", no -q), at most ten times a
// second, and erased when the files are read, so that nothing of it is left
// in the terminal, a log or a pipe. See docs/cli.md.
#ifndef FACTLINT_CLI_PROGRESS_BAR_H_
#define FACTLINT_CLI_PROGRESS_BAR_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

namespace factlint {

class ProgressBar {
 public:
  // Whether a bar belongs on `fd`: a terminal, TERM not "dumb", not quiet.
  static bool Wanted(int fd, bool quiet);

  // Draws on `fd` when `enabled` (see Wanted); else does nothing at all.
  // Nothing is drawn before `delay` has passed since construction (a quick
  // run shows no bar at all).
  ProgressBar(int fd, bool enabled,
              std::chrono::milliseconds delay = std::chrono::milliseconds(0));
  ~ProgressBar();  // Finish()
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // `done` of `total` files are read. Draws at once the first time, then
  // only when kInterval has passed since the last drawing; erases the bar
  // when all are done (done == total), before the run prints anything.
  void Update(size_t done, size_t total);
  // Erases the bar if one was drawn. Safe to call again.
  void Finish();
  // Update as a callback (LoadOptions::progress); null when disabled.
  std::function<void(size_t, size_t)> Callback();

  // The line drawn for `done` of `total`, without the carriage return and
  // erase sequences around it.
  static std::string Line(size_t done, size_t total);

  static constexpr std::chrono::milliseconds kInterval{100};
  // The delay of `check`: a check of a few drafts is over before it.
  static constexpr std::chrono::milliseconds kCheckDelay{500};

 private:
  void Write(const std::string& bytes);

  int fd_;
  bool enabled_;
  std::chrono::milliseconds delay_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace factlint

#endif  // FACTLINT_CLI_PROGRESS_BAR_H_
