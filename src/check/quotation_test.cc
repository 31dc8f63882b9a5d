#include "check/quotation.h"

#include <gtest/gtest.h>

namespace factlint {
namespace {

class QuotationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    auto loaded = LoadQuotationRules(std::string(FACTLINT_SOURCE_DIR) + "/rules/quotation.toml",
                                     &error);
    ASSERT_TRUE(loaded) << error;
    rules_ = *loaded;
  }
  // Whether the first occurrence of `figure` in `text` is in a direct quotation.
  bool Quoted(std::string_view text, std::string_view figure) {
    size_t at = text.find(figure);
    EXPECT_NE(at, std::string_view::npos);
    return InDirectQuotation(text, at, at + figure.size(), rules_);
  }
  QuotationRules rules_;
};

TEST_F(QuotationTest, AfterASpeechVerb) {
  EXPECT_TRUE(Quoted("部长表示：“目前有524家企业。”", "524家"));
  EXPECT_TRUE(Quoted("他说，“增长了5.2%”，并补充……", "5.2%"));
  EXPECT_TRUE(Quoted("她指出“有524家”", "524家"));
  EXPECT_TRUE(Quoted("他说：「有524家」", "524家"));
}

TEST_F(QuotationTest, NotAQuotationOfSpeech) {
  // Quotation marks that do not follow a speech verb (a title, a term).
  EXPECT_FALSE(Quoted("被誉为“524家企业的摇篮”", "524家"));
  // The quotation is closed before the figure.
  EXPECT_FALSE(Quoted("他说：“很好。”另有524家企业。", "524家"));
  // Never closed on the line: not a quotation we can delimit.
  EXPECT_FALSE(Quoted("他说：“有524家企业\n下一行”", "524家"));
  EXPECT_FALSE(Quoted("有524家企业", "524家"));
}

}  // namespace
}  // namespace factlint
