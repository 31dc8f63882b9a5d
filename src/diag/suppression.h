// Inline suppressions: comments in a document that silence diagnostics on
// the next line or in a region, for findings an editor has judged to be
// fine. ParseSuppressions reads the directives of one document;
// ApplySuppressions removes what they cover and reports directives that did
// nothing or name unknown rules, so stale suppressions do not pile up.
// The syntax is documented in docs/suppressions.md:
//
//   <!-- factlint-disable-next-line fact-conflict -->   (Markdown)
//   <!-- factlint-disable fact-conflict, fact-share -->  … <!-- factlint-enable -->
//   // factlint-disable-next-line      # factlint-disable     【factlint-enable】
#ifndef FACTLINT_DIAG_SUPPRESSION_H_
#define FACTLINT_DIAG_SUPPRESSION_H_

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "diag/diagnostic_list.h"

namespace factlint {

inline constexpr uint32_t kToEndOfFile = UINT32_MAX;

// One rule named by one directive (a directive naming three rules yields
// three entries, so each can be reported on its own).
struct Suppression {
  enum class Kind {
    kNextLine,   // factlint-disable-next-line
    kRegion,     // factlint-disable … factlint-enable (or end of file)
    kEnable,     // factlint-enable: closes regions, suppresses nothing
    kMalformed,  // looks like a directive but is not one; see `problem`
  };
  Kind kind = Kind::kNextLine;
  std::string rule;   // "" = every rule
  // The directive; when a rule is named, the columns of the rule name.
  Location location;
  // Lines whose diagnostics are suppressed, inclusive; first_line == 0 when
  // there is none (a next-line directive at the end of the file).
  uint32_t first_line = 0;
  uint32_t last_line = 0;
  bool closes_region = false;  // kEnable: it closed at least one region
  std::string directive;       // "factlint-disable", ... as written
  std::string problem;         // kMalformed: what is wrong
};

// Directives of one document. Markdown files (.md, .markdown) ignore lines
// inside fenced code blocks. Never fails: text that is not a directive is
// ignored, text that nearly is one becomes a kMalformed entry.
std::vector<Suppression> ParseSuppressions(const std::string& path,
                                           std::string_view text);

// Removes diagnostics (matched by location.path and location.line; notes
// play no part) covered by a suppression for their rule or for every rule,
// then appends:
//   suppression-unused        warning, a directive that suppressed nothing
//                             or an enable that closed nothing;
//   suppression-unknown-rule  error, a rule id not in known_rule_ids (such
//                             a directive suppresses nothing);
//   suppression-malformed     warning, a near-directive that was ignored.
// `suppressions` may hold the directives of many documents.
void ApplySuppressions(const std::vector<Suppression>& suppressions,
                       const std::set<std::string>& known_rule_ids,
                       DiagnosticList* diagnostics);

// The rules ApplySuppressions reports, for help texts and SARIF.
std::vector<RuleInfo> SuppressionRuleInfos();

}  // namespace factlint

#endif  // FACTLINT_DIAG_SUPPRESSION_H_
