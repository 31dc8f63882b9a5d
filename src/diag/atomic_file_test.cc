#include "diag/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace factlint {
namespace {

namespace fs = std::filesystem;

class AtomicFileTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("factlint_atomic_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir_, ec);
  }
  std::string Read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  size_t EntryCount() {
    return std::distance(fs::directory_iterator(dir_),
                         fs::directory_iterator());
  }
  fs::path dir_;
};

TEST_F(AtomicFileTest, CreatesAndReplaces) {
  std::string file = (dir_ / "out.json").string();
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(file, "first", &error)) << error;
  EXPECT_EQ(Read(file), "first");
  ASSERT_TRUE(WriteFileAtomically(file, "第二", &error)) << error;
  EXPECT_EQ(Read(file), "第二");
  ASSERT_TRUE(WriteFileAtomically(file, "", &error)) << error;
  EXPECT_EQ(Read(file), "");
  EXPECT_EQ(EntryCount(), 1u);  // no temporary left behind
}

TEST_F(AtomicFileTest, PreservesPermissionBits) {
  fs::path file = dir_ / "script.txt";
  std::ofstream(file) << "old";
  ASSERT_EQ(::chmod(file.c_str(), 0640), 0);
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(file.string(), "new", &error)) << error;
  struct stat st;
  ASSERT_EQ(::stat(file.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0640u);
  EXPECT_EQ(Read(file), "new");
}

TEST_F(AtomicFileTest, ReadOnlyTargetIsRefusedAndUnchanged) {
  fs::path file = dir_ / "published.md";
  std::ofstream(file) << "original";
  ASSERT_EQ(::chmod(file.c_str(), 0444), 0);
  std::string error;
  EXPECT_FALSE(WriteFileAtomically(file.string(), "new", &error));
  EXPECT_NE(error.find("read-only"), std::string::npos) << error;
  EXPECT_EQ(Read(file), "original");
  struct stat st;
  ASSERT_EQ(::stat(file.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0444u);  // not chmod-ed
  EXPECT_EQ(EntryCount(), 1u);
}

TEST_F(AtomicFileTest, FollowsSymlinks) {
  fs::path target = dir_ / "real.txt";
  fs::path link = dir_ / "link.txt";
  std::ofstream(target) << "old";
  fs::create_symlink("real.txt", link);
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(link.string(), "new", &error)) << error;
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_EQ(Read(target), "new");
}

TEST_F(AtomicFileTest, ErrorsAreReportedNotThrown) {
  std::string error;
  EXPECT_FALSE(WriteFileAtomically(dir_.string(), "x", &error));  // a dir
  EXPECT_NE(error.find("not a regular file"), std::string::npos) << error;
  EXPECT_FALSE(
      WriteFileAtomically((dir_ / "no/such/dir/f").string(), "x", &error));
  EXPECT_FALSE(error.empty());
}

}  // namespace
}  // namespace factlint
