// The index under concurrency and after a crash: readers are not blocked by
// a writer, a second writer is told the index is busy, a killed `index`
// leaves the index as it was, and damaged rows or pages are repaired by the
// next `index` rather than reported as unchanged.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store/archive_index.h"
#include "store/content_hash.h"
#include "store/store_test_util.h"

namespace factlint {
namespace {

const std::string kSourceDir = FACTLINT_SOURCE_DIR;
const std::string kRules = kSourceDir + "/rules";
const std::string kSeeds = kSourceDir + "/seeds";

class ArchiveRecoveryTest : public ::testing::Test {
 protected:
  ArchiveRecoveryTest() : dir_("recovery"), db_(dir_.Path("a.db")) {}
  static void SetUpTestSuite() {
    std::string error;
    extractor_ = Extractor::Load(kRules, &error).release();
    ASSERT_NE(extractor_, nullptr) << error;
  }
  static void TearDownTestSuite() { delete extractor_; }

  // Opens the index for updating and updates it from the seeds; false with
  // *error when either fails.
  bool Update(UpdateStats* stats, std::string* error) {
    auto index = ArchiveIndex::Open(db_, true, error);
    if (!index) return false;
    std::vector<Diagnostic> input_errors;
    return index->Update({kSeeds}, *extractor_, kRules, stats, &input_errors, error);
  }
  size_t ReadAll(std::string* error) {
    auto index = ArchiveIndex::Open(db_, false, error);
    return index ? index->LoadAll(false, error).size() : 0;
  }
  sqlite3* Raw() {
    sqlite3* h = nullptr;
    EXPECT_EQ(sqlite3_open(db_.c_str(), &h), SQLITE_OK);
    return h;
  }
  void Exec(sqlite3* h, const std::string& sql) {
    char* message = nullptr;
    EXPECT_EQ(sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &message), SQLITE_OK)
        << (message ? message : "");
    sqlite3_free(message);
  }

  ScratchDir dir_;
  std::string db_;
  static const Extractor* extractor_;
};
const Extractor* ArchiveRecoveryTest::extractor_ = nullptr;

TEST_F(ArchiveRecoveryTest, ReadersAreNotBlockedAndASecondWriterIsToldBusy) {
  UpdateStats stats;
  std::string error;
  ASSERT_TRUE(Update(&stats, &error)) << error;
  sqlite3* writer = Raw();
  Exec(writer, "BEGIN IMMEDIATE; DELETE FROM files;");  // an `index` at work
  EXPECT_EQ(ReadAll(&error), 5u) << error;  // sees the last committed state
  EXPECT_FALSE(Update(&stats, &error));     // retries, then says why
  EXPECT_NE(error.find("archive index is busy"), std::string::npos) << error;
  EXPECT_EQ(error.find("not a factlint archive index"), std::string::npos) << error;
  Exec(writer, "ROLLBACK");
  sqlite3_close(writer);
  EXPECT_TRUE(Update(&stats, &error)) << error;
  EXPECT_EQ(stats.unchanged, 5u);
}

TEST_F(ArchiveRecoveryTest, AKilledIndexLeavesTheIndexAsItWas) {
  UpdateStats stats;
  std::string error;
  ASSERT_TRUE(Update(&stats, &error)) << error;
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // A writer killed in the middle of its transaction, with its changes
    // already spilled to disk (a one-page cache).
    sqlite3* h = nullptr;
    sqlite3_open(db_.c_str(), &h);
    sqlite3_exec(h, "PRAGMA cache_size = 1; BEGIN IMMEDIATE; DELETE FROM files; "
                    "UPDATE meta SET value = 'x';", nullptr, nullptr, nullptr);
    ::raise(SIGKILL);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(ReadAll(&error), 5u) << error;
  ASSERT_TRUE(Update(&stats, &error)) << error;
  EXPECT_EQ(stats.unchanged, 5u);
}

TEST_F(ArchiveRecoveryTest, IndexRepairsADamagedRowInsteadOfCallingItUnchanged) {
  UpdateStats stats;
  std::string error;
  ASSERT_TRUE(Update(&stats, &error)) << error;
  sqlite3* h = Raw();
  Exec(h, "UPDATE files SET source = source || X'20' "
          "WHERE rowid = (SELECT max(rowid) FROM files)");
  sqlite3_close(h);
  EXPECT_EQ(ReadAll(&error), 0u);
  EXPECT_NE(error.find("damaged entry"), std::string::npos) << error;
  EXPECT_NE(error.find("rebuild it with `factlint index ARCHIVE..."), std::string::npos) << error;
  ASSERT_TRUE(Update(&stats, &error)) << error;
  EXPECT_EQ(stats.repaired, 1u);
  EXPECT_EQ(stats.unchanged, 4u);
  EXPECT_EQ(ReadAll(&error), 5u) << error;
}

TEST_F(ArchiveRecoveryTest, IndexRebuildsACorruptIndexThatCheckRefuses) {
  UpdateStats stats;
  std::string error;
  ASSERT_TRUE(Update(&stats, &error)) << error;
  std::string bytes;
  ASSERT_TRUE(ReadFileBytes(db_, &bytes));
  const size_t page = 4096;
  ASSERT_GE(bytes.size(), 8 * page);
  // Damage the root page of the files table; the meta table (created first)
  // stays readable, so the file is recognisably a factlint index.
  size_t p = 0;
  {
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open_v2(db_.c_str(), &h, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(h, "SELECT rootpage FROM sqlite_master WHERE name = 'files'",
                                 -1, &st, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    p = static_cast<size_t>(sqlite3_column_int(st, 0)) - 1;  // pages count from 1
    sqlite3_finalize(st);
    sqlite3_close(h);
  }
  ASSERT_GT(p, 1u);
  for (size_t i = 0; i < page; ++i) bytes[p * page + i] = static_cast<char>(0xA5 ^ i);
  WriteBytes(db_, bytes);
  EXPECT_EQ(ReadAll(&error), 0u);
  EXPECT_NE(error.find("rebuild it with `factlint index"), std::string::npos) << error;
  auto index = ArchiveIndex::Open(db_, true, &error);
  ASSERT_TRUE(index) << error;
  EXPECT_NE(index->rebuilt().find("corrupt"), std::string::npos) << index->rebuilt();
  index.reset();
  ASSERT_TRUE(Update(&stats, &error)) << error;
  EXPECT_EQ(stats.added, 5u);
  EXPECT_EQ(ReadAll(&error), 5u) << error;
}

}  // namespace
}  // namespace factlint
