// Canonical facts: the authoritative value of a fact as a newsroom records
// it in facts.toml, with its source and as-of date. Claims of that fact
// which contradict it are reported (fact-canonical) and can be fixed.
//
//   [[fact]]
//   fact = "cn-rd-top2000-firms"   # a fact rule id
//   value = "525家"                # written as a document would write it
//   year = 2025                    # optional: the year the value is about
//   as_of = "2026-03-05"           # optional: when it was published
//   source = "科技部, 2026年3月5日部长通道"
#ifndef FACTLINT_ENGINE_CANONICAL_FACTS_H_
#define FACTLINT_ENGINE_CANONICAL_FACTS_H_

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "engine/fact_rules.h"
#include "extract/quantity.h"

namespace factlint {

struct CanonicalFact {
  std::string fact;        // fact rule id
  std::string value_text;  // "525家" as written in facts.toml
  Quantity value;          // value_text scanned: interval, unit, dimension
  int year = 0;            // 0: compare with claims that state no year
  std::string as_of;       // "YYYY-MM-DD" or ""
  std::string source;
  Location location;       // of the [[fact]] entry's value
};

// Loads facts.toml. Every problem is a Diagnostic located in the file
// (facts-syntax for TOML errors, facts-error for unknown keys, wrong types,
// unknown fact ids, values that are not one quantity of the rule's
// dimension, duplicate entries); nullopt when there is any.
std::optional<std::vector<CanonicalFact>> LoadCanonicalFacts(
    const std::string& path, const FactRuleSet& rules,
    const QuantityScanner& scanner, std::vector<Diagnostic>* errors);

}  // namespace factlint

#endif  // FACTLINT_ENGINE_CANONICAL_FACTS_H_
