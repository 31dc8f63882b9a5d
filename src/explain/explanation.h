// `factlint explain`: why a figure was or was not flagged. Builds plain data
// from a finished check run (documents, fact groups, diagnostics) for one
// claim: what was extracted, where its period came from, which fact it was
// grouped with and why, which other statements it was compared with (by the
// one comparability rule, Compare in check/claim_compare.h) and the
// findings at it. Formatters (explain_format.h) see only this data.
#ifndef FACTLINT_EXPLAIN_EXPLANATION_H_
#define FACTLINT_EXPLAIN_EXPLANATION_H_

#include <optional>
#include <string>
#include <vector>

#include "check/check.h"
#include "engine/fact_rules.h"

namespace factlint {

struct ExplainedPeriod {
  int from_year = 0;  // 0 = unknown
  int to_year = 0;
  std::string part;    // "" for the whole year
  std::string origin;  // TimeOriginName
  bool has_evidence = false;
  Location evidence;          // the words that gave the period
  std::string evidence_text;  // as written in the source; "" when the file
                              // changed during the run (SourceLines)
  std::string document_date;  // "2025-12-19", "2025" or "unknown"
  std::string date_origin;    // front-matter, header, source-line, configuration; "" unknown
};

struct ExplainedClaim {
  Location location;
  std::string written;  // as written, qualifier included (超过18%)
  std::string surface;
  std::string kind;
  Interval value;
  std::string value_text;  // "[2.675, 2.685)", "525"
  std::string dimension;
  std::string unit;
  std::string qualifier;
  std::string change;  // none, up, down
  bool annual = false;
  bool real = false;
  bool cumulative = false;
  int base_year = 0;
  bool target = false;
  std::string scope;  // "" national
  bool identifier = false;
  std::string subject;
  bool reference = false;  // --against material, never reported on
  ExplainedPeriod period;
};

// MatchReason in words and places.
struct ExplainedReason {
  std::string rule_id;
  std::string pattern;
  std::string matched_text;
  std::string bucket;
  bool has_partner = false;
  Location partner;
  double score = 0;
  bool identical_words = false;
  std::vector<std::string> shared_words;
};

struct OtherStatement {
  ExplainedClaim claim;
  ExplainedReason reason;  // why it is in the group
  bool compared = false;
  std::string why;  // Compare()'s reason
  // Compared pairs: whether the values can both be true.
  bool disjoint = false;
  std::string disjoint_why;  // WhyDisjoint; "" when they overlap
  // A compared pair fact-conflict leaves to fact-series (an endpoint of a
  // stated change with a year of its own).
  bool series_owned = false;
};

struct ExplainedGroup {
  std::string fact_id;
  std::string title;
  bool from_rule = false;
  bool by_year = true;
  std::string severity;
  ExplainedReason reason;
  std::vector<OtherStatement> others;
};

struct ExplainedFinding {
  std::string rule_id;
  std::string severity;
  std::string message;
  Location location;
  bool here = true;  // false: the finding is elsewhere, a note names this claim
};

struct ClaimExplanation {
  ExplainedClaim claim;
  std::optional<ExplainedGroup> group;
  // When in no group, or alone in it: why, one reason a line.
  std::vector<std::string> ungrouped;
  std::vector<ExplainedFinding> findings;
};

struct NearbyClaim {
  Location location;
  std::string written;
};

struct Explanation {
  std::string file;
  uint32_t line = 0;
  uint32_t column = 0;  // 0 = the whole line
  bool exact = true;    // false: no claim at the column, the nearest taken
  std::vector<ClaimExplanation> claims;
  std::vector<NearbyClaim> nearest;  // when the line holds no claim
};

// Explains claim `claim` of document `doc` in the run `ctx`, whose
// diagnostics (after severities and suppressions) are `found`; `rules` may
// be null.
ClaimExplanation ExplainClaim(const CheckContext& ctx, const FactRuleSet* rules,
                              const std::vector<Diagnostic>& found, uint32_t doc,
                              uint32_t claim);

// The claim's extracted fields, period and document date as data.
ExplainedClaim DescribeClaim(const Document& doc, const Claim& claim);

}  // namespace factlint

#endif  // FACTLINT_EXPLAIN_EXPLANATION_H_
