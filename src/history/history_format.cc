// `factlint history` output: text, one statement a line in the style of
// the other diagnostics (FILE:LINE:COL first), and JSON.
#include <cmath>

#include <nlohmann/json.hpp>

#include "history/fact_history.h"

namespace factlint {
namespace {

// Key names and shapes as in `check --format json` (docs/output-formats.md).
using Json = nlohmann::ordered_json;

Json LocationJson(const Location& l) {
  Json j;
  j["path"] = l.path;
  j["line"] = l.line;
  j["column"] = l.column;
  j["end_line"] = l.end_line;
  j["end_column"] = l.end_column;
  return j;
}

// A bound of an interval: null when unbounded.
Json Bound(double v) {
  if (std::isinf(v)) return nullptr;
  return v;
}

Json OrNull(const std::string& s) { return s.empty() ? Json() : Json(s); }

}  // namespace

void WriteHistoryText(const FactHistory& h, std::ostream& out) {
  const size_t n = h.statements.size(), f = h.findings.size();
  out << h.fact_id << " “" << h.title << "”: " << n << (n == 1 ? " statement, " : " statements, ")
      << f << (f == 1 ? " finding\n" : " findings\n");
  for (const HistoryStatement& s : h.statements) {
    const Location& l = s.location;
    out << l.path << ":" << l.line << ":" << l.column << ": " << s.period << ": "
        << s.written << " = " << s.value_text;
    if (!s.dimension.empty()) out << " " << s.dimension;
    if (s.qualifier != "none") out << ", qualifier " << s.qualifier;
    out << ", document of " << (s.document_date.empty() ? "unknown date" : s.document_date);
    if (!s.source.empty()) out << ", source " << s.source;
    if (s.reference) out << ", reference";
    for (const MarkedFinding& m : s.marks)
      out << " [" << MarkName(m.mark) << ": " << h.findings[m.finding].rule_id << "]";
    out << "\n";
  }
  for (size_t k = 0; k < h.findings.size(); ++k) {
    const Diagnostic& d = h.findings[k];
    out << "finding " << k + 1 << ": " << d.location.path << ":" << d.location.line << ":"
        << d.location.column << ": " << SeverityName(d.severity) << ": " << d.message
        << " [" << d.rule_id << "]\n";
  }
}

void WriteHistoryJson(const FactHistory& h, std::ostream& out) {
  Json j;
  j["version"] = 1;
  j["fact"] = {{"id", h.fact_id}, {"title", h.title}, {"from_rule", h.from_rule}};
  Json statements = Json::array();
  for (const HistoryStatement& s : h.statements) {
    Json st;
    st["location"] = LocationJson(s.location);
    st["written"] = s.written;
    st["value"] = {{"text", s.value_text},   {"low", Bound(s.value.lo)},
                   {"high", Bound(s.value.hi)}, {"low_closed", s.value.lo_closed},
                   {"high_closed", s.value.hi_closed}, {"dimension", s.dimension}};
    st["period"] = s.period;
    st["qualifier"] = s.qualifier;
    st["document_date"] = OrNull(s.document_date);
    st["source"] = OrNull(s.source);
    st["reference"] = s.reference;
    Json marks = Json::array();
    for (const MarkedFinding& m : s.marks)
      marks.push_back({{"mark", MarkName(m.mark)}, {"finding", m.finding}});
    st["marks"] = std::move(marks);
    statements.push_back(std::move(st));
  }
  j["statements"] = std::move(statements);
  Json findings = Json::array();
  for (const Diagnostic& d : h.findings) {
    Json f;
    f["rule"] = d.rule_id;
    f["severity"] = SeverityName(d.severity);
    f["message"] = d.message;
    f["location"] = LocationJson(d.location);
    findings.push_back(std::move(f));
  }
  j["findings"] = std::move(findings);
  out << j.dump(2, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace) << "\n";
}

}  // namespace factlint
