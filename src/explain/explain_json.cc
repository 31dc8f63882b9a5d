// JSON form of an explanation: one object, keys as documented in
// docs/output-formats.md ("explain").
#include <cmath>

#include <nlohmann/json.hpp>

#include "explain/explain_format.h"

namespace factlint {
namespace {

using nlohmann::ordered_json;

ordered_json Loc(const Location& l) {
  return {{"path", l.path}, {"line", l.line}, {"column", l.column},
          {"end_line", l.end_line}, {"end_column", l.end_column}};
}

ordered_json Bound(double v) {
  if (std::isinf(v)) return nullptr;
  return v;
}

ordered_json Year(int y) { return y ? ordered_json(y) : ordered_json(nullptr); }

ordered_json Period(const ExplainedPeriod& p) {
  ordered_json j;
  j["from"] = Year(p.from_year);
  j["to"] = Year(p.to_year);
  j["part"] = p.part;
  j["origin"] = p.origin;
  j["evidence"] = p.has_evidence
                      ? ordered_json{{"text", p.evidence_text}, {"location", Loc(p.evidence)}}
                      : ordered_json(nullptr);
  j["document_date"] = p.date_origin.empty() ? ordered_json(nullptr)
                                             : ordered_json(p.document_date);
  j["document_date_origin"] = p.date_origin;
  j["chain"] = PeriodChain(p);
  return j;
}

ordered_json Claim(const ExplainedClaim& c) {
  ordered_json j;
  j["location"] = Loc(c.location);
  j["written"] = c.written;
  j["surface"] = c.surface;
  j["kind"] = c.kind;
  j["value"] = {{"lo", Bound(c.value.lo)}, {"hi", Bound(c.value.hi)},
                {"lo_closed", c.value.lo_closed}, {"hi_closed", c.value.hi_closed}};
  j["value_text"] = c.value_text;
  j["dimension"] = c.dimension;
  j["unit"] = c.unit;
  j["qualifier"] = c.qualifier;
  j["change"] = c.change;
  j["annual"] = c.annual;
  j["real"] = c.real;
  j["cumulative"] = c.cumulative;
  j["base_year"] = Year(c.base_year);
  j["target"] = c.target;
  j["scope"] = c.scope;
  j["identifier"] = c.identifier;
  j["subject"] = c.subject;
  j["reference"] = c.reference;
  j["period"] = Period(c.period);
  return j;
}

ordered_json Reason(const ExplainedReason& r) {
  if (!r.rule_id.empty())
    return {{"by", "rule"}, {"rule", r.rule_id}, {"pattern", r.pattern},
            {"matched_text", r.matched_text}};
  if (r.bucket.empty()) return nullptr;
  ordered_json j{{"by", "generic"}, {"bucket", r.bucket}};
  j["partner"] = r.has_partner ? Loc(r.partner) : ordered_json(nullptr);
  j["score"] = r.has_partner ? ordered_json(r.score) : ordered_json(nullptr);
  j["identical_words"] = r.identical_words;
  j["shared_words"] = r.shared_words;
  return j;
}

ordered_json Explained(const ClaimExplanation& x) {
  ordered_json j;
  j["claim"] = Claim(x.claim);
  if (x.group) {
    const ExplainedGroup& g = *x.group;
    ordered_json others = ordered_json::array();
    for (const OtherStatement& s : g.others) {
      ordered_json o;
      o["claim"] = Claim(s.claim);
      o["reason"] = Reason(s.reason);
      o["compared"] = s.compared;
      o["why"] = s.why;
      o["verdict"] = !s.compared ? ordered_json(nullptr)
                                 : ordered_json(s.disjoint ? "disjoint" : "overlap");
      o["disjoint_why"] = s.disjoint_why;
      o["series_owned"] = s.series_owned;
      others.push_back(std::move(o));
    }
    j["fact"] = {{"id", g.fact_id},          {"title", g.title},
                 {"from_rule", g.from_rule}, {"by_year", g.by_year},
                 {"severity", g.severity},   {"reason", Reason(g.reason)},
                 {"others", std::move(others)}};
  } else {
    j["fact"] = nullptr;
  }
  j["ungrouped"] = x.ungrouped;
  ordered_json findings = ordered_json::array();
  for (const ExplainedFinding& f : x.findings)
    findings.push_back({{"rule", f.rule_id}, {"severity", f.severity},
                        {"message", f.message}, {"location", Loc(f.location)},
                        {"here", f.here}});
  j["findings"] = std::move(findings);
  return j;
}

}  // namespace

void WriteExplanationJson(const Explanation& e, std::ostream& out) {
  ordered_json j;
  j["file"] = e.file;
  j["line"] = e.line;
  j["column"] = e.column ? ordered_json(e.column) : ordered_json(nullptr);
  j["exact"] = e.exact;
  ordered_json claims = ordered_json::array();
  for (const ClaimExplanation& x : e.claims) claims.push_back(Explained(x));
  j["claims"] = std::move(claims);
  ordered_json nearest = ordered_json::array();
  for (const NearbyClaim& n : e.nearest)
    nearest.push_back({{"location", Loc(n.location)}, {"written", n.written}});
  j["nearest"] = std::move(nearest);
  out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace factlint
