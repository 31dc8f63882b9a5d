// The subcommands. The only place that turns outcomes into exit codes:
// 0 nothing at or above --fail-on, 1 findings, 2 usage, configuration or
// input error.
#ifndef FACTLINT_CLI_COMMANDS_H_
#define FACTLINT_CLI_COMMANDS_H_

#include <string>

#include "cli/options.h"

namespace factlint {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

int RunCheck(const Options& options, const std::string& rules_dir);
int RunClaims(const Options& options, const std::string& rules_dir);
int RunRules(const Options& options, const std::string& rules_dir);
int RunInit(const Options& options);
int RunIndexCommand(const Options& options, const std::string& rules_dir);
int RunExplain(const Options& options, const std::string& rules_dir);
int RunHistory(const Options& options, const std::string& rules_dir);
int RunHtmlReport(const Options& options, const std::string& rules_dir);

}  // namespace factlint

#endif  // FACTLINT_CLI_COMMANDS_H_
