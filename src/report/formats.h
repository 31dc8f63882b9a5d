// The individual formatters behind WriteReport (report.h), and small helpers
// they share. Internal to src/report; other modules call WriteReport.
#ifndef FACTLINT_REPORT_FORMATS_H_
#define FACTLINT_REPORT_FORMATS_H_

#include <ostream>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "report/report.h"

namespace factlint {

// Number of diagnostics of each severity (attached notes are not counted).
struct SeverityCounts {
  int errors = 0;
  int warnings = 0;
  int notes = 0;
};
SeverityCounts CountSeverities(const DiagnosticList& diagnostics);

// `location` with its columns counted in `unit` instead of code points,
// measured on the lines `lines` gives (unchanged when a line is unknown).
Location InColumnUnit(const Location& location, const LineSource& lines,
                      ColumnUnit unit);

// SARIF and GitHub level names: "error", "warning", "note" / "notice".
const char* SarifLevel(Severity severity);

void WriteText(const DiagnosticList& diagnostics,
               const LineSource& lines, const ReportOptions& options,
               std::ostream& out);
void WriteJson(const DiagnosticList& diagnostics,
               const ReportOptions& options, std::ostream& out);
void WriteSarif(const DiagnosticList& diagnostics,
                const ReportOptions& options, std::ostream& out);
void WriteGithub(const DiagnosticList& diagnostics,
                 const ReportOptions& options, std::ostream& out);

}  // namespace factlint

#endif  // FACTLINT_REPORT_FORMATS_H_
