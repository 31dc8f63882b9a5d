#include "report/report.h"

#include "report/formats.h"

namespace factlint {

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "text") return Format::kText;
  if (name == "json") return Format::kJson;
  if (name == "sarif") return Format::kSarif;
  if (name == "github") return Format::kGithub;
  return std::nullopt;
}

SeverityCounts CountSeverities(const std::vector<Diagnostic>& diagnostics) {
  SeverityCounts counts;
  for (const Diagnostic& d : diagnostics) {
    switch (d.severity) {
      case Severity::kError: ++counts.errors; break;
      case Severity::kWarning: ++counts.warnings; break;
      case Severity::kNote: ++counts.notes; break;
    }
  }
  return counts;
}

const char* SarifLevel(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "error";
}

void WriteReport(Format format, const std::vector<Diagnostic>& diagnostics,
                 const LineSource& lines, const ReportOptions& options,
                 std::ostream& out) {
  switch (format) {
    case Format::kText: WriteText(diagnostics, lines, options, out); return;
    case Format::kJson: WriteJson(diagnostics, options, out); return;
    case Format::kSarif: WriteSarif(diagnostics, options, out); return;
    case Format::kGithub: WriteGithub(diagnostics, options, out); return;
  }
}

}  // namespace factlint
