// factlint check: configuration, documents, matching, checks, severities,
// suppressions, baseline, report, exit code.
#include <iostream>

#include "check/registry.h"
#include "cli/commands.h"
#include "cli/fix_command.h"
#include "cli/index_command.h"
#include "cli/line_source.h"
#include "cli/run_support.h"
#include "diag/atomic_file.h"
#include "diag/baseline.h"
#include "diag/severity_map.h"
#include "diag/suppression.h"
#include "engine/canonical_facts.h"
#include "engine/load_documents.h"
#include "extract/unit_table.h"

namespace factlint {
namespace {

std::set<std::string> KnownRuleIds() {
  std::set<std::string> known;
  for (const RuleInfo& r : AllRuleInfos()) known.insert(r.id);
  return known;
}

}  // namespace

int RunCheck(const Options& o, const std::string& rules_dir) {
  std::optional<Config> config = LoadRunConfig(o);
  if (!config) return kExitError;
  SeverityMap severities;
  config->ApplySeverities(&severities);
  std::set<std::string> known = KnownRuleIds();
  for (const std::string& spec : o.severities) {
    std::string rule = spec.substr(0, spec.find('='));
    if (!known.count(rule)) {
      std::cerr << "factlint: error: --severity: unknown rule id '" << rule
                << "'\n";
      return kExitError;
    }
    if (rule.rfind("input-", 0) == 0) {
      std::cerr << "factlint: error: --severity: '" << rule
                << "' is an input problem; the run cannot be trusted, so it "
                   "stays an error\n";
      return kExitError;
    }
    std::string error = severities.AddOverride(spec);
    if (!error.empty()) {
      std::cerr << "factlint: error: --severity: " << error << "\n";
      return kExitError;
    }
  }
  FailOn fail_on = config->fail_on.value_or(FailOn::kError);
  if (!o.fail_on.empty()) fail_on = *ParseFailOn(o.fail_on);
  std::optional<Baseline> baseline;
  if (!o.baseline.empty()) {
    std::string error;
    baseline = ReadBaseline(o.baseline, &error);
    if (!baseline) {
      std::cerr << "factlint: error: " << error << "\n";
      return kExitError;
    }
  }

  auto extractor = LoadExtractor(rules_dir);
  if (!extractor) return kExitError;
  std::vector<std::string> rule_dirs = {rules_dir + "/facts"};
  rule_dirs.insert(rule_dirs.end(), config->rules.begin(), config->rules.end());
  auto rules = LoadFactRules(rule_dirs, o);
  if (!rules) return kExitError;
  std::optional<std::vector<CanonicalFact>> canonical;
  if (!o.facts.empty()) {
    std::vector<Diagnostic> errors;
    canonical = LoadCanonicalFacts(o.facts, *rules, extractor->scanner(), &errors);
    if (!canonical) {
      PrintFileErrors(errors, o);
      return kExitError;
    }
  }

  Documents docs;
  std::vector<Diagnostic> input_errors;
  LoadOptions load = MakeLoadOptions(*config);
  LoadDocuments(o.paths, /*target=*/true, *extractor, &docs, &input_errors, load);
  std::vector<std::string> against = o.against;
  against.insert(against.end(), config->against.begin(), config->against.end());
  LoadDocuments(against, /*target=*/false, *extractor, &docs, &input_errors, load);
  for (const std::string& db : o.against_db) {
    std::string error;
    if (!AppendIndexedDocuments(db, rules_dir, /*target=*/false, &docs, &error, load)) {
      std::cerr << "factlint: error: " << error << "\n";
      return kExitError;
    }
  }

  std::vector<FactGroup> facts = GroupFacts(docs, rules.get());
  CheckContext ctx{docs, facts};
  if (config->same_time_window_days)
    ctx.same_time_window_days = *config->same_time_window_days;
  if (canonical) ctx.canonical = &*canonical;
  ctx.units = &extractor->scanner().units();
  std::vector<Diagnostic> found = RunChecks(ctx);
  severities.Apply(&found);
  std::vector<Suppression> suppressions;
  for (const auto& doc : docs) {
    if (!doc->target) continue;
    std::vector<Suppression> s = ParseSuppressions(doc->source.path, doc->source.text);
    suppressions.insert(suppressions.end(), s.begin(), s.end());
  }
  ApplySuppressions(suppressions, known, &found);

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
  return RunFails(found, fail_on) ? kExitFindings : kExitClean;
}

}  // namespace factlint
