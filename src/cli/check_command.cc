// factlint check: the run (check_run.h), then baseline, fixes, report and
// exit code.
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <iterator>

#include "cli/check_run.h"
#include "cli/commands.h"
#include "cli/fix_command.h"
#include "cli/line_source.h"
#include "cli/print_config.h"
#include "cli/progress_bar.h"
#include "cli/run_support.h"
#include "diag/atomic_file.h"
#include "diag/baseline.h"

namespace factlint {
namespace {

// What `check` with no PATH checks: standard input when --stdin-filename
// names it, else the directory of the configuration in force (its include
// and exclude choose the files). Empty after printing the error when there
// is neither.
std::vector<std::string> DefaultTargets(const Options& o, const Config& config) {
  if (!o.stdin_filename.empty()) return {"-"};
  if (!config.path.empty()) return {config.directory};
  std::error_code ec;
  std::cerr << "factlint: error: no PATH given, and no " << kConfigFileName
            << " found from " << std::filesystem::current_path(ec).string()
            << " upwards to say what to check; name the files, or write a "
               "configuration with `factlint init`\n";
  return {};
}

// "3 files": `noun` is "summary.files" or "summary.documents".
std::string Count(const Messages& m, size_t n, const std::string& noun) {
  return m.Format(noun + (n == 1 ? "_one" : "_other"), fmt::arg("count", n));
}

// "checked 3 files against 120 documents: no contradictions": a clean run
// says what it covered, so that a gate passing on the wrong files shows;
// findings a baseline hid are counted, not forgotten.
std::string CleanSummary(const Messages& m, const Documents& docs,
                         size_t unread_reference, size_t in_baseline) {
  size_t targets = 0, reference = unread_reference;
  for (const auto& doc : docs) (doc->target ? targets : reference)++;
  const std::string checked =
      m.Format(reference > 0 ? "summary.checked_against" : "summary.checked",
               fmt::arg("files", Count(m, targets, "summary.files")),
               fmt::arg("documents", Count(m, reference, "summary.documents")));
  return m.Format(in_baseline == 0 ? "summary.clean" : "summary.clean_baseline",
                  fmt::arg("checked", checked), fmt::arg("count", in_baseline));
}

// The report reads of a finished run only its diagnostics and the documents'
// paths, roles and source lines (snippets): the groups, the word weights and
// each document's normalized text and claims are given back before it is
// written, because a large run's memory peaks while its report is built
// (docs/benchmarks.md).
void ReleaseAllButReport(CheckRun* run) {
  std::vector<FactGroup>().swap(run->facts);
  run->index_weights.reset();
  run->read_weights.reset();
  for (auto& doc : run->docs) {
    doc->extraction = Extraction();
    doc->normalized = Document::NormalizedText();
    std::vector<Document::HeldPiece>().swap(doc->held);
    std::vector<Span>().swap(doc->marks);
    std::vector<uint8_t>().swap(doc->transition_marks);
  }
}

}  // namespace

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
  std::vector<std::string> targets = o.paths;
  if (targets.empty()) targets = DefaultTargets(o, setup->config);
  if (targets.empty()) return kExitError;
  if (o.print_config) {
    std::cout << ResolvedConfigToml(o, *setup, targets, rules_dir);
    return kExitClean;
  }
  // Erased when all files are read (and at the latest when the run is built).
  ProgressBar bar(STDERR_FILENO, ProgressBar::Wanted(STDERR_FILENO, o.quiet),
                  ProgressBar::kCheckDelay);
  setup->progress = bar.Callback();
  setup->match_reasons = false;
  std::unique_ptr<CheckRun> run = RunCheckPipeline(o, *setup, targets, rules_dir);
  bar.Finish();
  if (!run) return kExitError;
  const Documents& docs = run->docs;
  const std::vector<Diagnostic>& input_errors = run->input_errors;
  DiagnosticList& found = run->found;

  TextLineSource lines;
  for (const auto& doc : docs) lines.AddDocument(*doc);
  if (!run->facts_path.empty())
    lines.AddOwned(run->facts_path, ReadTextFile(run->facts_path));
  Format format = ParseFormat(o.format.empty() ? "text" : o.format).value();
  ReportOptions report_options = MakeReportOptions(o);
  report_options.messages = &*run->messages;

  if (!o.write_baseline.empty()) {
    // Input problems are still shown: a baseline of a partial run is one.
    if (!input_errors.empty())
      WriteReport(format, input_errors, lines, report_options, std::cout);
    std::string error;
    if (!WriteFileAtomically(o.write_baseline, WriteBaseline(found), &error)) {
      std::cerr << "factlint: error: " << error << "\n";
      return kExitError;
    }
    if (!o.quiet)
      std::cerr << "factlint: recorded " << found.size() << " findings in "
                << o.write_baseline << "\n";
    return input_errors.empty() ? kExitClean : kExitError;
  }
  size_t in_baseline = found.size();
  if (baseline) FilterBaseline(*baseline, &found);
  in_baseline -= found.size();

  bool fix_failed = false;
  if (o.fix || o.fix_dry_run) {
    std::vector<Diagnostic> fixable = found.ToVector();
    FixOutcome fixed = ApplyDiagnosticFixes(docs, o.fix_dry_run, &fixable,
                                            std::cout, std::cerr);
    found = DiagnosticList(fixable);
    if (o.fix_dry_run) {
      std::cout.flush();
      if (fixed.failed || !input_errors.empty()) return kExitError;
      return fixed.fixes_applied > 0 ? kExitFindings : kExitClean;
    }
    if (!o.quiet)
      std::cerr << "factlint: "
                << run->messages->Format("fix.fixed",
                                         fmt::arg("figures", fixed.fixes_applied),
                                         fmt::arg("files", fixed.files_changed))
                << "\n";
    // What could not be fixed is still reported below.
    fix_failed = fixed.failed;
  }

  ReleaseAllButReport(run.get());
  const bool fails = RunFails(found, setup->fail_on);
  // The input errors go before the findings, which stay as they are held:
  // each is decoded only as the report writes it.
  DiagnosticList& all = found;
  all.PushFront(input_errors);
  WriteReport(format, all, lines, report_options, std::cout);
  if (format == Format::kText && all.empty() && !o.quiet)
    std::cout << CleanSummary(*run->messages, docs, run->unread_reference, in_baseline) << "\n";
  std::cout.flush();
  // A file changed while it was checked: its findings were shown without
  // their lines (never with the new text's); the run says so and fails.
  for (const std::string& path : lines.changed())
    std::cerr << "factlint: error: "
              << run->messages->Format("input.source_changed", fmt::arg("path", path)) << "\n";

  if (!input_errors.empty() || fix_failed || !lines.changed().empty()) return kExitError;
  return fails ? kExitFindings : kExitClean;
}

}  // namespace factlint
