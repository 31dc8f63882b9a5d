// Project configuration: the `.factlint.toml` file that editors, pre-commit
// hooks and CI share. FindConfig locates it (searching upwards from a
// directory, stopping at the repository root); LoadConfig validates it
// completely and reports every problem as a located Diagnostic
// ("config-syntax" for TOML syntax, "config-error" for everything else).
// The keys are documented in docs/configuration.md.
#ifndef FACTLINT_CONFIG_CONFIG_H_
#define FACTLINT_CONFIG_CONFIG_H_

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "config/glob.h"
#include "diag/diagnostic.h"
#include "diag/severity_map.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace factlint {

inline constexpr char kConfigFileName[] = ".factlint.toml";

// Facts about documents that the text itself does not state.
struct DocumentOverride {
  std::string glob;    // matched with GlobMatch against the relative path
  std::string date;    // "YYYY-MM-DD" (validated) or "" when not given
  std::string source;  // publisher / title, e.g. "政府工作报告"; "" if unset
  std::string period;  // the period the document reports on, e.g. "2023"
  Location location;   // of the [[document]] table, for later diagnostics
};

// One pattern of [dates] from_path: an RE2 searched for in a document's path
// (relative to the configuration's directory, '/' separated) whose named
// groups `year` (required), `month` and `day` (optional) date the document.
struct PathDatePattern {
  std::string pattern;                   // as written
  std::shared_ptr<const re2::RE2> re;    // compiled; never null once loaded
  Location location;                     // of the pattern string
};

struct Config {
  std::string path;       // the file that was loaded, as given
  std::string directory;  // its directory; relative paths resolve against it

  // Reference material checked against, resolved against `directory`.
  std::vector<std::string> against;
  // Extra rule directories, resolved against `directory`.
  std::vector<std::string> rules;
  // Indexes of reference material (--against-db), resolved the same way.
  std::vector<std::string> against_db;
  // Canonical facts file (--facts), resolved the same way; "" when unset.
  std::string facts;
  std::optional<FailOn> fail_on;  // unset: the command line's default
  // Language of messages (rules/messages/LANG.toml); "" = --lang or locale.
  std::string lang;
  // Threads that read and extract files (`check`, `index`); 0 is one per
  // core. Unset: the command line's (--jobs), else one per core.
  std::optional<int> jobs;
  // Per-rule severity; nullopt switches a rule off.
  std::map<std::string, std::optional<Severity>> severity;
  // Where each [severity] key was written (to report unknown rule ids).
  std::map<std::string, Location> severity_locations;
  std::vector<std::string> include;  // empty: every text/Markdown file
  std::vector<std::string> exclude;
  std::vector<DocumentOverride> documents;
  // [dates] from_path, in order; the first that matches a path dates it.
  std::vector<PathDatePattern> path_dates;
  // [tolerance]: unset means the checker's built-in default.
  std::optional<int> same_time_window_days;
  // "config-outside" warnings: `against` and `rules` entries that resolve
  // outside `directory` (with `..`, an absolute path or a symbolic link).
  // The configuration is trusted as the command line is, but a repository's
  // configuration that reaches out should be visible: what factlint reads
  // there may be quoted in notes, JSON and SARIF.
  std::vector<Diagnostic> warnings;

  // Path of `file` relative to `directory` with '/' separators, or "" when
  // the file lies outside it.
  std::string RelativePath(const std::string& file) const;
  // Whether a file is selected by include/exclude. An exclude pattern also
  // covers everything below a matching directory.
  bool Selects(const std::string& file) const;
  // The first [[document]] whose glob matches the file, or nullptr.
  const DocumentOverride* DocumentFor(const std::string& file) const;
  // The date [dates] from_path gives `file`: "YYYY", "YYYY-MM" or
  // "YYYY-MM-DD"; "" when no pattern matches (or the file lies outside
  // `directory`). When the first matching pattern yields no calendar date
  // (month 13, 2024-02-30, year 1234) returns "" and, if `error` is not null,
  // sets *error: a config-error located at the pattern that names the file.
  std::string DateFromPath(const std::string& file, Diagnostic* error) const;
  // Copies the [severity] table into a SeverityMap (command-line overrides
  // applied afterwards win).
  void ApplySeverities(SeverityMap* map) const;
};

// Searches start_dir and its parents for .factlint.toml, up to and including
// the first directory that contains `.git`, or the file system root.
// Returns the file's path, or "" when there is none.
std::string FindConfig(const std::string& start_dir);

// Reads and validates a configuration file. Every problem is appended to
// `errors`; returns nullopt when there was any.
std::optional<Config> LoadConfig(const std::string& path,
                                 std::vector<Diagnostic>* errors);
// The same over text already in memory; `path` is used for locations and to
// resolve relative paths.
std::optional<Config> ParseConfig(const std::string& path,
                                  std::string_view text,
                                  std::vector<Diagnostic>* errors);

// Reports a "config-error" for every [severity] key that is not a known
// rule id. Returns false when there was any.
bool CheckRuleIds(const Config& config, const std::set<std::string>& known,
                  std::vector<Diagnostic>* errors);

// A commented starter configuration (for `factlint init`); it loads without
// error.
std::string StarterConfig();

}  // namespace factlint

#endif  // FACTLINT_CONFIG_CONFIG_H_
