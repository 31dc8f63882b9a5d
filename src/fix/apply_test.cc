#include "fix/apply.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "text/loader.h"

namespace factlint {
namespace {

TEST(ApplyFixesTest, SeveralEditsInAnyOrder) {
  std::string text = "中国大陆企业有525家，占比达到26.3%。\n第二行不变。\n";
  size_t a = text.find("525家"), b = text.find("26.3%");
  std::vector<Edit> edits = {{b, b + 5, "26.5%"}, {a, a + 6, "524家"}};
  std::string error;
  std::optional<std::string> out = ApplyFixes(text, edits, &error);
  ASSERT_TRUE(out.has_value()) << error;
  EXPECT_EQ(*out, "中国大陆企业有524家，占比达到26.5%。\n第二行不变。\n");
}

TEST(ApplyFixesTest, NothingElseChanges) {
  // Odd spacing, tabs, CRLF, a lone CR and no final newline survive.
  std::string text = "a  1家\t\r\nb 2家\rc\r\n  3家";
  size_t two = text.find("2家");
  std::optional<std::string> out = ApplyFixes(text, {{two, two + 1, "20"}});
  ASSERT_TRUE(out.has_value());
  std::string expected = text;
  expected.replace(two, 1, "20");
  EXPECT_EQ(*out, expected);
  EXPECT_EQ(out->substr(0, two), text.substr(0, two));
  EXPECT_EQ(out->substr(two + 2), text.substr(two + 1));
}

TEST(ApplyFixesTest, CrlfFileKeepsItsLineEnds) {
  std::string text = "第一行524家\r\n第二行26.3%\r\n";
  size_t p = text.find("524"), q = text.find("26.3");
  std::optional<std::string> out =
      ApplyFixes(text, {{p, p + 3, "五百二十五"}, {q, q + 4, "26.5"}});
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(*out, "第一行五百二十五家\r\n第二行26.5%\r\n");
}

TEST(ApplyFixesTest, NoEditsIsIdentity) {
  std::string text = "x\r\ny";
  EXPECT_EQ(ApplyFixes(text, {}).value_or("?"), text);
}

TEST(ApplyFixesTest, AdjacentEditsAndInsertions) {
  std::optional<std::string> out =
      ApplyFixes("abcdef", {{2, 4, "XY"}, {0, 2, "__"}, {6, 6, "!"}});
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(*out, "__XYef!");
}

TEST(ApplyFixesTest, OverlapsRefused) {
  std::string error;
  EXPECT_FALSE(ApplyFixes("abcdef", {{0, 3, "x"}, {2, 4, "y"}}, &error));
  EXPECT_NE(error.find("overlap"), std::string::npos) << error;
  EXPECT_FALSE(ApplyFixes("abcdef", {{1, 5, "x"}, {2, 3, "y"}}));  // nested
  EXPECT_FALSE(ApplyFixes("abcdef", {{3, 3, "x"}, {3, 3, "y"}}));  // same point
  EXPECT_FALSE(ApplyFixes("abcdef", {{2, 4, "x"}, {2, 4, "x"}}));  // duplicate
}

TEST(ApplyFixesTest, BadRangesRefused) {
  std::string error;
  EXPECT_FALSE(ApplyFixes("abc", {{2, 9, "x"}}, &error));
  EXPECT_NE(error.find("outside"), std::string::npos);
  EXPECT_FALSE(ApplyFixes("abc", {{2, 1, "x"}}));
  // 家 is three bytes; an edit may not cut it.
  EXPECT_FALSE(ApplyFixes("5家", {{0, 2, "6"}}, &error));
  EXPECT_NE(error.find("UTF-8"), std::string::npos);
}

TEST(EncodeLikeTest, Utf8AndBom) {
  EXPECT_EQ(EncodeLike("五百", "UTF-8").value_or(""), "五百");
  EXPECT_EQ(EncodeLike("五百", "UTF-8 BOM").value_or(""), "\xEF\xBB\xBF五百");
  EXPECT_FALSE(EncodeLike("五百", "Shift_JIS").has_value());
}

TEST(EncodeLikeTest, Gb18030RoundTrip) {
  std::string utf8 = "中国大陆企业有五百二十五家，占比26.3%。\r\n𠀀 € ½\n";
  std::optional<std::string> gb = EncodeLike(utf8, "GB18030");
  ASSERT_TRUE(gb.has_value());
  EXPECT_NE(*gb, utf8);
  EXPECT_EQ(gb->substr(0, 4), "\xD6\xD0\xB9\xFA");  // 中国 in GB2312 bytes
  LoadResult back = DecodeBytes("x.txt", *gb);
  ASSERT_TRUE(std::holds_alternative<SourceText>(back));
  EXPECT_EQ(std::get<SourceText>(back).encoding, "GB18030");
  EXPECT_EQ(std::get<SourceText>(back).text, utf8);
}

TEST(EncodeLikeTest, IllFormedUtf8Refused) {
  EXPECT_FALSE(EncodeLike("ab\xFF", "GB18030").has_value());
}

// A file in a fresh temporary directory.
class FixFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/factlint_fix_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::string cmd = "chmod -R u+w '" + dir_ + "' && rm -rf '" + dir_ + "'";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
  }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::string path = dir_ + "/" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  static std::string Read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }
  static SourceText Load(const std::string& path) {
    LoadResult r = LoadFile(path);
    EXPECT_TRUE(std::holds_alternative<SourceText>(r));
    return std::holds_alternative<SourceText>(r) ? std::get<SourceText>(r)
                                                 : SourceText{};
  }
  std::string dir_;
};

TEST_F(FixFileTest, WritesUtf8Bom) {
  std::string path = Write("a.txt", "\xEF\xBB\xBF有525家\r\n");
  SourceText src = Load(path);
  size_t p = src.text.find("525");
  std::string error;
  ASSERT_TRUE(WriteFixedFile(src, {{p, p + 3, "524"}}, &error)) << error;
  EXPECT_EQ(Read(path), "\xEF\xBB\xBF有524家\r\n");
}

TEST_F(FixFileTest, WritesGb18030) {
  std::string utf8 = "中国大陆企业有525家。\n";
  std::string path = Write("gb.txt", *EncodeLike(utf8, "GB18030"));
  SourceText src = Load(path);
  ASSERT_EQ(src.encoding, "GB18030");
  size_t p = src.text.find("525");
  std::string error;
  ASSERT_TRUE(WriteFixedFile(src, {{p, p + 3, "五百二十四"}}, &error)) << error;
  EXPECT_EQ(Read(path), *EncodeLike("中国大陆企业有五百二十四家。\n", "GB18030"));
}

TEST_F(FixFileTest, ReadOnlyFileRefusedAndUnchanged) {
  std::string original = "有525家\n";
  std::string path = Write("ro.txt", original);
  SourceText src = Load(path);
  ASSERT_EQ(chmod(path.c_str(), 0444), 0);
  std::string error;
  EXPECT_FALSE(WriteFixedFile(src, {{3, 6, "524"}}, &error));
  EXPECT_NE(error.find("read-only"), std::string::npos) << error;
  EXPECT_NE(error.find(path), std::string::npos) << error;
  EXPECT_EQ(Read(path), original);
}

TEST_F(FixFileTest, ChangedFileRefused) {
  std::string path = Write("c.txt", "有525家\n");
  SourceText src = Load(path);
  Write("c.txt", "有526家\n");  // someone edited it meanwhile
  std::string error;
  EXPECT_FALSE(WriteFixedFile(src, {{3, 6, "524"}}, &error));
  EXPECT_NE(error.find("changed"), std::string::npos) << error;
  EXPECT_EQ(Read(path), "有526家\n");
}

TEST_F(FixFileTest, OverlapLeavesFileUnchanged) {
  std::string path = Write("o.txt", "有525家\n");
  SourceText src = Load(path);
  std::string error;
  EXPECT_FALSE(WriteFixedFile(src, {{3, 6, "1"}, {4, 5, "2"}}, &error));
  EXPECT_EQ(Read(path), "有525家\n");
}

}  // namespace
}  // namespace factlint
