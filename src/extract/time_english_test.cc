#include "extract/time.h"

#include "extract/time_test_util.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

using time_test::Words;

std::string At(const std::string& s, const TimeExpr& t, uint32_t offset) {
  return s.substr(t.span.begin - offset, t.span.size());
}

TEST(EnglishTimeTest, EnglishSentencesHaveLettersAndNoChinese) {
  EXPECT_TRUE(IsEnglishSentence("R&D intensity reached 2.68% in 2024."));
  EXPECT_FALSE(IsEnglishSentence("2024年研发投入强度(R&D intensity)达到2.68%。"));
  EXPECT_FALSE(IsEnglishSentence("2024 2.68%"));
  EXPECT_FALSE(IsEnglishSentence("ＡＢＣ"));  // full-width forms
}

TEST(EnglishTimeTest, YearAfterAWordSpansAndBases) {
  DocumentDate doc{2025, 12, 19, "header"};
  const std::string s =
      "China spent 3.6 trillion yuan on R&D in 2024, up 48% from 2020; from 2018 to 2022 and 2019-2021.";
  auto t = FindTimeExpressions(s, 10, doc, Words());
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(At(s, t[0], 10), "in 2024");
  EXPECT_EQ(t[0].from_year, 2024);
  EXPECT_FALSE(t[0].base);
  EXPECT_EQ(t[0].trails_from, 10u);  // the first clause starts the sentence
  EXPECT_EQ(At(s, t[1], 10), "from 2020");
  EXPECT_TRUE(t[1].base);
  EXPECT_EQ(t[1].trails_from, 10u + s.find(" up 48%"));  // just after the comma
  EXPECT_EQ(t[2].from_year, 2018);
  EXPECT_EQ(t[2].to_year, 2022);
  EXPECT_FALSE(t[2].base);  // from ... to is a span, not a base
  EXPECT_EQ(t[3].from_year, 2019);
  EXPECT_EQ(t[3].to_year, 2021);
}

TEST(EnglishTimeTest, SinceRelativeYearsAndEditions) {
  DocumentDate doc{2025, 3, 5, "header"};
  const std::string s = "Since 2020 it grew; last year it fell; the 2025 EU Scoreboard lists them; "
                        "by the end of 2024 it rose.";
  auto t = FindTimeExpressions(s, 0, doc, Words());
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].from_year, 2020);
  EXPECT_EQ(t[0].to_year, 2025);
  EXPECT_EQ(At(s, t[1], 0), "last year");
  EXPECT_EQ(t[1].from_year, 2024);
  EXPECT_EQ(t[2].from_year, 0);  // an edition: named, not resolved
  EXPECT_EQ(t[2].origin, TimeOrigin::kRelative);
  EXPECT_EQ(At(s, t[3], 0), "by the end of 2024");
  EXPECT_EQ(t[3].from_year, 2024);
}

TEST(EnglishTimeTest, ANumberIsNoYearWithoutAWordBeforeIt) {
  DocumentDate doc{2025, 12, 19, "header"};
  auto t = FindTimeExpressions("The top-2000 list had 2024 firms.", 0, doc, Words());
  EXPECT_TRUE(t.empty());
}

TEST(EnglishTimeTest, ChineseSentencesKeepTheirOwnPatterns) {
  DocumentDate doc{2025, 12, 19, "header"};
  // A Chinese sentence with English words in it is not English: 2018-2022
  // without 年 is no time there, as before.
  auto t = FindTimeExpressions("研发(R&D)投入在2018-2022增长", 0, doc, Words());
  EXPECT_TRUE(t.empty());
}

}  // namespace
}  // namespace factlint
