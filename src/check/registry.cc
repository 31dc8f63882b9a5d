#include "check/registry.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "diag/suppression.h"

namespace factlint {

std::unique_ptr<Check> MakeConflictCheck();
std::unique_ptr<Check> MakeBoundsCheck();
std::unique_ptr<Check> MakeDirectionCheck();
std::unique_ptr<Check> MakeShareCheck();
std::unique_ptr<Check> MakeGrowthCheck();
std::unique_ptr<Check> MakeSeriesCheck();
std::unique_ptr<Check> MakeCanonicalCheck();
std::unique_ptr<Check> MakeRevisionCheck();

const std::vector<std::unique_ptr<Check>>& AllChecks() {
  static const auto* checks = [] {
    auto* v = new std::vector<std::unique_ptr<Check>>;
    v->push_back(MakeConflictCheck());
    v->push_back(MakeBoundsCheck());
    v->push_back(MakeDirectionCheck());
    v->push_back(MakeShareCheck());
    v->push_back(MakeGrowthCheck());
    v->push_back(MakeSeriesCheck());
    v->push_back(MakeCanonicalCheck());
    v->push_back(MakeRevisionCheck());
    return v;
  }();
  return *checks;
}

std::vector<RuleInfo> AllRuleInfos() {
  std::vector<RuleInfo> rules;
  for (const auto& check : AllChecks()) rules.push_back(check->info());
  const Severity e = Severity::kError;
  rules.push_back({"input-unreadable", "Unreadable input",
                   "A path does not exist or cannot be read.", e});
  rules.push_back({"input-encoding", "Undecodable text",
                   "A file is neither valid UTF-8 nor valid GB18030; the "
                   "position of the first bad byte is reported.", e});
  rules.push_back({"input-binary", "Binary file",
                   "A file holds binary data (NUL bytes or control "
                   "characters), not text.", e});
  rules.push_back({"input-too-large", "File too large",
                   "A file is larger than factlint reads.", e});
  rules.push_back({"input-number-range", "Number out of range",
                   "A stated number is too large to be compared with others "
                   "(it overflows); the run cannot vouch for it.", e});
  rules.push_back({"rule-io", "Unreadable rule file",
                   "A rule file or directory cannot be read.", e});
  rules.push_back({"rule-syntax", "Rule file syntax error",
                   "A rule file is not valid TOML.", e});
  rules.push_back({"rule-schema", "Invalid rule",
                   "A rule file has an unknown key, a wrong type, a missing "
                   "key or an unknown macro.", e});
  rules.push_back({"rule-regex", "Invalid rule pattern",
                   "A rule pattern is not a valid RE2 regular expression.", e});
  rules.push_back({"facts-syntax", "Canonical facts syntax error",
                   "facts.toml is not valid TOML.", e});
  rules.push_back({"facts-error", "Invalid canonical fact",
                   "facts.toml has an unknown key, a wrong type, an unknown "
                   "fact id or a value that is not one quantity of the fact's "
                   "dimension.", e});
  rules.push_back({"config-syntax", "Configuration syntax error",
                   ".factlint.toml is not valid TOML.", e});
  rules.push_back({"config-outside", "Configuration reaches outside",
                   ".factlint.toml names reference material or rules outside "
                   "its directory; they are read, and reference lines may be "
                   "quoted in the report.", Severity::kWarning});
  rules.push_back({"config-error", "Invalid configuration",
                   ".factlint.toml has an unknown key, a wrong type or a bad "
                   "value.", e});
  for (RuleInfo& r : SuppressionRuleInfos()) rules.push_back(std::move(r));
  return rules;
}

std::vector<Diagnostic> RunChecks(const CheckContext& ctx) {
  std::set<std::string> target_paths;
  for (const auto& doc : ctx.docs)
    if (doc->target) target_paths.insert(doc->source.path);
  std::vector<Diagnostic> all;
  for (const auto& check : AllChecks()) {
    std::vector<Diagnostic> found;
    check->Run(ctx, &found);
    for (Diagnostic& d : found)
      if (target_paths.count(d.location.path)) all.push_back(std::move(d));
  }
  std::stable_sort(all.begin(), all.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.location.path, a.location.line,
                                     a.location.column, a.rule_id) <
                            std::tie(b.location.path, b.location.line,
                                     b.location.column, b.rule_id);
                   });
  return all;
}

}  // namespace factlint
