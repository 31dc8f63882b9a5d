// Diagnostic: the seam between analysis and output. Checks produce these
// plain values; formatters (src/report) consume nothing else.
#ifndef FACTLINT_DIAG_DIAGNOSTIC_H_
#define FACTLINT_DIAG_DIAGNOSTIC_H_

#include <cstdint>
#include <string>
#include <vector>

namespace factlint {

enum class Severity { kNote = 0, kWarning = 1, kError = 2 };

const char* SeverityName(Severity s);  // "note", "warning", "error"

// A resolved position range in a file. Lines are 1-based; columns are 1-based
// and counted in Unicode code points; the end is exclusive. line == 0 means
// the location is the file as a whole (a missing path, a binary file).
struct Location {
  std::string path;
  uint32_t line = 0;
  uint32_t column = 0;
  uint32_t end_line = 0;
  uint32_t end_column = 0;

  bool has_region() const { return line > 0; }
};

// A statement of a fact at one end of a finding: its value as written, the
// period it speaks of ("2024", "2021-2025", "as of the document"; a part of
// a year after a space: "2024 Q1") and the date of its document ("" when
// undated). Empty for findings that are not about statements of a fact.
struct FactStatement {
  std::string value;
  std::string period;
  std::string document_date;
  bool empty() const { return value.empty(); }
};

struct Note {
  Location location;
  std::string message;
  // For a note at the other side of a finding (the other statement of a
  // conflict): the fingerprint the finding would have if reported there, so
  // a baseline still knows it when the finding moves to that side.
  std::string fingerprint;
  FactStatement statement;  // when the note points at another statement
};

// Replace the text at `location` with `replacement`.
struct FixIt {
  Location location;
  std::string replacement;
};

struct Diagnostic {
  std::string rule_id;
  Severity severity = Severity::kError;
  std::string message;
  Location location;
  std::vector<Note> notes;
  std::vector<FixIt> fixits;
  // Identifies the finding independently of line numbers (rule, fact,
  // values and a fingerprint of the claim's context), for baselines.
  std::string fingerprint;
  // The fact the finding is about (a rule id, or "generic"), and the
  // statement at the finding's location.
  std::string fact_id;
  FactStatement statement;
};

// Static description of a rule id, for --help texts and SARIF tool.driver.rules.
struct RuleInfo {
  std::string id;
  std::string name;         // short title
  std::string description;  // one or two sentences of help
  Severity default_severity = Severity::kError;
};

}  // namespace factlint

#endif  // FACTLINT_DIAG_DIAGNOSTIC_H_
