// Counted repetitions widened: `X{0,30}?` becomes `X*?`, `X{2,5}` becomes
// `X+`, so that a regular expression accepts a superset of what it accepted
// (a match of the original is a match of the widened one somewhere in the
// same text). The fact rules' RE2::Set is built from widened patterns: it
// only selects which patterns to run exactly, so a superset selects all the
// patterns that match, and a pattern without counters compiles to a much
// smaller program (a `[^。;!?]{0,30}?` is thirty copies of a class of all
// of Unicode), which is what made compiling the set and warming its DFA the
// largest fixed cost of a run (docs/benchmarks.md).
#ifndef FACTLINT_ENGINE_WIDEN_REPEATS_H_
#define FACTLINT_ENGINE_WIDEN_REPEATS_H_

#include <string>
#include <string_view>

namespace factlint {

// `pattern` (RE2 syntax) with every repetition operator {n}, {n,} and {n,m}
// replaced by `*` when n is 0 and by `+` otherwise (a lazy `?` after it is
// kept). Braces inside character classes, escapes (\{, \p{Han}, \x{41},
// \Q...\E) and braces that are not a repetition (RE2 reads them as
// literals) are copied unchanged. A pattern that RE2 rejects may come out
// accepted; callers compile the original to report its errors.
std::string WidenCountedRepeats(std::string_view pattern);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_WIDEN_REPEATS_H_
