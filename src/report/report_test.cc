#include "report/report.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

TEST(ParseFormatTest, KnownNames) {
  EXPECT_EQ(ParseFormat("text"), Format::kText);
  EXPECT_EQ(ParseFormat("json"), Format::kJson);
  EXPECT_EQ(ParseFormat("sarif"), Format::kSarif);
  EXPECT_EQ(ParseFormat("github"), Format::kGithub);
}

TEST(ParseFormatTest, UnknownNames) {
  EXPECT_EQ(ParseFormat(""), std::nullopt);
  EXPECT_EQ(ParseFormat("JSON"), std::nullopt);
  EXPECT_EQ(ParseFormat("xml"), std::nullopt);
  EXPECT_EQ(ParseFormat("text "), std::nullopt);
}

}  // namespace
}  // namespace factlint
