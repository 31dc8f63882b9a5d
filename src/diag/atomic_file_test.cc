#include "diag/atomic_file.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
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

TEST_F(AtomicFileTest, NeverWritesThroughASymlink) {
  fs::path outside = dir_ / "outside";
  fs::create_directories(outside);
  fs::path target = outside / "real.txt";
  fs::path link = dir_ / "link.txt";
  std::ofstream(target) << "old";
  fs::create_symlink(target, link);
  std::string error;
  EXPECT_FALSE(WriteFileAtomically(link.string(), "new", &error));
  EXPECT_NE(error.find("is a symbolic link"), std::string::npos) << error;
  EXPECT_EQ(Read(target), "old");
  EXPECT_TRUE(fs::is_symlink(link));
  // A dangling link: its target is not created.
  fs::path dangling = dir_ / "dangling.json";
  fs::create_symlink(outside / "created.json", dangling);
  EXPECT_FALSE(WriteFileAtomically(dangling.string(), "{}", &error));
  EXPECT_FALSE(fs::exists(outside / "created.json"));
  EXPECT_EQ(EntryCount(), 3u);  // outside/, link.txt, dangling.json
}

TEST_F(AtomicFileTest, RefusesADirectoryLinkLeadingOutOfTheWorkingDirectory) {
  fs::path tree = dir_ / "tree", outside = dir_ / "outside";
  fs::create_directories(tree);
  fs::create_directories(outside);
  fs::create_directory_symlink(outside, tree / "docs");
  fs::path cwd = fs::current_path();
  fs::current_path(tree);
  std::string error;
  bool written = WriteFileAtomically("docs/baseline.json", "{}", &error);
  bool inside = WriteFileAtomically("ok.json", "{}", &error);
  fs::current_path(cwd);
  EXPECT_FALSE(written);
  EXPECT_NE(error.find("outside the working directory"), std::string::npos) << error;
  EXPECT_TRUE(inside) << error;
  EXPECT_FALSE(fs::exists(outside / "baseline.json"));
}

TEST_F(AtomicFileTest, KeepsOwnerAndGroup) {
  if (::geteuid() != 0) GTEST_SKIP() << "needs root to give a file to another user";
  fs::path file = dir_ / "owned.txt";
  std::ofstream(file) << "old";
  ASSERT_EQ(::chown(file.c_str(), 65534, 65534), 0);
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(file.string(), "new", &error)) << error;
  struct stat st;
  ASSERT_EQ(::stat(file.c_str(), &st), 0);
  EXPECT_EQ(st.st_uid, 65534u);
  EXPECT_EQ(st.st_gid, 65534u);
  EXPECT_EQ(Read(file), "new");
}

fs::path replaced_path;
void ReplaceTarget() {
  std::ofstream(replaced_path.string() + ".other") << "someone else's";
  fs::rename(replaced_path.string() + ".other", replaced_path);
}

TEST_F(AtomicFileTest, AFileReplacedDuringTheWriteIsNotOverwritten) {
  replaced_path = dir_ / "draft.md";
  std::ofstream(replaced_path) << "old";
  SetAtomicWriteHookForTesting(ReplaceTarget);
  std::string error;
  bool ok = WriteFileAtomically(replaced_path.string(), "new", &error);
  SetAtomicWriteHookForTesting(nullptr);
  EXPECT_FALSE(ok);
  EXPECT_NE(error.find("replaced or changed while it was written"), std::string::npos)
      << error;
  EXPECT_EQ(Read(replaced_path), "someone else's");
  EXPECT_EQ(EntryCount(), 1u);  // no temporary file left
}

void Interrupt() { ::raise(SIGINT); }

TEST_F(AtomicFileTest, CtrlCDuringTheWriteLeavesNoTemporaryFile) {
  fs::path file = dir_ / "draft.md";
  std::ofstream(file) << "old";
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    SetAtomicWriteHookForTesting(Interrupt);
    std::string error;
    WriteFileAtomically(file.string(), "new", &error);
    ::_exit(0);  // not reached: SIGINT ends the process
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT) << status;
  EXPECT_EQ(Read(file), "old");
  EXPECT_EQ(EntryCount(), 1u);  // the temporary file is gone
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
