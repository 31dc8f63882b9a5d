#include "cli/commands.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "check/registry.h"
#include "cli/index_command.h"
#include "cli/rule_ids_markdown.h"
#include "cli/line_source.h"
#include "cli/progress_bar.h"
#include "cli/run_support.h"
#include "config/config.h"
#include "diag/atomic_file.h"
#include "engine/fact_rules.h"
#include "engine/load_documents.h"
#include "extract/claim_format.h"

namespace factlint {

int RunClaims(const Options& o, const std::string& rules_dir) {
  // The configuration's globs and dates apply as they do for `check`.
  std::optional<Config> config = LoadRunConfig(o);
  if (!config || !CheckPathDates(*config, o.paths, o)) return kExitError;
  auto extractor = LoadExtractor(rules_dir);
  if (!extractor) return kExitError;
  std::vector<Diagnostic> input_errors;
  bool jsonl = o.format == "jsonl";
  size_t read = 0;
  // Claims are formatted on the workers that extract them, written in order.
  RenderEachDocument(
      o.paths, *extractor,
      [&](const Document& doc) {
        std::ostringstream out;
        if (jsonl)
          WriteClaimsJsonl(doc.source.path, doc.source, doc.normalized.text, doc.extraction,
                           *doc.lines, out);
        else
          WriteClaimsText(doc.source.path, doc.source, doc.extraction, out);
        return out.str();
      },
      [&](const std::string& text) {
        ++read;
        std::cout << text;
      },
      &input_errors, MakeLoadOptions(*config));
  std::cout.flush();
  if (!input_errors.empty()) {
    TextLineSource lines;
    WriteReport(Format::kText, input_errors, lines, MakeReportOptions(o),
                std::cerr);
    return kExitError;
  }
  if (read == 0) {
    PrintNoFilesError(o.paths, "read");
    return kExitError;
  }
  return kExitClean;
}

int RunRules(const Options& o, const std::string& rules_dir) {
  std::string dir = o.rules_check_dir.empty() ? rules_dir + "/facts"
                                              : o.rules_check_dir;
  // A whole rules directory (the one --rules takes: units.toml, lexicon.toml,
  // facts/) is checked whole; a directory of fact rules alone as it is.
  std::error_code ec;
  bool whole = !o.rules_check_dir.empty() &&
               std::filesystem::is_directory(o.rules_check_dir + "/facts", ec);
  if (whole) {
    if (!LoadExtractor(o.rules_check_dir)) return kExitError;
    dir = o.rules_check_dir + "/facts";
  }
  auto rules = LoadFactRules({dir}, rules_dir, o);
  if (!rules) return kExitError;
  if (!o.rules_check_dir.empty()) {
    const std::vector<std::string> uncompiled = rules->CompileAll();
    for (const std::string& e : uncompiled) std::cerr << "factlint: error: " << dir << ": " << e << "\n";
    if (!uncompiled.empty()) return kExitError;
    std::cout << dir << ": " << rules->rules().size() << " rules, all valid";
    if (whole) std::cout << "; units.toml and lexicon.toml valid";
    std::cout << "\n";
  } else if (o.rules_markdown) {
    // Name rule files relative to the rule directory's parent (rules/...),
    // so the generated reference does not depend on where it was built.
    std::string page = RulesMarkdown(*rules) + RuleIdsMarkdown(AllRuleInfos());
    std::string prefix =
        std::filesystem::path(rules_dir).lexically_normal().parent_path().string() + "/";
    for (size_t at; (at = page.find(prefix)) != std::string::npos;)
      page.erase(at, prefix.size());
    std::cout << page;
  } else {
    WriteRuleList(*rules, std::cout);
  }
  return kExitClean;
}

}  // namespace factlint

namespace factlint {

int RunInit(const Options& o) {
  std::error_code ec;
  if (std::filesystem::exists(kConfigFileName, ec)) {
    std::cerr << "factlint: error: " << kConfigFileName
              << " already exists; not overwriting it\n";
    return kExitError;
  }
  std::string error;
  if (!WriteFileAtomically(kConfigFileName, StarterConfig(), &error)) {
    std::cerr << "factlint: error: " << error << "\n";
    return kExitError;
  }
  std::cout << "wrote " << kConfigFileName << "\n";
  return kExitClean;
}

}  // namespace factlint

namespace factlint {

int RunIndexCommand(const Options& o, const std::string& rules_dir) {
  std::optional<Config> config = LoadRunConfig(o);
  // The archive is reference material: read whole, as `against` is.
  if (!config || !CheckPathDates(*config, o.paths, o, Inputs::kReference))
    return kExitError;
  auto extractor = LoadExtractor(rules_dir);
  if (!extractor) return kExitError;
  // The fact rules `check` groups by, so that the index can file each claim
  // under its group (check_run.cc loads them the same way).
  std::vector<std::string> rule_dirs = {rules_dir + "/facts"};
  rule_dirs.insert(rule_dirs.end(), config->rules.begin(), config->rules.end());
  auto fact_rules = LoadFactRules(rule_dirs, rules_dir, o);
  if (!fact_rules) return kExitError;
  LoadOptions load = MakeLoadOptions(*config, Inputs::kReference);
  load.jobs = ResolveJobs(o, *config);
  ProgressBar bar(STDERR_FILENO, ProgressBar::Wanted(STDERR_FILENO, o.quiet));
  load.progress = bar.Callback();
  return RunIndex(o.paths, o.db, rules_dir, *extractor, std::cout, std::cerr, load,
                  fact_rules.get(), rule_dirs);
}

}  // namespace factlint
