#include "fix/unified_diff.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

namespace factlint {
namespace {

class UnifiedDiffTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/factlint_diff_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    ASSERT_EQ(Run("git init -q ."), 0);
  }
  void TearDown() override {
    ASSERT_EQ(std::system(("rm -rf '" + dir_ + "'").c_str()), 0);
  }
  int Run(const std::string& cmd) {
    return std::system(("cd '" + dir_ + "' && " + cmd + " >/dev/null 2>&1")
                           .c_str());
  }
  void WriteFile(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ + "/" + name, std::ios::binary) << bytes;
  }
  std::string ReadFile(const std::string& name) {
    std::ifstream in(dir_ + "/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }
  // The diff checks with `git apply --check`, applies, and yields `after`.
  void ExpectApplies(const std::string& before, const std::string& after) {
    WriteFile("doc.txt", before);
    std::string diff = UnifiedDiff("doc.txt", before, after);
    ASSERT_FALSE(diff.empty());
    WriteFile("fix.patch", diff);
    EXPECT_EQ(Run("git apply --check fix.patch"), 0) << diff;
    if (Run("command -v patch") == 0) {
      EXPECT_EQ(Run("patch -p1 --dry-run < fix.patch"), 0) << diff;
    }
    EXPECT_EQ(Run("git apply fix.patch"), 0) << diff;
    EXPECT_EQ(ReadFile("doc.txt"), after) << diff;
  }
  std::string dir_;
};

std::string Numbered(int n, const char* end = "\n") {
  std::string s;
  for (int i = 1; i <= n; ++i) s += "第" + std::to_string(i) + "行" + end;
  return s;
}

TEST_F(UnifiedDiffTest, ExactFormatOfOneChange) {
  std::string before = Numbered(10);
  std::string after = before;
  after.replace(after.find("第5行"), 7, "第五行");
  EXPECT_EQ(UnifiedDiff("./drafts/d.txt", before, after),
            "--- a/drafts/d.txt\n+++ b/drafts/d.txt\n"
            "@@ -2,7 +2,7 @@\n 第2行\n 第3行\n 第4行\n-第5行\n+第五行\n"
            " 第6行\n 第7行\n 第8行\n");
}

TEST_F(UnifiedDiffTest, EqualTextsGiveNoDiff) {
  EXPECT_EQ(UnifiedDiff("a.txt", "x\n", "x\n"), "");
}

TEST_F(UnifiedDiffTest, NearChangesShareAHunkFarOnesDoNot) {
  std::string before = Numbered(40);
  std::string after = before;
  after.replace(after.find("第3行"), 7, "第三行");
  after.replace(after.find("第9行"), 7, "第九行");    // 5 lines apart: merged
  after.replace(after.find("第30行"), 8, "第三十行");  // far: own hunk
  std::string diff = UnifiedDiff("doc.txt", before, after);
  size_t hunks = 0;
  for (size_t p = diff.find("\n@@"); p != std::string::npos;
       p = diff.find("\n@@", p + 1))
    ++hunks;
  EXPECT_EQ(hunks, 2u) << diff;
  EXPECT_NE(diff.find("@@ -1,12 +1,12 @@"), std::string::npos) << diff;
  ExpectApplies(before, after);
}

TEST_F(UnifiedDiffTest, AppliesWithGit) {
  std::string before = "标题\n\n中国大陆企业有525家，占比达到26.3%。\n结尾\n";
  std::string after = "标题\n\n中国大陆企业有524家，占比达到26.3%。\n结尾\n";
  ExpectApplies(before, after);
}

TEST_F(UnifiedDiffTest, CrlfLinesApply) {
  std::string before = Numbered(8, "\r\n");
  std::string after = before;
  after.replace(after.find("第4行"), 7, "第四行");
  ExpectApplies(before, after);
  EXPECT_NE(UnifiedDiff("d", before, after).find("-第4行\r\n+第四行\r\n"),
            std::string::npos);
}

TEST_F(UnifiedDiffTest, NoNewlineAtEnd) {
  std::string before = "一\n二\n有525家";
  std::string after = "一\n二\n有524家";
  std::string diff = UnifiedDiff("doc.txt", before, after);
  EXPECT_NE(diff.find("-有525家\n\\ No newline at end of file\n"),
            std::string::npos) << diff;
  ExpectApplies(before, after);
  ExpectApplies("a\nb\n", "a\nb");  // newline removed at the end
}

TEST_F(UnifiedDiffTest, InsertionsAndDeletions) {
  ExpectApplies("a\nb\nc\n", "a\nx\nb\nc\ny\n");
  ExpectApplies(Numbered(20), Numbered(12));
  ExpectApplies("", "new\n");
  ExpectApplies("only\n", "");
}

TEST_F(UnifiedDiffTest, ManyScatteredChanges) {
  std::string before, after;
  for (int i = 0; i < 300; ++i) {
    before += "行" + std::to_string(i) + "\n";
    after += (i % 17 == 0 ? "改" : "行") + std::to_string(i) + "\n";
    if (i % 41 == 0) after += "新增\n";
  }
  ExpectApplies(before, after);
}

}  // namespace
}  // namespace factlint
