// factlint check: the run (check_run.h), then baseline, fixes, report and
// exit code.
#include <iostream>

#include "cli/check_run.h"
#include "cli/commands.h"
#include "cli/fix_command.h"
#include "cli/line_source.h"
#include "cli/run_support.h"
#include "diag/atomic_file.h"
#include "diag/baseline.h"

namespace factlint {

int RunCheck(const Options& o, const std::string& rules_dir) {
  std::optional<RunSetup> setup = LoadRunSetup(o);
  if (!setup) return kExitError;
  std::optional<Baseline> baseline;
  if (!o.baseline.empty()) {
    std::string error;
    baseline = ReadBaseline(o.baseline, &error);
    if (!baseline) {
      std::cerr << "factlint: error: " << error << "\n";
      return kExitError;
    }
  }
  std::unique_ptr<CheckRun> run = RunCheckPipeline(o, *setup, o.paths, rules_dir);
  if (!run) return kExitError;
  const Documents& docs = run->docs;
  const std::vector<Diagnostic>& input_errors = run->input_errors;
  std::vector<Diagnostic>& found = run->found;

  TextLineSource lines;
  for (const auto& doc : docs) lines.AddIndexed(doc->source.path, doc->lines.get());
  if (!o.facts.empty()) lines.AddOwned(o.facts, ReadTextFile(o.facts));
  Format format = ParseFormat(o.format.empty() ? "text" : o.format).value();

  if (!o.write_baseline.empty()) {
    // Input problems are still shown: a baseline of a partial run is one.
    if (!input_errors.empty())
      WriteReport(format, input_errors, lines, MakeReportOptions(o), std::cout);
    std::string error;
    if (!WriteFileAtomically(o.write_baseline, WriteBaseline(found), &error)) {
      std::cerr << "factlint: error: " << error << "\n";
      return kExitError;
    }
    std::cerr << "factlint: recorded " << found.size() << " findings in "
              << o.write_baseline << "\n";
    return input_errors.empty() ? kExitClean : kExitError;
  }
  if (baseline) FilterBaseline(*baseline, &found);

  bool fix_failed = false;
  if (o.fix || o.fix_dry_run) {
    FixOutcome fixed = ApplyDiagnosticFixes(docs, o.fix_dry_run, &found,
                                            std::cout, std::cerr);
    if (o.fix_dry_run) {
      std::cout.flush();
      if (fixed.failed || !input_errors.empty()) return kExitError;
      return fixed.fixes_applied > 0 ? kExitFindings : kExitClean;
    }
    std::cerr << "factlint: fixed " << fixed.fixes_applied << " figure(s) in "
              << fixed.files_changed << " file(s)\n";
    // What could not be fixed is still reported below.
    fix_failed = fixed.failed;
  }

  std::vector<Diagnostic> all = input_errors;
  all.insert(all.end(), found.begin(), found.end());
  WriteReport(format, all, lines, MakeReportOptions(o), std::cout);
  std::cout.flush();

  if (!input_errors.empty() || fix_failed) return kExitError;
  return RunFails(found, setup->fail_on) ? kExitFindings : kExitClean;
}

}  // namespace factlint
