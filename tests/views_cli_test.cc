// `factlint history` and `factlint report` from the command line, beyond the
// golden snapshots under fixtures/cli/: the file -o writes, what history
// needs to run, and that both show exactly the findings check reports.
#include <gtest/gtest.h>

#include <regex>

#include "run_factlint.h"

namespace factlint::testing {
namespace {

const char kMaterial[] = "fixtures/report/material/";

size_t Count(const std::string& text, const std::regex& re) {
  return static_cast<size_t>(
      std::distance(std::sregex_iterator(text.begin(), text.end(), re), std::sregex_iterator()));
}

TEST(ReportCliTest, WritesTheFileItWouldPrint) {
  const std::string file = TempDir() + "/report.html";
  RunResult written = RunFactlint({"report", "--format", "html", "-o", file, kMaterial});
  EXPECT_EQ(written.code, 1) << written.err;  // the material holds findings
  EXPECT_EQ(written.out, "");
  RunResult printed = RunFactlint({"report", kMaterial});
  EXPECT_EQ(printed.code, 1) << printed.err;
  EXPECT_EQ(ReadFile(file), printed.out);
}

TEST(ReportCliTest, ListsEveryFindingCheckReports) {
  RunResult check = RunFactlint({"check", "--format", "json", kMaterial});
  RunResult report = RunFactlint({"report", kMaterial});
  const size_t findings = Count(check.out, std::regex("\n      \"rule\": "));
  ASSERT_GT(findings, 0u) << check.out;
  EXPECT_EQ(Count(report.out, std::regex("<li class=\"finding ")), findings);
}

TEST(ReportCliTest, OnlyHtmlIsAFormat) {
  RunResult r = RunFactlint({"report", "--format", "pdf", kMaterial});
  EXPECT_EQ(r.code, 2);
}

TEST(HistoryCliTest, NeedsMaterial) {
  RunResult r = RunFactlint({"history", "cn-tech-contract-turnover"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("no material"), std::string::npos) << r.err;
}

TEST(HistoryCliTest, MarksWhatCheckReportsAndNoMore) {
  // With the conflict switched off, the draft's statement is no longer
  // marked: marks come from the findings, not from comparing values.
  RunResult on = RunFactlint({"history", "cn-tech-contract-turnover", kMaterial});
  ASSERT_EQ(on.code, 0) << on.err;
  EXPECT_NE(on.out.find("[flagged: fact-conflict]"), std::string::npos) << on.out;
  const std::string config = TempDir() + "/factlint.toml";
  WriteFile(config, "[severity]\nfact-conflict = \"off\"\n");
  RunResult off = RunFactlint({"--config", config, "history", "cn-tech-contract-turnover",
                               kMaterial});
  ASSERT_EQ(off.code, 0) << off.err;
  EXPECT_EQ(off.out.find("fact-conflict"), std::string::npos) << off.out;
  EXPECT_NE(off.out.find("[revised: fact-revised]"), std::string::npos) << off.out;
}

TEST(HistoryCliTest, AnIndexAloneIsMaterialAndIsReportedOn) {
  // No PATH: the archive's own revision and contradiction are still marked.
  const std::string db = TempDir() + "/archive.db";
  RunResult index = RunFactlint({"index", kMaterial, "--db", db});
  ASSERT_EQ(index.code, 0) << index.err;
  RunResult r = RunFactlint({"history", "cn-tech-contract-turnover", "--against-db", db});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("5 statements, 2 findings"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[revised: fact-revised]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[flagged: fact-conflict]"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace factlint::testing
