#include "cli/progress_bar.h"

#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

namespace factlint {

namespace {

constexpr size_t kBarWidth = 30;
// Back to the start of the line, and erase to its end (ECMA-48 EL).
constexpr char kReturn[] = "\r";
constexpr char kErase[] = "\x1b[K";

}  // namespace

bool ProgressBar::Wanted(int fd, bool quiet) {
  if (quiet || !isatty(fd)) return false;
  const char* term = std::getenv("TERM");
  return !(term && std::strcmp(term, "dumb") == 0);
}

ProgressBar::ProgressBar(int fd, bool enabled, std::chrono::milliseconds delay)
    : fd_(fd), enabled_(enabled), delay_(delay), start_(std::chrono::steady_clock::now()) {}

ProgressBar::~ProgressBar() { Finish(); }

std::string ProgressBar::Line(size_t done, size_t total) {
  const size_t filled = total ? std::min(done, total) * kBarWidth / total : 0;
  return fmt::format("factlint: [{}{}] {}/{} files", std::string(filled, '#'),
                     std::string(kBarWidth - filled, '.'), done, total);
}

void ProgressBar::Update(size_t done, size_t total) {
  if (!enabled_) return;
  if (done >= total) return Finish();
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < delay_ || (drawn_ && now - last_ < kInterval)) return;
  last_ = now;
  drawn_ = true;
  Write(kReturn + Line(done, total) + kErase);
}

void ProgressBar::Finish() {
  if (!drawn_) return;
  drawn_ = false;
  Write(std::string(kReturn) + kErase);
}

std::function<void(size_t, size_t)> ProgressBar::Callback() {
  if (!enabled_) return nullptr;
  return [this](size_t done, size_t total) { Update(done, total); };
}

void ProgressBar::Write(const std::string& bytes) {
  size_t at = 0;
  while (at < bytes.size()) {
    ssize_t n = ::write(fd_, bytes.data() + at, bytes.size() - at);
    if (n <= 0) return;  // a progress bar is not worth failing a run for
    at += static_cast<size_t>(n);
  }
}

}  // namespace factlint
