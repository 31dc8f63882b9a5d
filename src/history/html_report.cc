#include "history/html_report.h"

#include <map>
#include <utility>

#include <fmt/format.h>

namespace factlint {

extern const char kReportCss[];  // src/history/report.css, embedded at build time

namespace {

std::string Place(const Location& l) {
  if (!l.has_region()) return l.path;
  return fmt::format("{}:{}:{}", l.path, l.line, l.column);
}

// "1 error", "2 errors".
std::string Counted(size_t n, const char* noun) {
  return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
}

// Where a finding points among the facts shown: fact and row (1-based) and
// the mark it gives that statement.
struct RowLink {
  size_t fact = 0;
  size_t row = 0;
  Mark mark = Mark::kNone;
};

std::map<size_t, std::vector<RowLink>> LinksOfFindings(const HtmlReport& r) {
  std::map<size_t, std::vector<RowLink>> links;
  for (size_t f = 0; f < r.facts.size(); ++f) {
    const FactHistory& h = r.facts[f];
    for (size_t i = 0; i < h.statements.size(); ++i)
      for (const MarkedFinding& m : h.statements[i].marks)
        links[h.run_index[m.finding]].push_back({f + 1, i + 1, m.mark});
  }
  return links;
}

void WriteSummary(const HtmlReport& r, std::ostream& out) {
  int counts[3] = {0, 0, 0};
  for (const Diagnostic& d : r.findings) ++counts[static_cast<int>(d.severity)];
  size_t statements = 0;
  for (const FactHistory& h : r.facts) statements += h.statements.size();
  out << "<section id=\"summary\">\n<p class=\"counts\">"
      << "<span class=\"error\">" << Counted(counts[2], "error") << "</span>"
      << "<span class=\"warning\">" << Counted(counts[1], "warning") << "</span>"
      << "<span class=\"note\">" << Counted(counts[0], "note") << "</span>"
      << "<span class=\"muted\">" << Counted(r.facts.size(), "fact") << ", "
      << Counted(statements, "statement") << "</span>"
      << "</p>\n";
  if (!r.input_errors.empty()) {
    out << "<h2>Inputs that could not be checked</h2>\n<ul class=\"input-errors\">\n";
    for (const Diagnostic& d : r.input_errors)
      out << "<li><span class=\"place\">" << HtmlEscape(Place(d.location)) << "</span> "
          << HtmlEscape(d.message) << " <span class=\"rule\">[" << HtmlEscape(d.rule_id)
          << "]</span></li>\n";
    out << "</ul>\n";
  }
  out << "<h2>Findings</h2>\n";
  if (r.findings.empty()) out << "<p class=\"muted\">No findings.</p>\n";
  const auto links = LinksOfFindings(r);
  out << "<ol class=\"findings\">\n";
  for (size_t k = 0; k < r.findings.size(); ++k) {
    const Diagnostic& d = r.findings[k];
    const char* severity = SeverityName(d.severity);
    out << fmt::format("<li class=\"finding {}\" id=\"finding-{}\">", severity, k + 1)
        << "<span class=\"severity\">" << severity << "</span> <span class=\"place\">"
        << HtmlEscape(Place(d.location)) << "</span> " << HtmlEscape(d.message)
        << " <span class=\"rule\">[" << HtmlEscape(d.rule_id) << "]</span>";
    auto it = links.find(k);
    if (it != links.end()) {
      out << "<br><span class=\"muted\">statements:</span>";
      for (const RowLink& l : it->second)
        out << fmt::format(" <a class=\"statement-link {}\" href=\"#s-{}-{}\">", MarkName(l.mark),
                           l.fact, l.row)
            << HtmlEscape(Place(r.facts[l.fact - 1].statements[l.row - 1].location))
            << "</a>";
    }
    out << "</li>\n";
  }
  out << "</ol>\n</section>\n";
}

void WriteStatementRow(const FactHistory& h, size_t fact, size_t i, std::ostream& out) {
  const HistoryStatement& s = h.statements[i];
  std::string classes = "statement";
  for (const MarkedFinding& m : s.marks) classes += std::string(" ") + MarkName(m.mark);
  out << fmt::format("<tr id=\"s-{}-{}\" class=\"{}\">", fact, i + 1, classes)
      << "<td>" << HtmlEscape(s.period) << "</td>"
      << "<td>" << HtmlEscape(s.written) << "</td>"
      << "<td><code>" << HtmlEscape(s.value_text) << "</code> " << HtmlEscape(s.dimension)
      << "</td>"
      << "<td>" << HtmlEscape(s.qualifier) << "</td>"
      << "<td>" << HtmlEscape(s.document_date.empty() ? "unknown" : s.document_date) << "</td>"
      << "<td>" << HtmlEscape(s.source) << (s.reference ? " <span class=\"muted\">(reference)</span>" : "")
      << "</td>"
      << "<td class=\"place\">" << HtmlEscape(Place(s.location)) << "</td><td>";
  for (const MarkedFinding& m : s.marks)
    out << fmt::format("<a class=\"mark {}\" href=\"#finding-{}\">{}</a>", MarkName(m.mark),
                       h.run_index[m.finding] + 1, MarkName(m.mark));
  out << "</td></tr>\n";
}

void WriteFact(const FactHistory& h, size_t fact, std::ostream& out) {
  out << fmt::format("<section class=\"fact\" id=\"fact-{}\" data-fact=\"{}\">\n", fact,
                     HtmlEscape(h.fact_id))
      << "<h2>" << HtmlEscape(h.title) << " <code>" << HtmlEscape(h.fact_id) << "</code></h2>\n";
  WriteTimelineSvg(h, fact, out);
  out << "<table class=\"statements\">\n<thead><tr><th>Period</th><th>Value</th>"
         "<th>Interval</th><th>Qualifier</th><th>Document date</th><th>Source</th>"
         "<th>Place</th><th>Findings</th></tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < h.statements.size(); ++i) WriteStatementRow(h, fact, i, out);
  out << "</tbody>\n</table>\n</section>\n";
}

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

void WriteHtmlReport(const HtmlReport& r, std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>factlint report</title>\n<style>\n"
      << kReportCss << "</style>\n</head>\n<body>\n<h1>factlint report</h1>\n"
      << "<p class=\"muted\">Inputs:";
  for (const std::string& path : r.inputs) out << " <code>" << HtmlEscape(path) << "</code>";
  out << "</p>\n<p class=\"legend\">"
         "<span><i style=\"background:var(--error)\"></i>odd one out (flagged)</span>"
         "<span><i style=\"background:var(--warning)\"></i>contradicted</span>"
         "<span><i style=\"background:var(--revised)\"></i>revision</span>"
         "<span><i style=\"background:var(--agree)\"></i>no finding</span></p>\n";
  WriteSummary(r, out);
  for (size_t f = 0; f < r.facts.size(); ++f) WriteFact(r.facts[f], f + 1, out);
  out << "</body>\n</html>\n";
}

}  // namespace factlint
