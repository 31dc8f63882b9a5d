#include "diag/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

namespace factlint {
namespace {

std::string Errno(const std::string& what) {
  return what + ": " + std::strerror(errno);
}

std::string DirectoryOf(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

bool WriteAll(int fd, std::string_view content) {
  while (!content.empty()) {
    ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

std::atomic<unsigned> temp_counter{0};

}  // namespace

bool WriteFileAtomically(const std::string& path_in, std::string_view content,
                         std::string* error) {
  std::string scratch;
  if (!error) error = &scratch;
  std::string path = path_in;
  struct stat st;
  bool exists = false;
  if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    char resolved[PATH_MAX];
    if (!::realpath(path.c_str(), resolved)) {
      // A dangling link: create its target.
      ssize_t n = ::readlink(path.c_str(), resolved, sizeof resolved - 1);
      if (n < 0) {
        *error = Errno(path_in);
        return false;
      }
      resolved[n] = '\0';
      path = resolved[0] == '/' ? std::string(resolved)
                                : DirectoryOf(path) + "/" + resolved;
    } else {
      path = resolved;
    }
  }
  if (::stat(path.c_str(), &st) == 0) {
    exists = true;
    if (!S_ISREG(st.st_mode)) {
      *error = path_in + ": not a regular file; not replaced";
      return false;
    }
    if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 ||
        ::access(path.c_str(), W_OK) != 0) {
      *error = path_in + ": file is read-only; not replaced";
      return false;
    }
  } else if (errno != ENOENT) {
    *error = Errno(path_in);
    return false;
  }

  std::string dir = DirectoryOf(path);
  std::string base = path.substr(path.rfind('/') + 1);
  std::string temp;
  int fd = -1;
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    temp = dir + "/." + base + ".tmp" + std::to_string(::getpid()) + "_" +
           std::to_string(temp_counter++);
    fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) {
    *error = Errno(path_in + ": cannot create a temporary file in " + dir);
    return false;
  }
  auto fail = [&](const std::string& what) {
    *error = Errno(path_in + ": " + what);
    if (fd >= 0) ::close(fd);
    ::unlink(temp.c_str());
    return false;
  };
  if (!WriteAll(fd, content)) return fail("write failed");
  if (exists && ::fchmod(fd, st.st_mode & 07777) != 0)
    return fail("cannot set permissions");
  if (::fsync(fd) != 0) return fail("fsync failed");
  int rc = ::close(fd);
  fd = -1;
  if (rc != 0) return fail("close failed");
  if (::rename(temp.c_str(), path.c_str()) != 0) return fail("rename failed");
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {  // make the rename itself durable; best effort
    ::fsync(dfd);
    ::close(dfd);
  }
  return true;
}

}  // namespace factlint
