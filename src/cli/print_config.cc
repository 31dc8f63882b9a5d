#include "cli/print_config.h"

#include <sstream>

#include <toml++/toml.h>

#include "check/registry.h"

namespace factlint {
namespace {

toml::array Array(const std::vector<std::string>& items) {
  toml::array out;
  for (const std::string& s : items) out.push_back(s);
  return out;
}

std::vector<std::string> Joined(std::vector<std::string> a,
                                const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

const char* FailOnName(FailOn f) {
  switch (f) {
    case FailOn::kError: return "error";
    case FailOn::kWarning: return "warning";
    case FailOn::kNever: return "never";
  }
  return "error";
}

}  // namespace

std::string ResolvedConfigToml(const Options& o, const RunSetup& setup,
                               const std::vector<std::string>& targets,
                               const std::string& rules_dir) {
  const Config& c = setup.config;
  toml::table t;
  t.insert("configuration", c.path.empty() ? std::string("none") : c.path);
  t.insert("paths", Array(targets));
  t.insert("rule_directory", rules_dir);
  t.insert("rules", Array(c.rules));
  // The command line adds to the configuration's reference material, as
  // the run does (check_run.cc); --facts replaces its facts.
  t.insert("against", Array(Joined(o.against, c.against)));
  t.insert("against_db", Array(Joined(o.against_db, c.against_db)));
  t.insert("facts", o.facts.empty() ? c.facts : o.facts);
  t.insert("fail_on", FailOnName(setup.fail_on));
  t.insert("lang", RunLanguage(setup, rules_dir));
  t.insert("jobs", static_cast<int64_t>(setup.jobs));
  t.insert("include", Array(c.include));
  t.insert("exclude", Array(c.exclude));
  toml::table severity;
  for (const RuleInfo& r : AllRuleInfos()) {
    std::optional<Severity> s = setup.severities.SeverityOf(r.id, r.default_severity);
    severity.insert(r.id, s ? std::string(SeverityName(*s)) : std::string("off"));
  }
  t.insert("severity", std::move(severity));
  toml::table tolerance;
  tolerance.insert("same_time_window_days",
                   static_cast<int64_t>(c.same_time_window_days.value_or(
                       CheckRun{}.same_time_window_days)));
  t.insert("tolerance", std::move(tolerance));
  toml::array documents;
  for (const DocumentOverride& d : c.documents) {
    toml::table doc;
    doc.insert("glob", d.glob);
    if (!d.date.empty()) doc.insert("date", d.date);
    if (!d.source.empty()) doc.insert("source", d.source);
    if (!d.period.empty()) doc.insert("period", d.period);
    documents.push_back(std::move(doc));
  }
  if (!documents.empty()) t.insert("document", std::move(documents));
  if (!c.path_dates.empty()) {
    std::vector<std::string> patterns;
    for (const PathDatePattern& p : c.path_dates) patterns.push_back(p.pattern);
    toml::table dates;
    dates.insert("from_path", Array(patterns));
    t.insert("dates", std::move(dates));
  }
  std::ostringstream out;
  out << "# The configuration `factlint check` uses here, resolved: the file, the\n"
         "# command line's additions and overrides, and the defaults.\n"
      << t << "\n";
  return out.str();
}

}  // namespace factlint
