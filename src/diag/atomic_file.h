// Replacing a file all at once, for baselines, applied fixes and `init`: a
// reader sees either the old content or the new, never a half-written file,
// even if factlint is killed mid-write, and nothing is ever written outside
// the place the path names.
#ifndef FACTLINT_DIAG_ATOMIC_FILE_H_
#define FACTLINT_DIAG_ATOMIC_FILE_H_

#include <string>
#include <string_view>

namespace factlint {

// Writes `content` to a temporary file in the target's directory, fsyncs
// it, gives it the original file's permission bits, owner and group (a new
// file gets 0666 minus the umask) and renames it over `path`.
//
// Refuses, leaving everything untouched, when
// - `path` is a symbolic link, dangling or not: a link is never followed
//   (a repository's link could point anywhere; name the file itself);
// - `path` is relative and inside the working directory as written, but its
//   directory resolves outside it through a symbolic link;
// - the target exists but is not a regular file, or has no write permission
//   bit set (it is never chmod-ed), or its owner and group cannot be kept;
// - the target was replaced or modified while the new content was written
//   (its identity is checked again right before the rename).
// The temporary file is removed on failure and when SIGINT, SIGTERM or
// SIGHUP arrives during the write (the signal then takes its usual course);
// the handler is process-wide, so call this from one thread at a time.
// Returns false with a message naming `path` in `*error`.
bool WriteFileAtomically(const std::string& path, std::string_view content,
                         std::string* error);

// For tests: called (when set) after the temporary file is complete and
// before the identity check and rename.
void SetAtomicWriteHookForTesting(void (*hook)());

}  // namespace factlint

#endif  // FACTLINT_DIAG_ATOMIC_FILE_H_
