// Shared judgements the checks make about pairs of claims: whether two
// claims speak of the same time, which document is later, and how to say
// why two values cannot both be true.
#ifndef FACTLINT_CHECK_CLAIM_COMPARE_H_
#define FACTLINT_CHECK_CLAIM_COMPARE_H_

#include <string>

#include "check/check.h"

namespace factlint {

// A year stated in the claim's own sentence (2024年, 去年). Periods and
// times carried over from the paragraph are softer: such a claim may still
// be "as of" its document (“十四五”以来 …).
bool StatesYear(const Claim& c);

// True when the claims' times allow comparing their values: the group does
// not vary by year, or both state the same year or range, or neither states
// a time and their documents are at most about a year apart (or, for facts
// defined by a rule, one of them is undated).
// A stated year, or a single year carried over from the paragraph, is never
// compared with an undated claim (precision first); nor are parts of a year
// with whole years, totals over several years with a year's value, past
// periods with undated claims, or a whole year's figure (全年…) as of
// documents of different calendar years.
bool Comparable(const CheckContext& ctx, const FactGroup& group,
                const ClaimRef& a, const ClaimRef& b);

// True when a's document is later than b's: by document date when both are
// dated, else by order on the command line.
bool LaterDocument(const CheckContext& ctx, const ClaimRef& a,
                   const ClaimRef& b);

// Why two disjoint claims cannot both be true, in words.
std::string WhyDisjoint(const Claim& a, const Claim& b);

// True when the claim is an endpoint of a stated change (由A…至B) with a
// year of its own: the series check owns its comparisons.
bool IsDatedEndpoint(const CheckContext& ctx, const ClaimRef& r);

}  // namespace factlint

#endif  // FACTLINT_CHECK_CLAIM_COMPARE_H_
