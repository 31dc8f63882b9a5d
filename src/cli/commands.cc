#include "cli/commands.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "check/registry.h"
#include "cli/line_source.h"
#include "diag/severity_map.h"
#include "engine/fact_rules.h"
#include "engine/load_documents.h"
#include "extract/claim_format.h"

namespace factlint {
namespace {

bool UseColor(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return isatty(STDOUT_FILENO);
}

ReportOptions MakeReportOptions(const Options& o) {
  ReportOptions r;
  r.color = UseColor(o.color);
  r.rules = AllRuleInfos();
  r.tool_version = FACTLINT_VERSION;
  std::error_code ec;
  r.working_directory = std::filesystem::current_path(ec).string();
  return r;
}

std::unique_ptr<Extractor> LoadExtractor(const std::string& rules_dir) {
  std::string error;
  auto extractor = Extractor::Load(rules_dir, &error);
  if (!extractor) std::cerr << "factlint: error: " << error << "\n";
  return extractor;
}

// Reports rule-file errors in text format on stderr, with snippets.
void PrintRuleErrors(const std::vector<Diagnostic>& errors, const Options& o) {
  TextLineSource lines;
  for (const Diagnostic& d : errors) {
    std::ifstream in(d.location.path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    lines.AddOwned(d.location.path, buffer.str());
  }
  WriteReport(Format::kText, errors, lines, MakeReportOptions(o), std::cerr);
}

std::unique_ptr<FactRuleSet> LoadFactRules(const std::string& dir,
                                           const Options& o) {
  std::vector<Diagnostic> errors;
  auto rules = FactRuleSet::Load({dir}, &errors);
  if (!errors.empty() || !rules) {
    PrintRuleErrors(errors, o);
    return nullptr;
  }
  return rules;
}

}  // namespace

int RunCheck(const Options& o, const std::string& rules_dir) {
  SeverityMap severities;
  for (const std::string& spec : o.severities) {
    std::string error = severities.AddOverride(spec);
    if (!error.empty()) {
      std::cerr << "factlint: error: --severity: " << error << "\n";
      return kExitError;
    }
  }
  auto extractor = LoadExtractor(rules_dir);
  if (!extractor) return kExitError;
  auto rules = LoadFactRules(rules_dir + "/facts", o);
  if (!rules) return kExitError;

  Documents docs;
  std::vector<Diagnostic> input_errors;
  LoadDocuments(o.paths, /*target=*/true, *extractor, &docs, &input_errors);
  LoadDocuments(o.against, /*target=*/false, *extractor, &docs, &input_errors);

  std::vector<FactGroup> facts = GroupFacts(docs, rules.get());
  CheckContext ctx{docs, facts};
  std::vector<Diagnostic> found = RunChecks(ctx);
  severities.Apply(&found);

  std::vector<Diagnostic> all = input_errors;
  all.insert(all.end(), found.begin(), found.end());
  TextLineSource lines;
  for (const auto& doc : docs) lines.Add(doc->source.path, doc->source.text);
  Format format = ParseFormat(o.format.empty() ? "text" : o.format).value();
  WriteReport(format, all, lines, MakeReportOptions(o), std::cout);
  std::cout.flush();

  if (!input_errors.empty()) return kExitError;
  return RunFails(found, *ParseFailOn(o.fail_on)) ? kExitFindings : kExitClean;
}

int RunClaims(const Options& o, const std::string& rules_dir) {
  auto extractor = LoadExtractor(rules_dir);
  if (!extractor) return kExitError;
  std::vector<Diagnostic> input_errors;
  bool jsonl = o.format == "jsonl";
  ForEachDocument(
      o.paths, *extractor,
      [&](std::unique_ptr<Document> doc) {
        if (jsonl)
          WriteClaimsJsonl(doc->source.path, doc->source, doc->extraction,
                           std::cout);
        else
          WriteClaimsText(doc->source.path, doc->source, doc->extraction,
                          std::cout);
      },
      &input_errors);
  std::cout.flush();
  if (!input_errors.empty()) {
    TextLineSource lines;
    WriteReport(Format::kText, input_errors, lines, MakeReportOptions(o),
                std::cerr);
    return kExitError;
  }
  return kExitClean;
}

int RunRules(const Options& o, const std::string& rules_dir) {
  std::string dir = o.rules_check_dir.empty() ? rules_dir + "/facts"
                                              : o.rules_check_dir;
  auto rules = LoadFactRules(dir, o);
  if (!rules) return kExitError;
  if (!o.rules_check_dir.empty()) {
    std::cout << dir << ": " << rules->rules().size() << " rules, all valid\n";
  } else if (o.rules_markdown) {
    std::cout << RulesMarkdown(*rules);
  } else {
    WriteRuleList(*rules, std::cout);
  }
  return kExitClean;
}

}  // namespace factlint
