// Options of the editor's views of a run: `history` and `report`.
#include <CLI/CLI.hpp>

#include "cli/options.h"

namespace factlint {

CLI::App* AddHistoryCommand(CLI::App& app, Options* o) {
  CLI::App* history = app.add_subcommand(
      "history",
      "Every statement of one fact in PATHs and the reference material, with "
      "the contradictions and revisions the checks find");
  history->add_option("query", o->history_query,
                      "A fact id (as in JSON and SARIF output) or words of its "
                      "subject")
      ->required();
  history->add_option("paths", o->paths, "Files, directories or -, as for check");
  history->add_option("--against", o->against, "More material, as for check")
      ->allow_extra_args(false);
  history->add_option("--against-db", o->against_db,
                      "Material from an index built by factlint index")
      ->allow_extra_args(false);
  history->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));
  return history;
}

CLI::App* AddReportCommand(CLI::App& app, Options* o) {
  CLI::App* report = app.add_subcommand(
      "report",
      "Write the findings of check PATHs and every fact's statements as one "
      "self-contained HTML page");
  report->add_option("paths", o->paths, "Files, directories or -, as for check")
      ->required();
  report->add_option("--format", o->format, "Report format")
      ->check(CLI::IsMember({"html"}));
  report->add_option("-o,--output", o->output,
                     "File to write (default: standard output)");
  report->add_option("--against", o->against, "Reference material, as for check")
      ->allow_extra_args(false);
  report->add_option("--against-db", o->against_db,
                     "Reference material from an index, as for check")
      ->allow_extra_args(false);
  report->add_option("--facts", o->facts, "Canonical facts, as for check");
  return report;
}

}  // namespace factlint
