// The differential test of the archive index: `check --against-db`, which
// reads only the stored files the draft's groups need, must report exactly
// what `check --against` reports with every archive file read
// (docs/archive-index.md, "Loading only what a draft needs").
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "run_factlint.h"

namespace factlint::testing {
namespace {

namespace fs = std::filesystem;

// The archive: the seeds and every check fixture, so that drafts meet
// rule groups, generic buckets, revisions, series and last-year figures, and
// some drafts are archive files themselves (read from disk, not the index).
// In sorted order: the index appends its files sorted by path, `--against`
// in the order given.
const std::vector<std::string> kArchive = {"fixtures/check/", "seeds/"};

std::vector<std::string> TextFiles(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".md" || ext == ".txt"))
      files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

class IndexSubsetTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new std::string(TempDir() + "/archive.db");
    std::vector<std::string> args = {"index", "--no-config"};
    args.insert(args.end(), kArchive.begin(), kArchive.end());
    args.insert(args.end(), {"--db", *db_});
    RunResult index = RunFactlint(args);
    ASSERT_EQ(index.code, 0) << index.err;
  }
  static void TearDownTestSuite() {
    delete db_;
    db_ = nullptr;
  }

  // Returns how many drafts had findings, so that a test over drafts that
  // never reach the archive cannot pass unnoticed.
  static int ExpectSame(const std::vector<std::string>& drafts,
                        const std::string& format = "json") {
    int with_findings = 0;
    for (const std::string& draft : drafts) {
      std::vector<std::string> whole = {"check", "--no-config", "--format", format};
      for (const std::string& root : kArchive) whole.insert(whole.end(), {"--against", root});
      whole.push_back(draft);
      RunResult expected = RunFactlint(whole);
      RunResult indexed = RunFactlint({"check", "--no-config", "--format", format,
                                       "--against-db", *db_, draft});
      EXPECT_EQ(indexed.out, expected.out) << draft;
      EXPECT_EQ(indexed.err, expected.err) << draft;
      EXPECT_EQ(indexed.code, expected.code) << draft;
      if (expected.code == 1) ++with_findings;
    }
    return with_findings;
  }

  static std::string* db_;
};

std::string* IndexSubsetTest::db_ = nullptr;

TEST_F(IndexSubsetTest, EvalDraftsAgainstTheIndexEqualTheWholeArchive) {
  std::vector<std::string> drafts = TextFiles("eval/drafts/seeds");
  drafts.push_back("fixtures/cli/draft-against-seeds/draft.md");
  ASSERT_GE(drafts.size(), 20u);
  EXPECT_GE(ExpectSame(drafts), 5);
}

TEST_F(IndexSubsetTest, ArchiveFilesAsDraftsEqualTheWholeArchive) {
  // Each is stored in the index too: it is read from disk, and its stored
  // claims and word counts must not count twice.
  std::vector<std::string> drafts = TextFiles("fixtures/check");
  ASSERT_GE(drafts.size(), 40u);
  EXPECT_GE(ExpectSame(drafts), 10);
}

TEST_F(IndexSubsetTest, TextOutputAndSeveralDraftsToo) {
  EXPECT_GE(ExpectSame({"fixtures/check/conflict/bad/2026-03-draft.md",
                        "fixtures/check/revised/bad/2024-03-bulletin.md",
                        "eval/drafts/seeds/s01_brief.md"},
                       "text"),
            1);
  // A directory of drafts at once.
  EXPECT_GE(ExpectSame({"eval/drafts/seeds"}), 1);
}

}  // namespace
}  // namespace factlint::testing
