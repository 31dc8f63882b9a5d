#include "engine/rule_loader_internal.h"

#include <fstream>
#include <sstream>

#include "diag/read_file.h"

namespace factlint {
namespace rule_loader_internal {

RE2::Options PatternOptions() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  return options;
}

Location LocationOf(const std::string& path, const toml::source_region& r) {
  Location loc;
  loc.path = path;
  loc.line = r.begin.line;
  loc.column = r.begin.column;
  loc.end_line = r.end.line;
  loc.end_column = r.end.column;
  return loc;
}

Diagnostic MakeError(const char* rule_id, Location location,
                     std::string message) {
  Diagnostic d;
  d.rule_id = rule_id;
  d.severity = Severity::kError;
  d.message = std::move(message);
  d.location = std::move(location);
  return d;
}

std::optional<toml::table> ParseTomlFile(const std::string& path,
                                         std::vector<Diagnostic>* errors) {
  std::string content, reason;
  if (!ReadWholeFile(path, &content, &reason)) {
    Location loc;
    loc.path = path;
    errors->push_back(MakeError(kRuleIo, loc, "cannot read rule file: " + reason));
    return std::nullopt;
  }
  try {
    return toml::parse(content, path);
  } catch (const toml::parse_error& e) {
    errors->push_back(MakeError(kRuleSyntax, LocationOf(path, e.source()),
                                "TOML syntax error: " +
                                    std::string(e.description())));
    return std::nullopt;
  }
}

}  // namespace rule_loader_internal
}  // namespace factlint
