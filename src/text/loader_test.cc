#include "text/loader.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace factlint {
namespace {

namespace fs = std::filesystem;

std::string ToGb18030(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  char buffer[4096];
  int32_t n = ucnv_convert("GB18030", "UTF-8", buffer, sizeof buffer,
                           utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  return std::string(buffer, n);
}

TEST(DecodeBytesTest, PlainUtf8) {
  LoadResult r = DecodeBytes("a.txt", "研发投入2.68%\n");
  ASSERT_TRUE(std::holds_alternative<SourceText>(r));
  const SourceText& s = std::get<SourceText>(r);
  EXPECT_EQ(s.text, "研发投入2.68%\n");
  EXPECT_EQ(s.encoding, "UTF-8");
  EXPECT_FALSE(s.markdown);
}

TEST(DecodeBytesTest, BomIsStripped) {
  LoadResult r = DecodeBytes("a.md", "\xEF\xBB\xBF# 标题\n");
  ASSERT_TRUE(std::holds_alternative<SourceText>(r));
  EXPECT_EQ(std::get<SourceText>(r).text, "# 标题\n");
  EXPECT_EQ(std::get<SourceText>(r).encoding, "UTF-8 BOM");
  EXPECT_TRUE(std::get<SourceText>(r).markdown);
}

TEST(DecodeBytesTest, Gb18030IsDecoded) {
  const std::string utf8 = "中国大陆企业有525家，占比达到26.3%。\n第二行";
  std::string gb = ToGb18030(utf8);
  ASSERT_NE(gb, utf8);
  LoadResult r = DecodeBytes("gb.txt", gb);
  ASSERT_TRUE(std::holds_alternative<SourceText>(r));
  EXPECT_EQ(std::get<SourceText>(r).text, utf8);
  EXPECT_EQ(std::get<SourceText>(r).encoding, "GB18030");
}

TEST(DecodeBytesTest, InvalidBytesGiveLineAndColumn) {
  // "\xFF" is neither UTF-8 nor a GB18030 lead byte.
  LoadResult r = DecodeBytes("bad.txt", "第一行\r\n研发\xFF投入");
  ASSERT_TRUE(std::holds_alternative<InputError>(r));
  const InputError& e = std::get<InputError>(r);
  EXPECT_EQ(e.rule_id, "input-encoding");
  EXPECT_EQ(e.line, 2u);
  EXPECT_EQ(e.column, 3u);
  EXPECT_NE(e.message.find("0xFF"), std::string::npos);
}

TEST(DecodeBytesTest, BomWithInvalidUtf8IsAnError) {
  LoadResult r = DecodeBytes("bad.txt", "\xEF\xBB\xBF" "ab\n\xC3(");
  ASSERT_TRUE(std::holds_alternative<InputError>(r));
  EXPECT_EQ(std::get<InputError>(r).line, 2u);
  EXPECT_EQ(std::get<InputError>(r).column, 1u);
}

TEST(DecodeBytesTest, BinaryIsRefused) {
  std::string bytes = "PK\x03\x04";
  bytes.push_back('\0');
  bytes += "more";
  LoadResult r = DecodeBytes("x.txt", bytes);
  ASSERT_TRUE(std::holds_alternative<InputError>(r));
  EXPECT_EQ(std::get<InputError>(r).rule_id, "input-binary");
  EXPECT_EQ(std::get<InputError>(r).line, 0u);

  std::string controls(100, '\x01');
  controls += "text";
  r = DecodeBytes("y.txt", controls);
  ASSERT_TRUE(std::holds_alternative<InputError>(r));
  EXPECT_EQ(std::get<InputError>(r).rule_id, "input-binary");
}

TEST(DecodeBytesTest, Utf16IsNamedNotCalledBinary) {
  std::string le("\xFF\xFE" "5\0" "2\0" "5\0", 8);
  LoadResult r = DecodeBytes("u16.txt", le);
  ASSERT_TRUE(std::holds_alternative<InputError>(r));
  EXPECT_EQ(std::get<InputError>(r).rule_id, "input-encoding");
  EXPECT_NE(std::get<InputError>(r).message.find("UTF-16"), std::string::npos);
}

TEST(LoadFileTest, OversizedFileIsRefusedBeforeItIsRead) {
  // A sparse file: its size is 300 MiB, its blocks nothing; refused by size.
  std::string path = testing::TempDir() + "/sparse.txt";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  ASSERT_EQ(ftruncate(fileno(f), off_t{300} << 20), 0);
  std::fclose(f);
  LoadResult r = LoadFile(path);
  ASSERT_TRUE(std::holds_alternative<InputError>(r));
  EXPECT_EQ(std::get<InputError>(r).rule_id, "input-too-large");
  std::remove(path.c_str());
}

TEST(DecodeBytesTest, LongLineIsFine) {
  std::string line(3 << 20, 'a');
  line += "研";
  LoadResult r = DecodeBytes("long.txt", line);
  ASSERT_TRUE(std::holds_alternative<SourceText>(r));
  EXPECT_EQ(std::get<SourceText>(r).text.size(), line.size());
}

TEST(LoadFileTest, MissingPath) {
  LoadResult r = LoadFile("/nonexistent/dir/file.txt");
  ASSERT_TRUE(std::holds_alternative<InputError>(r));
  EXPECT_EQ(std::get<InputError>(r).rule_id, "input-unreadable");
  EXPECT_EQ(std::get<InputError>(r).message, "No such file or directory");
  EXPECT_EQ(std::get<InputError>(r).path, "/nonexistent/dir/file.txt");
}

TEST(LoadFileTest, DirectoryIsUnreadable) {
  LoadResult r = LoadFile(FACTLINT_SOURCE_DIR "/seeds");
  ASSERT_TRUE(std::holds_alternative<InputError>(r));
  EXPECT_EQ(std::get<InputError>(r).rule_id, "input-unreadable");
}

TEST(LoadFileTest, ReadsSeed) {
  LoadResult r = LoadFile(FACTLINT_SOURCE_DIR "/seeds/003_af76cae5511be1fe.txt");
  ASSERT_TRUE(std::holds_alternative<SourceText>(r));
  EXPECT_EQ(std::get<SourceText>(r).encoding, "UTF-8");
  EXPECT_NE(std::get<SourceText>(r).text.find("中国大陆企业有525家"), std::string::npos);
}

class ExpandPathsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("factlint_expand_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "sub");
    fs::create_directories(root_ / ".hidden");
    for (const char* name : {"b.txt", "a.md", "c.pdf", "sub/d.markdown",
                             "sub/e.TXT", ".hidden/f.txt", ".g.txt"}) {
      std::ofstream(root_ / name) << "x";
    }
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path root_;
};

TEST_F(ExpandPathsTest, RecursesSortsAndSkipsHidden) {
  std::vector<std::string> files;
  std::vector<InputError> errors;
  std::string explicit_file = (root_ / "c.pdf").string();
  ExpandPaths({root_.string(), "-", explicit_file, (root_ / "missing").string()},
              &files, &errors);
  std::vector<std::string> expected = {
      (root_ / "a.md").string(), (root_ / "b.txt").string(),
      (root_ / "sub/d.markdown").string(), (root_ / "sub/e.TXT").string(),
      "-", explicit_file};
  EXPECT_EQ(files, expected);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rule_id, "input-unreadable");
}

}  // namespace
}  // namespace factlint
