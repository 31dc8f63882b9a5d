#include "base/strings.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

TEST(StringsTest, EndsAndStarts) {
  EXPECT_TRUE(StartsWith("2024年以来", "2024"));
  EXPECT_FALSE(StartsWith("年", "2024年"));
  EXPECT_TRUE(EndsWith("增加到", "到"));
  EXPECT_FALSE(EndsWith("到", "增加到"));
  EXPECT_TRUE(StartsWithAny("答:城镇新增就业", {"问:", "答:"}));
  EXPECT_TRUE(ContainsAny("二、2015年工作总体部署", {"总体部署", "工作任务"}));
  EXPECT_FALSE(ContainsAny("一、2014年工作回顾", {"总体部署"}));
}

TEST(StringsTest, Trim) {
  EXPECT_EQ(TrimLeft(" \t达到"), "达到");
  EXPECT_EQ(TrimRight("达到 \r"), "达到");
  EXPECT_EQ(TrimRight("   "), "");
}

}  // namespace
}  // namespace factlint
