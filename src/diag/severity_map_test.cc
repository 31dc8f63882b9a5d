#include "diag/severity_map.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

Diagnostic Make(const std::string& rule, Severity s) {
  Diagnostic d;
  d.rule_id = rule;
  d.severity = s;
  return d;
}

TEST(SeverityMapTest, OverridesAndSwitchesOff) {
  SeverityMap map;
  EXPECT_EQ(map.AddOverride("fact-conflict=warning"), "");
  EXPECT_EQ(map.AddOverride("fact-bounds=off"), "");
  DiagnosticList ds = {Make("fact-conflict", Severity::kError),
                                Make("fact-bounds", Severity::kError),
                                Make("fact-share", Severity::kError)};
  map.Apply(&ds);
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].rule_id, "fact-conflict");
  EXPECT_EQ(ds[0].severity, Severity::kWarning);
  EXPECT_EQ(ds[1].rule_id, "fact-share");
  EXPECT_EQ(ds[1].severity, Severity::kError);
}

TEST(SeverityMapTest, RejectsBadSpecs) {
  SeverityMap map;
  EXPECT_NE(map.AddOverride("fact-conflict"), "");
  EXPECT_NE(map.AddOverride("=error"), "");
  EXPECT_NE(map.AddOverride("fact-conflict=fatal"), "");
}

TEST(SeverityMapTest, FailOnLevels) {
  std::vector<Diagnostic> warn = {Make("x", Severity::kWarning)};
  EXPECT_FALSE(RunFails(warn, FailOn::kError));
  EXPECT_TRUE(RunFails(warn, FailOn::kWarning));
  EXPECT_FALSE(RunFails(warn, FailOn::kNever));
  std::vector<Diagnostic> err = {Make("x", Severity::kError)};
  EXPECT_TRUE(RunFails(err, FailOn::kError));
  EXPECT_FALSE(RunFails({}, FailOn::kWarning));
  EXPECT_FALSE(ParseFailOn("sometimes").has_value());
}

}  // namespace
}  // namespace factlint
