// Text form of an explanation: one block per claim, labelled lines.
#include <fmt/format.h>

#include "explain/explain_format.h"

namespace factlint {
namespace {

std::string At(const Location& l) {
  return fmt::format("{}:{}:{}", l.path, l.line, l.column);
}

std::string Flags(const ExplainedClaim& c, const Messages& m) {
  std::string s;
  auto add = [&](const std::string& flag) {
    s += (s.empty() ? "" : m.Format("explain.flag_separator")) + flag;
  };
  if (c.change != "none") add(m.Format("explain.flag_change", fmt::arg("change", c.change)));
  if (c.annual) add(m.Format("explain.flag_annual"));
  if (c.real) add(m.Format("explain.flag_real"));
  if (c.cumulative) add(m.Format("explain.flag_cumulative"));
  if (c.base_year) add(m.Format("explain.flag_base_year", fmt::arg("year", c.base_year)));
  if (c.target) add(m.Format("explain.flag_target"));
  if (!c.scope.empty()) add(m.Format("explain.flag_scope", fmt::arg("scope", c.scope)));
  if (c.identifier) add(m.Format("explain.flag_identifier"));
  return s.empty() ? m.Format("explain.flag_none") : s;
}

std::string Join(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) s += (s.empty() ? "" : " ") + w;
  return s;
}

std::string Reference(bool reference, const Messages& m) {
  return reference ? m.Format("explain.reference") : "";
}

void WriteReason(const ExplainedReason& r, const Messages& m, std::ostream& out) {
  if (!r.rule_id.empty()) {
    out << m.Format("explain.matched_pattern", fmt::arg("pattern", r.pattern),
                    fmt::arg("text", r.matched_text))
        << "\n";
    return;
  }
  if (r.bucket.empty()) return;
  // The bucket is an index key: shown as it is, never translated.
  out << m.Format("explain.matched_bucket", fmt::arg("bucket", r.bucket)) << "\n";
  if (r.has_partner)
    out << m.Format("explain.best_match", fmt::arg("at", At(r.partner)),
                    fmt::arg("score", r.score),
                    fmt::arg("identical", r.identical_words ? m.Format("explain.identical") : ""),
                    fmt::arg("words", Join(r.shared_words)))
        << "\n";
}

void WriteOther(const OtherStatement& s, const Messages& m, std::ostream& out) {
  out << "    " << At(s.claim.location) << "  " << s.claim.written
      << Reference(s.claim.reference, m) << "  " << PeriodChain(s.claim.period, m) << "\n";
  out << m.Format(s.compared ? "explain.compared" : "explain.not_compared",
                  fmt::arg("why", s.why))
      << "\n";
  if (!s.compared) return;
  if (s.series_owned) out << m.Format("explain.series_owned") << "\n";
  if (s.disjoint)
    out << m.Format("explain.disjoint", fmt::arg("why", s.disjoint_why)) << "\n";
  else
    out << m.Format("explain.overlap") << "\n";
}

void WriteClaim(const ClaimExplanation& x, const Messages& m, std::ostream& out) {
  const ExplainedClaim& c = x.claim;
  out << At(c.location) << ": " << c.written << Reference(c.reference, m) << "\n";
  out << m.Format("explain.claim", fmt::arg("surface", c.surface), fmt::arg("kind", c.kind),
                  fmt::arg("value", c.value_text), fmt::arg("dimension", c.dimension),
                  fmt::arg("qualifier", c.qualifier))
      << "\n";
  out << m.Format("explain.flags", fmt::arg("flags", Flags(c, m))) << "\n";
  if (!c.subject.empty())
    out << m.Format("explain.subject", fmt::arg("subject", c.subject)) << "\n";
  out << m.Format("explain.period", fmt::arg("chain", PeriodChain(c.period, m))) << "\n";
  if (x.group) {
    const ExplainedGroup& g = *x.group;
    out << m.Format("explain.fact", fmt::arg("id", g.fact_id), fmt::arg("title", g.title),
                    fmt::arg("how", m.Format(g.from_rule ? "explain.fact_rule"
                                                         : "explain.generic")),
                    fmt::arg("years", m.Format(g.by_year ? "explain.by_year"
                                                         : "explain.any_year")),
                    fmt::arg("severity", m.Format("severity." + g.severity)))
        << "\n";
    WriteReason(g.reason, m, out);
    if (!g.others.empty())
      out << m.Format("explain.others", fmt::arg("count", g.others.size())) << "\n";
    for (const OtherStatement& s : g.others) WriteOther(s, m, out);
  } else {
    out << m.Format("explain.fact_none") << "\n";
  }
  for (const std::string& why : x.ungrouped)
    out << m.Format("explain.why", fmt::arg("why", why)) << "\n";
  if (x.findings.empty()) {
    out << m.Format("explain.findings_none") << "\n";
    return;
  }
  out << m.Format("explain.findings") << "\n";
  for (const ExplainedFinding& f : x.findings) {
    out << "    " << At(f.location) << ": " << m.Format("severity." + f.severity) << ": "
        << f.message << " [" << f.rule_id << "]";
    if (!f.here) out << m.Format("explain.reported_there");
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

std::string PeriodYears(const ExplainedPeriod& p, const Messages& m) {
  if (!p.from_year) return m.Format("explain.no_period");
  return PeriodYears(p);
}

std::string PeriodChain(const ExplainedPeriod& p, const Messages& m) {
  std::string s = m.Format("explain.chain", fmt::arg("years", PeriodYears(p, m)),
                           fmt::arg("origin", p.origin));
  if (p.has_evidence)
    s += m.Format("explain.evidence", fmt::arg("text", p.evidence_text),
                  fmt::arg("at", At(p.evidence)));
  if (p.date_origin.empty())
    s += m.Format("explain.undated");
  else
    s += m.Format("explain.dated", fmt::arg("date", p.document_date),
                  fmt::arg("origin", p.date_origin));
  return s;
}

void WriteExplanationText(const Explanation& e, const Messages& m, std::ostream& out) {
  if (e.claims.empty()) {
    out << m.Format("explain.no_claim_line", fmt::arg("at", fmt::format("{}:{}", e.file, e.line)));
    if (e.nearest.empty()) {
      out << m.Format("explain.none_in_file") << "\n";
      return;
    }
    out << m.Format("explain.nearest") << "\n";
    for (const NearbyClaim& n : e.nearest)
      out << "  " << n.location.line << ":" << n.location.column << "  " << n.written << "\n";
    return;
  }
  if (!e.exact)
    out << m.Format("explain.no_claim_column",
                    fmt::arg("at", fmt::format("{}:{}:{}", e.file, e.line, e.column)))
        << "\n";
  for (size_t k = 0; k < e.claims.size(); ++k) {
    if (k) out << "\n";
    WriteClaim(e.claims[k], m, out);
  }
}

}  // namespace factlint
