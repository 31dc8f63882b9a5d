#include "check/registry.h"

#include <algorithm>
#include <string_view>
#include <tuple>

#include "diag/suppression.h"

namespace factlint {

std::unique_ptr<Check> MakeConflictCheck();
std::unique_ptr<Check> MakeBoundsCheck();
std::unique_ptr<Check> MakeDirectionCheck();
std::unique_ptr<Check> MakeShareCheck();
std::unique_ptr<Check> MakeSumCheck();
std::unique_ptr<Check> MakeGrowthCheck();
std::unique_ptr<Check> MakeSeriesCheck();
std::unique_ptr<Check> MakeCanonicalCheck();
std::unique_ptr<Check> MakeRevisionCheck();
std::unique_ptr<Check> MakeUnitCheck();
std::unique_ptr<Check> MakeBaseCheck();
std::unique_ptr<Check> MakePeriodCheck();

const std::vector<std::unique_ptr<Check>>& AllChecks() {
  static const auto* checks = [] {
    auto* v = new std::vector<std::unique_ptr<Check>>;
    v->push_back(MakeConflictCheck());
    v->push_back(MakeBoundsCheck());
    v->push_back(MakeDirectionCheck());
    v->push_back(MakeShareCheck());
    v->push_back(MakeSumCheck());
    v->push_back(MakeGrowthCheck());
    v->push_back(MakeSeriesCheck());
    v->push_back(MakeCanonicalCheck());
    v->push_back(MakeRevisionCheck());
    v->push_back(MakeUnitCheck());
    v->push_back(MakeBaseCheck());
    v->push_back(MakePeriodCheck());
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
                   "A stated number is too large to be a figure (beyond 1e100, "
                   "e.g. 1 followed by hundreds of 万); it is not read as a "
                   "claim and the run cannot vouch for it.", e});
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

void MergeFindingsOnOneFigure(const Messages& messages, DiagnosticList* found) {
  std::vector<std::string> order;  // check rule ids, registry order
  for (const auto& check : AllChecks()) order.push_back(check->info().id);
  auto rank = [&](std::string_view rule_id) -> size_t {
    return std::find(order.begin(), order.end(), rule_id) - order.begin();
  };
  auto at = [](const DiagnosticList::Head& h) {
    return std::tie(h.path, h.line, h.column, h.end_line, h.end_column);
  };
  // Findings of one figure are adjacent: the list is sorted by position
  // (suppression findings, which are not checks, follow in their own run).
  // A figure with one finding is left as it is, undecoded.
  std::vector<bool> dropped(found->size(), false);
  for (size_t i = 0; i < found->size();) {
    size_t j = i + 1;
    const DiagnosticList::Head first = found->head(i);
    const bool check = rank(first.rule_id) < order.size();
    while (check && j < found->size() && first.line > 0) {
      const DiagnosticList::Head next = found->head(j);
      if (rank(next.rule_id) >= order.size() || at(next) != at(first)) break;
      ++j;
    }
    if (j == i + 1) {
      i = j;
      continue;
    }
    size_t keep = i;
    for (size_t k = i + 1; k < j; ++k) {
      const DiagnosticList::Head a = found->head(k);
      const DiagnosticList::Head b = found->head(keep);
      if (a.severity > b.severity ||
          (a.severity == b.severity && rank(a.rule_id) < rank(b.rule_id)))
        keep = k;
    }
    Diagnostic d = (*found)[keep];
    for (size_t k = i; k < j; ++k) {
      if (k == keep) continue;
      Diagnostic other = (*found)[k];
      Note also;
      also.location = other.location;
      also.message = messages.Format("note.also", fmt::arg("rule", other.rule_id),
                                     fmt::arg("message", other.message));
      also.statement = other.statement;
      d.notes.push_back(std::move(also));
      for (Note& n : other.notes) d.notes.push_back(std::move(n));
      // Its fix stays: --fix and an editor's quick fix apply it from here.
      for (FixIt& f : other.fixits) d.fixits.push_back(std::move(f));
    }
    found->Replace(i, d);
    for (size_t k = i + 1; k < j; ++k) dropped[k] = true;
    i = j;
  }
  found->KeepIf([&](size_t k) { return !dropped[k]; });
}

DiagnosticList RunChecks(const CheckContext& ctx) {
  // The targets' paths as views of the documents' own, sorted: a copy of
  // each in a set was about 130 bytes a document, held while the checks
  // run (docs/benchmarks.md).
  std::vector<std::string_view> target_paths;
  for (const auto& doc : ctx.docs)
    if (doc->target) target_paths.push_back(doc->source.path);
  std::sort(target_paths.begin(), target_paths.end());
  // A finding is a value only until its check hands it over.
  DiagnosticList all;
  const FindingSink keep = [&](Diagnostic&& d) {
    if (std::binary_search(target_paths.begin(), target_paths.end(),
                           std::string_view(d.location.path)))
      all.push_back(d);
  };
  for (const auto& check : AllChecks()) check->Run(ctx, keep);
  all.StableSort([](const DiagnosticList::Head& a, const DiagnosticList::Head& b) {
    return std::tie(a.path, a.line, a.column, a.rule_id) <
           std::tie(b.path, b.line, b.column, b.rule_id);
  });
  return all;
}

}  // namespace factlint
