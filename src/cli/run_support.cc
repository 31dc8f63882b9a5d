#include "cli/run_support.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "base/file_identity.h"
#include "check/registry.h"
#include "config/ignore_files.h"
#include "cli/line_source.h"
#include "engine/document.h"
#include "diag/read_file.h"
#include "text/loader.h"

namespace factlint {
namespace {

bool EnvSet(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0';
}

// --color auto: the command line first, then NO_COLOR (the user's "never"),
// FORCE_COLOR (colour in a CI log that is no terminal; "0" and "false" do
// not force), TERM=dumb (a terminal that shows escapes as text), and else
// whether standard output is a terminal.
bool UseColor(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  if (EnvSet("NO_COLOR")) return false;
  if (EnvSet("FORCE_COLOR")) {
    std::string force = std::getenv("FORCE_COLOR");
    if (force != "0" && force != "false") return true;
  }
  if (const char* term = std::getenv("TERM"); term && std::string(term) == "dumb")
    return false;
  return isatty(STDOUT_FILENO);
}

}  // namespace

// Columns of the terminal on standard output; 0 when it is not one.
int TerminalWidth() {
  if (!isatty(STDOUT_FILENO)) return 0;
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
    return size.ws_col;
  return 120;
}

ReportOptions MakeReportOptions(const Options& o) {
  ReportOptions r;
  r.color = UseColor(o.color);
  r.summary = !o.quiet;
  if (o.column_unit == "byte") r.column_unit = ColumnUnit::kByte;
  if (o.column_unit == "utf-16") r.column_unit = ColumnUnit::kUtf16;
  // On a terminal a long PDF paragraph is cut to a window around the carets;
  // files and pipes get whole lines.
  if (int width = TerminalWidth()) r.snippet_width = std::max(40, width - 8);
  r.rules = AllRuleInfos();
  r.tool_version = FACTLINT_VERSION;
  r.docs_url = FACTLINT_DOCS_URL;
  std::error_code ec;
  r.working_directory = std::filesystem::current_path(ec).string();
  return r;
}

std::unique_ptr<Extractor> LoadExtractor(const std::string& rules_dir) {
  std::string error;
  auto extractor = Extractor::Load(rules_dir, &error);
  if (!extractor) std::cerr << "factlint: error: " << error << "\n";
  return extractor;
}

std::string ReadTextFile(const std::string& path) {
  // Never blocks on a FIFO named as a configuration file.
  std::string bytes, reason;
  if (!ReadRegularFile(path, kMaxDocumentBytes, &bytes, &reason)) return "";
  return bytes;
}

void PrintFileErrors(const std::vector<Diagnostic>& errors, const Options& o) {
  TextLineSource lines;
  for (const Diagnostic& d : errors)
    lines.AddOwned(d.location.path, ReadTextFile(d.location.path));
  ReportOptions options = MakeReportOptions(o);
  // A CI job reading --format json|sarif|github still gets a report that
  // says what is wrong, not an empty file.
  std::optional<Format> format = ParseFormat(o.format.empty() ? "text" : o.format);
  if (format && *format != Format::kText) {
    WriteReport(*format, errors, lines, options, std::cout);
    std::cout.flush();
  }
  options.color = options.color && isatty(STDERR_FILENO);
  WriteReport(Format::kText, errors, lines, options, std::cerr);
}

std::unique_ptr<FactRuleSet> LoadFactRules(const std::vector<std::string>& dirs,
                                           const std::string& rules_dir,
                                           const Options& o) {
  std::vector<Diagnostic> errors;
  auto rules = FactRuleSet::Load(dirs, &errors, rules_dir + "/units.toml");
  if (!errors.empty() || !rules) {
    PrintFileErrors(errors, o);
    return nullptr;
  }
  return rules;
}

int ResolveJobs(const Options& o, const Config& config) {
  if (o.jobs >= 0) return o.jobs;
  return config.jobs.value_or(0);
}

void PrintNoFilesError(const std::vector<std::string>& paths, const std::string& what) {
  std::string named;
  for (const std::string& p : paths) named += (named.empty() ? "" : ", ") + p;
  std::cerr << "factlint: error: no files to " << what
            << ": no .txt, .md or .markdown file that the configuration "
               "selects in " << named << "\n";
}

LoadOptions MakeLoadOptions(const Config& config, Inputs inputs) {
  LoadOptions options;
  // Targets skip what .gitignore and .factlintignore leave out; reference
  // material is read whole, as for include/exclude.
  if (inputs == Inputs::kTargets) {
    auto ignore = std::make_shared<IgnoreFiles>();
    options.ignored = [ignore](const std::string& path, bool is_directory) {
      return ignore->Ignored(path, is_directory);
    };
  }
  if (config.path.empty()) return options;
  if (inputs == Inputs::kTargets)
    options.select = [&config](const std::string& file) {
      return config.Selects(file);
    };
  options.metadata = [&config](const std::string& file) {
    std::map<std::string, std::string> metadata;
    if (const DocumentOverride* o = config.DocumentFor(file)) {
      if (!o->date.empty()) {
        metadata["date"] = o->date;
        metadata["date-origin"] = "configuration";
      }
      if (!o->source.empty()) metadata[kSourceKey] = o->source;
      if (!o->period.empty()) metadata["period"] = o->period;
    }
    // Errors were reported by CheckPathDates before any file was read.
    std::string named = config.DateFromPath(file, nullptr);
    if (!named.empty()) metadata[kFileNameDateKey] = named;
    return metadata;
  };
  return options;
}

bool CheckPathDates(const Config& config,
                    const std::vector<std::string>& paths, const Options& o,
                    Inputs inputs) {
  if (config.path_dates.empty()) return true;
  std::set<std::string> named(paths.begin(), paths.end());
  std::vector<std::string> files;
  std::vector<InputError> unreadable;  // reported when the files are loaded
  ExpandPaths(paths, &files, &unreadable, MakeLoadOptions(config, inputs).ignored);
  std::vector<Diagnostic> errors;
  std::set<std::string> seen;
  for (const std::string& file : files) {
    if (!seen.insert(FileIdentity(file)).second) continue;
    if (inputs == Inputs::kTargets && !named.count(file) && !config.Selects(file))
      continue;
    Diagnostic error;
    config.DateFromPath(file, &error);
    if (!error.message.empty()) errors.push_back(std::move(error));
  }
  if (errors.empty()) return true;
  PrintFileErrors(errors, o);
  return false;
}

std::optional<Config> LoadRunConfig(const Options& o) {
  if (o.no_config) return Config{};
  std::string path = o.config;
  if (path.empty()) {
    std::error_code ec;
    std::string cwd = std::filesystem::current_path(ec).string();
    path = FindConfig(cwd);
    if (path.empty()) return Config{};
    // Named as a user would name it: relative to the working directory
    // when it lies inside (diagnostics, GitHub annotations).
    if (path.rfind(cwd + "/", 0) == 0) path.erase(0, cwd.size() + 1);
  }
  std::vector<Diagnostic> errors;
  std::optional<Config> config = LoadConfig(path, &errors);
  if (!config) {
    PrintFileErrors(errors, o);
    return std::nullopt;
  }
  std::set<std::string> known;
  for (const RuleInfo& r : AllRuleInfos()) known.insert(r.id);
  if (!CheckRuleIds(*config, known, &errors)) {
    PrintFileErrors(errors, o);
    return std::nullopt;
  }
  if (!config->warnings.empty()) {
    // On standard error only: a report on standard output stays the run's.
    TextLineSource lines;
    for (const Diagnostic& d : config->warnings)
      lines.AddOwned(d.location.path, ReadTextFile(d.location.path));
    ReportOptions options = MakeReportOptions(o);
    options.color = options.color && isatty(STDERR_FILENO);
    WriteReport(Format::kText, config->warnings, lines, options, std::cerr);
  }
  // Paths inside the working directory are shown relative to it, as paths
  // given on the command line are.
  std::error_code ec;
  std::string cwd = std::filesystem::current_path(ec).string() + "/";
  for (std::vector<std::string>* paths : {&config->against, &config->rules, &config->against_db})
    for (std::string& p : *paths)
      if (p.rfind(cwd, 0) == 0 && p.size() > cwd.size()) p.erase(0, cwd.size());
  if (config->facts.rfind(cwd, 0) == 0 && config->facts.size() > cwd.size())
    config->facts.erase(0, cwd.size());
  return config;
}

}  // namespace factlint
