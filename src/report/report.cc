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

SeverityCounts CountSeverities(const DiagnosticList& diagnostics) {
  SeverityCounts counts;
  for (size_t i = 0; i < diagnostics.size(); ++i) {
    switch (diagnostics.head(i).severity) {
      case Severity::kError: ++counts.errors; break;
      case Severity::kWarning: ++counts.warnings; break;
      case Severity::kNote: ++counts.notes; break;
    }
  }
  return counts;
}

Location InColumnUnit(const Location& location, const LineSource& lines,
                      ColumnUnit unit) {
  if (unit == ColumnUnit::kCodePoint || !location.has_region()) return location;
  Location out = location;
  auto convert = [&](uint32_t line, uint32_t* column) {
    if (*column == 0) return;
    if (std::optional<std::string_view> text = lines.LineText(location.path, line))
      *column = ConvertColumn(*text, *column, unit);
  };
  convert(location.line, &out.column);
  if (location.end_line > 0) convert(location.end_line, &out.end_column);
  return out;
}

const char* SarifLevel(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "error";
}

void WriteReport(Format format, const DiagnosticList& diagnostics,
                 const LineSource& lines, const ReportOptions& options,
                 std::ostream& out) {
  switch (format) {
    case Format::kText: WriteText(diagnostics, lines, options, out); return;
    case Format::kJson: {
      if (options.column_unit == ColumnUnit::kCodePoint) {
        WriteJson(diagnostics, options, out);
        return;
      }
      DiagnosticList converted;
      for (Diagnostic d : diagnostics) {
        d.location = InColumnUnit(d.location, lines, options.column_unit);
        for (Note& n : d.notes)
          n.location = InColumnUnit(n.location, lines, options.column_unit);
        for (FixIt& f : d.fixits)
          f.location = InColumnUnit(f.location, lines, options.column_unit);
        converted.push_back(d);
      }
      WriteJson(converted, options, out);
      return;
    }
    case Format::kSarif: WriteSarif(diagnostics, options, out); return;
    case Format::kGithub: WriteGithub(diagnostics, options, out); return;
  }
}

}  // namespace factlint
