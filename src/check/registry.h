// The one explicit registry of checks, and the rule ids of everything else
// that can produce a diagnostic (input and rule-file errors).
#ifndef FACTLINT_CHECK_REGISTRY_H_
#define FACTLINT_CHECK_REGISTRY_H_

#include <memory>
#include <vector>

#include "check/check.h"

namespace factlint {

const std::vector<std::unique_ptr<Check>>& AllChecks();

// Every rule id factlint can report, checks first, in a stable order.
std::vector<RuleInfo> AllRuleInfos();

// Runs every check and keeps only diagnostics located in target documents,
// sorted by path, position and rule id.
std::vector<Diagnostic> RunChecks(const CheckContext& ctx);

}  // namespace factlint

#endif  // FACTLINT_CHECK_REGISTRY_H_
