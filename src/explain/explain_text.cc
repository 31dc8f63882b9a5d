// Text form of an explanation: one block per claim, labelled lines.
#include <fmt/format.h>

#include "explain/explain_format.h"

namespace factlint {
namespace {

std::string At(const Location& l) {
  return fmt::format("{}:{}:{}", l.path, l.line, l.column);
}

std::string Flags(const ExplainedClaim& c) {
  std::string s;
  auto add = [&](const std::string& flag) { s += (s.empty() ? "" : ", ") + flag; };
  if (c.change != "none") add("change " + c.change);
  if (c.annual) add("annual rate");
  if (c.real) add("real terms");
  if (c.cumulative) add("cumulative");
  if (c.base_year) add("base year " + std::to_string(c.base_year));
  if (c.target) add("target");
  if (!c.scope.empty()) add("scope " + c.scope);
  if (c.identifier) add("identifier");
  return s.empty() ? "none" : s;
}

std::string Join(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) s += (s.empty() ? "" : " ") + w;
  return s;
}

void WriteReason(const ExplainedReason& r, std::ostream& out) {
  if (!r.rule_id.empty()) {
    out << "  matched:  pattern `" << r.pattern << "` matched “" << r.matched_text << "”\n";
    return;
  }
  if (r.bucket.empty()) return;
  out << "  matched:  bucket " << r.bucket << "\n";
  if (r.has_partner)
    out << fmt::format("            best match {}, score {:.2f}{}, shared words: {}\n",
                       At(r.partner), r.score,
                       r.identical_words ? " (identical words)" : "", Join(r.shared_words));
}

void WriteClaim(const ClaimExplanation& x, std::ostream& out) {
  const ExplainedClaim& c = x.claim;
  out << At(c.location) << ": " << c.written << (c.reference ? " (reference)" : "") << "\n";
  out << "  claim:    " << c.surface << "  " << c.kind << "  " << c.value_text << "  "
      << c.dimension << "  qualifier " << c.qualifier << "\n";
  out << "  flags:    " << Flags(c) << "\n";
  if (!c.subject.empty()) out << "  subject:  " << c.subject << "\n";
  out << "  period:   " << PeriodChain(c.period) << "\n";
  if (x.group) {
    const ExplainedGroup& g = *x.group;
    out << "  fact:     " << g.fact_id << " “" << g.title << "” ("
        << (g.from_rule ? "fact rule" : "generic match") << ", "
        << (g.by_year ? "by year" : "any year") << ", " << g.severity << ")\n";
    WriteReason(g.reason, out);
    if (!g.others.empty())
      out << "  others:   " << g.others.size() << " other statement(s) of this fact\n";
    for (const OtherStatement& s : g.others) {
      out << "    " << At(s.claim.location) << "  " << s.claim.written
          << (s.claim.reference ? " (reference)" : "") << "  "
          << PeriodChain(s.claim.period) << "\n";
      out << "      " << (s.compared ? "compared: " : "not compared: ") << s.why << "\n";
      if (!s.compared) continue;
      if (s.series_owned)
        out << "      an endpoint of a stated change: fact-series compares it, not "
               "fact-conflict\n";
      if (s.disjoint)
        out << "      values disjoint: a contradiction (" << s.disjoint_why << ")\n";
      else
        out << "      values overlap: they agree\n";
    }
  } else {
    out << "  fact:     none\n";
  }
  for (const std::string& why : x.ungrouped) out << "  why:      " << why << "\n";
  if (x.findings.empty()) {
    out << "  findings: none at this claim\n";
    return;
  }
  out << "  findings:\n";
  for (const ExplainedFinding& f : x.findings) {
    out << "    " << At(f.location) << ": " << f.severity << ": " << f.message << " ["
        << f.rule_id << "]";
    if (!f.here) out << " (reported there; a note points here)";
    out << "\n";
  }
}

}  // namespace

std::string PeriodYears(const ExplainedPeriod& p) {
  if (!p.from_year) return "no period";
  std::string s = std::to_string(p.from_year);
  if (p.to_year != p.from_year) s += "-" + std::to_string(p.to_year);
  if (!p.part.empty()) s += " " + p.part;
  return s;
}

std::string PeriodChain(const ExplainedPeriod& p) {
  std::string s = PeriodYears(p) + " (" + p.origin + ")";
  if (p.has_evidence)
    s += " ← '" + p.evidence_text + "' at " + At(p.evidence);
  s += " ← ";
  if (p.date_origin.empty())
    s += "document undated";
  else
    s += "document of " + p.document_date + " (" + p.date_origin + ")";
  return s;
}

void WriteExplanationText(const Explanation& e, std::ostream& out) {
  if (e.claims.empty()) {
    out << e.file << ":" << e.line << ": no claim on this line";
    if (e.nearest.empty()) {
      out << ", and none in the file\n";
      return;
    }
    out << "; the nearest:\n";
    for (const NearbyClaim& n : e.nearest)
      out << "  " << n.location.line << ":" << n.location.column << "  " << n.written << "\n";
    return;
  }
  if (!e.exact)
    out << e.file << ":" << e.line << ":" << e.column
        << ": no claim at this column; the nearest on the line:\n";
  for (size_t k = 0; k < e.claims.size(); ++k) {
    if (k) out << "\n";
    WriteClaim(e.claims[k], out);
  }
}

}  // namespace factlint
