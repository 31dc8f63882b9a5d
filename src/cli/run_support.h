// What the subcommands share: report options, loading the extractor, fact
// rules and configuration with their errors printed as located diagnostics.
#ifndef FACTLINT_CLI_RUN_SUPPORT_H_
#define FACTLINT_CLI_RUN_SUPPORT_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/options.h"
#include "config/config.h"
#include "engine/fact_rules.h"
#include "engine/load_documents.h"
#include "extract/extractor.h"
#include "report/report.h"

namespace factlint {

ReportOptions MakeReportOptions(const Options& options);

// The bytes of a file, or "" when it cannot be read (for snippets only).
std::string ReadTextFile(const std::string& path);

// nullptr after printing the error.
std::unique_ptr<Extractor> LoadExtractor(const std::string& rules_dir);

// Prints diagnostics about files read for configuration (rule files,
// .factlint.toml, baselines) on standard error, with snippets.
void PrintFileErrors(const std::vector<Diagnostic>& errors,
                     const Options& options);

// The fact rules of `dirs`; a rule file with no units.toml beside it or one
// level up takes its dimensions from the one of `rules_dir`. nullptr after
// printing every error.
std::unique_ptr<FactRuleSet> LoadFactRules(const std::vector<std::string>& dirs,
                                           const std::string& rules_dir,
                                           const Options& options);

// The configuration in force: --config, else .factlint.toml found from the
// working directory upwards, else none (an empty Config). nullopt after
// printing errors.
std::optional<Config> LoadRunConfig(const Options& options);

// Which files a run reads: the targets being linted (check and claims
// PATHs), where include/exclude choose the files a directory expands to, or
// reference material (against, --against, index ARCHIVE...), which is read
// whole: leaving out part of the reference would hide the statements a
// target is checked against.
enum class Inputs { kTargets, kReference };

// What the configuration says about files: include/exclude globs (for
// targets only) and metadata by path glob. Refers to `config`, which must
// outlive it.
LoadOptions MakeLoadOptions(const Config& config, Inputs inputs = Inputs::kTargets);

// Threads a run reads and extracts files on: --jobs when given, else the
// configuration's `jobs`, else 0 (one per core; engine/parallel.h).
int ResolveJobs(const Options& options, const Config& config);

// Prints the error of a run that found no file to read among `paths`
// (empty directories, everything excluded): a CI gate must not pass on
// nothing. `what` is "check" or "read".
void PrintNoFilesError(const std::vector<std::string>& paths, const std::string& what);

// Reports, like other configuration errors, every file among `paths` (as a
// run expands and selects them) whose name a [dates] from_path pattern
// matches without giving a calendar date. Returns false after printing them.
bool CheckPathDates(const Config& config,
                    const std::vector<std::string>& paths,
                    const Options& options, Inputs inputs = Inputs::kTargets);

}  // namespace factlint

#endif  // FACTLINT_CLI_RUN_SUPPORT_H_
