#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "report/fake_line_source_test_util.h"
#include "report/report.h"

namespace factlint {
namespace {

using nlohmann::json;

ReportOptions Options() {
  ReportOptions options;
  options.tool_version = "0.1.0";
  options.working_directory = "/work/main";
  options.rules = {
      {"fact-conflict", "Conflicting facts", "Two documents state different values.",
       Severity::kError},
      {"share-sum", "Shares exceed 100%", "Parts add up to more than the whole.",
       Severity::kWarning},
  };
  return options;
}

json Render(const std::vector<Diagnostic>& diagnostics,
            const ReportOptions& options = Options()) {
  FakeLineSource lines;
  std::ostringstream out;
  WriteReport(Format::kSarif, diagnostics, lines, options, out);
  return json::parse(out.str());
}

TEST(SarifFormatTest, HeaderAndDriver) {
  json j = Render({ConflictDiagnostic()});
  EXPECT_EQ(j["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
  EXPECT_EQ(j["version"], "2.1.0");
  ASSERT_EQ(j["runs"].size(), 1u);
  const json& run = j["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const json& driver = run["tool"]["driver"];
  EXPECT_EQ(driver["name"], "factlint");
  EXPECT_EQ(driver["version"], "0.1.0");
  EXPECT_FALSE(driver.contains("informationUri"));
  EXPECT_EQ(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///work/main/");
}

// SARIF 2.1.0 puts informationUri on the tool component (the driver) and
// helpUri on each reportingDescriptor; both are absolute URIs.
TEST(SarifFormatTest, DocumentationLinksWhenABaseIsConfigured) {
  ReportOptions options = Options();
  options.docs_url = "https://example.org/factlint/blob/v1";
  Diagnostic unknown = ConflictDiagnostic();
  unknown.rule_id = "undescribed-rule";  // met in the run, not in options.rules
  json j = Render({unknown}, options);
  const json& driver = j["runs"][0]["tool"]["driver"];
  EXPECT_EQ(driver["informationUri"], "https://example.org/factlint/blob/v1/README.md");
  const json& rules = driver["rules"];
  ASSERT_EQ(rules.size(), 3u);
  EXPECT_EQ(rules[0]["helpUri"], "https://example.org/factlint/blob/v1/docs/rules.md#fact-conflict");
  EXPECT_EQ(rules[1]["helpUri"], "https://example.org/factlint/blob/v1/docs/rules.md#share-sum");
  EXPECT_EQ(rules[2]["id"], "undescribed-rule");
  EXPECT_FALSE(rules[2].contains("helpUri"));  // no heading of its own to point at
  // Without a base, no link.
  EXPECT_FALSE(Render({ConflictDiagnostic()})["runs"][0]["tool"]["driver"]["rules"][0].contains(
      "helpUri"));
}

TEST(SarifFormatTest, AllRulesInOrder) {
  json j = Render({});
  const json& rules = j["runs"][0]["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(rules[0]["id"], "fact-conflict");
  EXPECT_EQ(rules[0]["name"], "Conflicting facts");
  EXPECT_EQ(rules[0]["shortDescription"]["text"], "Conflicting facts");
  EXPECT_EQ(rules[0]["fullDescription"]["text"],
            "Two documents state different values.");
  EXPECT_EQ(rules[0]["defaultConfiguration"]["level"], "error");
  EXPECT_EQ(rules[1]["id"], "share-sum");
  EXPECT_EQ(rules[1]["defaultConfiguration"]["level"], "warning");
  EXPECT_TRUE(j["runs"][0]["results"].empty());
}

TEST(SarifFormatTest, ResultWithRegionAndRelatedLocation) {
  Diagnostic d = ConflictDiagnostic();
  d.severity = Severity::kWarning;
  json j = Render({d});
  const json& r = j["runs"][0]["results"][0];
  EXPECT_EQ(r["ruleId"], "fact-conflict");
  EXPECT_EQ(r["ruleIndex"], 0);
  EXPECT_EQ(r["level"], "warning");
  EXPECT_EQ(r["message"]["text"], d.message);
  const json& phys = r["locations"][0]["physicalLocation"];
  EXPECT_EQ(phys["artifactLocation"]["uri"], "drafts/2026-03.md");
  EXPECT_EQ(phys["artifactLocation"]["uriBaseId"], "%SRCROOT%");
  EXPECT_EQ(phys["region"],
            json({{"startLine", 12}, {"startColumn", 26}, {"endLine", 12},
                  {"endColumn", 30}}));
  ASSERT_EQ(r["relatedLocations"].size(), 1u);
  const json& rel = r["relatedLocations"][0];
  EXPECT_EQ(rel["id"], 1);
  EXPECT_EQ(rel["message"]["text"], "524 stated here");
  // "seeds/其他 报告.txt", relative and percent-encoded.
  EXPECT_EQ(rel["physicalLocation"]["artifactLocation"]["uri"],
            "seeds/%E5%85%B6%E4%BB%96%20%E6%8A%A5%E5%91%8A.txt");
  EXPECT_EQ(rel["physicalLocation"]["region"]["startColumn"], 3);
  EXPECT_FALSE(r.contains("fixes"));
}

TEST(SarifFormatTest, FactPropertiesAndAStablePartialFingerprint) {
  Diagnostic d = ConflictDiagnostic();
  d.fact_id = "cn-rd-top2000-firms";
  d.statement = {"525家", "2024", "2026-03-06"};
  d.fingerprint = "cn-rd-top2000-firms|525家|企业";
  d.notes[0].statement = {"524家", "2024", ""};
  json r = Render({d})["runs"][0]["results"][0];
  EXPECT_EQ(r["properties"]["factId"], "cn-rd-top2000-firms");
  EXPECT_EQ(r["properties"]["value"], "525家");
  EXPECT_EQ(r["properties"]["documentDate"], "2026-03-06");
  EXPECT_EQ(r["relatedLocations"][0]["properties"]["value"], "524家");
  EXPECT_FALSE(r["relatedLocations"][0]["properties"].contains("documentDate"));
  const std::string print = r["partialFingerprints"]["factlintFinding/v1"];
  EXPECT_EQ(print.size(), 16u);
  // The same finding elsewhere in the file keeps its fingerprint; another
  // finding gets another.
  Diagnostic moved = d;
  moved.location.line = 40;
  EXPECT_EQ(Render({moved})["runs"][0]["results"][0]["partialFingerprints"]["factlintFinding/v1"], print);
  Diagnostic other = d;
  other.fingerprint = "cn-rd-top2000-firms|526家|企业";
  EXPECT_NE(Render({other})["runs"][0]["results"][0]["partialFingerprints"]["factlintFinding/v1"], print);
}

TEST(SarifFormatTest, UnknownRuleIsAppendedAndIndexed) {
  Diagnostic a = ConflictDiagnostic();
  Diagnostic b = a;
  b.rule_id = "input-binary";
  b.severity = Severity::kNote;
  b.location = Location();
  b.location.path = "/elsewhere/x.bin";
  b.notes.clear();
  Diagnostic c = a;
  c.rule_id = "share-sum";
  json j = Render({b, c, a});
  const json& run = j["runs"][0];
  ASSERT_EQ(run["tool"]["driver"]["rules"].size(), 3u);
  EXPECT_EQ(run["tool"]["driver"]["rules"][2]["id"], "input-binary");
  EXPECT_EQ(run["results"][0]["ruleIndex"], 2);
  EXPECT_EQ(run["results"][0]["level"], "note");
  EXPECT_EQ(run["results"][1]["ruleIndex"], 1);
  EXPECT_EQ(run["results"][2]["ruleIndex"], 0);
  const json& phys = run["results"][0]["locations"][0]["physicalLocation"];
  EXPECT_EQ(phys["artifactLocation"], json({{"uri", "file:///elsewhere/x.bin"}}));
  EXPECT_FALSE(phys.contains("region"));
}

TEST(SarifFormatTest, FixesBecomeArtifactChanges) {
  Diagnostic d = ConflictDiagnostic();
  d.fixits.push_back({MakeLocation(kDraftPath, 12, 26, 12, 29), "524"});
  d.fixits.push_back({MakeLocation(kSeedPath, 57, 3, 57, 6), "525"});
  d.fixits.push_back({MakeLocation(kDraftPath, 12, 1, 12, 2), "于"});
  json j = Render({d});
  const json& fixes = j["runs"][0]["results"][0]["fixes"];
  ASSERT_EQ(fixes.size(), 1u);
  const json& changes = fixes[0]["artifactChanges"];
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0]["artifactLocation"]["uri"], "drafts/2026-03.md");
  ASSERT_EQ(changes[0]["replacements"].size(), 2u);
  EXPECT_EQ(changes[0]["replacements"][0]["deletedRegion"]["endColumn"], 29);
  EXPECT_EQ(changes[0]["replacements"][0]["insertedContent"]["text"], "524");
  EXPECT_EQ(changes[0]["replacements"][1]["insertedContent"]["text"], "于");
  EXPECT_EQ(changes[1]["replacements"][0]["insertedContent"]["text"], "525");
}

TEST(SarifFormatTest, NoVersionOrBaseWhenNotGiven) {
  ReportOptions options;
  json j = Render({ConflictDiagnostic()}, options);
  const json& run = j["runs"][0];
  EXPECT_FALSE(run["tool"]["driver"].contains("version"));
  EXPECT_FALSE(run.contains("originalUriBaseIds"));
  EXPECT_EQ(run["tool"]["driver"]["rules"].size(), 1u);
  EXPECT_EQ(run["results"][0]["ruleIndex"], 0);
}

}  // namespace
}  // namespace factlint
