// Damaged, foreign and outdated index files are refused with a message that
// names the file and says how to rebuild it; never a crash or wrong data.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/archive_index.h"
#include "store/content_hash.h"
#include "store/store_test_util.h"

namespace factlint {
namespace {

const std::string kSourceDir = FACTLINT_SOURCE_DIR;
const std::string kRules = kSourceDir + "/rules";

class ArchiveErrorsTest : public ::testing::Test {
 protected:
  ArchiveErrorsTest() : dir_("errors") {}
  static void SetUpTestSuite() {
    std::string error;
    extractor_ = Extractor::Load(kRules, &error).release();
    ASSERT_NE(extractor_, nullptr) << error;
  }
  static void TearDownTestSuite() { delete extractor_; }

  // A real index of the seeds at `db`.
  void Build(const std::string& db) {
    std::string error;
    auto index = ArchiveIndex::Open(db, true, &error);
    ASSERT_TRUE(index) << error;
    UpdateStats stats;
    std::vector<Diagnostic> input_errors;
    ASSERT_TRUE(index->Update({kSourceDir + "/seeds"}, *extractor_, kRules,
                              &stats, &input_errors, &error)) << error;
  }

  void Sql(const std::string& db, const std::string& sql) {
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
    char* message = nullptr;
    EXPECT_EQ(sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &message), SQLITE_OK)
        << (message ? message : "");
    sqlite3_free(message);
    sqlite3_close(h);
  }

  // Opening for reading fails with a helpful message, or (for damage that
  // only shows in the rows) loading does.
  void ExpectRefused(const std::string& db) {
    std::string error;
    auto index = ArchiveIndex::Open(db, false, &error);
    if (index) {
      Documents docs = index->LoadAll(false, &error);
      EXPECT_TRUE(docs.empty());
    }
    EXPECT_NE(error.find(db), std::string::npos) << error;
    EXPECT_NE(error.find("factlint index"), std::string::npos) << error;
  }

  ScratchDir dir_;
  static const Extractor* extractor_;
};
const Extractor* ArchiveErrorsTest::extractor_ = nullptr;

TEST_F(ArchiveErrorsTest, GarbageFileIsNotAnIndexAndIsNotOverwritten) {
  const std::string db = dir_.Path("garbage.db");
  std::string garbage(10000, '\0');
  for (size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>(i * 7919 % 251);
  WriteBytes(db, garbage);
  std::string error;
  EXPECT_FALSE(ArchiveIndex::Open(db, false, &error));
  EXPECT_NE(error.find("not a factlint archive index"), std::string::npos) << error;
  ExpectRefused(db);
  EXPECT_FALSE(ArchiveIndex::Open(db, true, &error));  // not for updating either
  EXPECT_NE(error.find("refusing to overwrite"), std::string::npos) << error;
  std::string after;
  ASSERT_TRUE(ReadFileBytes(db, &after));
  EXPECT_TRUE(after == garbage);
}

TEST_F(ArchiveErrorsTest, TextFileGivenAsIndex) {
  const std::string db = dir_.Path("draft.md");
  WriteBytes(db, "# 草稿\n营收增长8%。\n");
  ExpectRefused(db);
  std::string error;
  EXPECT_FALSE(ArchiveIndex::Open(db, true, &error));
}

TEST_F(ArchiveErrorsTest, TruncatedIndex) {
  const std::string db = dir_.Path("a.db");
  Build(db);
  std::string bytes;
  ASSERT_TRUE(ReadFileBytes(db, &bytes));
  ASSERT_GT(bytes.size(), 8192u);
  for (size_t keep : {bytes.size() / 2, size_t{4096 + 100}, size_t{50}}) {
    SCOPED_TRACE(keep);
    WriteBytes(db, bytes.substr(0, keep));
    ExpectRefused(db);
  }
}

TEST_F(ArchiveErrorsTest, OverwrittenPagesAreCaught) {
  const std::string db = dir_.Path("a.db");
  Build(db);
  std::string bytes;
  ASSERT_TRUE(ReadFileBytes(db, &bytes));
  std::string error;
  std::vector<std::string> intact_texts;
  {
    auto index = ArchiveIndex::Open(db, false, &error);
    ASSERT_TRUE(index) << error;
    for (const auto& doc : index->LoadAll(false, &error))
      intact_texts.push_back(doc->normalized.text);
    ASSERT_EQ(intact_texts.size(), 5u) << error;
  }
  const size_t page = 4096;
  ASSERT_GE(bytes.size(), 4 * page);
  size_t refused = 0;
  for (size_t p = 1; p < bytes.size() / page; p += 3) {
    SCOPED_TRACE(p);
    std::string bad = bytes;
    for (size_t i = 0; i < page; ++i) bad[p * page + i] = static_cast<char>(0xA5 ^ i);
    WriteBytes(db, bad);
    // A reader does not read every page (no quick_check on each check):
    // damage in what it reads is refused, and damage elsewhere (the tables
    // a full load does not read) leaves what it loads as it was.
    auto reader = ArchiveIndex::Open(db, false, &error);
    Documents docs;
    if (reader) docs = reader->LoadAll(false, &error);
    reader.reset();
    if (docs.empty()) {
      ++refused;
      EXPECT_NE(error.find(db), std::string::npos) << error;
      EXPECT_NE(error.find("factlint index"), std::string::npos) << error;
    } else {
      ASSERT_EQ(docs.size(), intact_texts.size());
      for (size_t d = 0; d < docs.size(); ++d)
        EXPECT_EQ(docs[d]->normalized.text, intact_texts[d]);
    }
    // `factlint index` checks the whole file: it starts a damaged index
    // again, or says to delete it when nothing is left to recognise it by.
    auto writer = ArchiveIndex::Open(db, true, &error);
    if (writer) {
      EXPECT_FALSE(writer->rebuilt().empty());
    } else {
      EXPECT_NE(error.find("archive index is corrupt"), std::string::npos) << error;
      EXPECT_NE(error.find("delete the file"), std::string::npos) << error;
    }
  }
  EXPECT_GT(refused, 0u);
}

TEST_F(ArchiveErrorsTest, DamagedClaimBlobIsAnError) {
  const std::string db = dir_.Path("a.db");
  Build(db);
  Sql(db, "UPDATE files SET extraction = substr(extraction, 1, 20) "
          "WHERE rowid = (SELECT min(rowid) FROM files)");
  ExpectRefused(db);
}

TEST_F(ArchiveErrorsTest, ChangedTextIsCaughtByTheRowChecksum) {
  const std::string db = dir_.Path("a.db");
  Build(db);
  // Spans stay valid; only the checksum can notice.
  Sql(db, "UPDATE files SET source = source || X'20' "
          "WHERE rowid = (SELECT max(rowid) FROM files)");
  ExpectRefused(db);
}

TEST_F(ArchiveErrorsTest, OtherSchemaVersion) {
  const std::string db = dir_.Path("a.db");
  Build(db);
  Sql(db, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");
  std::string error;
  EXPECT_FALSE(ArchiveIndex::Open(db, false, &error));
  EXPECT_NE(error.find("schema version 99"), std::string::npos) << error;
  ExpectRefused(db);
  // Updating rebuilds the index from scratch.
  auto index = ArchiveIndex::Open(db, true, &error);
  ASSERT_TRUE(index) << error;
  EXPECT_TRUE(index->Paths().empty());
  UpdateStats stats;
  std::vector<Diagnostic> input_errors;
  ASSERT_TRUE(index->Update({kSourceDir + "/seeds"}, *extractor_, kRules,
                            &stats, &input_errors, &error));
  EXPECT_EQ(stats.added, 5u);
  index.reset();
  EXPECT_TRUE(ArchiveIndex::Open(db, false, &error)) << error;
}

TEST_F(ArchiveErrorsTest, OtherFactlintVersion) {
  const std::string db = dir_.Path("a.db");
  Build(db);
  Sql(db, "UPDATE meta SET value = '0.0.1' WHERE key = 'factlint_version'");
  std::string error;
  EXPECT_FALSE(ArchiveIndex::Open(db, false, &error));
  EXPECT_NE(error.find("0.0.1"), std::string::npos) << error;
  auto index = ArchiveIndex::Open(db, true, &error);
  ASSERT_TRUE(index) << error;
  UpdateStats stats;
  std::vector<Diagnostic> input_errors;
  ASSERT_TRUE(index->Update({kSourceDir + "/seeds"}, *extractor_, kRules,
                            &stats, &input_errors, &error));
  EXPECT_EQ(stats.changed, 5u);  // everything re-extracted
}

TEST_F(ArchiveErrorsTest, ForeignSqliteDatabase) {
  const std::string db = dir_.Path("other.sqlite");
  Sql(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
  ExpectRefused(db);
  std::string error;
  EXPECT_FALSE(ArchiveIndex::Open(db, true, &error));
  EXPECT_NE(error.find("not a factlint archive index"), std::string::npos) << error;
}

TEST_F(ArchiveErrorsTest, EmptyFileBecomesAnIndexOnlyWhenUpdating) {
  const std::string db = dir_.Path("empty.db");
  WriteBytes(db, "");
  ExpectRefused(db);
  std::string error;
  EXPECT_TRUE(ArchiveIndex::Open(db, true, &error)) << error;
  EXPECT_TRUE(ArchiveIndex::Open(db, false, &error)) << error;
}

}  // namespace
}  // namespace factlint
