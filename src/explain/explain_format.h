// Writing an Explanation: compact text for a terminal, or one JSON object
// (schema in docs/output-formats.md, "explain").
#ifndef FACTLINT_EXPLAIN_EXPLAIN_FORMAT_H_
#define FACTLINT_EXPLAIN_EXPLAIN_FORMAT_H_

#include <ostream>
#include <string>

#include "explain/explanation.h"

namespace factlint {

void WriteExplanationText(const Explanation& e, std::ostream& out);
void WriteExplanationJson(const Explanation& e, std::ostream& out);

// "2024", "2021-2025", "2024 Q1" or "no period".
std::string PeriodYears(const ExplainedPeriod& p);

// "2024 (context) ← '2024年' at a.txt:24:1 ← document undated": a period
// and where it came from, then the document date and its origin.
std::string PeriodChain(const ExplainedPeriod& p);

}  // namespace factlint

#endif  // FACTLINT_EXPLAIN_EXPLAIN_FORMAT_H_
