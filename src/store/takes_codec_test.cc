#include "store/takes_codec.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "engine/document.h"
#include "text/loader.h"

namespace factlint {
namespace {

const std::string kSourceDir = FACTLINT_SOURCE_DIR;

class TakesCodecTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    extractor_ = Extractor::Load(kSourceDir + "/rules", &error).release();
    ASSERT_NE(extractor_, nullptr) << error;
    std::vector<Diagnostic> errors;
    rules_ = FactRuleSet::Load({kSourceDir + "/rules/facts"}, &errors).release();
    ASSERT_NE(rules_, nullptr);
    // The draft of the CLI fixture states facts of the shipped rules.
    LoadResult loaded = LoadFile(kSourceDir + "/fixtures/cli/draft-against-seeds/draft.md");
    ASSERT_TRUE(std::holds_alternative<SourceText>(loaded));
    doc_ = BuildDocument(std::get<SourceText>(std::move(loaded)), *extractor_).release();
  }
  static void TearDownTestSuite() {
    delete doc_;
    delete rules_;
    delete extractor_;
  }

  static Extractor* extractor_;
  static FactRuleSet* rules_;
  static Document* doc_;
};

Extractor* TakesCodecTest::extractor_ = nullptr;
FactRuleSet* TakesCodecTest::rules_ = nullptr;
Document* TakesCodecTest::doc_ = nullptr;

TEST_F(TakesCodecTest, RoundTrip) {
  const std::vector<RuleTake> takes = MatchDocumentRules(*doc_, *rules_);
  ASSERT_FALSE(takes.empty());
  std::vector<RuleTake> back;
  std::string error;
  ASSERT_TRUE(DecodeRuleTakes(EncodeRuleTakes(takes), *rules_,
                              doc_->extraction.claims.size(), &back, &error))
      << error;
  ASSERT_EQ(back.size(), takes.size());
  for (size_t i = 0; i < takes.size(); ++i) {
    EXPECT_EQ(back[i].claim, takes[i].claim);
    EXPECT_EQ(back[i].rule, takes[i].rule);
    EXPECT_EQ(back[i].reason.rule_id, takes[i].reason.rule_id);
    EXPECT_EQ(back[i].reason.pattern, takes[i].reason.pattern);
    EXPECT_EQ(back[i].reason.pattern_text, takes[i].reason.pattern_text);
    EXPECT_FALSE(back[i].reason.pattern_text.empty());
    EXPECT_EQ(back[i].reason.matched_text, takes[i].reason.matched_text);
  }
  // None: still a blob, which decodes to none.
  ASSERT_TRUE(DecodeRuleTakes(EncodeRuleTakes({}), *rules_, 0, &back, &error)) << error;
  EXPECT_TRUE(back.empty());
}

// A reading of some claims (DecodeExtraction's `keep`) takes the takes of
// those claims alone, renumbered as the claims are, in their stored order.
TEST_F(TakesCodecTest, KeptClaimsKeepTheirTakesRenumbered) {
  const std::vector<RuleTake> takes = MatchDocumentRules(*doc_, *rules_);
  ASSERT_GE(takes.size(), 2u);
  const size_t claims = doc_->extraction.claims.size();
  // The second take's claim and one taken by no rule before it, if any.
  std::vector<uint32_t> keep = {takes[1].claim};
  for (uint32_t i = 0; i < takes[1].claim; ++i)
    if (std::none_of(takes.begin(), takes.end(), [&](const RuleTake& t) { return t.claim == i; })) {
      keep.insert(keep.begin(), i);
      break;
    }
  std::vector<RuleTake> back;
  std::string error;
  ASSERT_TRUE(DecodeRuleTakes(EncodeRuleTakes(takes), *rules_, claims, &back, &error, &keep))
      << error;
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].claim, keep.size() - 1);
  EXPECT_EQ(back[0].rule, takes[1].rule);
  EXPECT_EQ(back[0].reason.matched_text, takes[1].reason.matched_text);
  // A damaged take of a claim left out is still an error.
  std::vector<RuleTake> moved = takes;
  moved[0].rule = (moved[0].rule + 1) % rules_->rules().size();
  const std::vector<uint32_t> second = {takes[1].claim};
  if (takes[0].claim != takes[1].claim) {
    EXPECT_FALSE(
        DecodeRuleTakes(EncodeRuleTakes(moved), *rules_, claims, &back, &error, &second));
  }
}

TEST_F(TakesCodecTest, DamageIsAnErrorNeverATake) {
  const std::vector<RuleTake> takes = MatchDocumentRules(*doc_, *rules_);
  ASSERT_FALSE(takes.empty());
  const size_t claims = doc_->extraction.claims.size();
  const std::string bytes = EncodeRuleTakes(takes);
  std::vector<RuleTake> back;
  std::string error;
  // Every truncation, and a byte too many.
  for (size_t n = 0; n < bytes.size(); ++n)
    EXPECT_FALSE(DecodeRuleTakes(bytes.substr(0, n), *rules_, claims, &back, &error)) << n;
  EXPECT_FALSE(DecodeRuleTakes(bytes + "x", *rules_, claims, &back, &error));
  // A claim the document does not have.
  EXPECT_FALSE(DecodeRuleTakes(bytes, *rules_, takes.back().claim, &back, &error));
  // A rule index that is not the rule of the stored id (other rules).
  std::vector<RuleTake> moved = takes;
  moved[0].rule = (moved[0].rule + 1) % rules_->rules().size();
  EXPECT_FALSE(DecodeRuleTakes(EncodeRuleTakes(moved), *rules_, claims, &back, &error));
  EXPECT_NE(error.find(takes[0].reason.rule_id), std::string::npos) << error;
  // One claim taken twice.
  std::vector<RuleTake> twice = takes;
  twice.push_back(takes[0]);
  EXPECT_FALSE(DecodeRuleTakes(EncodeRuleTakes(twice), *rules_, claims, &back, &error));
}

}  // namespace
}  // namespace factlint
