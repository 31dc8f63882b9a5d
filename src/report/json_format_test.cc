#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "report/fake_line_source_test_util.h"
#include "report/report.h"

namespace factlint {
namespace {

std::string Render(const std::vector<Diagnostic>& diagnostics) {
  FakeLineSource lines = SampleLines();
  std::ostringstream out;
  WriteReport(Format::kJson, diagnostics, lines, ReportOptions(), out);
  return out.str();
}

TEST(JsonFormatTest, ParsesBackWithAllFields) {
  Diagnostic d = ConflictDiagnostic();
  d.fixits.push_back({MakeLocation(kDraftPath, 12, 26, 12, 29), "524"});
  std::string text = Render({d});
  nlohmann::json j = nlohmann::json::parse(text);
  EXPECT_EQ(j["version"], 1);
  ASSERT_EQ(j["diagnostics"].size(), 1u);
  const nlohmann::json& x = j["diagnostics"][0];
  EXPECT_EQ(x["rule"], "fact-conflict");
  EXPECT_EQ(x["severity"], "error");
  EXPECT_EQ(x["message"], d.message);
  EXPECT_EQ(x["location"]["path"], kDraftPath);
  EXPECT_EQ(x["location"]["line"], 12);
  EXPECT_EQ(x["location"]["column"], 26);
  EXPECT_EQ(x["location"]["end_line"], 12);
  EXPECT_EQ(x["location"]["end_column"], 30);
  ASSERT_EQ(x["notes"].size(), 1u);
  EXPECT_EQ(x["notes"][0]["message"], "524 stated here");
  EXPECT_EQ(x["notes"][0]["location"]["path"], kSeedPath);
  EXPECT_EQ(x["notes"][0]["location"]["column"], 3);
  ASSERT_EQ(x["fixes"].size(), 1u);
  EXPECT_EQ(x["fixes"][0]["replacement"], "524");
  EXPECT_EQ(x["fixes"][0]["location"]["end_column"], 29);
  EXPECT_EQ(j["summary"]["errors"], 1);
  EXPECT_EQ(j["summary"]["warnings"], 0);
  EXPECT_EQ(j["summary"]["notes"], 0);
}

TEST(JsonFormatTest, TheFactBothStatementsAndTheFingerprint) {
  Diagnostic d = ConflictDiagnostic();
  d.fact_id = "cn-rd-top2000-firms";
  d.statement = {"525家", "2024", "2026-03-06"};
  d.fingerprint = "cn-rd-top2000-firms|525家|企业";
  d.notes[0].statement = {"524家", "2024", ""};
  nlohmann::json x = nlohmann::json::parse(Render({d}))["diagnostics"][0];
  EXPECT_EQ(x["fact"]["id"], "cn-rd-top2000-firms");
  EXPECT_EQ(x["fact"]["statement"]["value"], "525家");
  EXPECT_EQ(x["fact"]["statement"]["period"], "2024");
  EXPECT_EQ(x["fact"]["statement"]["document_date"], "2026-03-06");
  EXPECT_EQ(x["fingerprint"], d.fingerprint);
  EXPECT_EQ(x["notes"][0]["statement"]["value"], "524家");
  EXPECT_TRUE(x["notes"][0]["statement"]["document_date"].is_null());
  // A finding that is not about a fact has neither.
  nlohmann::json plain = nlohmann::json::parse(Render({ConflictDiagnostic()}))["diagnostics"][0];
  EXPECT_FALSE(plain.contains("fact"));
  EXPECT_FALSE(plain["notes"][0].contains("statement"));
}

TEST(JsonFormatTest, KeysInStableOrderAndCjkUnescaped) {
  std::string text = Render({ConflictDiagnostic()});
  EXPECT_EQ(text.find("\\u"), std::string::npos);
  EXPECT_NE(text.find("\"seeds/其他 报告.txt\""), std::string::npos);
  size_t version = text.find("\"version\"");
  size_t diagnostics = text.find("\"diagnostics\"");
  size_t summary = text.find("\"summary\"");
  EXPECT_LT(version, diagnostics);
  EXPECT_LT(diagnostics, summary);
  size_t rule = text.find("\"rule\"");
  size_t severity = text.find("\"severity\"");
  size_t message = text.find("\"message\"");
  size_t location = text.find("\"location\"");
  size_t notes = text.find("\"notes\"");
  size_t fixes = text.find("\"fixes\"");
  EXPECT_LT(rule, severity);
  EXPECT_LT(severity, message);
  EXPECT_LT(message, location);
  EXPECT_LT(location, notes);
  EXPECT_LT(notes, fixes);
  EXPECT_TRUE(text.ends_with("}\n"));
}

TEST(JsonFormatTest, WholeFileLocationOmitsRegion) {
  Diagnostic d;
  d.rule_id = "input-unreadable";
  d.severity = Severity::kWarning;
  d.message = "cannot read";
  d.location.path = "missing.txt";
  nlohmann::json j = nlohmann::json::parse(Render({d}));
  const nlohmann::json& loc = j["diagnostics"][0]["location"];
  EXPECT_EQ(loc, nlohmann::json({{"path", "missing.txt"}}));
  EXPECT_TRUE(j["diagnostics"][0]["notes"].is_array());
  EXPECT_TRUE(j["diagnostics"][0]["notes"].empty());
  EXPECT_EQ(j["summary"]["warnings"], 1);
}

TEST(JsonFormatTest, EmptyListAndInvalidUtf8) {
  nlohmann::json empty = nlohmann::json::parse(Render({}));
  EXPECT_TRUE(empty["diagnostics"].empty());
  EXPECT_EQ(empty["summary"]["errors"], 0);
  Diagnostic d = ConflictDiagnostic();
  d.message = "bad \xFF byte";
  nlohmann::json j = nlohmann::json::parse(Render({d}));  // must not throw
  EXPECT_EQ(j["diagnostics"][0]["message"], "bad \xEF\xBF\xBD byte");
}

}  // namespace
}  // namespace factlint
