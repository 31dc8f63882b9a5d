// fact-canonical: a claim that contradicts the authoritative value recorded
// in facts.toml. The diagnostic names the source, and carries a fix-it that
// writes the recorded value in the claim's own style (525家, 五百二十五家).
#include <cmath>

#include <fmt/format.h>

#include "check/check.h"
#include "check/claim_compare.h"
#include "check/quotation.h"
#include "fix/render.h"
#include "engine/generic_fact_id.h"
#include "engine/source_lines.h"

namespace factlint {
namespace {

bool SameTime(const FactGroup& group, const CanonicalFact& f, const Claim& c) {
  if (!group.by_year) return true;
  if (f.year == 0) return !StatesYear(c);
  return StatesYear(c) && c.time.from_year == f.year && c.time.to_year == f.year;
}

class CanonicalCheck : public Check {
 public:
  RuleInfo info() const override {
    return {"fact-canonical", "Contradicts a recorded fact",
            "A claim contradicts the authoritative value recorded for its "
            "fact in facts.toml; the diagnostic names the source and offers "
            "a fix in the document's own style.",
            Severity::kError};
  }

  void Run(const CheckContext& ctx,
           const FindingSink& out) const override {
    if (!ctx.canonical) return;
    for (const FactGroup& group : ctx.facts) {
      if (!group.from_rule) continue;
      for (const CanonicalFact& f : *ctx.canonical) {
        if (f.fact != group.fact_id) continue;
        for (const ClaimRef& r : group.claims) {
          const Document& doc = ctx.doc(r);
          const Claim& c = ctx.claim(r);
          if (!doc.target || !SameTime(group, f, c)) continue;
          if (!FactValue(group, c).Disjoint(f.value.value)) continue;
          out(Describe(ctx, group, f, doc, c));
        }
      }
    }
  }

 private:
  Diagnostic Describe(const CheckContext& ctx, const FactGroup& group,
                      const CanonicalFact& f, const Document& doc,
                      const Claim& c) const {
    Diagnostic d;
    d.rule_id = info().id;
    d.severity = group.severity;
    d.location = doc.Locate(c);
    std::string where = f.source;
    if (!f.as_of.empty())
      where = ctx.Say(where.empty() ? "canonical.as_of" : "canonical.source_as_of",
                      fmt::arg("source", f.source), fmt::arg("date", f.as_of));
    d.message = ctx.Say(where.empty() ? "canonical.message" : "canonical.message_where",
                        fmt::arg("title", group.title), fmt::arg("value", AsWritten(doc, c)),
                        fmt::arg("recorded", f.value_text), fmt::arg("where", where));
    Note note;
    note.location = f.location;
    note.message = ctx.Say("canonical.note", fmt::arg("recorded", f.value_text));
    d.notes.push_back(std::move(note));
    d.fingerprint = fmt::format("{}|{}|canonical", FingerprintFactName(group), c.surface);
    const Interval& v = f.value.value;
    // A figure --fix cannot rewrite says why, so the writer knows what to do.
    std::string why;
    // The source around the claim: at least its line, where a quotation is
    // looked for; read again from the file when the run did not keep it.
    SourceLines source;
    const std::optional<LineIndex::Piece> around = source.Around(doc, c.source_span);
    const uint32_t begin = around ? c.source_span.begin - around->begin : 0;
    if (!around) {
      // Neither the quotation test nor the figure as written can be read.
      why = ctx.Say("canonical.source_changed");
    } else if (ctx.quotation &&
               InDirectQuotation(around->text, begin, begin + c.source_span.size(),
                                 *ctx.quotation)) {
      // What someone said is quoted as said: correct it outside the quotes.
      why = ctx.Say("canonical.quotation");
    } else if (AgainstMeasure(group, c)) {
      // A change written the other way (下降 of a rise) needs its verb
      // rewritten too: no fix for the number alone.
      why = ctx.Say("canonical.against_measure");
    } else if (!std::isfinite(v.lo) || !std::isfinite(v.hi)) {
      why = ctx.Say("canonical.open_ended");
    } else if (ctx.units) {
      double step = v.hi - v.lo;
      std::string why_key;
      std::optional<std::string> text = RenderLike(
          (v.lo + v.hi) / 2, AsQuantity(c), *ctx.units, step, &why_key);
      if (!text && !why_key.empty()) why = ctx.Say(why_key);
      // ５２４家 is fixed to ５２５家: the digits keep the width they had.
      std::string written(around->text.substr(begin, c.source_span.size()));
      if (text) d.fixits.push_back({doc.Locate(c), MatchDigitWidth(*text, written)});
    }
    if (d.fixits.empty() && !why.empty())
      d.message += ctx.Say("canonical.no_fix", fmt::arg("why", why));
    return d;
  }
};

}  // namespace

std::unique_ptr<Check> MakeCanonicalCheck() {
  return std::make_unique<CanonicalCheck>();
}

}  // namespace factlint
