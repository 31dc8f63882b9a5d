#include "cli/check_run.h"

#include <filesystem>
#include <iostream>

#include "check/registry.h"
#include "cli/index_command.h"
#include "cli/path_globs.h"
#include "cli/run_support.h"
#include "diag/suppression.h"
#include "engine/load_documents.h"
#include "extract/unit_table.h"

namespace factlint {

std::optional<RunSetup> LoadRunSetup(const Options& o) {
  std::optional<Config> config = LoadRunConfig(o);
  if (!config) return std::nullopt;
  RunSetup setup;
  setup.config = std::move(*config);
  setup.config.ApplySeverities(&setup.severities);
  for (const RuleInfo& r : AllRuleInfos()) setup.known_rules.insert(r.id);
  for (const std::string& spec : o.severities) {
    std::string rule = spec.substr(0, spec.find('='));
    if (!setup.known_rules.count(rule)) {
      std::cerr << "factlint: error: --severity: unknown rule id '" << rule
                << "'\n";
      return std::nullopt;
    }
    if (rule.rfind("input-", 0) == 0) {
      std::cerr << "factlint: error: --severity: '" << rule
                << "' is an input problem; the run cannot be trusted, so it "
                   "stays an error\n";
      return std::nullopt;
    }
    std::string error = setup.severities.AddOverride(spec);
    if (!error.empty()) {
      std::cerr << "factlint: error: --severity: " << error << "\n";
      return std::nullopt;
    }
  }
  setup.fail_on = setup.config.fail_on.value_or(FailOn::kError);
  if (!o.fail_on.empty()) setup.fail_on = *ParseFailOn(o.fail_on);
  return setup;
}

CheckContext CheckRun::context() const {
  CheckContext ctx{docs, facts};
  ctx.same_time_window_days = same_time_window_days;
  if (canonical) ctx.canonical = &*canonical;
  ctx.units = &extractor->scanner().units();
  if (quotation) ctx.quotation = &*quotation;
  return ctx;
}

std::unique_ptr<CheckRun> RunCheckPipeline(const Options& o, const RunSetup& setup,
                                           const std::vector<std::string>& given,
                                           const std::string& rules_dir) {
  const Config& config = setup.config;
  const std::vector<std::string> targets =
      ExpandPathGlobs(given, MakeLoadOptions(config).ignored);
  auto run = std::make_unique<CheckRun>();
  run->extractor = LoadExtractor(rules_dir);
  if (!run->extractor) return nullptr;
  std::vector<std::string> rule_dirs = {rules_dir + "/facts"};
  rule_dirs.insert(rule_dirs.end(), config.rules.begin(), config.rules.end());
  run->rules = LoadFactRules(rule_dirs, rules_dir, o);
  if (!run->rules) return nullptr;
  std::error_code ec;
  if (std::filesystem::exists(rules_dir + "/quotation.toml", ec)) {
    std::string error;
    run->quotation = LoadQuotationRules(rules_dir + "/quotation.toml", &error);
    if (!run->quotation) {
      std::cerr << "factlint: error: " << error << "\n";
      return nullptr;
    }
  }
  run->facts_path = o.facts.empty() ? config.facts : o.facts;
  if (!run->facts_path.empty()) {
    std::vector<Diagnostic> errors;
    run->canonical = LoadCanonicalFacts(run->facts_path, *run->rules,
                                        run->extractor->scanner(), &errors);
    if (!run->canonical) {
      PrintFileErrors(errors, o);
      return nullptr;
    }
  }

  std::vector<std::string> against = ExpandPathGlobs(o.against);
  against.insert(against.end(), config.against.begin(), config.against.end());
  if (!CheckPathDates(config, targets, o) ||
      !CheckPathDates(config, against, o, Inputs::kReference))
    return nullptr;
  LoadOptions load = MakeLoadOptions(config);
  LoadOptions reference = MakeLoadOptions(config, Inputs::kReference);
  if (!o.stdin_filename.empty())
    load.stdin_name = reference.stdin_name = o.stdin_filename;
  LoadDocuments(targets, /*target=*/true, *run->extractor, &run->docs,
                &run->input_errors, load);
  if (run->docs.empty() && run->input_errors.empty() &&
      !(setup.report_on_reference && targets.empty())) {
    PrintNoFilesError(targets, "check");
    return nullptr;
  }
  LoadDocuments(against, /*target=*/setup.report_on_reference, *run->extractor, &run->docs,
                &run->input_errors, reference);
  std::vector<std::string> against_db = o.against_db;
  against_db.insert(against_db.end(), config.against_db.begin(), config.against_db.end());
  for (const std::string& db : against_db) {
    std::string error;
    if (!AppendIndexedDocuments(db, rules_dir, /*target=*/setup.report_on_reference, &run->docs,
                                &error, reference)) {
      std::cerr << "factlint: error: " << error << "\n";
      return nullptr;
    }
  }

  run->facts = GroupFacts(run->docs, run->rules.get());
  // A figure too large to be read (1 followed by hundreds of 万, hundreds
  // of digits) is not a claim: the extraction lists it among its problems
  // (extractor.h) so that it can neither agree nor disagree by accident.
  // The run says it cannot check it, in targets and reference material.
  for (const auto& doc : run->docs) {
    for (const NumberProblem& p : doc->extraction.problems) {
      Diagnostic d;
      d.rule_id = "input-number-range";
      d.severity = Severity::kError;
      d.location = doc->Locate(p.source_span);
      d.message = "number too large to check against the other statements "
                  "of its fact: " + p.surface;
      run->input_errors.push_back(std::move(d));
    }
  }
  if (config.same_time_window_days)
    run->same_time_window_days = *config.same_time_window_days;
  run->found = RunChecks(run->context());
  setup.severities.Apply(&run->found);
  std::vector<Suppression> suppressions;
  for (const auto& doc : run->docs) {
    if (!doc->target) continue;
    std::vector<Suppression> s = ParseSuppressions(doc->source.path, doc->source.text);
    suppressions.insert(suppressions.end(), s.begin(), s.end());
  }
  ApplySuppressions(suppressions, setup.known_rules, &run->found);
  MergeFindingsOnOneFigure(&run->found);
  return run;
}

}  // namespace factlint
