// Glob patterns given as PATHs and quoted so the shell left them alone
// ('docs/**/*.md'), expanded the way include/exclude patterns match
// (config/glob.h): *, ?, **.
#ifndef FACTLINT_CLI_PATH_GLOBS_H_
#define FACTLINT_CLI_PATH_GLOBS_H_

#include <string>
#include <vector>

#include "text/loader.h"

namespace factlint {

// `paths` with every entry that does not exist and holds '*' or '?'
// replaced by the text files (.txt, .md, .markdown) it matches, in sorted
// order, found by walking the directory before its first wildcard (hidden
// entries and what `ignored` ignores left out). A pattern that matches
// nothing stays as it is, so that the run reports it as missing.
std::vector<std::string> ExpandPathGlobs(const std::vector<std::string>& paths,
                                         const IgnoredFn& ignored = {});

}  // namespace factlint

#endif  // FACTLINT_CLI_PATH_GLOBS_H_
