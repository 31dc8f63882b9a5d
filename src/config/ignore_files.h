// .gitignore and .factlintignore, read the way git reads .gitignore, for
// the files a directory PATH expands to. Patterns are matched with
// GlobMatch (glob.h): `*`, `?`, `**`; `[...]` matches itself (no character
// classes). A pattern holding a '/' other than a trailing one is anchored
// at its file's directory, else it matches at any depth; a trailing '/'
// matches directories only; `!` re-includes; `\#` and `\!` escape; the last
// matching pattern decides, and a file deeper in the tree wins over one
// higher up. Files are looked for in every directory from the repository
// root (the nearest parent with .git) or the file system root down to the
// entry's own directory.
#ifndef FACTLINT_CONFIG_IGNORE_FILES_H_
#define FACTLINT_CONFIG_IGNORE_FILES_H_

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

inline constexpr const char* kIgnoreFileNames[] = {".gitignore", ".factlintignore"};

struct IgnorePattern {
  std::string glob;       // GlobMatch pattern, relative to the file's directory
  bool negated = false;   // `!pattern`
  bool directory_only = false;
};

// The patterns of one ignore file's text, in order.
std::vector<IgnorePattern> ParseIgnoreFile(std::string_view text);

// nullopt when no pattern matches `relative` (a '/'-separated path below
// the patterns' directory); else whether the last matching one ignores it.
std::optional<bool> MatchIgnorePatterns(const std::vector<IgnorePattern>& patterns,
                                        std::string_view relative, bool is_directory);

// Decides for paths found while walking directories, reading each
// directory's ignore files once. Safe to share between threads.
class IgnoreFiles {
 public:
  // Whether `path` (as the walk names it) is ignored. A directory that is
  // ignored is not walked, so nothing below it can be re-included.
  bool Ignored(const std::string& path, bool is_directory);

 private:
  const std::vector<IgnorePattern>& PatternsOf(const std::string& dir);
  std::mutex mutex_;
  std::map<std::string, std::vector<IgnorePattern>> by_directory_;
};

}  // namespace factlint

#endif  // FACTLINT_CONFIG_IGNORE_FILES_H_
