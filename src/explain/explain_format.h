// Writing an Explanation: compact text for a terminal, or one JSON object
// (schema in docs/output-formats.md, "explain").
#ifndef FACTLINT_EXPLAIN_EXPLAIN_FORMAT_H_
#define FACTLINT_EXPLAIN_EXPLAIN_FORMAT_H_

#include <ostream>
#include <string>

#include "diag/messages.h"
#include "explain/explanation.h"

namespace factlint {

// The text is worded from `messages` (keys explain.*, severity.*); what is
// a name in the JSON output (kinds, dimensions, qualifiers, origins, fact
// ids, generic buckets) is shown as it is in every language.
void WriteExplanationText(const Explanation& e, const Messages& messages,
                          std::ostream& out);
void WriteExplanationJson(const Explanation& e, std::ostream& out);

// "2024", "2021-2025", "2024 Q1" or "no period".
std::string PeriodYears(const ExplainedPeriod& p);

// "2024 (context) ← '2024年' at a.txt:24:1 ← document undated": a period
// and where it came from, then the document date and its origin. The JSON
// output and the editor's hover keep this English form; the text output
// words it from the catalogue (the overloads below).
std::string PeriodChain(const ExplainedPeriod& p);
std::string PeriodYears(const ExplainedPeriod& p, const Messages& messages);
std::string PeriodChain(const ExplainedPeriod& p, const Messages& messages);

}  // namespace factlint

#endif  // FACTLINT_EXPLAIN_EXPLAIN_FORMAT_H_
