#include "diag/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace factlint {
namespace {

std::string SizeText(uint64_t bytes) {
  if (bytes >= (uint64_t{1} << 20) && bytes % (uint64_t{1} << 20) == 0)
    return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace

std::string NotRegularReason(unsigned mode) {
  if (S_ISREG(mode)) return "";
  if (S_ISDIR(mode)) return "is a directory";
  const char* what = S_ISFIFO(mode)   ? "a FIFO"
                     : S_ISCHR(mode)  ? "a character device"
                     : S_ISBLK(mode)  ? "a block device"
                     : S_ISSOCK(mode) ? "a socket"
                                      : "a special file";
  return std::string("is ") + what +
         ", not a regular file (standard input is read only as `-`)";
}

bool ReadRegularFile(const std::string& path, uint64_t max_bytes,
                     std::string* contents, std::string* reason,
                     bool* too_large) {
  if (too_large) *too_large = false;
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    *reason = std::strerror(errno);
    return false;
  }
  auto fail = [&](std::string why) {
    ::close(fd);
    *reason = std::move(why);
    return false;
  };
  struct stat st;
  if (::fstat(fd, &st) != 0) return fail(std::strerror(errno));
  if (std::string why = NotRegularReason(st.st_mode); !why.empty())
    return fail(why);
  std::string limit_text = "file is larger than " + SizeText(max_bytes);
  if (static_cast<uint64_t>(st.st_size) > max_bytes) {
    if (too_large) *too_large = true;
    return fail(limit_text);
  }
  int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  std::string bytes;
  bytes.reserve(static_cast<size_t>(st.st_size));
  char buffer[65536];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(std::strerror(errno));
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<size_t>(n));
    if (bytes.size() > max_bytes) {  // the file grew while it was read
      if (too_large) *too_large = true;
      return fail(limit_text);
    }
  }
  ::close(fd);
  *contents = std::move(bytes);
  return true;
}

bool ReadWholeFile(const std::string& path, std::string* contents,
                   std::string* reason) {
  return ReadRegularFile(path, kMaxSmallFileBytes, contents, reason);
}

}  // namespace factlint
