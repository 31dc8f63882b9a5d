// Reading a small text file (configuration, rules, facts, baselines) whole,
// with the reason when it cannot be read: missing, a directory, no
// permission, an I/O error. Documents go through text/loader.h instead.
#ifndef FACTLINT_DIAG_READ_FILE_H_
#define FACTLINT_DIAG_READ_FILE_H_

#include <string>

namespace factlint {

// Reads `path` into *contents. On failure returns false and sets *reason to
// a few words ("is a directory", "No such file or directory").
bool ReadWholeFile(const std::string& path, std::string* contents,
                   std::string* reason);

}  // namespace factlint

#endif  // FACTLINT_DIAG_READ_FILE_H_
