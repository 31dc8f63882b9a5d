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

void SeverityMap::Apply(DiagnosticList* diagnostics) const {
  std::vector<bool> on(diagnostics->size());
  for (size_t i = 0; i < diagnostics->size(); ++i) {
    const DiagnosticList::Head h = diagnostics->head(i);
    std::optional<Severity> severity = SeverityOf(std::string(h.rule_id), h.severity);
    on[i] = severity.has_value();  // or switched off
    if (severity && *severity != h.severity) diagnostics->SetSeverity(i, *severity);
  }
  diagnostics->KeepIf([&](size_t i) { return on[i]; });
}

std::optional<Severity> SeverityMap::SeverityOf(const std::string& rule_id,
                                                Severity fallback) const {
  auto it = overrides_.find(rule_id);
  return it == overrides_.end() ? std::optional<Severity>(fallback) : it->second;
}

bool RunFails(const DiagnosticList& diagnostics, FailOn fail_on) {
  if (fail_on == FailOn::kNever) return false;
  Severity threshold =
      fail_on == FailOn::kError ? Severity::kError : Severity::kWarning;
  for (size_t i = 0; i < diagnostics.size(); ++i)
    if (diagnostics.head(i).severity >= threshold) return true;
  return false;
}

}  // namespace factlint
