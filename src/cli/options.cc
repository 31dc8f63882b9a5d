#include "cli/options.h"

#include <CLI/CLI.hpp>

#include "cli/build_info.h"

#include <cstdlib>
#include <filesystem>

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

  CLI::App* check = app.add_subcommand(
      "check", "Cross-check the claims of PATHs (and --against material)");
  check->add_option("paths", o->paths,
                    "Files, directories (searched for .txt/.md/.markdown) or - "
                    "for standard input")
      ->required();
  check->add_option("--against", o->against,
                    "Reference material: read and cross-checked, never "
                    "reported on")
      ->allow_extra_args(false);
  check->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "sarif", "github"}));
  check->add_option("--fail-on", o->fail_on,
                    "Exit 1 when a finding is at or above this level")
      ->check(CLI::IsMember({"error", "warning", "never"}));
  check->add_option("--severity", o->severities,
                    "Override a rule's severity: RULE=error|warning|note|off")
      ->allow_extra_args(false);
  check->add_option("--color", o->color, "Colour in text output")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  check->add_option("--facts", o->facts,
                    "Canonical facts (facts.toml): authoritative values to "
                    "check against");
  CLI::Option* fix = check->add_flag(
      "--fix", o->fix, "Replace figures that contradict a canonical fact");
  check->add_flag("--fix-dry-run", o->fix_dry_run,
                  "Print the --fix changes as a unified diff; change nothing")
      ->excludes(fix);
  check->add_option("--against-db", o->against_db,
                    "Reference material from an index built by factlint index")
      ->allow_extra_args(false);
  check->add_option("--baseline", o->baseline,
                    "Report only findings not recorded in this baseline file");
  check->add_option("--write-baseline", o->write_baseline,
                    "Record today's findings in this file and exit 0");

  CLI::App* claims = app.add_subcommand(
      "claims", "List the numeric claims factlint extracts from PATHs");
  claims->add_option("paths", o->paths, "Files, directories or -")->required();
  claims->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "jsonl"}));

  CLI::App* rules = app.add_subcommand("rules", "List or validate fact rules");
  rules->add_option("--check", o->rules_check_dir,
                    "Validate the rule files of a directory and exit");
  rules->add_flag("--markdown", o->rules_markdown,
                  "Print the rule reference as Markdown");

  CLI::App* init = app.add_subcommand(
      "init", "Write a commented starter .factlint.toml here");

  CLI::App* index = app.add_subcommand(
      "index", "Store the claims of an archive in an index for --against-db");
  index->add_option("paths", o->paths, "Archive files or directories")
      ->required();
  index->add_option("--db", o->db, "Index file to create or update")
      ->required();

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
      ->allow_extra_args(false);
  explain->add_option("--against-db", o->against_db,
                      "Reference material from an index, as for check")
      ->allow_extra_args(false);
  explain->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));

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

  app.add_option("--config", o->config,
                 "Configuration file (default: .factlint.toml found from the "
                 "working directory upwards)");
  app.add_flag("--no-config", o->no_config, "Ignore configuration files");
  app.add_option("--rules", o->rules_dir,
                 "Rule directory (units.toml, facts/); default: the installed "
                 "rules");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
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
