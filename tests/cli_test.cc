// End-to-end tests of the command line that check properties rather than
// whole outputs: exit codes, SARIF structure, inputs left untouched.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include <cstdlib>

#include <sys/stat.h>

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
  EXPECT_EQ(RunFactlint({"check", "--severity", "fact-bogus=off", "seeds/"}).code, 2);
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

namespace factlint::testing {
namespace {

TEST(CliWorkflowTest, AFixThatCannotBeWrittenStillReportsTheFinding) {
  std::string dir = TempDir();
  std::string draft = dir + "/draft.md";
  const std::string text =
      ReadFile(std::string(FACTLINT_SOURCE_DIR) + "/fixtures/workflow/canonical/draft.md");
  WriteFile(draft, text);
  ASSERT_EQ(chmod(draft.c_str(), 0444), 0);
  RunResult r = RunFactlint(
      {"check", "--facts", "fixtures/workflow/canonical/facts.toml", "--fix", draft});
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_NE(r.err.find("read-only"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("[fact-canonical]"), std::string::npos) << r.out;
  EXPECT_EQ(ReadFile(draft), text);
}

TEST(CliWorkflowTest, BaselineRecordsAndThenHidesKnownFindings) {
  std::string dir = TempDir();
  std::string baseline = dir + "/baseline.json";
  RunResult write = RunFactlint({"check", "--write-baseline", baseline, "seeds/"});
  EXPECT_EQ(write.code, 0) << write.err;
  json recorded = json::parse(ReadFile(baseline));
  EXPECT_EQ(recorded["factlint_baseline"], 1);
  ASSERT_EQ(recorded["findings"].size(), 1u);
  EXPECT_EQ(recorded["findings"][0]["rule"], "fact-conflict");

  RunResult known = RunFactlint({"check", "--baseline", baseline, "seeds/"});
  EXPECT_EQ(known.code, 0) << known.out;
  EXPECT_EQ(known.out, "checked 5 files: no new contradictions (1 in the baseline)\n");

  // A new contradiction is still reported with the baseline in force.
  RunResult fresh = RunFactlint({"check", "--baseline", baseline, "seeds/",
                                 "fixtures/cli/draft-against-seeds/draft.md"});
  EXPECT_EQ(fresh.code, 1);
  EXPECT_NE(fresh.out.find("526家"), std::string::npos) << fresh.out;
}

TEST(CliWorkflowTest, BaselineKnowsAConflictWhateverTheOrderOfFiles) {
  // seed 003 has no date, so the conflict is reported in the file named
  // later; a baseline written in one order still covers the other.
  std::string baseline = TempDir() + "/baseline.json";
  const std::string a = "seeds/001_dff61195967c57f5.txt";
  const std::string b = "seeds/003_af76cae5511be1fe.txt";
  ASSERT_EQ(RunFactlint({"check", "--write-baseline", baseline, a, b}).code, 0);
  RunResult flipped = RunFactlint({"check", "--baseline", baseline, b, a});
  EXPECT_EQ(flipped.code, 0) << flipped.out;
  EXPECT_EQ(RunFactlint({"check", b, a}).code, 1);
}

TEST(CliWorkflowTest, BaselineOfAnotherVersionIsAnError) {
  std::string dir = TempDir();
  std::string baseline = dir + "/old.json";
  WriteFile(baseline, R"({"factlint_baseline": 0, "findings": []})");
  RunResult r = RunFactlint({"check", "--baseline", baseline, "seeds/"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find(baseline), std::string::npos) << r.err;
  WriteFile(baseline, "{not json");
  EXPECT_EQ(RunFactlint({"check", "--baseline", baseline, "seeds/"}).code, 2);
}

TEST(CliWorkflowTest, InitWritesALoadableConfigOnce) {
  std::string dir = TempDir();
  std::string cmd = "cd " + dir + " && " + FACTLINT_BINARY + " init >/dev/null 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::string config = dir + "/.factlint.toml";
  EXPECT_NE(ReadFile(config).find("[severity]"), std::string::npos);
  EXPECT_NE(std::system(cmd.c_str()), 0);  // refuses to overwrite
  RunResult r = RunFactlint({"check", "--config", config, "seeds/"});
  EXPECT_EQ(r.code, 1) << r.err;
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

TEST(CliIndexTest, ResultsWithTheIndexEqualResultsWithoutIt) {
  std::string db = TempDir() + "/seeds.db";
  RunResult index = RunFactlint({"index", "seeds/", "--db", db});
  ASSERT_EQ(index.code, 0) << index.err;
  EXPECT_NE(index.out.find("5 added"), std::string::npos) << index.out;
  for (const char* format : {"text", "json", "sarif"}) {
    const std::string draft = "fixtures/cli/draft-against-seeds/draft.md";
    RunResult with = RunFactlint({"check", "--format", format, "--against-db", db, draft});
    RunResult without = RunFactlint({"check", "--format", format, "--against", "seeds/", draft});
    EXPECT_EQ(with.code, 1) << with.err;
    EXPECT_EQ(with.code, without.code);
    EXPECT_EQ(with.out, without.out) << format;
  }
  RunResult again = RunFactlint({"index", "seeds/", "--db", db});
  EXPECT_NE(again.out.find("5 unchanged"), std::string::npos) << again.out;
}

TEST(CliIndexTest, ConfiguredDatesApplyToTheIndexToo) {
  // brief-1.txt has no date of its own; the configuration gives it one. The
  // index must store the claims as `check --against` would read them.
  const std::string config = "fixtures/workflow/config-dates/factlint.toml";
  const std::string brief = "fixtures/workflow/config-dates/reports/brief-1.txt";
  const std::string draft = "fixtures/workflow/config-dates/reports/draft-1.txt";
  std::string db = TempDir() + "/briefs.db";
  RunResult index = RunFactlint({"index", "--config", config, brief, "--db", db});
  ASSERT_EQ(index.code, 0) << index.err;
  RunResult with = RunFactlint({"check", "--config", config, "--against-db", db, draft});
  RunResult without = RunFactlint({"check", "--config", config, "--against", brief, draft});
  EXPECT_EQ(with.code, 1) << with.err;
  EXPECT_EQ(with.out, without.out);
  EXPECT_NE(with.out.find("document of 2025-12-19"), std::string::npos) << with.out;
  // Indexed with other dates than the configuration now gives: a clear error.
  std::string plain = TempDir() + "/plain.db";
  ASSERT_EQ(RunFactlint({"index", "--no-config", brief, "--db", plain}).code, 0);
  RunResult stale = RunFactlint({"check", "--config", config, "--against-db", plain, draft});
  EXPECT_EQ(stale.code, 2);
  EXPECT_NE(stale.err.find("other metadata"), std::string::npos) << stale.err;
}

TEST(CliIndexTest, CorruptIndexIsAClearError) {
  std::string db = TempDir() + "/broken.db";
  WriteFile(db, std::string("SQLite format 3\0garbage garbage garbage", 40));
  RunResult r = RunFactlint({"check", "--against-db", db, "seeds/"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find(db), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

// docs/rules.md is generated from the rule files; this keeps it from
// drifting. FACTLINT_UPDATE_GOLDEN=1 regenerates it.
TEST(CliDocsTest, RuleReferenceIsGeneratedFromTheRuleFiles) {
  RunResult r = RunFactlint({"rules", "--markdown"});
  ASSERT_EQ(r.code, 0) << r.err;
  std::string path = std::string(FACTLINT_SOURCE_DIR) + "/docs/rules.md";
  if (UpdateGolden()) WriteFile(path, r.out);
  EXPECT_EQ(r.out, ReadFile(path))
      << "docs/rules.md is stale: run FACTLINT_UPDATE_GOLDEN=1 build/e2e_tests";
  EXPECT_NE(r.out.find("## cn-rd-top2000-firms"), std::string::npos);
}

}  // namespace
}  // namespace factlint::testing

namespace factlint::testing {
namespace {

const char* const kSeed003 = "seeds/003_af76cae5511be1fe.txt";

TEST(CliExplainTest, JsonExplainsTheFoundContradiction) {
  RunResult r = RunFactlint({"explain", "--format", "json",
                             std::string(kSeed003) + ":25:86", "--against", "seeds/"});
  ASSERT_EQ(r.code, 0) << r.err;
  json e = json::parse(r.out);
  EXPECT_EQ(e["file"], kSeed003);
  EXPECT_EQ(e["line"], 25);
  EXPECT_EQ(e["column"], 86);
  EXPECT_EQ(e["exact"], true);
  ASSERT_EQ(e["claims"].size(), 1u);
  const json& c = e["claims"][0];
  EXPECT_EQ(c["claim"]["written"], "525家");
  EXPECT_EQ(c["claim"]["dimension"], "count:家");
  EXPECT_EQ(c["claim"]["value"]["lo"], 525.0);
  EXPECT_EQ(c["claim"]["period"]["document_date"], "2026-03-05");  // by its session ([dating])
  EXPECT_EQ(c["fact"]["id"], "cn-rd-top2000-firms");
  EXPECT_EQ(c["fact"]["reason"]["by"], "rule");
  EXPECT_FALSE(c["fact"]["reason"]["pattern"].get<std::string>().empty());
  ASSERT_EQ(c["fact"]["others"].size(), 1u);
  const json& other = c["fact"]["others"][0];
  EXPECT_EQ(other["claim"]["written"], "524家");
  EXPECT_EQ(other["claim"]["reference"], true);
  EXPECT_EQ(other["claim"]["period"]["document_date"], "2025-12-19");
  EXPECT_EQ(other["compared"], true);
  EXPECT_FALSE(other["why"].get<std::string>().empty());
  EXPECT_EQ(other["verdict"], "disjoint");
  ASSERT_EQ(c["findings"].size(), 1u);
  EXPECT_EQ(c["findings"][0]["rule"], "fact-conflict");
  EXPECT_EQ(c["findings"][0]["here"], true);
}

TEST(CliExplainTest, ALineWithoutClaimsListsTheNearest) {
  RunResult r = RunFactlint({"explain", std::string(kSeed003) + ":2"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("no claim on this line"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("25:86  525家"), std::string::npos) << r.out;
  RunResult j = RunFactlint({"explain", "--format", "json", std::string(kSeed003) + ":2"});
  EXPECT_EQ(j.code, 0) << j.err;
  json e = json::parse(j.out);
  EXPECT_TRUE(e["claims"].empty());
  EXPECT_FALSE(e["nearest"].empty());
}

TEST(CliExplainTest, BadPositionsAreUsageErrors) {
  struct Case {
    std::string position;
    std::string says;
  };
  const std::vector<Case> cases = {
      {kSeed003, "FILE:LINE[:COL]"},
      {std::string(kSeed003) + ":x", "FILE:LINE[:COL]"},
      {std::string(kSeed003) + ":0", "lines count from 1"},
      {std::string(kSeed003) + ":25:0", "columns count from 1"},
      {std::string(kSeed003) + ":100000", "beyond the end"},
      {"seeds/no-such-file.txt:3", "not among the inputs"},
      {"seeds:3", "not among the inputs"},
  };
  for (const Case& c : cases) {
    RunResult r = RunFactlint({"explain", c.position});
    EXPECT_EQ(r.code, 2) << c.position;
    EXPECT_NE(r.err.find(c.says), std::string::npos) << c.position << ": " << r.err;
    EXPECT_EQ(r.out, "") << c.position;
  }
  EXPECT_EQ(RunFactlint({"explain"}).code, 2);
  EXPECT_EQ(RunFactlint({"explain", "--format", "sarif", std::string(kSeed003) + ":25"}).code, 2);
}

}  // namespace
}  // namespace factlint::testing
