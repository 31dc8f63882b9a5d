// JSON output: one document, schema version 1; see docs/output-formats.md.
// The diagnostics are written one by one as they are turned into JSON
// (json_stream.h), so the report is never held whole in memory.
#include "report/formats.h"
#include "report/json_stream.h"

namespace factlint {
namespace {

using Json = OrderedJson;

// Region fields appear only when the location has one; the end only when it
// is known (end_line > 0).
Json LocationJson(const Location& location) {
  Json j;
  j["path"] = location.path;
  if (location.has_region()) {
    j["line"] = location.line;
    j["column"] = location.column;
    if (location.end_line > 0) {
      j["end_line"] = location.end_line;
      j["end_column"] = location.end_column;
    }
  }
  return j;
}

Json StatementJson(const FactStatement& s) {
  Json j;
  j["value"] = s.value;
  j["period"] = s.period;
  j["document_date"] = s.document_date.empty() ? Json() : Json(s.document_date);
  return j;
}

Json DiagnosticJson(const Diagnostic& d) {
  Json j;
  j["rule"] = d.rule_id;
  j["severity"] = SeverityName(d.severity);
  j["message"] = d.message;
  j["location"] = LocationJson(d.location);
  if (!d.fact_id.empty()) {
    j["fact"] = {{"id", d.fact_id}};
    if (!d.statement.empty()) j["fact"]["statement"] = StatementJson(d.statement);
  }
  if (!d.fingerprint.empty()) j["fingerprint"] = d.fingerprint;
  Json notes = Json::array();
  for (const Note& note : d.notes) {
    Json n;
    n["message"] = note.message;
    n["location"] = LocationJson(note.location);
    if (!note.statement.empty()) n["statement"] = StatementJson(note.statement);
    notes.push_back(std::move(n));
  }
  j["notes"] = std::move(notes);
  Json fixes = Json::array();
  for (const FixIt& fix : d.fixits) {
    Json f;
    f["location"] = LocationJson(fix.location);
    f["replacement"] = fix.replacement;
    fixes.push_back(std::move(f));
  }
  j["fixes"] = std::move(fixes);
  return j;
}

}  // namespace

void WriteJson(const DiagnosticList& diagnostics,
               const ReportOptions& options, std::ostream& out) {
  Json doc;
  doc["version"] = 1;
  doc["diagnostics"] = StreamedArrayPlaceholder();
  SeverityCounts counts = CountSeverities(diagnostics);
  doc["summary"] = {{"errors", counts.errors},
                    {"warnings", counts.warnings},
                    {"notes", counts.notes}};
  WriteStreamedJson(doc, diagnostics.size(),
                    [&](size_t i) { return DiagnosticJson(diagnostics[i]); }, out);
}

}  // namespace factlint
