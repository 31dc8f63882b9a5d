// factlint command-line entry point.
#include "cli/commands.h"
#include "cli/options.h"

int main(int argc, char** argv) {
  factlint::Options options;
  int code = factlint::ParseOptions(argc, argv, &options);
  if (code >= 0) return code;
  std::string rules_dir = factlint::ResolveRulesDir(options, argv[0]);
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
    case factlint::Command::kNone:
      break;
  }
  return factlint::kExitError;
}
