#include "explain/explanation.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "check/claim_compare.h"
#include "engine/generic_match.h"
#include "engine/source_lines.h"
#include "extract/claim_format.h"

namespace factlint {
namespace {

// Candidates named when generic matching found no partner.
constexpr size_t kMaxCandidates = 3;

bool SameStart(const Location& a, const Location& b) {
  return a.path == b.path && a.line == b.line && a.column == b.column;
}

ExplainedReason DescribeReason(const CheckContext& ctx, const MatchReason& m) {
  ExplainedReason r;
  r.rule_id = m.rule_id;
  r.pattern = m.pattern_text;
  r.matched_text = m.matched_text;
  r.bucket = m.bucket;
  r.has_partner = m.has_partner;
  if (m.has_partner) r.partner = ctx.doc(m.partner).Locate(ctx.claim(m.partner));
  r.score = m.score;
  r.identical_words = m.identical_words;
  r.shared_words.assign(m.shared_words.begin(), m.shared_words.end());
  return r;
}

OtherStatement DescribeOther(const CheckContext& ctx, const FactGroup& group,
                             size_t k, const ClaimRef& me) {
  const ClaimRef& other = group.claims[k];
  OtherStatement s;
  s.claim = DescribeClaim(ctx.doc(other), ctx.claim(other));
  if (k < group.reasons.size()) s.reason = DescribeReason(ctx, group.reasons[k]);
  Comparison c = Compare(ctx, group, me, other);
  s.compared = c.comparable;
  s.why = c.why;
  if (c.comparable) {
    const Claim& a = ctx.claim(me);
    const Claim& b = ctx.claim(other);
    s.disjoint = Disagree(group, a, b);
    if (s.disjoint) s.disjoint_why = ctx.Say(WhyDisjoint(a, b));
    s.series_owned = IsDatedEndpoint(ctx, me) || IsDatedEndpoint(ctx, other);
  }
  return s;
}

// Why a claim in no group (or alone in one) was compared with nothing: the
// fact rules that match its sentence but refuse it, then generic matching.
std::vector<std::string> WhyUngrouped(const CheckContext& ctx, const FactRuleSet* rules,
                                      const ClaimRef& me, bool in_rule_group) {
  std::vector<std::string> out;
  const Document& doc = ctx.doc(me);
  const Claim& c = ctx.claim(me);
  if (in_rule_group) {
    out.push_back(ctx.Say("explain.alone"));
    return out;
  }
  if (rules) {
    for (const RuleMatch& m : rules->Match(doc.Text(c.sentence))) {
      uint32_t begin = c.sentence.begin + m.value.begin;
      uint32_t end = c.sentence.begin + m.value.end;
      if (end <= c.span.begin || begin >= c.span.end) continue;
      const FactRule& rule = rules->rules()[m.rule];
      std::string refusal = RuleRefusal(c, rule);
      if (!refusal.empty())
        out.push_back(ctx.Say("explain.rule_refuses", fmt::arg("rule", rule.id),
                              fmt::arg("refusal", refusal)));
    }
  }
  std::string ineligible = GenericIneligibility(c);
  if (!ineligible.empty()) {
    out.push_back(ctx.Say("explain.ineligible", fmt::arg("why", ineligible)));
    return out;
  }
  // Claims of other documents in the same bucket, not taken by a rule.
  std::set<std::pair<uint32_t, uint32_t>> by_rule;
  for (const FactGroup& g : ctx.facts)
    if (g.from_rule)
      for (const ClaimRef& r : g.claims) by_rule.insert({r.doc, r.claim});
  const std::string bucket = GenericBucket(doc, c);
  const WordWeights weights = GenericWeights(ctx.docs);
  struct Candidate {
    ClaimRef ref;
    Similarity sim;
  };
  std::vector<Candidate> candidates;
  size_t in_bucket = 1;
  for (uint32_t d = 0; d < ctx.docs.size(); ++d) {
    const auto& claims = ctx.docs[d]->extraction.claims;
    for (uint32_t i = 0; i < claims.size(); ++i) {
      if ((d == me.doc && i == me.claim) || by_rule.count({d, i})) continue;
      if (!GenericIneligibility(claims[i]).empty()) continue;
      if (GenericBucket(*ctx.docs[d], claims[i]) != bucket) continue;
      ++in_bucket;
      if (d == me.doc) continue;  // one document restating itself
      candidates.push_back({{d, i}, Compare(c.context, claims[i].context, weights)});
    }
  }
  if (candidates.empty()) {
    out.push_back(ctx.Say("explain.empty_bucket", fmt::arg("bucket", bucket)));
    return out;
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) {
                     return a.sim.score > b.sim.score;
                   });
  std::string line = ctx.Say("explain.not_similar", fmt::arg("count", candidates.size()),
                             fmt::arg("bucket", bucket),
                             fmt::arg("score", kGenericWarningScore));
  if (in_bucket > 64) line += ctx.Say("explain.large_bucket");
  out.push_back(line);
  for (size_t k = 0; k < candidates.size() && k < kMaxCandidates; ++k) {
    const Candidate& cand = candidates[k];
    Location loc = ctx.doc(cand.ref).Locate(ctx.claim(cand.ref));
    out.push_back(ctx.Say(
        "explain.candidate",
        fmt::arg("at", fmt::format("{}:{}:{}", loc.path, loc.line, loc.column)),
        fmt::arg("written", AsWritten(ctx.doc(cand.ref), ctx.claim(cand.ref))),
        fmt::arg("score", cand.sim.score),
        fmt::arg("rare", cand.sim.distinguished ? ctx.Say("explain.rare_word") : "")));
  }
  return out;
}

}  // namespace

ExplainedClaim DescribeClaim(const Document& doc, const Claim& c) {
  ExplainedClaim e;
  e.location = doc.Locate(c);
  e.written = AsWritten(doc, c);
  e.surface = c.surface;
  e.kind = ClaimKindName(c.kind);
  e.value = c.value;
  e.value_text = FormatInterval(c.value);
  e.dimension = c.dimension;
  e.unit = c.unit;
  e.qualifier = QualifierName(c.qualifier);
  e.change = DirectionName(c.change);
  e.annual = c.annual;
  e.real = c.real;
  e.cumulative = c.cumulative;
  e.base_year = c.base_year;
  e.target = c.target;
  e.scope = c.scope;
  e.identifier = c.identifier;
  e.subject = c.subject;
  e.reference = !doc.target;
  ExplainedPeriod& p = e.period;
  p.from_year = c.time.from_year;
  p.to_year = c.time.to_year;
  p.part = c.time.part;
  p.origin = TimeOriginName(c.time.origin);
  if (!c.time.evidence.empty() && c.time.evidence.end <= doc.SourceSize()) {
    p.has_evidence = true;
    p.evidence = doc.Locate(c.time.evidence);
    // Read again from the file when the run did not keep it; a file changed
    // since leaves the words out rather than show others.
    SourceLines source;
    if (const std::optional<LineIndex::Piece> around = source.Around(doc, c.time.evidence))
      p.evidence_text = around->text.substr(c.time.evidence.begin - around->begin,
                                            c.time.evidence.size());
  }
  const DocumentDate& date = doc.extraction.date;
  p.document_date = date.ToString();
  p.date_origin = date.year ? date.origin : "";
  return e;
}

ClaimExplanation ExplainClaim(const CheckContext& ctx, const FactRuleSet* rules,
                              const std::vector<Diagnostic>& found, uint32_t doc,
                              uint32_t claim) {
  const ClaimRef me{doc, claim};
  ClaimExplanation out;
  out.claim = DescribeClaim(ctx.doc(me), ctx.claim(me));
  for (const FactGroup& g : ctx.facts) {
    auto it = std::find(g.claims.begin(), g.claims.end(), me);
    if (it == g.claims.end()) continue;
    size_t at = static_cast<size_t>(it - g.claims.begin());
    ExplainedGroup e;
    e.fact_id = g.fact_id;
    e.title = g.title;
    e.from_rule = g.from_rule;
    e.by_year = g.by_year;
    e.severity = SeverityName(g.severity);
    if (at < g.reasons.size()) e.reason = DescribeReason(ctx, g.reasons[at]);
    for (size_t k = 0; k < g.claims.size(); ++k)
      if (k != at) e.others.push_back(DescribeOther(ctx, g, k, me));
    if (e.others.empty()) out.ungrouped = WhyUngrouped(ctx, rules, me, true);
    out.group = std::move(e);
    break;
  }
  if (!out.group) out.ungrouped = WhyUngrouped(ctx, rules, me, false);
  for (const Diagnostic& d : found) {
    ExplainedFinding f{d.rule_id, SeverityName(d.severity), d.message, d.location, true};
    if (SameStart(d.location, out.claim.location)) {
      out.findings.push_back(f);
      continue;
    }
    for (const Note& n : d.notes) {
      if (!SameStart(n.location, out.claim.location)) continue;
      f.here = false;
      out.findings.push_back(f);
      break;
    }
  }
  return out;
}

}  // namespace factlint
