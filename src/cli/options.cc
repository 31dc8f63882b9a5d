#include "cli/options.h"

#include <CLI/CLI.hpp>

#include "cli/build_info.h"
#include "cli/cli_docs.h"
#include "cli/suggest.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace factlint {

// history and report: options_views.cc.
CLI::App* AddHistoryCommand(CLI::App& app, Options* o);
CLI::App* AddReportCommand(CLI::App& app, Options* o);

int ParseOptions(int argc, char** argv, Options* o) {
  CLI::App app{"factlint: a linter for facts. Finds numeric claims in prose "
               "and reports the ones that contradict each other."};
  app.set_version_flag("--version", VersionLine(),
                       "Print the version and the commit built from, and exit");
  app.require_subcommand(1);
  app.fallthrough();
  // Sections of the man page too (cli_docs.h): "Title: text".
  app.footer(
      "Exit status: 0 when no finding is at or above --fail-on, 1 when one "
      "is, 2 for a usage, configuration, rule or input error.\n"
      "Environment: FACTLINT_RULES is the rule directory when --rules is not "
      "given. NO_COLOR (not empty) turns colour off, FORCE_COLOR turns it on "
      "where standard output is no terminal (a CI log), TERM=dumb turns it "
      "off on a terminal.");

  CLI::App* check = app.add_subcommand(
      "check", "Cross-check the claims of PATHs (and --against material)");
  check->add_option("paths", o->paths,
                    "Files, directories (searched for .txt/.md/.markdown) or - "
                    "for standard input; none: the directory of .factlint.toml");
  check->add_option("--against", o->against,
                    "Reference material: read and cross-checked, never "
                    "reported on")
      ->allow_extra_args(false)
      ->type_name("PATH");
  check->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  check->add_option("--fail-on", o->fail_on,
                    "Exit 1 when a finding is at or above this level")
      ->check(CLI::IsMember({"error", "warning", "never"}));
  check->add_option("--severity", o->severities,
                    "Override a rule's severity: RULE=error|warning|note|off")
      ->allow_extra_args(false)
      ->type_name("RULE=LEVEL");
  check->add_option("--color", o->color,
                    "Colour in text output; auto: on a terminal, unless "
                    "NO_COLOR is set or TERM=dumb, or when FORCE_COLOR is set")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  check->add_flag_callback("--no-color", [o] { o->color = "never"; },
                           "No colour (--color never)");
  check->add_flag("-q,--quiet", o->quiet,
                  "Print the diagnostics and nothing else: no summary line, "
                  "no progress bar");
  check->add_option("-j,--jobs", o->jobs,
                    "Threads that read and extract files; 0 (the default): "
                    "one per core, 1: none besides the main one")
      ->check(CLI::Range(0, 1024))
      ->type_name("N");
  check->add_option("--stdin-filename", o->stdin_filename,
                    "Read standard input (- or no PATH) as the file NAME: its "
                    "name in diagnostics, its format, its configuration")
      ->type_name("NAME");
  check->add_option("--column-unit", o->column_unit,
                    "What columns count in text and JSON output: code points, "
                    "bytes (Vim, Emacs) or UTF-16 units (LSP)")
      ->check(CLI::IsMember({"code-point", "byte", "utf-16"}));
  check->add_option("--lang", o->lang,
                    "Language of messages: en (the default) or zh; unset: the "
                    "configuration's lang, else zh when LC_ALL, LC_MESSAGES or "
                    "LANG starts with zh")
      ->type_name("LANG");
  check->add_flag("--print-config", o->print_config,
                  "Print the configuration this run would use, resolved, as "
                  "TOML, and exit");
  check->add_option("--facts", o->facts,
                    "Canonical facts (facts.toml): authoritative values to "
                    "check against")
      ->type_name("FILE");
  CLI::Option* fix = check->add_flag(
      "--fix", o->fix, "Replace figures that contradict a canonical fact");
  check->add_flag("--fix-dry-run", o->fix_dry_run,
                  "Print the --fix changes as a unified diff; change nothing")
      ->excludes(fix);
  check->add_option("--against-db", o->against_db,
                    "Reference material from an index built by factlint index")
      ->allow_extra_args(false)
      ->type_name("FILE");
  check->add_option("--baseline", o->baseline,
                    "Report only findings not recorded in this baseline file")
      ->type_name("FILE");
  check->add_option("--write-baseline", o->write_baseline,
                    "Record today's findings in this file and exit 0")
      ->type_name("FILE");

  CLI::App* claims = app.add_subcommand(
      "claims", "List the numeric claims factlint extracts from PATHs");
  claims->add_option("paths", o->paths, "Files, directories or -")->required();
  claims->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "jsonl"}));

  CLI::App* rules = app.add_subcommand("rules", "List or validate fact rules");
  rules->add_option("--check", o->rules_check_dir,
                    "Validate the rule files of a directory and exit")
      ->type_name("DIR");
  rules->add_flag("--markdown", o->rules_markdown,
                  "Print the rule reference as Markdown");

  CLI::App* init = app.add_subcommand(
      "init", "Write a commented starter .factlint.toml here");

  CLI::App* index = app.add_subcommand(
      "index", "Store the claims of an archive in an index for --against-db");
  index->add_option("paths", o->paths, "Archive files or directories")
      ->required();
  index->add_option("--db", o->db, "Index file to create or update")
      ->required()
      ->type_name("FILE");
  index->add_option("-j,--jobs", o->jobs,
                    "Threads that read and extract files, as for check")
      ->check(CLI::Range(0, 1024))
      ->type_name("N");
  index->add_flag("-q,--quiet", o->quiet, "No progress bar");

  CLI::App* explain = app.add_subcommand(
      "explain",
      "Why the claim at FILE:LINE[:COL] was or was not flagged, in the run "
      "check would make of FILE and PATHs");
  explain->add_option("position", o->explain_position,
                      "FILE:LINE or FILE:LINE:COL (1-based; COL in code points)")
      ->required();
  explain->add_option("paths", o->paths,
                      "More targets: files, directories or -, as for check");
  explain->add_option("--against", o->against, "Reference material, as for check")
      ->allow_extra_args(false)
      ->type_name("PATH");
  explain->add_option("--against-db", o->against_db,
                      "Reference material from an index, as for check")
      ->allow_extra_args(false)
      ->type_name("FILE");
  explain->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));
  explain->add_option("--lang", o->lang,
                      "Language of the text output, as for check (JSON keeps "
                      "its names)")
      ->type_name("LANG");

  CLI::App* history = AddHistoryCommand(app, o);
  CLI::App* report = AddReportCommand(app, o);
  CLI::App* lsp = app.add_subcommand(
      "lsp", "Language server on standard input and output (docs/editors.md)");
  lsp->add_option("--against", o->against, "Reference material, as for check")
      ->allow_extra_args(false);
  lsp->add_option("--against-db", o->against_db,
                  "Reference material from an index, as for check")
      ->allow_extra_args(false);
  lsp->add_option("--facts", o->facts, "Canonical facts, as for check");
  lsp->add_option("--debounce", o->debounce_ms,
                  "Longest wait after a change before checking, in ms: the wait "
                  "is as long as the previous check took, at most this "
                  "(default 50; 0 checks at once)")
      ->type_name("MS")
      ->check(CLI::Range(0, 60000));

  app.add_option("--config", o->config,
                 "Configuration file (default: .factlint.toml found from the "
                 "working directory upwards)")
      ->type_name("FILE");
  app.add_flag("--no-config", o->no_config, "Ignore configuration files");
  app.add_option("--rules", o->rules_dir,
                 "Rule directory (units.toml, facts/); default: the installed "
                 "rules")
      ->type_name("DIR");
  AddGeneratorOptions(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // A mistyped command or option: say what was meant, from the names
    // defined above.
    std::vector<std::string> unknown = UnknownNameMessages(app);
    if (!unknown.empty() && e.get_exit_code() != 0) {
      for (const std::string& message : unknown)
        std::cerr << "factlint: error: " << message << "\n";
      std::cerr << "Run with --help for more information.\n";
      return 2;
    }
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (check->parsed()) o->command = Command::kCheck;
  if (claims->parsed()) o->command = Command::kClaims;
  if (rules->parsed()) o->command = Command::kRules;
  if (init->parsed()) o->command = Command::kInit;
  if (index->parsed()) o->command = Command::kIndex;
  if (explain->parsed()) o->command = Command::kExplain;
  if (history->parsed()) o->command = Command::kHistory;
  if (report->parsed()) o->command = Command::kReport;
  if (lsp->parsed()) o->command = Command::kLsp;

  return -1;
}

std::string VersionLine() {
  return std::string("factlint ") + FACTLINT_VERSION + " (commit " +
         BuildCommit() + ")";
}

std::string ResolveRulesDir(const Options& o, std::string* error) {
  namespace fs = std::filesystem;
  if (!o.rules_dir.empty()) return o.rules_dir;
  if (const char* env = std::getenv("FACTLINT_RULES"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::canonical("/proc/self/exe", ec);
  if (ec) {
    *error = "cannot locate the running binary (/proc/self/exe: " +
             ec.message() + ") to find its rules; pass --rules DIR or set "
             "FACTLINT_RULES";
    return "";
  }
  const fs::path bin = exe.parent_path();
  const fs::path candidates[] = {
      (bin / FACTLINT_RULES_FROM_BINARY).lexically_normal(),  // installed
      (bin.parent_path() / "rules").lexically_normal(),       // build/ of a checkout
  };
  std::string looked;
  for (const fs::path& dir : candidates) {
    if (fs::is_regular_file(dir / "units.toml", ec)) return dir.string();
    looked += (looked.empty() ? "" : " or ") + dir.string();
  }
  *error = "cannot find the rules (units.toml) in " + looked +
           "; pass --rules DIR or set FACTLINT_RULES";
  return "";
}

}  // namespace factlint
