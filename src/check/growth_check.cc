// fact-growth: a stated change against its two endpoints.
//   由47.2万人年增长到57.5万人年,增长21.8%      (both endpoints in the sentence)
//   达到1405人次,比2021年的935人次增长了80%     (the base value in the sentence)
//   比上年提高0.13个百分点,达到2.68%           (the level after the change)
//   达到14130亿斤,比上年增加了500亿斤           (an absolute change)
//   2024年…达到1405人次,比2021年增长了50%      (the 2021 value stated anywhere
//                                               in the run, for the same fact)
//   从2007年的248亿美元上升到2012年的772亿美元，年均增长25.5%
//                                              (an average annual rate: the
//                                               compound rate over the years
//                                               between the endpoints)
// Growth is computed on intervals, so rounding never raises an alarm.
// Changes in real terms (实际增长, GDP and value added) of money are not
// checked: nominal endpoints cannot refute them.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>

#include "base/strings.h"
#include "check/check.h"
#include "check/claim_compare.h"

namespace factlint {
namespace {

bool IsValue(const Claim& c) {
  return !c.identifier && !c.target && c.change == Direction::kNone &&
         (c.kind == ClaimKind::kCardinal || c.kind == ClaimKind::kPercent) &&
         c.dimension != "number";
}

// A value the change is measured from, stated with its base (比2021年的935
// 人次): not the level the change leads to.
bool IsBaseValue(const Claim& c) { return IsValue(c) && c.base_year != 0; }

bool IsLevel(const Claim& c) { return IsValue(c) && c.base_year == 0; }

// `level` opens the clause right after the change's with at most a short
// verb (,达到2.68%; ,达2.68%): it names no subject of its own.
constexpr uint32_t kCommaBytes = 3;  // ，

bool OnlyAVerbBefore(const Claim& level, const Claim& change) {
  constexpr uint32_t kVerbBytes = 6;  // two ideographs
  return level.clause.begin > change.clause.begin &&
         level.clause.begin <= change.clause.end + kCommaBytes &&
         level.span.begin <= level.clause.begin + kVerbBytes;
}

// The claim states the single year `year` in its own sentence, for the same
// part of it as `stated` (a quarter's growth is against the same quarter).
bool StatesSingleYear(const Claim& c, int year, const Claim& stated) {
  return StatesYear(c) && c.time.from_year == year && c.time.to_year == year &&
         c.time.part == stated.time.part;
}

// Money dimensions are ISO 4217 codes (rules/units.toml): CNY, USD, EUR.
bool IsMoney(const std::string& dimension) {
  return dimension.size() == 3 &&
         std::all_of(dimension.begin(), dimension.end(),
                     [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

// Years from `from` to `to` when both state a single year of their own, else
// 0: the period an average annual rate is taken over.
int YearsBetween(const Claim& from, const Claim& to) {
  auto single = [](const Claim& c) {
    return StatesYear(c) && c.time.from_year == c.time.to_year;
  };
  if (!single(from) || !single(to)) return 0;
  return std::max(0, to.time.from_year - from.time.from_year);
}

// The change from `from` to `to`, as the stated claim measures it: percent
// growth, or a difference in percentage points; per year for an average
// annual rate.
std::optional<Interval> ChangeBetween(const Claim& from, const Claim& to,
                                      const Claim& stated) {
  if (from.dimension != to.dimension) return std::nullopt;
  if (stated.real && IsMoney(to.dimension)) return std::nullopt;
  int years = 1;
  if (stated.annual) {
    years = YearsBetween(from, to);
    if (years == 0) return std::nullopt;
  }
  const Interval& a = from.value;
  const Interval& b = to.value;
  if (stated.kind == ClaimKind::kPercentPoints) {
    if (to.dimension != "percent") return std::nullopt;
    return Interval{(b.lo - a.hi) / years, (b.hi - a.lo) / years, true, true};
  }
  // 增加了500亿斤: a difference in the levels' own unit.
  if (stated.kind == ClaimKind::kCardinal) {
    if (stated.dimension != to.dimension || stated.annual) return std::nullopt;
    return Interval{b.lo - a.hi, b.hi - a.lo, true, true};
  }
  // 增长一倍 (+100%): a multiple of the starting value added.
  if (stated.kind == ClaimKind::kMultiple) {
    if (a.lo <= 0 || b.lo < 0 || years != 1) return std::nullopt;
    return Interval{b.lo / a.hi - 1, b.hi / a.lo - 1, true, true};
  }
  // 增长近四成: tenths are a share in percent.
  const bool percent = stated.kind == ClaimKind::kPercent ||
                       (stated.kind == ClaimKind::kFraction && stated.dimension == "percent");
  if (!percent || a.lo <= 0 || b.lo < 0) return std::nullopt;
  auto rate = [years](double ratio) {
    return (std::pow(ratio, 1.0 / years) - 1) * 100;
  };
  return Interval{rate(b.lo / a.hi), rate(b.hi / a.lo), true, true};
}

// The computed change in the stated change's terms: +50.3%, +0.03
// percentage points, or an amount in the stated unit (+222亿斤).
std::string ChangeText(const CheckContext& ctx, const Claim& stated, const Interval& change) {
  const double mid = (change.lo + change.hi) / 2;
  if (stated.kind == ClaimKind::kPercentPoints)
    return ctx.Say("growth.points", fmt::arg("change", mid));
  if (stated.kind == ClaimKind::kPercent || stated.kind == ClaimKind::kFraction)
    return ctx.Say("growth.percent", fmt::arg("change", mid));
  if (stated.kind == ClaimKind::kMultiple) return ctx.Say("growth.times", fmt::arg("change", mid));
  // An amount: scaled as the stated figure is written (500亿斤 is 500 of
  // its unit).
  char* end = nullptr;
  const double written = std::strtod(stated.surface.data(), &end);
  const double stated_mid = (stated.value.lo + stated.value.hi) / 2;
  if (end == stated.surface.data() || !(written > 0) || !(stated_mid > 0))
    return ctx.Say("growth.in_dimension", fmt::arg("change", mid),
                   fmt::arg("dimension", stated.dimension));
  return ctx.Say("growth.amount", fmt::arg("change", mid * written / stated_mid),
                 fmt::arg("unit", stated.unit));
}

// The stated change as a signed interval (下降5% is -5%).
Interval Signed(const Claim& stated) {
  if (stated.change != Direction::kDown) return stated.value;
  const Interval& v = stated.value;
  return {-v.hi, -v.lo, v.hi_closed, v.lo_closed};
}

// 五年提高了6.3%: the subject of change `i` is a span of years of its
// clause (a duration claim it opens with), not a name.
bool SpanOfYearsBefore(const std::vector<Claim>& claims, uint32_t i) {
  const Claim& stated = claims[i];
  for (uint32_t k = i; k-- > 0 && claims[k].clause == stated.clause;)
    if (claims[k].kind == ClaimKind::kDuration && StartsWith(stated.subject.str(), claims[k].surface))
      return true;
  return false;
}

class GrowthCheck : public Check {
 public:
  RuleInfo info() const override {
    return {"fact-growth", "Change does not match its endpoints",
            "A stated change (增长 48%, 提高 0.08 个百分点) differs from the "
            "change between the two values it describes, stated in the same "
            "sentence or elsewhere for the base year, beyond what rounding "
            "allows.",
            Severity::kError};
  }

  void Run(const CheckContext& ctx,
           const FindingSink& out) const override {
    // Each grouped claim's group, sorted by claim: a flat vector, not a
    // map's node per claim (every claim of a run may be grouped).
    GroupOf group_of;
    for (size_t g = 0; g < ctx.facts.size(); ++g)
      for (const ClaimRef& r : ctx.facts[g].claims) group_of.push_back({{r.doc, r.claim}, g});
    std::stable_sort(group_of.begin(), group_of.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (uint32_t d = 0; d < ctx.docs.size(); ++d) {
      const Document& doc = *ctx.docs[d];
      if (!doc.target) continue;
      const auto& claims = doc.extraction.claims;
      for (uint32_t i = 0; i < claims.size(); ++i) {
        const Claim& stated = claims[i];
        if (stated.change == Direction::kNone || stated.identifier ||
            stated.target)
          continue;
        // The level the change leads to: the nearest level before it in the
        // same sentence; in another clause only when the change names no
        // subject of its own (…达到2.68%,比上年提高0.03个百分点), not for
        // 企业研发经费占比提高0.5个百分点 after another subject's level.
        std::optional<uint32_t> level, base;
        for (uint32_t j = i; j-- > 0 && claims[j].sentence == stated.sentence;) {
          // 比2021年的935人次增长了80%: the base value, right before the change.
          if (!base && !level && IsBaseValue(claims[j]) &&
              claims[j].base_year == stated.base_year && claims[j].clause == stated.clause) {
            base = j;
            continue;
          }
          if (IsLevel(claims[j])) {
            // 由47.2万人年增长到57.5万人年,两年间增长近四成: a change right
            // after a stated change's end is about that change, unless it
            // names another subject (贫困发生率由10.2%下降到3.1%,居民收入年均
            // 增长7.4%); a span of years (五年提高了6.3%) names none.
            const bool after_transition =
                doc.transition_end(j) && claims[j].clause.end + kCommaBytes >= stated.clause.begin &&
                (stated.subject.empty() || stated.subject == claims[j].subject ||
                 SpanOfYearsBefore(claims, i));
            if (stated.subjectless || base || after_transition || claims[j].clause == stated.clause)
              level = j;
            break;
          }
        }
        // 比上年提高0.13个百分点,达到2.68%: a level right after the change,
        // in its clause or the next clause when that names no subject.
        if (!level && !base) {
          for (uint32_t j = i + 1; j < claims.size() && claims[j].sentence == stated.sentence; ++j) {
            if (claims[j].change != Direction::kNone) break;
            if (IsLevel(claims[j])) {
              if (claims[j].clause == stated.clause || OnlyAVerbBefore(claims[j], stated)) level = j;
              break;
            }
          }
        }
        if (!level) continue;
        const Claim& to = claims[*level];
        std::vector<Origin> origins;
        if (base) origins.push_back({&doc, &claims[*base]});
        else origins = Origins(ctx, group_of, d, *level, stated);
        for (const auto& [from_doc, from] : origins) {
          std::optional<Interval> change = ChangeBetween(*from, to, stated);
          if (!change || !change->Disjoint(Signed(stated))) continue;
          Diagnostic diag;
          diag.rule_id = info().id;
          diag.severity = info().default_severity;
          diag.location = doc.Locate(stated);
          diag.message = ctx.Say(stated.annual ? "growth.message_annual" : "growth.message",
                                 fmt::arg("value", AsWritten(doc, stated)),
                                 fmt::arg("from", from->surface), fmt::arg("to", to.surface),
                                 fmt::arg("computed", ChangeText(ctx, stated, *change)));
          Note note;
          note.location = from_doc->Locate(*from);
          note.message = ctx.Say("growth.note", fmt::arg("from", from->surface));
          diag.notes.push_back(std::move(note));
          out(std::move(diag));
          break;  // one report per stated change
        }
      }
    }
  }

 private:
  using Origin = std::pair<const Document*, const Claim*>;
  using GroupOf = std::vector<std::pair<std::pair<uint32_t, uint32_t>, size_t>>;

  // Candidate starting values: the start of a transition ending at the
  // level, else claims of the level's fact stated for the base year.
  static std::vector<Origin> Origins(
      const CheckContext& ctx,
      const GroupOf& group_of,
      uint32_t d, uint32_t level, const Claim& stated) {
    const Document& doc = *ctx.docs[d];
    std::vector<Origin> found;
    for (const Transition& t : doc.extraction.transitions)
      if (t.to == level) found.push_back({&doc, &doc.extraction.claims[t.from]});
    if (!found.empty() || stated.base_year == 0) return found;
    // 比上年 of a level whose year is only the document's guess (a January
    // bulletin's 全年… is last year's) names no year to look up.
    const Claim& to = doc.extraction.claims[level];
    if (!to.time.known() || to.time.origin == TimeOrigin::kDocument) return found;
    // The last group listing the claim, as a map assigned in order kept.
    const std::pair<uint32_t, uint32_t> key{d, level};
    auto it = std::upper_bound(group_of.begin(), group_of.end(), key,
                               [](const auto& k, const auto& e) { return k < e.first; });
    if (it == group_of.begin() || (--it)->first != key) return found;
    for (const ClaimRef& r : ctx.facts[it->second].claims) {
      const Claim& c = ctx.claim(r);
      if (IsLevel(c) && StatesSingleYear(c, stated.base_year, stated))
        found.push_back({&ctx.doc(r), &c});
    }
    return found;
  }
};

}  // namespace

std::unique_ptr<Check> MakeGrowthCheck() {
  return std::make_unique<GrowthCheck>();
}

}  // namespace factlint
