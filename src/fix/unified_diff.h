// Unified diffs for `factlint check --fix-dry-run`: what a fix would change,
// printed in the format `patch -p1` and `git apply` read.
#ifndef FACTLINT_FIX_UNIFIED_DIFF_H_
#define FACTLINT_FIX_UNIFIED_DIFF_H_

#include <string>

namespace factlint {

// Lines of context around each change; changes closer than twice this share
// one hunk.
constexpr int kDiffContext = 3;

// A unified diff from `before` to `after` (bytes; for a file that is not
// UTF-8, pass its encoded bytes to get a patch that applies to it):
//   --- a/PATH
//   +++ b/PATH
//   @@ -l,n +l,n @@
// then hunks with kDiffContext lines of context. PATH is `path` without a
// leading "./" or "/". Line ends are kept byte for byte (a CRLF file gives
// CRLF lines); a last line without a newline is followed by
// "\ No newline at end of file". Empty when before == after. Lines are
// matched with Myers' algorithm; past a bound on the edit distance the
// differing middle becomes one replaced block (still a correct patch).
std::string UnifiedDiff(const std::string& path, const std::string& before,
                        const std::string& after);

}  // namespace factlint

#endif  // FACTLINT_FIX_UNIFIED_DIFF_H_
