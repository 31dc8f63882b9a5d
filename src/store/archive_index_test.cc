// The archive index against the real seeds: loading from the index gives the
// same Documents as reading the files.
#include "store/archive_index.h"

#include <gtest/gtest.h>

#include "engine/load_documents.h"
#include "store/content_hash.h"
#include "store/sqlite_db.h"
#include "store/store_test_util.h"

namespace factlint {
namespace {

const std::string kSourceDir = FACTLINT_SOURCE_DIR;
const std::string kRules = kSourceDir + "/rules";
const std::string kSeeds = kSourceDir + "/seeds";

class ArchiveIndexTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    extractor_ = Extractor::Load(kRules, &error).release();
    ASSERT_NE(extractor_, nullptr) << error;
  }
  static void TearDownTestSuite() { delete extractor_; }

  // A writable index at `path` holding the five seeds, or null (with a
  // test failure) when it cannot be built.
  static std::unique_ptr<ArchiveIndex> IndexSeeds(const std::string& path,
                                                  UpdateStats* stats = nullptr,
                                                  std::vector<Diagnostic>* input_errors = nullptr) {
    std::string error;
    auto index = ArchiveIndex::Open(path, true, &error);
    EXPECT_TRUE(index) << error;
    if (!index) return nullptr;
    UpdateStats own_stats;
    std::vector<Diagnostic> own_errors;
    const bool ok = index->Update({kSeeds}, *extractor_, kRules, stats ? stats : &own_stats,
                                  input_errors ? input_errors : &own_errors, &error);
    EXPECT_TRUE(ok) << error;
    return ok ? std::move(index) : nullptr;
  }

  static const Extractor* extractor_;
};
const Extractor* ArchiveIndexTest::extractor_ = nullptr;

TEST_F(ArchiveIndexTest, SeedsLoadLikeTheFiles) {
  ScratchDir dir("seeds");
  std::string error;
  UpdateStats stats;
  std::vector<Diagnostic> input_errors;
  auto index = IndexSeeds(dir.Path("a.db"), &stats, &input_errors);
  ASSERT_TRUE(index);
  EXPECT_TRUE(input_errors.empty());
  EXPECT_EQ(stats.added, 5u);
  EXPECT_EQ(stats.indexed(), 5u);
  index.reset();

  Documents direct;
  std::vector<Diagnostic> errors;
  LoadDocuments({kSeeds}, /*target=*/false, *extractor_, &direct, &errors);
  ASSERT_EQ(direct.size(), 5u);

  auto reader = ArchiveIndex::Open(dir.Path("a.db"), false, &error);
  ASSERT_TRUE(reader) << error;
  EXPECT_TRUE(reader->CheckRules(kRules, &error)) << error;
  Documents stored = reader->LoadAll(/*target=*/false, &error);
  ASSERT_EQ(stored.size(), direct.size()) << error;
  size_t claims = 0;
  for (size_t i = 0; i < stored.size(); ++i) {
    EXPECT_EQ(stored[i]->order, direct[i]->order);
    ExpectDocumentEq(*direct[i], *stored[i]);
    claims += stored[i]->extraction.claims.size();
  }
  EXPECT_GT(claims, 100u);  // the seeds are full of numbers
}

// A draft's keys select their files from the index's pages alone: SQLite
// plans the selection on the covering index, not on row lookups in the table.
TEST_F(ArchiveIndexTest, KeySelectionReadsOnlyTheCoveringIndex) {
  ScratchDir dir("covering");
  std::string error;
  ASSERT_TRUE(IndexSeeds(dir.Path("a.db")));
  auto db = SqliteDb::Open(dir.Path("a.db"), /*writable=*/false, /*create=*/false, &error);
  ASSERT_TRUE(db) << error;
  for (const char* sql : {kFilesOfKeySql, kFilesOfKeyPeriodSql}) {
    Statement plan(db.get(), std::string("EXPLAIN QUERY PLAN ") + sql);
    ASSERT_TRUE(plan.ok()) << plan.error();
    std::string steps;
    while (plan.Step()) steps += plan.ColumnText(3) + "\n";
    EXPECT_NE(steps.find("USING COVERING INDEX claim_keys_key"), std::string::npos)
        << sql << "\n" << steps;
  }
}

TEST_F(ArchiveIndexTest, AppendSkipsLoadedPathsAndContinuesOrder) {
  ScratchDir dir("append");
  std::string error;
  auto index = IndexSeeds(dir.Path("a.db"));
  ASSERT_TRUE(index);
  std::vector<std::string> paths = index->Paths();
  ASSERT_EQ(paths.size(), 5u);

  Documents docs;
  std::vector<Diagnostic> errors;
  LoadDocuments({paths[2]}, /*target=*/true, *extractor_, &docs, &errors);
  ASSERT_TRUE(index->AppendDocuments(/*target=*/false, &docs, &error));
  ASSERT_EQ(docs.size(), 5u);
  EXPECT_TRUE(docs[0]->target);
  EXPECT_EQ(docs[0]->source.path, paths[2]);
  for (size_t i = 1; i < docs.size(); ++i) {
    EXPECT_FALSE(docs[i]->target);
    EXPECT_EQ(docs[i]->order, i);
    EXPECT_NE(docs[i]->source.path, paths[2]);
  }
}

TEST_F(ArchiveIndexTest, ReadOnlyOpenLeavesTheFileAlone) {
  ScratchDir dir("readonly");
  const std::string db = dir.Path("a.db");
  std::string error;
  ASSERT_TRUE(IndexSeeds(db));
  std::string before, after;
  ASSERT_TRUE(ReadFileBytes(db, &before));
  auto mtime = std::filesystem::last_write_time(db);
  {
    auto index = ArchiveIndex::Open(db, false, &error);
    ASSERT_TRUE(index) << error;
    EXPECT_EQ(index->LoadAll(true, &error).size(), 5u);
    EXPECT_TRUE(index->CheckRules(kRules, &error));
  }
  ASSERT_TRUE(ReadFileBytes(db, &after));
  EXPECT_TRUE(before == after);
  EXPECT_EQ(mtime, std::filesystem::last_write_time(db));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.Path()),
                          std::filesystem::directory_iterator()),
            1);  // no journal or WAL files left behind
}

TEST_F(ArchiveIndexTest, MissingIndexIsAnErrorWhenReading) {
  ScratchDir dir("missing");
  std::string error;
  EXPECT_FALSE(ArchiveIndex::Open(dir.Path("none.db"), false, &error));
  EXPECT_NE(error.find("none.db"), std::string::npos);
  EXPECT_NE(error.find("factlint index"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.Path("none.db")));
}

}  // namespace
}  // namespace factlint
