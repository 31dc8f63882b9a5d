// The part of docs/rules.md that lists every rule id a finding or an error
// can carry (the checks, input, rule, facts, configuration and suppression
// problems), each under a heading of its own id, so that SARIF's helpUri
// can point at docs/rules.md#ID. Generated from AllRuleInfos.
#ifndef FACTLINT_CLI_RULE_IDS_MARKDOWN_H_
#define FACTLINT_CLI_RULE_IDS_MARKDOWN_H_

#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace factlint {

std::string RuleIdsMarkdown(const std::vector<RuleInfo>& rules);

}  // namespace factlint

#endif  // FACTLINT_CLI_RULE_IDS_MARKDOWN_H_
