// factlint history QUERY [PATH...] and factlint report --format html: the
// run `check` would make (check_run.h), seen one fact at a time. Both build
// their data with src/history/ from the run's groups and findings, so they
// show exactly what check reports.
//
// history exits 0 when it printed the fact's statements, 1 when no fact
// matches the query, 2 when several do (the candidates are listed) or on a
// usage, configuration or input error. report exits as check does.
#include <iostream>
#include <sstream>

#include "cli/check_run.h"
#include "cli/commands.h"
#include "cli/line_source.h"
#include "cli/run_support.h"
#include "diag/atomic_file.h"
#include "history/fact_history.h"
#include "history/html_report.h"

namespace factlint {
namespace {

int Fail(const std::string& command, const std::string& message) {
  std::cerr << "factlint: error: " << command << ": " << message << "\n";
  return kExitError;
}

void PrintInputErrors(const CheckRun& run, const Options& o) {
  if (run.input_errors.empty()) return;
  TextLineSource lines;
  WriteReport(Format::kText, run.input_errors, lines, MakeReportOptions(o), std::cerr);
}

}  // namespace

int RunHistory(const Options& o, const std::string& rules_dir) {
  if (o.paths.empty() && o.against.empty() && o.against_db.empty())
    return Fail("history", "no material to search: give PATHs, --against or --against-db");
  std::optional<RunSetup> setup = LoadRunSetup(o);
  if (!setup) return kExitError;
  setup->report_on_reference = true;
  std::unique_ptr<CheckRun> run = RunCheckPipeline(o, *setup, o.paths, rules_dir);
  if (!run) return kExitError;
  PrintInputErrors(*run, o);
  const CheckContext ctx = run->context();
  const FactQuery q = FindFacts(run->facts, run->docs, o.history_query);
  if (q.matches.empty()) {
    std::cerr << "factlint: history: no fact of the " << run->docs.size()
              << " documents read matches '" << o.history_query
              << "' (give a fact id as JSON and SARIF output name it, or words of its "
                 "subject)\n";
    return run->input_errors.empty() ? kExitFindings : kExitError;
  }
  if (q.matches.size() > 1) {
    std::cerr << "factlint: history: '" << o.history_query << "' matches "
              << q.matches.size() << " facts; name one more precisely:\n";
    WriteCandidates(ctx, q.matches, std::cerr);
    return kExitError;
  }
  FactHistory h = BuildFactHistory(ctx, run->facts[q.matches.front()], run->found.ToVector());
  if (o.format == "json")
    WriteHistoryJson(h, std::cout);
  else
    WriteHistoryText(h, std::cout);
  std::cout.flush();
  return run->input_errors.empty() ? kExitClean : kExitError;
}

int RunHtmlReport(const Options& o, const std::string& rules_dir) {
  std::optional<RunSetup> setup = LoadRunSetup(o);
  if (!setup) return kExitError;
  std::unique_ptr<CheckRun> run = RunCheckPipeline(o, *setup, o.paths, rules_dir);
  if (!run) return kExitError;
  const CheckContext ctx = run->context();
  HtmlReport report;
  report.inputs = o.paths;
  report.findings = run->found.ToVector();
  report.input_errors = run->input_errors;
  // Facts with findings first, each part in the run's order of facts.
  std::vector<FactHistory> quiet;
  for (const FactGroup& g : run->facts) {
    FactHistory h = BuildFactHistory(ctx, g, report.findings);
    (h.findings.empty() ? quiet : report.facts).push_back(std::move(h));
  }
  for (FactHistory& h : quiet) report.facts.push_back(std::move(h));
  std::ostringstream html;
  WriteHtmlReport(report, html);
  if (o.output.empty() || o.output == "-") {
    std::cout << html.str();
    std::cout.flush();
  } else {
    std::string error;
    if (!WriteFileAtomically(o.output, html.str(), &error))
      return Fail("report", error);
  }
  PrintInputErrors(*run, o);
  if (!run->input_errors.empty()) return kExitError;
  return RunFails(run->found, setup->fail_on) ? kExitFindings : kExitClean;
}

}  // namespace factlint
