// The one place where a diagnostic's final severity is decided: each rule's
// default, overridden per rule (command line, later configuration), or the
// rule switched off. Also decides whether a run fails (--fail-on).
#ifndef FACTLINT_DIAG_SEVERITY_MAP_H_
#define FACTLINT_DIAG_SEVERITY_MAP_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "diag/diagnostic_list.h"

namespace factlint {

enum class FailOn { kError, kWarning, kNever };
std::optional<FailOn> ParseFailOn(std::string_view name);

class SeverityMap {
 public:
  // Parses "RULE=error|warning|note|off". Returns an error message or "".
  std::string AddOverride(std::string_view spec);
  void Set(const std::string& rule_id, std::optional<Severity> severity);

  // Applies overrides; removes diagnostics of rules switched off. Notes
  // attached to diagnostics are not affected.
  void Apply(DiagnosticList* diagnostics) const;
  // The severity a rule whose default is `fallback` reports at; nullopt
  // when it is switched off. Apply decides with this.
  std::optional<Severity> SeverityOf(const std::string& rule_id,
                                     Severity fallback) const;

 private:
  std::map<std::string, std::optional<Severity>> overrides_;  // nullopt = off
};

std::optional<Severity> ParseSeverity(std::string_view name);

// True when any diagnostic is at or above the failing level.
bool RunFails(const DiagnosticList& diagnostics, FailOn fail_on);

}  // namespace factlint

#endif  // FACTLINT_DIAG_SEVERITY_MAP_H_
