#include "config/glob.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

TEST(GlobTest, StarStaysInsideOneComponent) {
  EXPECT_TRUE(GlobMatch("*.md", "a.md"));
  EXPECT_TRUE(GlobMatch("*.md", ".md"));
  EXPECT_FALSE(GlobMatch("*.md", "dir/a.md"));
  EXPECT_FALSE(GlobMatch("*.md", "a.txt"));
  EXPECT_TRUE(GlobMatch("reports/*/a.md", "reports/2024/a.md"));
  EXPECT_FALSE(GlobMatch("reports/*/a.md", "reports/2024/x/a.md"));
  EXPECT_TRUE(GlobMatch("a*b*c", "aXXbYYc"));
  EXPECT_FALSE(GlobMatch("a*b*c", "aXXbYY"));
}

TEST(GlobTest, QuestionMarkIsOneCodePoint) {
  EXPECT_TRUE(GlobMatch("??.txt", "ab.txt"));
  EXPECT_FALSE(GlobMatch("??.txt", "abc.txt"));
  EXPECT_TRUE(GlobMatch("报告?.md", "报告一.md"));  // one CJK character
  EXPECT_FALSE(GlobMatch("a?b", "a/b"));
}

TEST(GlobTest, DoubleStarCrossesDirectories) {
  EXPECT_TRUE(GlobMatch("**/*.md", "a.md"));
  EXPECT_TRUE(GlobMatch("**/*.md", "x/y/z/a.md"));
  EXPECT_FALSE(GlobMatch("**/*.md", "x/y/z/a.txt"));
  EXPECT_TRUE(GlobMatch("reports/2024/**", "reports/2024/a.md"));
  EXPECT_TRUE(GlobMatch("reports/2024/**", "reports/2024/q1/a.md"));
  EXPECT_FALSE(GlobMatch("reports/2024/**", "reports/2023/a.md"));
  EXPECT_FALSE(GlobMatch("reports/2024/**", "reports/2024"));
  EXPECT_TRUE(GlobMatch("a/**/b.md", "a/b.md"));
  EXPECT_TRUE(GlobMatch("a/**/b.md", "a/x/y/b.md"));
  EXPECT_FALSE(GlobMatch("a/**/b.md", "ab.md"));
  EXPECT_TRUE(GlobMatch("**", "anything/at/all"));
  // Not a whole component: an ordinary star.
  EXPECT_TRUE(GlobMatch("a**.md", "abc.md"));
  EXPECT_FALSE(GlobMatch("a**.md", "a/c.md"));
}

TEST(GlobTest, LiteralsAndDotSlash) {
  EXPECT_TRUE(GlobMatch("./seeds/a.txt", "seeds/a.txt"));
  EXPECT_TRUE(GlobMatch("seeds/a.txt", "./seeds/a.txt"));
  EXPECT_FALSE(GlobMatch("seeds/a.txt", "seeds/a.txtx"));
  EXPECT_TRUE(GlobMatch("[x].md", "[x].md"));
  EXPECT_FALSE(GlobMatch("A.md", "a.md"));
  EXPECT_TRUE(GlobMatch("", ""));
  EXPECT_FALSE(GlobMatch("", "a"));
}

TEST(GlobTest, ManyStarsStayFast) {
  std::string path(200, 'a');
  EXPECT_FALSE(GlobMatch("*a*a*a*a*a*a*a*a*a*a*a*b", path));
  EXPECT_FALSE(GlobMatch("**/**/**/**/**/b", "a/a/a/a/a/a/a/a/a/a/a/a/c"));
}

TEST(GlobTest, PathOrParent) {
  EXPECT_TRUE(GlobMatchPathOrParent("drafts/old", "drafts/old/a.md"));
  EXPECT_TRUE(GlobMatchPathOrParent("drafts/old/", "drafts/old/x/a.md"));
  EXPECT_TRUE(GlobMatchPathOrParent("drafts/*", "drafts/old/a.md"));
  EXPECT_TRUE(GlobMatchPathOrParent("drafts/old/**", "drafts/old/a.md"));
  EXPECT_FALSE(GlobMatchPathOrParent("drafts/old", "drafts/older/a.md"));
  EXPECT_FALSE(GlobMatchPathOrParent("old", "drafts/old/a.md"));
}

}  // namespace
}  // namespace factlint
