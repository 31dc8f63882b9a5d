// Glob patterns over '/'-separated paths relative to the configuration
// file's directory, as used by `include`, `exclude` and [[document]] in
// .factlint.toml.
//
//   *    any run of characters except '/' (possibly empty)
//   ?    exactly one character (one UTF-8 code point) except '/'
//   **/  zero or more whole directories (at the start or after a '/')
//   /**  at the end: everything below the directory
//   **   alone: every path
// Any other character, '[' included, matches itself. A `**` that is not a
// whole path component behaves like `*`. Matching is case-sensitive.
#ifndef FACTLINT_CONFIG_GLOB_H_
#define FACTLINT_CONFIG_GLOB_H_

#include <string>
#include <string_view>

namespace factlint {

// True when `path` as a whole matches `pattern`. A leading "./" on either is
// ignored; backslashes are not separators.
bool GlobMatch(std::string_view pattern, std::string_view path);

// True when the pattern matches `path` or one of its leading directories
// ("drafts/old" and "drafts/*" both cover "drafts/old/a.md"), the way
// exclusions usually are meant.
bool GlobMatchPathOrParent(std::string_view pattern, std::string_view path);

}  // namespace factlint

#endif  // FACTLINT_CONFIG_GLOB_H_
