// SARIF 2.1.0 output: one run, rules from ReportOptions, conflicts' other
// sides as relatedLocations; see docs/output-formats.md for the mapping.
// The results are written one by one as they are turned into JSON
// (json_stream.h), so the report is never held whole in memory.
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "base/fnv.h"
#include "report/formats.h"
#include "report/json_stream.h"
#include "report/uri.h"

namespace factlint {
namespace {

using Json = OrderedJson;

// 64-bit FNV-1a of the fingerprint, in hex: the same text gives the same
// value on every platform and run.
std::string FingerprintHash(const std::string& text) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx",
                static_cast<unsigned long long>(Fnv1a64(text)));
  return buf;
}

Json StatementProperties(const FactStatement& s) {
  Json j = {{"value", s.value}, {"period", s.period}};
  if (!s.document_date.empty()) j["documentDate"] = s.document_date;
  return j;
}


constexpr char kSchema[] = "https://json.schemastore.org/sarif-2.1.0.json";

Json Message(const std::string& text) { return Json{{"text", text}}; }

Json ArtifactLocation(const std::string& path, const ReportOptions& options) {
  ArtifactUri uri = PathToUri(path, options.working_directory);
  Json j;
  j["uri"] = uri.uri;
  if (uri.relative) j["uriBaseId"] = kSrcRootBaseId;
  return j;
}

Json Region(const Location& location) {
  Json j;
  j["startLine"] = location.line;
  if (location.column > 0) j["startColumn"] = location.column;
  if (location.end_line > 0) {
    j["endLine"] = location.end_line;
    if (location.end_column > 0) j["endColumn"] = location.end_column;
  }
  return j;
}

Json PhysicalLocation(const Location& location, const ReportOptions& options) {
  Json j;
  j["artifactLocation"] = ArtifactLocation(location.path, options);
  if (location.has_region()) j["region"] = Region(location);
  return j;
}

// What a code-scanning alert shows under "Rule help": what the rule finds
// and how to act on a finding of it.
Json RuleHelp(const RuleInfo& rule) {
  // Findings of the checks can be tuned; problems with the run's own files
  // cannot.
  bool finding = rule.id.rfind("fact-", 0) == 0 || rule.id.rfind("suppression-", 0) == 0;
  bool input = rule.id.rfind("input-", 0) == 0;
  std::string fixed =
      input ? "An input problem: the run could not read or check part of its "
              "input, so it stays an error; fix the input."
            : "A problem in a configuration, rule or facts file: the run "
              "stops (exit 2) until the file is fixed.";
  std::string act =
      !finding ? fixed
            : "Change its level with [severity] " + rule.id +
                  " = \"warning\" in .factlint.toml or --severity " + rule.id +
                  "=warning, or silence one finding with a comment "
                  "factlint-disable-next-line " + rule.id + " on the line before.";
  std::string markdown_act =
      !finding ? fixed
            : "Change its level with `[severity] " + rule.id +
                  " = \"warning\"` in `.factlint.toml` or `--severity " + rule.id +
                  "=warning`, or silence one finding with a comment "
                  "`factlint-disable-next-line " + rule.id + "` on the line before.";
  return Json{{"text", rule.description + "\n\n" + act},
              {"markdown", "**" + rule.name + "**: " + rule.description + "\n\n" +
                               markdown_act}};
}

Json RuleJson(const RuleInfo& rule, const ReportOptions& options) {
  Json j;
  j["id"] = rule.id;
  // docs/rules.md has a heading of every known rule's id (its anchor);
  // an id the run met without a description has none.
  if (!options.docs_url.empty() && !rule.description.empty())
    j["helpUri"] = options.docs_url + "/docs/rules.md#" + rule.id;
  if (!rule.name.empty()) {
    j["name"] = rule.name;
    j["shortDescription"] = Message(rule.name);
  }
  if (!rule.description.empty()) {
    j["fullDescription"] = Message(rule.description);
    j["help"] = RuleHelp(rule);
  }
  j["defaultConfiguration"] = {{"level", SarifLevel(rule.default_severity)}};
  return j;
}

// One fix per diagnostic holding all its fix-its, one artifactChange per
// file. Fix-its without a region cannot be expressed and are left out.
Json FixesJson(const Diagnostic& d, const ReportOptions& options) {
  std::vector<std::string> order;
  std::map<std::string, Json> replacements;
  for (const FixIt& fix : d.fixits) {
    if (!fix.location.has_region()) continue;
    if (!replacements.count(fix.location.path)) {
      order.push_back(fix.location.path);
      replacements[fix.location.path] = Json::array();
    }
    replacements[fix.location.path].push_back(
        {{"deletedRegion", Region(fix.location)},
         {"insertedContent", {{"text", fix.replacement}}}});
  }
  Json fixes = Json::array();
  if (order.empty()) return fixes;
  Json changes = Json::array();
  for (const std::string& path : order) {
    changes.push_back({{"artifactLocation", ArtifactLocation(path, options)},
                       {"replacements", replacements[path]}});
  }
  fixes.push_back({{"artifactChanges", std::move(changes)}});
  return fixes;
}

// One result: the diagnostic, its notes as related locations, its fixes.
Json ResultJson(const Diagnostic& d, const std::map<std::string, int>& rule_index,
                const ReportOptions& options) {
  Json r;
  r["ruleId"] = d.rule_id;
  r["ruleIndex"] = rule_index.at(d.rule_id);
  r["level"] = SarifLevel(d.severity);
  r["message"] = Message(d.message);
  r["locations"] = Json::array(
      {{{"physicalLocation", PhysicalLocation(d.location, options)}}});
  if (!d.notes.empty()) {
    Json related = Json::array();
    for (size_t i = 0; i < d.notes.size(); ++i) {
      Json loc = {{"id", i + 1},
                  {"physicalLocation", PhysicalLocation(d.notes[i].location, options)},
                  {"message", Message(d.notes[i].message)}};
      if (!d.notes[i].statement.empty())
        loc["properties"] = StatementProperties(d.notes[i].statement);
      related.push_back(std::move(loc));
    }
    r["relatedLocations"] = std::move(related);
  }
  // A stable identity of the finding across edits that move lines, for
  // code-scanning services that track results between runs.
  if (!d.fingerprint.empty())
    r["partialFingerprints"] = {{"factlintFinding/v1", FingerprintHash(d.fingerprint)}};
  if (!d.fact_id.empty()) {
    Json props = d.statement.empty() ? Json::object() : StatementProperties(d.statement);
    props["factId"] = d.fact_id;
    r["properties"] = std::move(props);
  }
  Json fixes = FixesJson(d, options);
  if (!fixes.empty()) r["fixes"] = std::move(fixes);
  return r;
}

}  // namespace

void WriteSarif(const DiagnosticList& diagnostics,
                const ReportOptions& options, std::ostream& out) {
  // Every rule given, in order; rule ids that appear in diagnostics but not
  // in options.rules are appended so that every ruleIndex is valid.
  std::vector<RuleInfo> rules = options.rules;
  std::map<std::string, int> rule_index;
  for (size_t i = 0; i < rules.size(); ++i) rule_index.emplace(rules[i].id, i);
  for (size_t i = 0; i < diagnostics.size(); ++i) {
    const DiagnosticList::Head d = diagnostics.head(i);
    if (rule_index.emplace(d.rule_id, rules.size()).second) {
      rules.push_back({std::string(d.rule_id), "", "", d.severity});
    }
  }

  Json driver;
  driver["name"] = "factlint";
  if (!options.tool_version.empty()) driver["version"] = options.tool_version;
  if (!options.docs_url.empty()) driver["informationUri"] = options.docs_url + "/README.md";
  Json rules_json = Json::array();
  for (const RuleInfo& rule : rules) rules_json.push_back(RuleJson(rule, options));
  driver["rules"] = std::move(rules_json);

  Json run;
  run["tool"] = {{"driver", std::move(driver)}};
  std::string base = DirectoryUri(options.working_directory);
  if (!base.empty()) {
    run["originalUriBaseIds"] = {{kSrcRootBaseId, {{"uri", base}}}};
  }
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = StreamedArrayPlaceholder();

  Json doc;
  doc["$schema"] = kSchema;
  doc["version"] = "2.1.0";
  doc["runs"] = Json::array({std::move(run)});
  WriteStreamedJson(doc, diagnostics.size(),
                    [&](size_t i) { return ResultJson(diagnostics[i], rule_index, options); },
                    out);
}

}  // namespace factlint
