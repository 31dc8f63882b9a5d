#include "diag/severity_map.h"

#include <algorithm>

namespace factlint {

std::optional<FailOn> ParseFailOn(std::string_view name) {
  if (name == "error") return FailOn::kError;
  if (name == "warning") return FailOn::kWarning;
  if (name == "never") return FailOn::kNever;
  return std::nullopt;
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  if (name == "error") return Severity::kError;
  if (name == "warning") return Severity::kWarning;
  if (name == "note") return Severity::kNote;
  return std::nullopt;
}

std::string SeverityMap::AddOverride(std::string_view spec) {
  size_t eq = spec.find('=');
  if (eq == std::string_view::npos || eq == 0)
    return "expected RULE=LEVEL, got '" + std::string(spec) + "'";
  std::string rule(spec.substr(0, eq));
  std::string_view level = spec.substr(eq + 1);
  if (level == "off") {
    Set(rule, std::nullopt);
    return "";
  }
  std::optional<Severity> severity = ParseSeverity(level);
  if (!severity)
    return "unknown level '" + std::string(level) +
           "' (expected error, warning, note or off)";
  Set(rule, severity);
  return "";
}

void SeverityMap::Set(const std::string& rule_id,
                      std::optional<Severity> severity) {
  overrides_[rule_id] = severity;
}

void SeverityMap::Apply(std::vector<Diagnostic>* diagnostics) const {
  std::vector<Diagnostic> kept;
  kept.reserve(diagnostics->size());
  for (Diagnostic& d : *diagnostics) {
    std::optional<Severity> severity = SeverityOf(d.rule_id, d.severity);
    if (!severity) continue;  // switched off
    d.severity = *severity;
    kept.push_back(std::move(d));
  }
  *diagnostics = std::move(kept);
}

std::optional<Severity> SeverityMap::SeverityOf(const std::string& rule_id,
                                                Severity fallback) const {
  auto it = overrides_.find(rule_id);
  return it == overrides_.end() ? std::optional<Severity>(fallback) : it->second;
}

bool RunFails(const std::vector<Diagnostic>& diagnostics, FailOn fail_on) {
  if (fail_on == FailOn::kNever) return false;
  Severity threshold =
      fail_on == FailOn::kError ? Severity::kError : Severity::kWarning;
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [&](const Diagnostic& d) { return d.severity >= threshold; });
}

}  // namespace factlint
