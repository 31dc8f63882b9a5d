#include "extract/unit_table.h"

#include <gtest/gtest.h>

#include "extract/quantity_test_util.h"

namespace factlint {
namespace {

std::unique_ptr<UnitTable> Shipped() {
  std::string error;
  auto t = UnitTable::LoadFile(SourcePath("rules/units.toml"), &error);
  EXPECT_NE(t, nullptr) << error;
  return t;
}

TEST(UnitTableEnglishTest, ShippedEnglishWords) {
  auto t = Shipped();
  ASSERT_NE(t, nullptr);
  EXPECT_DOUBLE_EQ(t->FindMagnitude("billion")->factor, 1e9);
  EXPECT_EQ(t->Find("yuan")->dimension, "CNY");
  EXPECT_EQ(t->Find("percentage points")->kind, UnitKind::kPercentPoints);
  // An English count noun counts in its measure word's dimension.
  const UnitDef* companies = t->Find("companies");
  ASSERT_NE(companies, nullptr);
  EXPECT_EQ(companies->dimension, "count:家");
  EXPECT_TRUE(companies->counts);
  // A unit written before the number is no unit after it.
  EXPECT_EQ(t->Find("RMB"), nullptr);
  EXPECT_EQ(t->EnglishNumber("Two"), 2);
  EXPECT_EQ(t->EnglishDenominator("fifths"), 5);
  EXPECT_EQ(t->EnglishDenominator("fiftieth"), 0);
}

TEST(UnitTableEnglishTest, UnitBeforeTheNumber) {
  auto t = Shipped();
  ASSERT_NE(t, nullptr);
  std::string_view text = "RMB 249.7 billion, RMB5 and XRMB 3";
  ASSERT_NE(t->UnitBefore(text, 4), nullptr);
  EXPECT_EQ(t->UnitBefore(text, 4)->dimension, "CNY");
  EXPECT_NE(t->UnitBefore(text, text.find("5 and")), nullptr);
  EXPECT_EQ(t->UnitBefore(text, text.size() - 1), nullptr);  // XRMB is a word
  EXPECT_EQ(t->UnitBefore(text, 6), nullptr);
}

TEST(UnitTableEnglishTest, EnglishQualifiersStandBeforeTheNumberAsWords) {
  auto t = Shipped();
  ASSERT_NE(t, nullptr);
  std::string text = "more than 500";
  QualifierMatch m = t->QualifierBefore(text, 10, 0);
  EXPECT_EQ(m.qualifier, Qualifier::kAbove);
  EXPECT_EQ(text.substr(m.span.begin, m.span.size()), "more than");
  EXPECT_EQ(t->QualifierBefore("About 1,405", 6, 0).qualifier, Qualifier::kAbout);
  EXPECT_EQ(t->QualifierBefore("no more than 5", 13, 0).qualifier, Qualifier::kAtMost);
  EXPECT_EQ(t->QualifierBefore("Moreover 30", 9, 0).qualifier, Qualifier::kNone);
  EXPECT_EQ(t->QualifierBefore("over5", 4, 0).qualifier, Qualifier::kNone);
  // Not across the end of the previous quantity.
  EXPECT_EQ(t->QualifierBefore("about 5", 6, 3).qualifier, Qualifier::kNone);
}

TEST(UnitTableEnglishTest, ErrorsInTheEnglishSection) {
  std::string error;
  auto t = UnitTable::Parse("[[unit]]\nsurface = \"RMB\"\ndimension = \"CNY\"\nfactor = 1\nposition = \"left\"\n",
                            "u.toml", &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_NE(error.find("u.toml:5:"), std::string::npos) << error;
  EXPECT_NE(error.find("'position'"), std::string::npos) << error;
  t = UnitTable::Parse("[english.numbers]\none = 0\n", "u.toml", &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_NE(error.find("positive integer"), std::string::npos) << error;
  t = UnitTable::Parse("[english]\ncolour = 1\n", "u.toml", &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_NE(error.find("unknown key 'colour'"), std::string::npos) << error;
  t = UnitTable::Parse("[classifiers]\nsurfaces = [\"家\"]\n[english.classifiers]\n\"家\" = [\"家\"]\n",
                       "u.toml", &error);
  EXPECT_EQ(t, nullptr);
  EXPECT_NE(error.find("duplicate unit"), std::string::npos) << error;
}

}  // namespace
}  // namespace factlint
