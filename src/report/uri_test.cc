#include "report/uri.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

TEST(UriTest, PercentEncodesNonAsciiAndReserved) {
  EXPECT_EQ(PercentEncodePath("seeds/a-b_c.~1.txt"), "seeds/a-b_c.~1.txt");
  EXPECT_EQ(PercentEncodePath("报告 1.txt"), "%E6%8A%A5%E5%91%8A%201.txt");
  EXPECT_EQ(PercentEncodePath("a%b#c?d:e"), "a%25b%23c%3Fd%3Ae");
}

TEST(UriTest, InsideWorkingDirectoryIsRelative) {
  ArtifactUri u = PathToUri("/work/main/seeds/报告.txt", "/work/main");
  EXPECT_EQ(u.uri, "seeds/%E6%8A%A5%E5%91%8A.txt");
  EXPECT_TRUE(u.relative);
  u = PathToUri("/work/main/seeds/x.txt", "/work/main/");
  EXPECT_EQ(u.uri, "seeds/x.txt");
  u = PathToUri("seeds/./x.txt", "/work/main");
  EXPECT_EQ(u.uri, "seeds/x.txt");
  EXPECT_TRUE(u.relative);
}

TEST(UriTest, OutsideWorkingDirectoryIsFileUri) {
  ArtifactUri u = PathToUri("/tmp/其他.md", "/work/main");
  EXPECT_EQ(u.uri, "file:///tmp/%E5%85%B6%E4%BB%96.md");
  EXPECT_FALSE(u.relative);
  u = PathToUri("../other/x.txt", "/work/main");
  EXPECT_EQ(u.uri, "file:///work/other/x.txt");
  EXPECT_FALSE(u.relative);
  // A sibling whose name starts with the working directory's is outside.
  EXPECT_EQ(PathToUri("/work/main2/x", "/work/main").uri, "file:///work/main2/x");
}

TEST(UriTest, NoWorkingDirectory) {
  EXPECT_EQ(PathToUri("a b.txt", "").uri, "a%20b.txt");
  EXPECT_TRUE(PathToUri("a b.txt", "").relative);
  EXPECT_EQ(PathToUri("/x/y.txt", "").uri, "file:///x/y.txt");
}

TEST(UriTest, DirectoryUriEndsWithSlash) {
  EXPECT_EQ(DirectoryUri("/work/main"), "file:///work/main/");
  EXPECT_EQ(DirectoryUri("/work/main/"), "file:///work/main/");
  EXPECT_EQ(DirectoryUri(""), "");
}

TEST(UriTest, FileUriToPathDecodesWhatPathToUriEncodes) {
  const std::string path = "/tmp/报告 a%b#c.md";
  std::string uri = PathToUri(path, "").uri;
  EXPECT_EQ(FileUriToPath(uri), path);
  EXPECT_EQ(FileUriToPath("file://localhost/x/y.txt"), "/x/y.txt");
  EXPECT_EQ(FileUriToPath("FILE:///x/%e6%8a%a5.txt"), "/x/报.txt");
}

TEST(UriTest, FileUriToPathRefusesWhatIsNotALocalFile) {
  EXPECT_EQ(FileUriToPath("untitled:Untitled-1"), std::nullopt);
  EXPECT_EQ(FileUriToPath("https://example.com/a.txt"), std::nullopt);
  EXPECT_EQ(FileUriToPath("file://server/share/a.txt"), std::nullopt);
  EXPECT_EQ(FileUriToPath("file:///a%2"), std::nullopt);
  EXPECT_EQ(FileUriToPath("file:///a%zz"), std::nullopt);
  EXPECT_EQ(FileUriToPath("file:///a%00b"), std::nullopt);
}

}  // namespace
}  // namespace factlint
