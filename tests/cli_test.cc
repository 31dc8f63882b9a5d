// End-to-end tests of the command line that check properties rather than
// whole outputs: exit codes, SARIF structure, inputs left untouched.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "run_factlint.h"

namespace factlint::testing {
namespace {

using nlohmann::json;

TEST(CliTest, HelpAndVersionExitZero) {
  RunResult help = RunFactlint({"--help"});
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("check"), std::string::npos);
  RunResult version = RunFactlint({"--version"});
  EXPECT_EQ(version.code, 0);
  EXPECT_NE(version.out.find("factlint"), std::string::npos);
}

TEST(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(RunFactlint({}).code, 2);
  EXPECT_EQ(RunFactlint({"check"}).code, 2);
  EXPECT_EQ(RunFactlint({"frobnicate", "seeds/"}).code, 2);
  EXPECT_EQ(RunFactlint({"check", "--fail-on", "sometimes", "seeds/"}).code, 2);
  EXPECT_EQ(RunFactlint({"check", "--severity", "fact-conflict", "seeds/"}).code, 2);
}

TEST(CliTest, SarifHasRequiredFields) {
  RunResult r = RunFactlint({"check", "--format", "sarif", "seeds/"});
  ASSERT_EQ(r.code, 1) << r.err;
  json sarif = json::parse(r.out);
  EXPECT_EQ(sarif["version"], "2.1.0");
  EXPECT_NE(sarif["$schema"].get<std::string>().find("sarif"), std::string::npos);
  const json& run = sarif["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  EXPECT_EQ(run["tool"]["driver"]["name"], "factlint");
  const json& rules = run["tool"]["driver"]["rules"];
  ASSERT_TRUE(rules.is_array());
  ASSERT_EQ(run["results"].size(), 1u);
  const json& result = run["results"][0];
  EXPECT_EQ(result["ruleId"], "fact-conflict");
  EXPECT_EQ(rules[result["ruleIndex"].get<int>()]["id"], "fact-conflict");
  EXPECT_EQ(result["level"], "error");
  const json& loc = result["locations"][0]["physicalLocation"];
  EXPECT_EQ(loc["artifactLocation"]["uri"], "seeds/003_af76cae5511be1fe.txt");
  EXPECT_EQ(loc["region"]["startLine"], 25);
  ASSERT_EQ(result["relatedLocations"].size(), 1u);
  EXPECT_EQ(result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "seeds/001_dff61195967c57f5.txt");
  EXPECT_EQ(result["relatedLocations"][0]["physicalLocation"]["region"]["startLine"], 57);
}

TEST(CliTest, InputFilesAreNeverModified) {
  const std::vector<std::string> files = {
      "seeds/001_dff61195967c57f5.txt", "seeds/003_af76cae5511be1fe.txt",
      "fixtures/cli/input-invalid-utf8/bad.txt",
      "fixtures/cli/input-gb18030/report.txt"};
  std::vector<std::string> before;
  for (const auto& f : files)
    before.push_back(ReadFile(std::string(FACTLINT_SOURCE_DIR) + "/" + f));
  for (const char* format : {"text", "json", "sarif", "github"}) {
    std::vector<std::string> args = {"check", "--format", format};
    args.insert(args.end(), files.begin(), files.end());
    RunFactlint(args);
  }
  for (size_t i = 0; i < files.size(); ++i)
    EXPECT_EQ(ReadFile(std::string(FACTLINT_SOURCE_DIR) + "/" + files[i]), before[i])
        << files[i];
}

TEST(CliTest, ExitCodeFollowsFailOn) {
  EXPECT_EQ(RunFactlint({"check", "seeds/"}).code, 1);
  EXPECT_EQ(RunFactlint({"check", "--fail-on", "never", "seeds/"}).code, 0);
  EXPECT_EQ(RunFactlint({"check", "fixtures/check/conflict/good"}).code, 0);
}

}  // namespace
}  // namespace factlint::testing
