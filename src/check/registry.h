// The one explicit registry of checks, and the rule ids of everything else
// that can produce a diagnostic (input and rule-file errors).
#ifndef FACTLINT_CHECK_REGISTRY_H_
#define FACTLINT_CHECK_REGISTRY_H_

#include <memory>
#include <vector>

#include "check/check.h"
#include "diag/diagnostic_list.h"

namespace factlint {

const std::vector<std::unique_ptr<Check>>& AllChecks();

// Every rule id factlint can report, checks first, in a stable order.
std::vector<RuleInfo> AllRuleInfos();

// Runs every check and keeps only diagnostics located in target documents,
// sorted by path, position and rule id.
DiagnosticList RunChecks(const CheckContext& ctx);

// One finding per figure: when several checks report the same figure (a
// share that disagrees with the archive and with its own part and whole),
// the most severe finding is kept, the first check in the registry breaking
// ties, and each other one becomes a note on it ("also [fact-share]: …")
// followed by its own notes; its fixes move to the kept finding. Runs after
// severities and suppressions, so a
// switched-off or suppressed rule neither shows nor hides anything. The
// notes are worded from `messages`.
void MergeFindingsOnOneFigure(const Messages& messages, DiagnosticList* found);

}  // namespace factlint

#endif  // FACTLINT_CHECK_REGISTRY_H_
