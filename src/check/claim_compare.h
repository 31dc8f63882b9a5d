// Shared judgements the checks make about pairs of claims: whether two
// claims speak of the same time, which document is later, and how to say
// why two values cannot both be true.
#ifndef FACTLINT_CHECK_CLAIM_COMPARE_H_
#define FACTLINT_CHECK_CLAIM_COMPARE_H_

#include <string>

#include "check/check.h"

namespace factlint {

// True when the claims' times allow comparing their values: the group does
// not vary by year, or both state the same year or range, or neither states
// a time and their documents are at most about a year apart (or, for facts
// defined by a rule, one of them is undated).
// A stated year is never compared with an undated claim (precision first).
bool Comparable(const CheckContext& ctx, const FactGroup& group,
                const ClaimRef& a, const ClaimRef& b);

// True when a's document is later than b's: by document date when both are
// dated, else by order on the command line.
bool LaterDocument(const CheckContext& ctx, const ClaimRef& a,
                   const ClaimRef& b);

// "exact counts that differ" or "[26.25, 26.35) and (18, ∞) do not overlap".
std::string WhyDisjoint(const Claim& a, const Claim& b);

}  // namespace factlint

#endif  // FACTLINT_CHECK_CLAIM_COMPARE_H_
