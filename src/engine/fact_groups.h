// Matching: which claims state the same fact. Fact rules (rules/facts/*.toml)
// decide first; claims no rule recognises are grouped by generic matching
// (same dimension and time, near-identical content words, no distinguishing
// word on one side only). Checks consume the groups.
#ifndef FACTLINT_ENGINE_FACT_GROUPS_H_
#define FACTLINT_ENGINE_FACT_GROUPS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "engine/document.h"

namespace factlint {

class FactRuleSet;

struct ClaimRef {
  uint32_t doc = 0;    // index into the run's documents
  uint32_t claim = 0;  // index into that document's claims
  friend bool operator==(const ClaimRef&, const ClaimRef&) = default;
};

struct FactGroup {
  std::string fact_id;  // rule id, or "generic" for generic matches
  std::string title;    // what the fact is, for messages
  bool from_rule = false;
  bool by_year = true;  // compare only claims about the same year
  Severity severity = Severity::kError;
  std::vector<ClaimRef> claims;  // in document order, then text order
};

using Documents = std::vector<std::unique_ptr<Document>>;

// Year a claim is about for comparison purposes: its own year when stated,
// else its document's year; 0 when neither is known.
int ClaimYear(const Document& doc, const Claim& claim);

std::vector<FactGroup> GroupFacts(const Documents& docs,
                                  const FactRuleSet* rules);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_FACT_GROUPS_H_
