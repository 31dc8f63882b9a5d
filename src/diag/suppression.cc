// ApplySuppressions: removes covered diagnostics and reports directives that
// did nothing, name unknown rules or are malformed.
#include "diag/suppression.h"

#include <algorithm>

namespace factlint {
namespace {

bool Active(const Suppression& s, const std::set<std::string>& known) {
  if (s.kind != Suppression::Kind::kNextLine &&
      s.kind != Suppression::Kind::kRegion)
    return false;
  return s.first_line > 0 && (s.rule.empty() || known.count(s.rule) > 0);
}

bool Covers(const Suppression& s, const DiagnosticList::Head& d) {
  return d.line > 0 && d.path == s.location.path &&
         (s.rule.empty() || s.rule == d.rule_id) &&
         d.line >= s.first_line && d.line <= s.last_line;
}

std::string Named(const Suppression& s) {
  return s.rule.empty() ? s.directive : s.directive + " " + s.rule;
}

Diagnostic Report(const Suppression& s, const char* rule, Severity severity,
                  std::string message) {
  Diagnostic d;
  d.rule_id = rule;
  d.severity = severity;
  d.message = std::move(message);
  d.location = s.location;
  d.fingerprint = std::string(rule) + ":" + Named(s);
  return d;
}

}  // namespace

void ApplySuppressions(const std::vector<Suppression>& suppressions,
                       const std::set<std::string>& known_rule_ids,
                       DiagnosticList* diagnostics) {
  std::vector<bool> used(suppressions.size(), false);
  std::vector<bool> suppressed(diagnostics->size(), false);
  for (size_t k = 0; k < diagnostics->size() && !suppressions.empty(); ++k) {
    const DiagnosticList::Head d = diagnostics->head(k);
    for (size_t i = 0; i < suppressions.size(); ++i) {
      const Suppression& s = suppressions[i];
      if (Active(s, known_rule_ids) && Covers(s, d)) {
        used[i] = true;  // every covering directive counts as used
        suppressed[k] = true;
      }
    }
  }
  diagnostics->KeepIf([&](size_t k) { return !suppressed[k]; });
  DiagnosticList& kept = *diagnostics;
  for (size_t i = 0; i < suppressions.size(); ++i) {
    const Suppression& s = suppressions[i];
    using Kind = Suppression::Kind;
    if (s.kind == Kind::kMalformed) {
      kept.push_back(Report(s, "suppression-malformed", Severity::kWarning,
                            "ignored directive: " + s.problem));
    } else if (!s.rule.empty() && !known_rule_ids.count(s.rule)) {
      kept.push_back(Report(s, "suppression-unknown-rule", Severity::kError,
                            "unknown rule id '" + s.rule + "' in " +
                                s.directive));
    } else if (s.kind == Kind::kEnable) {
      if (!s.closes_region)
        kept.push_back(Report(s, "suppression-unused", Severity::kWarning,
                              Named(s) + " closes no open factlint-disable "
                                         "region"));
    } else if (!used[i]) {
      kept.push_back(Report(
          s, "suppression-unused", Severity::kWarning,
          Named(s) + (s.first_line == 0 ? " has no line after it to suppress"
                                        : " suppressed nothing")));
    }
  }
}

std::vector<RuleInfo> SuppressionRuleInfos() {
  return {
      {"suppression-unused", "Unused suppression",
       "A factlint-disable directive that suppressed no diagnostic, or a "
       "factlint-enable that closed no region. Remove it.",
       Severity::kWarning},
      {"suppression-unknown-rule", "Unknown rule in suppression",
       "A suppression directive names a rule id factlint does not have; it "
       "suppresses nothing.",
       Severity::kError},
      {"suppression-malformed", "Malformed suppression",
       "A comment that looks like a factlint directive but is not one; it "
       "is ignored.",
       Severity::kWarning},
  };
}

}  // namespace factlint
