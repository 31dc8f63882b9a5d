// check --print-config: the configuration a run would use, resolved (the
// configuration file found or given, the command line's additions and
// overrides, defaults filled in), printed as TOML.
#ifndef FACTLINT_CLI_PRINT_CONFIG_H_
#define FACTLINT_CLI_PRINT_CONFIG_H_

#include <string>
#include <vector>

#include "cli/check_run.h"
#include "cli/options.h"

namespace factlint {

std::string ResolvedConfigToml(const Options& options, const RunSetup& setup,
                               const std::vector<std::string>& targets,
                               const std::string& rules_dir);

}  // namespace factlint

#endif  // FACTLINT_CLI_PRINT_CONFIG_H_
