#include "history/fact_history.h"

#include <algorithm>
#include <sstream>

#include "check/claim_compare.h"
#include "extract/claim_format.h"

namespace factlint {
namespace {

bool SameStart(const Location& a, const Location& b) {
  return a.path == b.path && a.line == b.line && a.column == b.column;
}

void AddMark(HistoryStatement* s, Mark m, size_t finding) {
  for (const MarkedFinding& f : s->marks)
    if (f.finding == finding) return;  // one mark per finding
  s->marks.push_back({m, finding});
}

HistoryStatement Describe(const CheckContext& ctx, const FactGroup& group,
                          const ClaimRef& r) {
  const Document& doc = ctx.doc(r);
  const Claim& c = ctx.claim(r);
  const FactStatement st = StatementOf(ctx, r);
  HistoryStatement s;
  s.location = doc.Locate(c);
  s.written = st.value;
  s.value = FactValue(group, c);
  s.value_text = FormatInterval(s.value);
  s.dimension = c.dimension;
  s.period = st.period;
  const TimeClass t = ClassOf(ctx, r);
  if (!t.as_of && !t.unresolved) {
    s.from_year = t.from_year;
    s.to_year = t.to_year;
  }
  s.qualifier = QualifierName(c.qualifier);
  s.document_date = st.document_date;
  auto source = doc.normalized.metadata.find(kSourceKey);
  if (source != doc.normalized.metadata.end()) s.source = source->second;
  s.reference = !doc.target;
  return s;
}

}  // namespace

const char* MarkName(Mark m) {
  switch (m) {
    case Mark::kNone: return "";
    case Mark::kFlagged: return "flagged";
    case Mark::kContradicted: return "contradicted";
    case Mark::kRevised: return "revised";
    case Mark::kRevises: return "revises";
  }
  return "";
}

Mark StrongestMark(const HistoryStatement& s) {
  for (Mark m : {Mark::kFlagged, Mark::kRevised, Mark::kContradicted, Mark::kRevises})
    for (const MarkedFinding& f : s.marks)
      if (f.mark == m) return m;
  return Mark::kNone;
}

FactHistory BuildFactHistory(const CheckContext& ctx, const FactGroup& group,
                             const std::vector<Diagnostic>& found) {
  FactHistory h;
  h.fact_id = group.fact_id;
  h.title = group.title;
  h.from_rule = group.from_rule;
  for (const ClaimRef& r : group.claims) h.statements.push_back(Describe(ctx, group, r));
  // The findings about this fact: located at one of its statements, or
  // naming one in a note; of this fact when the finding names its fact.
  auto at = [&](const Location& loc) -> HistoryStatement* {
    for (HistoryStatement& s : h.statements)
      if (SameStart(s.location, loc)) return &s;
    return nullptr;
  };
  for (size_t i = 0; i < found.size(); ++i) {
    const Diagnostic& d = found[i];
    if (!d.fact_id.empty() && d.fact_id != group.fact_id) continue;
    const bool revision = d.rule_id == "fact-revised";
    HistoryStatement* primary = at(d.location);
    std::vector<HistoryStatement*> others;
    for (const Note& n : d.notes)
      if (HistoryStatement* s = at(n.location)) others.push_back(s);
    if (!primary && others.empty()) continue;
    const size_t k = h.findings.size();
    h.findings.push_back(d);
    h.run_index.push_back(i);
    if (primary) AddMark(primary, revision ? Mark::kRevised : Mark::kFlagged, k);
    for (HistoryStatement* s : others)
      AddMark(s, revision ? Mark::kRevises : Mark::kContradicted, k);
  }
  // Oldest period first; "as of" statements (year 0) by their document date
  // after the dated ones of the same sort; ties keep document order.
  std::stable_sort(h.statements.begin(), h.statements.end(),
                   [](const HistoryStatement& a, const HistoryStatement& b) {
                     if ((a.from_year == 0) != (b.from_year == 0)) return b.from_year == 0;
                     if (a.from_year != b.from_year) return a.from_year < b.from_year;
                     if (a.to_year != b.to_year) return a.to_year < b.to_year;
                     return a.document_date < b.document_date;
                   });
  return h;
}

FactQuery FindFacts(const std::vector<FactGroup>& facts, const Documents& docs,
                    const std::string& query) {
  FactQuery q;
  for (size_t g = 0; g < facts.size(); ++g)
    if (facts[g].fact_id == query) q.matches.push_back(g);
  if (!q.matches.empty()) {
    q.by_id = true;
    return q;
  }
  for (size_t g = 0; g < facts.size(); ++g)
    if (facts[g].title == query) q.matches.push_back(g);
  if (!q.matches.empty()) return q;
  std::vector<std::string> words;
  std::istringstream in(query);
  for (std::string w; in >> w;) words.push_back(w);
  if (words.empty()) return q;
  for (size_t g = 0; g < facts.size(); ++g) {
    const FactGroup& group = facts[g];
    auto named = [&](const std::string& w) {
      if (group.title.find(w) != std::string::npos) return true;
      for (const ClaimRef& r : group.claims) {
        const Claim& c = docs[r.doc]->extraction.claims[r.claim];
        if (c.subject.find(w) != std::string::npos || c.scope.find(w) != std::string::npos)
          return true;
      }
      return false;
    };
    if (std::all_of(words.begin(), words.end(), named)) q.matches.push_back(g);
  }
  return q;
}

void WriteCandidates(const CheckContext& ctx, const std::vector<size_t>& matches,
                     std::ostream& out) {
  for (size_t g : matches) {
    const FactGroup& group = ctx.facts[g];
    const ClaimRef& first = group.claims.front();
    const Location loc = ctx.doc(first).Locate(ctx.claim(first));
    const std::string& scope = ctx.claim(first).scope;
    out << "  " << group.fact_id << "  " << group.title;
    if (!scope.empty()) out << " (" << scope << ")";
    out << "  " << group.claims.size() << (group.claims.size() == 1 ? " statement" : " statements") << ", first at " << loc.path << ":"
        << loc.line << ":" << loc.column << "\n";
  }
}

}  // namespace factlint
