// Ids of facts found by generic matching. A fact rule's group is named by
// the rule; a generic group is named by what its claims were matched on
// (their bucket: subject, dimension, year, change, plan or forecast, scope),
// readable first and made unique by a short hash of the whole bucket:
//   g:专精特新中小企业数量:count:家:2024:bc6738
//   g:地方政府专项债券:CNY:2025:plan:ba83a5
// The id depends on the group's own claims only, never on the order of
// files or on which document came first, so `factlint history ID`, JSON,
// SARIF and the language server name the same fact the same way in every
// run that groups the same claims.
#ifndef FACTLINT_ENGINE_GENERIC_FACT_ID_H_
#define FACTLINT_ENGINE_GENERIC_FACT_ID_H_

#include <string>
#include <string_view>
#include <vector>

#include "engine/fact_groups.h"

namespace factlint {

// The readable prefix every generic id starts with.
inline constexpr char kGenericIdPrefix[] = "g:";

// The id of the generic group `claim` would be in (from its bucket,
// GenericBucket), when that bucket holds one group.
std::string GenericFactId(const Document& doc, const Claim& claim);
// The same, given the claim's GenericBucket (already computed by the caller).
std::string GenericFactId(const Document& doc, const Claim& claim, std::string_view bucket);

// Names each group of `groups` (generic groups of one run) with
// GenericFactId. Two groups of one bucket (the same subject, period and
// dimension, but words that keep them apart) would share it: each of them
// then hashes its bucket together with the smallest word set among its
// claims (sorted, so that no order of files matters).
void NameGenericGroups(const Documents& docs, std::vector<FactGroup>* groups);

// The fact as finding fingerprints (baselines, SARIF partialFingerprints)
// name it: the rule id, or "generic" for every generic group, as before
// generic groups had ids of their own, so that baselines written then still
// match. The fingerprint's value and content words tell generic findings
// apart; a generic id would add nothing but a way to go stale (its hash
// changes when another group appears in the bucket).
std::string FingerprintFactName(const FactGroup& group);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_GENERIC_FACT_ID_H_
