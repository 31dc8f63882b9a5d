// `factlint report --format html`: one self-contained HTML page (no
// network, no external fonts or scripts) with a summary of a check run's
// findings and, per fact, a table of its statements and an SVG timeline of
// their values by period, the odd one out and revisions highlighted. The
// page is a pure function of its input (no timestamps), so a snapshot of it
// is stable. The style sheet is src/history/report.css, embedded at build
// time.
#ifndef FACTLINT_HISTORY_HTML_REPORT_H_
#define FACTLINT_HISTORY_HTML_REPORT_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "history/fact_history.h"

namespace factlint {

struct HtmlReport {
  std::vector<std::string> inputs;     // the paths given, for the heading
  std::vector<Diagnostic> findings;    // the run's findings (`check` output)
  std::vector<Diagnostic> input_errors;  // files that could not be read
  // The facts shown: FactHistory::run_index points into `findings`.
  std::vector<FactHistory> facts;
};

// Text for HTML element content and attribute values: & < > " ' escaped.
std::string HtmlEscape(std::string_view text);

void WriteHtmlReport(const HtmlReport& report, std::ostream& out);

// The timeline of one fact's statements as an inline <svg> element; `fact`
// is the fact's number in the page (anchors #s-FACT-ROW).
void WriteTimelineSvg(const FactHistory& h, size_t fact, std::ostream& out);

}  // namespace factlint

#endif  // FACTLINT_HISTORY_HTML_REPORT_H_
