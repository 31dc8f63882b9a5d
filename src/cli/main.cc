// factlint command-line entry point.
#include "cli/commands.h"
#include "cli/options.h"

#include <iostream>

int main(int argc, char** argv) {
  factlint::Options options;
  int code = factlint::ParseOptions(argc, argv, &options);
  if (code >= 0) return code;
  std::string error;
  std::string rules_dir = factlint::ResolveRulesDir(options, &error);
  if (rules_dir.empty() && options.command != factlint::Command::kInit) {
    std::cerr << "factlint: error: " << error << "\n";
    return factlint::kExitError;
  }
  switch (options.command) {
    case factlint::Command::kCheck:
      return factlint::RunCheck(options, rules_dir);
    case factlint::Command::kClaims:
      return factlint::RunClaims(options, rules_dir);
    case factlint::Command::kRules:
      return factlint::RunRules(options, rules_dir);
    case factlint::Command::kInit:
      return factlint::RunInit(options);
    case factlint::Command::kIndex:
      return factlint::RunIndexCommand(options, rules_dir);
    case factlint::Command::kExplain:
      return factlint::RunExplain(options, rules_dir);
    case factlint::Command::kHistory:
      return factlint::RunHistory(options, rules_dir);
    case factlint::Command::kReport:
      return factlint::RunHtmlReport(options, rules_dir);
    case factlint::Command::kNone:
      break;
  }
  return factlint::kExitError;
}
