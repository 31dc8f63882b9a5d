// One file, one identity: the key under which factlint recognises a file
// however it was spelled (seeds/a.txt, ./seeds/a.txt, /abs/seeds/a.txt,
// ../repo/seeds/a.txt from a subdirectory, or a symbolic link to it), so that
// a file named twice is read once and never counted as two agreeing
// statements. Used wherever files are compared: loading, the index, explain.
#ifndef FACTLINT_BASE_FILE_IDENTITY_H_
#define FACTLINT_BASE_FILE_IDENTITY_H_

#include <filesystem>
#include <string>
#include <system_error>

namespace factlint {

// The canonical absolute path of `path` (links resolved; for a path that
// does not exist, as far as it does); "-" (standard input) stays "-", and a
// path that cannot be resolved stays as written.
inline std::string FileIdentity(const std::string& path) {
  if (path == "-") return path;
  std::error_code ec;
  std::string key = std::filesystem::weakly_canonical(path, ec).string();
  return ec || key.empty() ? path : key;
}

}  // namespace factlint

#endif  // FACTLINT_BASE_FILE_IDENTITY_H_
