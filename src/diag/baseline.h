// Baselines: a recorded set of known findings, so a team can adopt factlint
// on an old archive and fail only on new findings. A finding is identified
// by rule, path and the diagnostic's line-independent fingerprint (or its
// message when it has none), so edits that move text do not revive it.
//
// File format (version 1), written sorted and stable:
//   {"factlint_baseline": 1,
//    "findings": [{"rule": …, "path": …, "fingerprint": …, "message": …}]}
#ifndef FACTLINT_DIAG_BASELINE_H_
#define FACTLINT_DIAG_BASELINE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "diag/diagnostic_list.h"

namespace factlint {

inline constexpr int kBaselineVersion = 1;

struct BaselineEntry {
  std::string rule;
  std::string path;
  std::string fingerprint;  // "" when the diagnostic had none
  std::string message;      // for people; matched only without fingerprint
};

struct Baseline {
  std::vector<BaselineEntry> findings;
};

// The baseline of `diagnostics` as JSON text (2-space indent, final newline),
// entries sorted by path, rule, fingerprint, message. Paths are stored as
// the diagnostics carry them: record and compare from the same directory.
std::string WriteBaseline(const DiagnosticList& diagnostics);

// Reads a baseline file. Unreadable files, malformed JSON, other versions
// and entries of the wrong shape are errors described in `*error`.
std::optional<Baseline> ReadBaseline(const std::string& path,
                                     std::string* error);
// The same over JSON text.
std::optional<Baseline> ParseBaseline(std::string_view json,
                                      std::string* error);

// Removes the diagnostics the baseline lists: a diagnostic matches an entry
// with the same rule and path and the same fingerprint (or, when the
// diagnostic's fingerprint is empty, the same message); then a diagnostic
// with a single note matches an entry recorded at the note's path and
// fingerprint (a conflict between two statements now reported at its other
// side). Each entry removes at most one diagnostic, so an entry listed N
// times removes N findings and the N+1st is reported.
void FilterBaseline(const Baseline& baseline, DiagnosticList* diagnostics);

}  // namespace factlint

#endif  // FACTLINT_DIAG_BASELINE_H_
