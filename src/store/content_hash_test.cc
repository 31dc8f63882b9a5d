#include "store/content_hash.h"

#include <gtest/gtest.h>

#include <string>

namespace factlint {
namespace {

// The program is identified by the build id the linker wrote (this test
// binary has one, as every build of this project does): 40 hex digits for
// the default SHA-1 style, and the same on every call.
TEST(ContentHashTest, ProgramBuildIdIsTheLinkersNote) {
  const std::string id = ProgramBuildId();
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(id.size() % 2, 0u);
  EXPECT_GE(id.size(), 16u);
  EXPECT_EQ(id.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(ProgramBuildId(), id);
}

TEST(ContentHashTest, RulesFingerprintIsStableAndNamesMissingFiles) {
  std::string a, b, error;
  ASSERT_TRUE(RulesFingerprint(FACTLINT_SOURCE_DIR "/rules", &a, &error)) << error;
  ASSERT_TRUE(RulesFingerprint(FACTLINT_SOURCE_DIR "/rules", &b, &error)) << error;
  EXPECT_EQ(a, b);
  EXPECT_EQ(a.size(), 16u);
  EXPECT_FALSE(RulesFingerprint("/nonexistent-rules", &a, &error));
  EXPECT_NE(error.find("units.toml"), std::string::npos);
}

}  // namespace
}  // namespace factlint
