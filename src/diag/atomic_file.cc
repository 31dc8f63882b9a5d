#include "diag/atomic_file.h"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
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

// A relative path that does not climb out with "..": inside the working
// directory as the user wrote it.
bool LexicallyInside(const std::string& path) {
  if (path.empty() || path[0] == '/') return false;
  size_t start = 0;
  int depth = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string_view part(path.data() + start, end - start);
    if (part == "..") {
      if (--depth < 0) return false;
    } else if (!part.empty() && part != ".") {
      ++depth;
    }
    start = end + 1;
  }
  return true;
}

bool SameFile(const struct stat& a, const struct stat& b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino &&
         a.st_size == b.st_size && a.st_mtim.tv_sec == b.st_mtim.tv_sec &&
         a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

std::atomic<unsigned> temp_counter{0};
void (*write_hook)() = nullptr;

// The temporary file being written, removed by the signal handler.
char pending_temp[PATH_MAX];
volatile sig_atomic_t pending = 0;
const int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction saved[3];

void RemoveTempAndResignal(int sig) {
  if (pending) ::unlink(pending_temp);
  for (int i = 0; i < 3; ++i)
    if (kSignals[i] == sig) ::sigaction(sig, &saved[i], nullptr);
  ::raise(sig);
}

// Installs the handler for the lifetime of one write.
class TempGuard {
 public:
  explicit TempGuard(const std::string& temp) {
    if (temp.size() >= sizeof pending_temp) return;
    std::memcpy(pending_temp, temp.c_str(), temp.size() + 1);
    struct sigaction action {};
    action.sa_handler = RemoveTempAndResignal;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 3; ++i) ::sigaction(kSignals[i], &action, &saved[i]);
    pending = 1;
    armed_ = true;
  }
  ~TempGuard() {
    if (!armed_) return;
    for (int i = 0; i < 3; ++i) ::sigaction(kSignals[i], &saved[i], nullptr);
    pending = 0;
  }

 private:
  bool armed_ = false;
};

}  // namespace

void SetAtomicWriteHookForTesting(void (*hook)()) { write_hook = hook; }

bool WriteFileAtomically(const std::string& path, std::string_view content,
                         std::string* error) {
  std::string scratch;
  if (!error) error = &scratch;
  struct stat st;
  bool exists = false;
  if (::lstat(path.c_str(), &st) == 0) {
    if (S_ISLNK(st.st_mode)) {
      char target[PATH_MAX];
      ssize_t n = ::readlink(path.c_str(), target, sizeof target - 1);
      target[n < 0 ? 0 : n] = '\0';
      *error = path + ": is a symbolic link (to " + target +
               "); not written: factlint never writes through a link, name "
               "the file itself";
      return false;
    }
    exists = true;
    if (!S_ISREG(st.st_mode)) {
      *error = path + ": not a regular file; not replaced";
      return false;
    }
    if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 ||
        ::access(path.c_str(), W_OK) != 0) {
      *error = path + ": file is read-only; not replaced";
      return false;
    }
  } else if (errno != ENOENT) {
    *error = Errno(path);
    return false;
  }

  const std::string dir = DirectoryOf(path);
  const std::string base = path.substr(path.rfind('/') + 1);
  if (LexicallyInside(path)) {
    char real_dir[PATH_MAX], real_cwd[PATH_MAX];
    if (::realpath(dir.c_str(), real_dir) && ::realpath(".", real_cwd)) {
      std::string d = real_dir, c = real_cwd;
      if (d != c && d.rfind(c == "/" ? c : c + "/", 0) != 0) {
        *error = path + ": its directory leads outside the working directory "
                        "(to " + d + ") through a symbolic link; not written";
        return false;
      }
    }
  }
  // Everything below works relative to this directory handle, so a link
  // swapped in for a directory of the path cannot redirect the write.
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) {
    *error = Errno(path + ": cannot open its directory");
    return false;
  }
  std::string temp;
  int fd = -1;
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    temp = "." + base + ".tmp" + std::to_string(::getpid()) + "_" +
           std::to_string(temp_counter++);
    fd = ::openat(dfd, temp.c_str(),
                  O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) {
    *error = Errno(path + ": cannot create a temporary file in " + dir);
    ::close(dfd);
    return false;
  }
  TempGuard guard(dir + "/" + temp);
  auto fail = [&](const std::string& what, bool with_errno = true) {
    *error = with_errno ? Errno(path + ": " + what) : path + ": " + what;
    if (fd >= 0) ::close(fd);
    ::unlinkat(dfd, temp.c_str(), 0);
    ::close(dfd);
    return false;
  };
  if (!WriteAll(fd, content)) return fail("write failed");
  if (exists) {
    if (::fchmod(fd, st.st_mode & 07777) != 0)
      return fail("cannot set permissions");
    struct stat mine;
    if (::fstat(fd, &mine) != 0) return fail("fstat failed");
    if ((mine.st_uid != st.st_uid || mine.st_gid != st.st_gid) &&
        ::fchown(fd, st.st_uid, st.st_gid) != 0)
      return fail("cannot keep the file's owner and group; not replaced");
    // chown may clear set-id bits: set them again.
    if (::fchmod(fd, st.st_mode & 07777) != 0)
      return fail("cannot set permissions");
  }
  if (::fsync(fd) != 0) return fail("fsync failed");
  int rc = ::close(fd);
  fd = -1;
  if (rc != 0) return fail("close failed");
  if (write_hook) write_hook();
  // The file must still be the one checked above (or still be absent).
  struct stat now;
  if (::fstatat(dfd, base.c_str(), &now, AT_SYMLINK_NOFOLLOW) == 0
          ? !exists || !SameFile(st, now)
          : errno != ENOENT || exists)
    return fail("file was replaced or changed while it was written; not replaced",
                false);
  if (::renameat(dfd, temp.c_str(), dfd, base.c_str()) != 0)
    return fail("rename failed");
  ::fsync(dfd);  // make the rename itself durable; best effort
  ::close(dfd);
  return true;
}

}  // namespace factlint
