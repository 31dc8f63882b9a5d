// Incremental updates: only changed files are re-read, vanished files are
// dropped, rule changes force a full re-extract.
#include <gtest/gtest.h>

#include <set>

#include "store/archive_index.h"
#include "store/content_hash.h"
#include "store/store_test_util.h"
#include "text/loader.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;
const std::string kSourceDir = FACTLINT_SOURCE_DIR;

class ArchiveUpdateTest : public ::testing::Test {
 protected:
  ArchiveUpdateTest() : dir_("update") {}

  void SetUp() override {
    fs::create_directories(Archive());
    for (const auto& entry : fs::directory_iterator(kSourceDir + "/seeds"))
    {
      std::string copy = Archive() + "/" + entry.path().filename().string();
      fs::copy_file(entry.path(), copy);
      fs::permissions(copy, fs::perms::owner_read | fs::perms::owner_write);
    }
    fs::copy(kSourceDir + "/rules", dir_.Path("rules"), fs::copy_options::recursive);
    fs::permissions(Rules() + "/lexicon.toml", fs::perms::owner_write,
                    fs::perm_options::add);
    Reload();
    std::string error;
    index_ = ArchiveIndex::Open(dir_.Path("a.db"), true, &error);
    ASSERT_TRUE(index_) << error;
  }

  void Reload() {
    std::string error;
    extractor_ = Extractor::Load(Rules(), &error);
    ASSERT_TRUE(extractor_) << error;
  }

  std::string Archive() const { return dir_.Path("archive"); }
  std::string Rules() const { return dir_.Path("rules"); }

  UpdateStats Update(const std::vector<std::string>& roots) {
    UpdateStats stats;
    std::string error;
    errors_.clear();
    EXPECT_TRUE(index_->Update(roots, *extractor_, Rules(), &stats, &errors_,
                               &error)) << error;
    return stats;
  }

  // A pointer into a temporary would dangle (it did, under ASan): hold the
  // documents in a variable.
  const Document* Find(Documents&& docs, const std::string& path) = delete;
  const Document* Find(const Documents& docs, const std::string& path) {
    for (const auto& d : docs)
      if (d->source.path == path) return d.get();
    return nullptr;
  }

  ScratchDir dir_;
  std::unique_ptr<Extractor> extractor_;
  std::unique_ptr<ArchiveIndex> index_;
  std::vector<Diagnostic> errors_;
};

void ExpectStats(const UpdateStats& s, size_t added, size_t changed,
                 size_t removed, size_t unchanged) {
  EXPECT_EQ(s.added, added);
  EXPECT_EQ(s.changed, changed);
  EXPECT_EQ(s.removed, removed);
  EXPECT_EQ(s.unchanged, unchanged);
}

TEST_F(ArchiveUpdateTest, SecondRunReadsNothing) {
  ExpectStats(Update({Archive()}), 5, 0, 0, 0);
  ExpectStats(Update({Archive()}), 0, 0, 0, 5);
  ExpectStats(Update({Archive() + "/"}), 0, 0, 0, 5);
  EXPECT_TRUE(errors_.empty());
}

TEST_F(ArchiveUpdateTest, ChangedFileIsReExtracted) {
  ExpectStats(Update({Archive()}), 5, 0, 0, 0);
  std::string error;
  std::string file = index_->Paths()[1];
  Documents first = index_->LoadAll(false, &error);
  size_t before = Find(first, file)->extraction.claims.size();
  std::string bytes;
  ASSERT_TRUE(ReadFileBytes(file, &bytes));
  WriteBytes(file, bytes + "\n2024年，全市新增高新技术企业987家，增长12.5%。\n");
  ExpectStats(Update({Archive()}), 0, 1, 0, 4);

  Documents stored = index_->LoadAll(false, &error);
  const Document* doc = Find(stored, file);
  ASSERT_NE(doc, nullptr);
  EXPECT_GT(doc->extraction.claims.size(), before);
  LoadResult fresh = LoadFile(file);
  ASSERT_TRUE(std::holds_alternative<SourceText>(fresh));
  auto expected = BuildDocument(std::get<SourceText>(fresh), *extractor_);
  expected->target = false;
  ExpectDocumentEq(*expected, *doc);
}

TEST_F(ArchiveUpdateTest, DeletedAndNewFiles) {
  ExpectStats(Update({Archive()}), 5, 0, 0, 0);
  std::string gone = index_->Paths()[0];
  fs::remove(gone);
  fs::create_directories(Archive() + "/2026");
  WriteBytes(Archive() + "/2026/new.md", "---\ndate: 2026-01-02\n---\n营收增长8%。\n");
  ExpectStats(Update({Archive()}), 1, 0, 1, 4);
  std::vector<std::string> paths = index_->Paths();
  EXPECT_EQ(paths.size(), 5u);
  EXPECT_EQ(std::count(paths.begin(), paths.end(), gone), 0);
  std::string error;
  Documents stored = index_->LoadAll(false, &error);
  const Document* doc = Find(stored, Archive() + "/2026/new.md");
  ASSERT_NE(doc, nullptr);
  EXPECT_TRUE(doc->source.markdown);
  EXPECT_EQ(doc->extraction.date.ToString(), "2026-01-02");
}

TEST_F(ArchiveUpdateTest, SelectionByKeysSeesWhatAnUpdateAdded) {
  // An open index keeps what it looked up to select the files of a key
  // (the language server's reading); an update must not leave it stale.
  ExpectStats(Update({Archive()}), 5, 0, 0, 0);
  std::string error;
  Documents first;
  first.push_back(std::move(index_->LoadAll(false, &error).front()));
  const std::set<std::string> keys = IndexKeys(first, nullptr, nullptr);
  ASSERT_FALSE(keys.empty());
  auto selected = [&] {
    Documents docs;
    std::string e;
    EXPECT_TRUE(index_->AppendKeyDocuments(keys, false, &docs, &e)) << e;
    std::set<std::string> paths;
    for (const auto& d : docs) paths.insert(d->source.path);
    return paths;
  };
  const std::set<std::string> before = selected();
  EXPECT_TRUE(before.count(first[0]->source.path));
  EXPECT_EQ(selected(), before);  // from what was kept
  const std::string copy = Archive() + "/copy.txt";
  fs::copy_file(first[0]->source.path, copy);
  ExpectStats(Update({Archive()}), 1, 0, 0, 5);
  const std::set<std::string> after = selected();
  EXPECT_TRUE(after.count(copy));
  EXPECT_EQ(after.size(), before.size() + 1);
}

TEST_F(ArchiveUpdateTest, RowsOutsideTheRootsAreKept) {
  std::string one = Archive() + "/" + fs::directory_iterator(Archive())->path().filename().string();
  fs::create_directories(dir_.Path("other"));
  WriteBytes(dir_.Path("other/x.txt"), "出口额约3.2万亿元。\n");
  ExpectStats(Update({Archive(), dir_.Path("other")}), 6, 0, 0, 0);
  ExpectStats(Update({dir_.Path("other")}), 0, 0, 0, 1);
  EXPECT_EQ(index_->Paths().size(), 6u);
  // A single file as root: only that file may be dropped.
  fs::remove(one);
  UpdateStats s = Update({one});
  ExpectStats(s, 0, 0, 0, 0);  // a missing root deletes nothing...
  EXPECT_EQ(errors_.size(), 1u);  // ...but is reported
  EXPECT_EQ(index_->Paths().size(), 6u);
  ExpectStats(Update({Archive()}), 0, 0, 1, 4);
}

TEST_F(ArchiveUpdateTest, MissingArchiveDoesNotEmptyTheIndex) {
  ExpectStats(Update({Archive()}), 5, 0, 0, 0);
  fs::rename(Archive(), dir_.Path("moved"));
  ExpectStats(Update({Archive()}), 0, 0, 0, 0);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].rule_id, "input-unreadable");
  EXPECT_EQ(index_->Paths().size(), 5u);
}

TEST_F(ArchiveUpdateTest, UndecodableFileIsAnInputErrorAndLosesItsRow) {
  ExpectStats(Update({Archive()}), 5, 0, 0, 0);
  std::string file = index_->Paths()[3];
  WriteBytes(file, std::string("\x00\x01\x02\x03binary\x00", 11));
  ExpectStats(Update({Archive()}), 0, 0, 1, 4);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].location.path, file);
  EXPECT_EQ(index_->Paths().size(), 4u);
}

TEST_F(ArchiveUpdateTest, ChangedRulesForceAFullReExtract) {
  ExpectStats(Update({Archive()}), 5, 0, 0, 0);
  std::string error;
  EXPECT_TRUE(index_->CheckRules(Rules(), &error)) << error;
  std::string lexicon;
  ASSERT_TRUE(ReadFileBytes(Rules() + "/lexicon.toml", &lexicon));
  WriteBytes(Rules() + "/lexicon.toml", lexicon + "\n# edited\n");
  EXPECT_FALSE(index_->CheckRules(Rules(), &error));
  EXPECT_NE(error.find("factlint index"), std::string::npos);
  Reload();
  ExpectStats(Update({Archive()}), 0, 5, 0, 0);
  EXPECT_TRUE(index_->CheckRules(Rules(), &error)) << error;
  ExpectStats(Update({Archive()}), 0, 0, 0, 5);
}

TEST_F(ArchiveUpdateTest, ChangedFactRulesAreRefusedThenReFiled) {
  const std::string facts = Rules() + "/facts";
  const std::string before = GroupingFingerprint({facts});
  std::string error;
  index_->SetGrouping(nullptr, before);
  ExpectStats(Update({Archive()}), 5, 0, 0, 0);
  EXPECT_TRUE(index_->CheckGrouping(before, &error)) << error;
  // Another fact rule file: claims may belong to other groups now.
  WriteBytes(facts + "/zz_local.toml", "# a local rule file\n");
  const std::string after = GroupingFingerprint({facts});
  EXPECT_NE(after, before);
  EXPECT_FALSE(index_->CheckGrouping(after, &error));
  EXPECT_NE(error.find("other fact rules"), std::string::npos) << error;
  EXPECT_NE(error.find("factlint index"), std::string::npos) << error;
  index_->SetGrouping(nullptr, after);
  ExpectStats(Update({Archive()}), 0, 5, 0, 0);  // every file filed again
  EXPECT_TRUE(index_->CheckGrouping(after, &error)) << error;
  ExpectStats(Update({Archive()}), 0, 0, 0, 5);
}

TEST_F(ArchiveUpdateTest, FactRulesNamedByAnotherPathAreTheSameRules) {
  const std::string facts = Rules() + "/facts";
  const std::string relative =
      std::filesystem::relative(facts, std::filesystem::current_path()).string();
  ASSERT_NE(relative, facts);
  EXPECT_EQ(GroupingFingerprint({relative}), GroupingFingerprint({facts}));
  EXPECT_EQ(GroupingFingerprint({facts + "/"}), GroupingFingerprint({facts}));
  // The same bytes in another directory are the same rules; other bytes are not.
  const std::string copy = Rules() + "/elsewhere/facts";
  std::filesystem::create_directories(copy);
  for (const auto& entry : std::filesystem::directory_iterator(facts))
    std::filesystem::copy_file(entry.path(), copy + "/" + entry.path().filename().string());
  std::filesystem::copy_file(Rules() + "/macros.toml", Rules() + "/elsewhere/macros.toml");
  EXPECT_EQ(GroupingFingerprint({copy}), GroupingFingerprint({facts}));
  WriteBytes(copy + "/zz_local.toml", "# a local rule file\n");
  EXPECT_NE(GroupingFingerprint({copy}), GroupingFingerprint({facts}));
}

// A file stored under two paths (indexed from two working directories: the
// rows of one spelling lie outside the other run's roots, so both are kept)
// is read once by a draft's selection, under the first of its paths in path
// order, as a load of the whole index takes it; when that row goes, the
// other path is the first.
TEST_F(ArchiveUpdateTest, AFileStoredUnderTwoPathsIsReadUnderItsFirst) {
  struct Home {
    fs::path dir = fs::current_path();
    ~Home() { fs::current_path(dir); }
  } home;
  fs::create_directories(dir_.Path("sub"));
  fs::current_path(dir_.Path());
  ExpectStats(Update({"archive"}), 5, 0, 0, 0);
  fs::current_path(dir_.Path("sub"));
  ExpectStats(Update({"../archive"}), 5, 0, 0, 0);
  std::string error;
  Documents all = index_->LoadAll(false, &error);
  ASSERT_FALSE(all.empty()) << error;
  const std::set<std::string> keys = IndexKeys(all, nullptr, nullptr);
  auto selected = [&] {
    Documents docs;
    std::string e;
    size_t unread = 0;
    EXPECT_TRUE(index_->AppendKeyDocuments(keys, false, &docs, &e, {}, &unread)) << e;
    std::set<std::string> paths;
    for (const auto& d : docs) paths.insert(d->source.path);
    EXPECT_EQ(unread, 5 - paths.size());  // five files, however many paths
    return paths;
  };
  const std::set<std::string> before = selected();
  ASSERT_EQ(before.size(), 5u);
  for (const std::string& path : before) EXPECT_EQ(path.rfind("../archive/", 0), 0u) << path;
  const std::string gone = *before.begin();
  fs::remove(gone);
  ExpectStats(Update({"../archive"}), 0, 0, 1, 4);
  std::set<std::string> expected = before;
  expected.erase(gone);
  expected.insert(gone.substr(3));  // archive/NAME
  EXPECT_EQ(selected(), expected);
}

TEST_F(ArchiveUpdateTest, StandardInputIsNotIndexed) {
  ExpectStats(Update({"-"}), 0, 0, 0, 0);
  EXPECT_EQ(errors_.size(), 1u);
}

}  // namespace
}  // namespace factlint
