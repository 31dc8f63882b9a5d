#include "config/ignore_files.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

std::optional<bool> Match(std::string_view file, std::string_view path, bool dir = false) {
  return MatchIgnorePatterns(ParseIgnoreFile(file), path, dir);
}

TEST(IgnoreFilesTest, UnanchoredPatternsMatchAtAnyDepth) {
  EXPECT_EQ(Match("*.md\n", "a.md"), true);
  EXPECT_EQ(Match("*.md\n", "docs/deep/a.md"), true);
  EXPECT_EQ(Match("*.md\n", "a.txt"), std::nullopt);
  EXPECT_EQ(Match("draft.txt\n", "x/draft.txt"), true);
}

TEST(IgnoreFilesTest, SlashAnchorsAtTheFilesDirectory) {
  EXPECT_EQ(Match("/draft.txt\n", "draft.txt"), true);
  EXPECT_EQ(Match("/draft.txt\n", "x/draft.txt"), std::nullopt);
  EXPECT_EQ(Match("docs/*.md\n", "docs/a.md"), true);
  EXPECT_EQ(Match("docs/*.md\n", "x/docs/a.md"), std::nullopt);
  EXPECT_EQ(Match("docs/**/a.md\n", "docs/x/y/a.md"), true);
}

TEST(IgnoreFilesTest, TrailingSlashMatchesDirectoriesOnly) {
  EXPECT_EQ(Match("build/\n", "build", /*dir=*/true), true);
  EXPECT_EQ(Match("build/\n", "src/build", /*dir=*/true), true);
  EXPECT_EQ(Match("build/\n", "build", /*dir=*/false), std::nullopt);
}

TEST(IgnoreFilesTest, LastMatchDecidesAndNegationReincludes) {
  EXPECT_EQ(Match("*.md\n!keep.md\n", "keep.md"), false);
  EXPECT_EQ(Match("*.md\n!keep.md\n", "drop.md"), true);
  EXPECT_EQ(Match("!keep.md\n*.md\n", "keep.md"), true);
}

TEST(IgnoreFilesTest, CommentsBlanksEscapesAndTrailingSpaces) {
  EXPECT_TRUE(ParseIgnoreFile("# comment\n\n   \n").empty());
  EXPECT_EQ(Match("\\#notes.md\n", "#notes.md"), true);
  EXPECT_EQ(Match("\\!bang.md\n", "!bang.md"), true);
  EXPECT_EQ(Match("a.md   \r\n", "a.md"), true);
}

}  // namespace
}  // namespace factlint
