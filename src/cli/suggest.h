// "Did you mean": the closest of the names a command line knows to a name
// the user mistyped (a subcommand, an option).
#ifndef FACTLINT_CLI_SUGGEST_H_
#define FACTLINT_CLI_SUGGEST_H_

#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}  // namespace CLI

namespace factlint {

// Edits between two strings, counted in code points: insertions, deletions,
// substitutions and transpositions of two neighbours (optimal string
// alignment distance), so "chekc" is one edit from "check".
size_t EditDistance(std::string_view a, std::string_view b);

// The name in `known` closest to `typed`, when it is close enough to be
// what was meant: at most a third of its length away (at least one edit)
// and not trivially short. Ties go to the first. "" when none.
std::string ClosestName(std::string_view typed,
                        const std::vector<std::string>& known);

// After a failed parse of `app`, a message for every token left over that
// names no subcommand or option, each with the closest known name when there
// is one ("unknown command 'chekc'; did you mean 'check'?"). The names are
// the ones `app` defines: subcommands when none was given, else the options
// of the given subcommand and of `app`. Empty when nothing was left over.
std::vector<std::string> UnknownNameMessages(const CLI::App& app);

}  // namespace factlint

#endif  // FACTLINT_CLI_SUGGEST_H_
