// The history of a fact: every statement of one fact group of a finished
// check run, with its period, value (as written and as an interval),
// qualifier, document date, source and place, marked with the findings the
// checks reported about it. Marks come from the run's diagnostics (a
// finding at a statement, or a note pointing at it), never from comparing
// values again here. `factlint history` and the HTML report
// (html_report.h) format this plain data and nothing else.
#ifndef FACTLINT_HISTORY_FACT_HISTORY_H_
#define FACTLINT_HISTORY_FACT_HISTORY_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "check/check.h"

namespace factlint {

// What the findings say about one statement.
enum class Mark {
  kNone,
  kFlagged,       // a finding is located here: the odd one out
  kContradicted,  // a finding elsewhere names it as the other side
  kRevised,       // a later publication revised it (fact-revised here)
  kRevises,       // it is the later figure a revision points to
};
const char* MarkName(Mark m);  // "", "flagged", "contradicted", "revised", "revises"

struct MarkedFinding {
  Mark mark = Mark::kNone;
  size_t finding = 0;  // index into FactHistory::findings
};

struct HistoryStatement {
  Location location;
  std::string written;     // as written, qualifier included: 超过18%
  Interval value;          // as a value of the fact (a fall of a rise is negative)
  std::string value_text;  // "[2.675, 2.685)", "525"
  std::string dimension;   // base unit of `value`: CNY, person, percent
  std::string period;      // as the comparability rule reads it (StatementOf)
  int from_year = 0;       // 0 for "as of the document" and unresolved
  int to_year = 0;
  std::string qualifier;       // QualifierName
  std::string document_date;   // "" when undated
  std::string source;          // the document's "source" metadata, "" if none
  bool reference = false;      // --against material
  std::vector<MarkedFinding> marks;  // in finding order
};

// The mark a statement is shown with: the odd one out before a revised
// figure before the other side of either; kNone when unmarked.
Mark StrongestMark(const HistoryStatement& s);

struct FactHistory {
  std::string fact_id;  // rule id, or "generic"
  std::string title;
  bool from_rule = false;
  std::vector<HistoryStatement> statements;  // by period, then document date
  std::vector<Diagnostic> findings;  // about this fact, in run order
  std::vector<size_t> run_index;     // parallel: index of each in `found`
};

// The history of `group` in the run `ctx`, whose diagnostics (severities
// and suppressions applied) are `found`.
FactHistory BuildFactHistory(const CheckContext& ctx, const FactGroup& group,
                             const std::vector<Diagnostic>& found);

// Result of looking up a query among the run's fact groups.
struct FactQuery {
  std::vector<size_t> matches;  // indices into ctx.facts
  bool by_id = false;           // matched as a fact id
};

// Groups `query` names: first groups whose fact id equals it; else groups
// whose title equals it; else groups where every whitespace-separated word
// of it occurs in the title, or in the subject or place of one of its
// statements. Several matches make the query ambiguous (the caller lists
// them with WriteCandidates).
FactQuery FindFacts(const std::vector<FactGroup>& facts, const Documents& docs,
                    const std::string& query);

// One line per candidate, for an ambiguous query: fact id, title, number
// of statements and the first statement's place.
void WriteCandidates(const CheckContext& ctx, const std::vector<size_t>& matches,
                     std::ostream& out);

void WriteHistoryText(const FactHistory& h, std::ostream& out);
void WriteHistoryJson(const FactHistory& h, std::ostream& out);

}  // namespace factlint

#endif  // FACTLINT_HISTORY_FACT_HISTORY_H_
