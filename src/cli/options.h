// Command-line options of every subcommand, parsed with CLI11. Parsing only:
// running a command lives in commands.cc.
#ifndef FACTLINT_CLI_OPTIONS_H_
#define FACTLINT_CLI_OPTIONS_H_

#include <string>
#include <vector>

namespace factlint {

enum class Command { kNone, kCheck, kClaims, kRules, kInit, kIndex, kExplain,
                     kHistory, kReport, kLsp };

struct Options {
  Command command = Command::kNone;
  std::vector<std::string> paths;      // targets (check, claims)
  std::vector<std::string> against;    // reference material (check)
  std::string format;                  // "" = the command's default
  std::string fail_on;                 // "" = configuration, else "error"
  std::vector<std::string> severities; // RULE=LEVEL
  std::string rules_dir;               // "" = default lookup
  std::string color = "auto";          // auto|always|never
  std::string rules_check_dir;         // rules --check DIR
  bool rules_markdown = false;         // rules --markdown
  std::string config;                  // --config FILE; "" = search upwards
  bool no_config = false;              // --no-config
  std::string baseline;                // check --baseline FILE
  std::string write_baseline;          // check --write-baseline FILE
  std::vector<std::string> against_db; // check --against-db FILE
  std::string db;                      // index --db FILE
  std::string facts;                   // check --facts FILE (canonical facts)
  bool fix = false;                    // check --fix
  bool fix_dry_run = false;            // check --fix-dry-run
  std::string explain_position;        // explain FILE:LINE[:COL]
  bool quiet = false;                  // check, index -q/--quiet
  int jobs = -1;                       // check, index -j/--jobs; -1: unset
  std::string stdin_filename;          // check --stdin-filename NAME
  std::string column_unit = "code-point";  // check --column-unit
  bool print_config = false;           // check --print-config
  std::string lang;                    // check --lang LANG; "" = config, locale
  std::string history_query;           // history QUERY
  std::string output;                  // report -o FILE ("" or "-": stdout)
  int debounce_ms = 50;                // lsp --debounce MS (the longest wait)
};

// Parses argv. Returns -1 to go on, or an exit code (0 for --help and
// --version, 2 for usage errors) after CLI11 printed what it had to.
int ParseOptions(int argc, char** argv, Options* options);

// Directory holding units.toml, lexicon.toml and facts/, the first of:
//   1. options.rules_dir (--rules DIR), as given;
//   2. $FACTLINT_RULES, as given;
//   3. the installed rules, relative to the running binary
//      (/proc/self/exe): PREFIX/bin/factlint uses PREFIX/share/factlint/rules,
//      so an installed tree works wherever it is unpacked or moved;
//   4. rules/ of the checkout whose build directory holds the binary
//      (build/factlint uses rules/), so rules edited there apply at once.
// 3 and 4 count only when they hold units.toml. When none applies, returns
// "" and sets *error to a message naming the places looked in. The path the
// binary was built in is never consulted.
std::string ResolveRulesDir(const Options& options, std::string* error);

}  // namespace factlint

#endif  // FACTLINT_CLI_OPTIONS_H_
