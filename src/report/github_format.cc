// GitHub Actions workflow commands: one ::error/::warning/::notice line per
// diagnostic, which the runner turns into annotations on the diff.
#include <string>
#include <string_view>

#include "report/formats.h"

namespace factlint {
namespace {

// Escaping of the message part of a workflow command.
std::string EscapeData(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

// Property values additionally escape ":" and ",".
std::string EscapeProperty(std::string_view text) {
  std::string out;
  for (char c : EscapeData(text)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

const char* Command(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "notice";
  }
  return "error";
}

std::string Position(const Location& location) {
  std::string out = location.path;
  if (location.has_region()) {
    out += ":" + std::to_string(location.line);
    if (location.column > 0) out += ":" + std::to_string(location.column);
  }
  return out;
}

}  // namespace

void WriteGithub(const DiagnosticList& diagnostics,
                 const ReportOptions& options, std::ostream& out) {
  for (const Diagnostic& d : diagnostics) {
    const Location& loc = d.location;
    std::string props;
    auto add = [&props](std::string_view key, const std::string& value) {
      if (!props.empty()) props += ",";
      props += std::string(key) + "=" + EscapeProperty(value);
    };
    if (!loc.path.empty()) add("file", loc.path);
    if (loc.has_region()) {
      add("line", std::to_string(loc.line));
      if (loc.column > 0) add("col", std::to_string(loc.column));
      if (loc.end_line > 0) {
        add("endLine", std::to_string(loc.end_line));
        if (loc.end_column > 0) add("endColumn", std::to_string(loc.end_column));
      }
    }
    if (!d.rule_id.empty()) add("title", d.rule_id);

    std::string message = d.message;
    for (const Note& note : d.notes) {
      message += "\nnote: " + Position(note.location) + ": " + note.message;
    }
    out << "::" << Command(d.severity);
    if (!props.empty()) out << " " << props;
    out << "::" << EscapeData(message) << "\n";
  }
}

}  // namespace factlint
