// Applying the fix-its of a run (check --fix) or showing them as a diff
// (check --fix-dry-run). Files are replaced atomically; a file that changed
// since it was read, or is read-only, is left alone and reported.
#ifndef FACTLINT_CLI_FIX_COMMAND_H_
#define FACTLINT_CLI_FIX_COMMAND_H_

#include <ostream>
#include <vector>

#include "diag/diagnostic.h"
#include "engine/fact_groups.h"

namespace factlint {

struct FixOutcome {
  int files_changed = 0;
  int fixes_applied = 0;
  bool failed = false;  // a file could not be written
};

// Applies (or, with dry_run, prints as a unified diff on `out`) every
// fix-it of `diagnostics`; the diagnostics whose fixes were applied are
// removed from the list.
FixOutcome ApplyDiagnosticFixes(const Documents& docs, bool dry_run,
                                std::vector<Diagnostic>* diagnostics,
                                std::ostream& out, std::ostream& err);

}  // namespace factlint

#endif  // FACTLINT_CLI_FIX_COMMAND_H_
