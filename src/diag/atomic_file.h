// Replacing a file all at once, for baselines and (later) applied fixes: a
// reader sees either the old content or the new, never a half-written file,
// even if factlint is killed mid-write.
#ifndef FACTLINT_DIAG_ATOMIC_FILE_H_
#define FACTLINT_DIAG_ATOMIC_FILE_H_

#include <string>
#include <string_view>

namespace factlint {

// Writes `content` to a temporary file in the target's directory, fsyncs
// it, gives it the original file's permission bits (a new file gets 0666
// minus the umask) and renames it over `path`; a symbolic link is followed
// and its target replaced. Refuses, leaving the file untouched, when the
// target exists but is not a regular file or has no write permission bit
// set (it is never chmod-ed). Returns false with a message in `*error`.
bool WriteFileAtomically(const std::string& path, std::string_view content,
                         std::string* error);

}  // namespace factlint

#endif  // FACTLINT_DIAG_ATOMIC_FILE_H_
