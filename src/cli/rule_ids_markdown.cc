#include "cli/rule_ids_markdown.h"

#include <sstream>

namespace factlint {

std::string RuleIdsMarkdown(const std::vector<RuleInfo>& rules) {
  std::ostringstream md;
  md << "# Rule ids\n\n"
     << "Every id a finding or an error can carry, as `--severity`, `[severity]`, "
        "suppression comments and SARIF's `ruleId` name it. Generated from the "
        "checks' and loaders' descriptions by `RuleIdsMarkdown`.\n\n";
  for (const RuleInfo& r : rules) {
    md << "## " << r.id << "\n\n"
       << "**" << r.name << "** (default: " << SeverityName(r.default_severity)
       << ")\n\n"
       << r.description << "\n\n";
  }
  return md.str();
}

}  // namespace factlint
