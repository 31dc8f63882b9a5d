// The archive index files a fact rule's claims by period (check/index_periods.h):
// a draft reads only the stored files whose periods Compare can pair with its
// claims. This differential test writes an archive of eight years of one
// last-year fact, a fact of any date and a region's figure, stated for a
// year, as of the document, for last year, as goals, as changes over years
// and in undated documents, and checks drafts of several years, regions, as
// of their date and undated with `--against-db` and with `--against`: the
// output must be the same byte for byte, and a dated draft must leave most
// of the archive unread.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <filesystem>
#include <string>
#include <vector>

#include "buffer_run_util.h"
#include "cli/check_run.h"
#include "run_factlint.h"

namespace factlint::testing {
namespace {

namespace fs = std::filesystem;

std::string Dated(const std::string& date, const std::string& body) {
  return "---\ndate: " + date + "\n---\n\n" + body;
}

// 全国技术合同成交额 of year y, in 万亿元; `off` states it wrongly.
std::string Figure(int y, bool off = false) {
  return fmt::format("{:.1f}", 2.0 + 0.5 * (y - 2019) + (off ? 0.3 : 0.0));
}

class IndexPeriodsSubsetTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(TempDir());
    const std::string archive = *dir_ + "/archive";
    fs::create_directories(archive);
    int n = 0;
    auto add = [&](const std::string& text) {
      WriteFile(fmt::format("{}/{:03d}.md", archive, n++), text);
    };
    for (int y = 2019; y <= 2026; ++y) {
      const bool off = y % 3 == 0;  // some years' figures disagree
      add(Dated(fmt::format("{}-02-10", y),
                fmt::format("{}年，全国技术合同成交额达到{}万亿元，比上年增长{}%。\n", y - 1,
                            Figure(y - 1, off), 10 + y % 4)));
      add(Dated(fmt::format("{}-06-15", y),
                fmt::format("全国技术合同成交额达到{}万亿元。\n在全球工业研发投入2000强企业中，"
                            "中国大陆企业有{}家。\n",
                            Figure(y, !off), 500 + (y - 2019) * 3)));
      add(Dated(fmt::format("{}-11-20", y),
                fmt::format("{}年，北京市技术合同成交额达到{}亿元。\n{}年预期目标：全国技术合同"
                            "成交额达到{}万亿元。\n{}年，某某市粮食产量达到{}万吨。\n",
                            y - 1, 4000 + y, y + 1, Figure(y + 1), y - 1, 900 + y % 5)));
    }
    add(Dated("2024-03-01", "全国技术合同成交额由2020年的2.5万亿元增长到2023年的4.0万亿元。\n"));
    add("全国技术合同成交额达到4.4万亿元。\n");
    add("2022年，全国技术合同成交额达到3.7万亿元。\n");
    files_ = n;
    db_ = new std::string(*dir_ + "/archive.db");
    RunResult index = RunFactlint({"index", "--no-config", archive, "--db", *db_});
    ASSERT_EQ(index.code, 0) << index.err;

    const std::string drafts = *dir_ + "/drafts";
    fs::create_directories(drafts);
    auto draft = [&](const std::string& name, const std::string& text) {
      WriteFile(drafts + "/" + name, text);
      drafts_.push_back(drafts + "/" + name);
    };
    draft("a-2025-last-year.md",
          Dated("2025-01-10", "2024年，全国技术合同成交额达到5.9万亿元，比2021年增长50%。\n"));
    draft("b-2025-as-of.md", Dated("2025-03-05", "全国技术合同成交额达到9.9万亿元。\n"
                                                 "在全球工业研发投入2000强企业中，中国大陆企业有"
                                                 "530家。\n"));
    draft("c-2022-region.md",
          Dated("2022-12-01", "2021年，北京市技术合同成交额达到3000亿元。\n"
                              "2021年，某某市粮食产量达到950万吨。\n"));
    draft("d-undated.md", "全国技术合同成交额达到3.0万亿元。\n2023年，全国技术合同成交额达到4.0万亿元。\n");
    draft("e-2023-goal.md",
          Dated("2023-03-05", "2023年预期目标：全国技术合同成交额达到8万亿元。\n"
                              "2020年，全国技术合同成交额达到2.6万亿元。\n"));
    draft("f-2024-series.md",
          Dated("2024-05-01", "全国技术合同成交额由2020年的2.4万亿元增长到2023年的4.1万亿元。\n"));
  }
  static void TearDownTestSuite() {
    delete dir_;
    delete db_;
    dir_ = db_ = nullptr;
    drafts_.clear();
  }

  static std::string* dir_;
  static std::string* db_;
  static int files_;
  static std::vector<std::string> drafts_;
};

std::string* IndexPeriodsSubsetTest::dir_ = nullptr;
std::string* IndexPeriodsSubsetTest::db_ = nullptr;
int IndexPeriodsSubsetTest::files_ = 0;
std::vector<std::string> IndexPeriodsSubsetTest::drafts_;

TEST_F(IndexPeriodsSubsetTest, DraftsOfEveryPeriodEqualTheWholeArchive) {
  int with_findings = 0;
  for (const std::string format : {"json", "text"}) {
    for (const std::string& draft : drafts_) {
      RunResult expected = RunFactlint({"check", "--no-config", "--format", format, "--against",
                                        *dir_ + "/archive", draft});
      RunResult indexed = RunFactlint(
          {"check", "--no-config", "--format", format, "--against-db", *db_, draft});
      EXPECT_EQ(indexed.out, expected.out) << draft;
      EXPECT_EQ(indexed.err, expected.err) << draft;
      EXPECT_EQ(indexed.code, expected.code) << draft;
      if (expected.code == 1) ++with_findings;
    }
  }
  // Findings across years (last year, as of, series, growth, goals) are
  // among those compared, not only clean runs.
  EXPECT_GE(with_findings, 6);
}

TEST_F(IndexPeriodsSubsetTest, ADatedDraftReadsOnlyItsPeriods) {
  RunResult run = RunFactlint({"check", "--no-config", "--against-db", *db_, drafts_[0]}, "",
                              {"FACTLINT_TIMINGS=1"});
  const std::string marker = "factlint: count: index: files selected: ";
  const size_t at = run.err.find(marker);
  ASSERT_NE(at, std::string::npos) << run.err;
  const int selected = std::stoi(run.err.substr(at + marker.size()));
  // Of eight years' files, the draft of 2025 reads those of 2023-2025 and
  // the undated ones; the whole archive would be every file.
  EXPECT_GT(selected, 0);
  EXPECT_LT(selected * 2, files_) << run.err;
}

// The language server reads the index per buffer with the same selection:
// buffer after buffer of every period in one run, as `check --against`.
TEST_F(IndexPeriodsSubsetTest, BuffersOfEveryPeriodEqualTheWholeArchive) {
  const std::string rules = std::string(FACTLINT_SOURCE_DIR) + "/rules";
  Options whole;
  whole.no_config = true;
  whole.against = {*dir_ + "/archive"};
  std::optional<RunSetup> whole_setup = LoadRunSetup(whole);
  ASSERT_TRUE(whole_setup);
  const std::string db = *dir_ + "/here.db";
  BuildIndexHere(whole, *whole_setup, whole.against, db, rules);
  if (::testing::Test::HasFatalFailure()) return;

  std::optional<RunSetup> setup;
  auto run = LoadIndexedRun(db, rules, &setup);
  ASSERT_TRUE(run);
  ASSERT_TRUE(run->buffer_index);
  int with_findings = 0;
  for (const std::string& path : drafts_) {
    SCOPED_TRACE(path);
    auto expected = RunCheckPipeline(whole, *whole_setup, {path}, rules);
    ASSERT_TRUE(expected);
    CheckBuffer(*setup, path, ReadFile(path), run.get());
    EXPECT_EQ(Summaries(*run), Summaries(*expected));
    if (!expected->found.empty()) ++with_findings;
  }
  EXPECT_GE(with_findings, 3);
}

}  // namespace
}  // namespace factlint::testing
