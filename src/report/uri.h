// File paths as URIs for SARIF artifactLocation: paths inside the working
// directory become relative references (to be resolved against the
// %SRCROOT% base), others absolute file:// URIs. Every byte outside the
// RFC 3986 unreserved set and "/" is percent-encoded, so non-ASCII names
// (Chinese file names) come out as %XX sequences of their UTF-8 bytes.
#ifndef FACTLINT_REPORT_URI_H_
#define FACTLINT_REPORT_URI_H_

#include <optional>
#include <string>
#include <string_view>

namespace factlint {

inline constexpr std::string_view kSrcRootBaseId = "%SRCROOT%";

struct ArtifactUri {
  std::string uri;
  bool relative = false;  // true: resolve against kSrcRootBaseId
};

// Percent-encodes everything except ALPHA / DIGIT / "-" / "." / "_" / "~"
// and "/"; hex digits are upper case.
std::string PercentEncodePath(std::string_view path);

// `working_directory` may be empty: relative paths then stay relative and
// absolute ones become file:// URIs. A relative working directory is made
// absolute against the current directory. Paths are compared lexically
// (no symlinks resolved, the file need not exist).
ArtifactUri PathToUri(const std::string& path,
                      const std::string& working_directory);

// "file:///abs/dir/" for a directory (with the trailing slash SARIF wants
// for originalUriBaseIds); "" when `directory` is empty.
std::string DirectoryUri(const std::string& directory);

// The file path a "file:" URI names (file:///abs/path or
// file://localhost/abs/path), percent-decoded; nullopt for other schemes,
// other hosts, a malformed escape or a decoded NUL. The inverse of the
// file:// URIs PathToUri makes (the language server receives these).
std::optional<std::string> FileUriToPath(std::string_view uri);

}  // namespace factlint

#endif  // FACTLINT_REPORT_URI_H_
