// Reading a file whole, safely: only a regular file is read (a FIFO, a
// device such as /dev/stdin or a socket is refused at once instead of
// blocking), and never more than a size limit. Small text files
// (configuration, rules, facts, baselines) go through ReadWholeFile;
// documents through text/loader.h, which uses ReadRegularFile with its own
// limit.
#ifndef FACTLINT_DIAG_READ_FILE_H_
#define FACTLINT_DIAG_READ_FILE_H_

#include <cstdint>
#include <string>

namespace factlint {

// The limit of ReadWholeFile: configuration, rule, facts and baseline files.
inline constexpr uint64_t kMaxSmallFileBytes = uint64_t{16} << 20;  // 16 MiB

// Reads `path` into *contents when it is a regular file (a symbolic link to
// one is followed) of at most `max_bytes`. The file is opened without
// blocking and checked with fstat, so a FIFO swapped in after a stat cannot
// hang the read. On failure returns false and sets *reason to a few words
// ("is a directory", "is a FIFO, not a regular file", "No such file or
// directory", "file is larger than 16 MiB") and *too_large when the size was
// the problem.
bool ReadRegularFile(const std::string& path, uint64_t max_bytes,
                     std::string* contents, std::string* reason,
                     bool* too_large = nullptr);

// "is a FIFO, not a regular file" and the like for a stat mode that is not
// a regular file; "" for a regular file.
std::string NotRegularReason(unsigned mode);

// ReadRegularFile with kMaxSmallFileBytes.
bool ReadWholeFile(const std::string& path, std::string* contents,
                   std::string* reason);

}  // namespace factlint

#endif  // FACTLINT_DIAG_READ_FILE_H_
