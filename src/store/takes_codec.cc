#include "store/takes_codec.h"

#include <algorithm>

#include "store/byte_codec.h"

namespace factlint {

std::string EncodeRuleTakes(const std::vector<RuleTake>& takes) {
  codec::Writer w;
  w.U(takes.size());
  for (const RuleTake& t : takes) {
    w.U(t.claim);
    w.U(t.rule);
    w.Str(t.reason.rule_id);
    w.U(t.reason.pattern);
    w.Str(t.reason.matched_text);
  }
  return w.Take();
}

bool DecodeRuleTakes(std::string_view bytes, const FactRuleSet& rules, size_t claims,
                     std::vector<RuleTake>* takes, std::string* error,
                     const std::vector<uint32_t>* keep) {
  codec::Reader r(bytes);
  // A take is at least five bytes: four varints and an empty string's size.
  const size_t n = r.Count(5);
  std::vector<bool> taken(claims, false);
  std::vector<RuleTake> out;
  out.reserve(n);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    const uint64_t claim = r.U();
    const uint64_t rule = r.U();
    const std::string id = r.Str();
    const uint64_t pattern = r.U();
    std::string matched = r.Str();
    if (!r.ok()) break;
    if (claim >= claims || taken[claim]) {
      *error = "rule take of claim " + std::to_string(claim) + " out of place";
      return false;
    }
    if (rule >= rules.rules().size() || rules.rules()[rule].id != id) {
      *error = "rule take names rule '" + id + "', not one of these fact rules";
      return false;
    }
    taken[claim] = true;
    uint32_t renumbered = static_cast<uint32_t>(claim);
    if (keep) {
      auto it = std::lower_bound(keep->begin(), keep->end(), renumbered);
      if (it == keep->end() || *it != renumbered) continue;
      renumbered = static_cast<uint32_t>(it - keep->begin());
    }
    out.push_back(MakeRuleTake(rules, renumbered, rule, pattern, std::move(matched)));
  }
  if (!r.ok() || !r.at_end()) {
    *error = "malformed rule takes";
    return false;
  }
  *takes = std::move(out);
  return true;
}

}  // namespace factlint
