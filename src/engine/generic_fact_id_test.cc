// Generic facts get ids made of what they are matched on, the same whatever
// the order of the documents, and distinct for distinct groups.
#include "engine/generic_fact_id.h"
#include "engine/engine_test_util.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <set>

#include "engine/fact_rules.h"
#include "engine/generic_match.h"

namespace factlint {
namespace {

struct Input {
  std::string path, date, body;
};

class GenericFactIdTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    extractor_ = &engine_test::TheExtractor();
    rules_ = &engine_test::TheFactRules();
  }

  // The generic groups of `inputs`, loaded in the order given.
  std::vector<FactGroup> Generic(const std::vector<Input>& inputs) {
    docs_.clear();
    for (const Input& in : inputs) {
      SourceText source;
      source.path = in.path;
      source.text = "---\ndate: " + in.date + "\n---\n\n" + in.body;
      source.encoding = "UTF-8";
      source.markdown = true;
      auto doc = BuildDocument(std::move(source), *extractor_);
      doc->order = docs_.size();
      docs_.push_back(std::move(doc));
    }
    std::vector<FactGroup> generic;
    for (FactGroup& g : GroupFacts(docs_, rules_))
      if (!g.from_rule) generic.push_back(std::move(g));
    return generic;
  }

  static std::set<std::string> Ids(const std::vector<FactGroup>& groups) {
    std::set<std::string> ids;
    for (const FactGroup& g : groups) ids.insert(g.fact_id);
    return ids;
  }

  static const Extractor* extractor_;
  static const FactRuleSet* rules_;
  Documents docs_;
};

const Extractor* GenericFactIdTest::extractor_ = nullptr;
const FactRuleSet* GenericFactIdTest::rules_ = nullptr;

const Input kA = {"a.md", "2025-03-01",
                                     "2024年，全国专精特新中小企业数量达到14.1万家。\n"};
const Input kB = {"b.md", "2025-03-02",
                                     "2024年，全国专精特新中小企业数量达到14.3万家。\n"};
const Input kPlanA = {"c.md", "2025-03-05", "今年拟安排地方政府专项债券4.4万亿元。\n"};
const Input kPlanB = {"d.md", "2025-03-07", "今年拟安排地方政府专项债券4.6万亿元。\n"};

TEST_F(GenericFactIdTest, ReadsAsSubjectDimensionYearThenAHash) {
  std::vector<FactGroup> groups = Generic({kA, kB, kPlanA, kPlanB});
  ASSERT_EQ(groups.size(), 2u);
  std::set<std::string> ids = Ids(groups);
  ASSERT_EQ(ids.size(), 2u);
  auto readable = [](const std::string& id) { return id.substr(0, id.rfind(':')); };
  auto hash = [](const std::string& id) { return id.substr(id.rfind(':') + 1); };
  std::set<std::string> prefixes;
  for (const std::string& id : ids) {
    prefixes.insert(readable(id));
    EXPECT_EQ(hash(id).size(), 6u) << id;
    EXPECT_EQ(hash(id).find_first_not_of("0123456789abcdef"), std::string::npos) << id;
  }
  EXPECT_EQ(prefixes, (std::set<std::string>{"g:专精特新中小企业数量:count:家:2024",
                                             "g:地方政府专项债券:CNY:2025:plan"}));
  for (const FactGroup& g : groups)
    for (const ClaimRef& r : g.claims)
      EXPECT_EQ(g.fact_id,
                GenericFactId(*docs_[r.doc], docs_[r.doc]->extraction.claims[r.claim]));
}

TEST_F(GenericFactIdTest, TheOrderOfDocumentsDoesNotChangeIds) {
  const std::set<std::string> forward = Ids(Generic({kA, kB, kPlanA, kPlanB}));
  EXPECT_EQ(Ids(Generic({kPlanB, kB, kPlanA, kA})), forward);
  // Another name and date for the first document: still the same fact.
  Input renamed = kA;
  renamed.path = "z.md";
  renamed.date = "2025-04-01";
  EXPECT_EQ(Ids(Generic({kB, renamed, kPlanA, kPlanB})), forward);
}

TEST_F(GenericFactIdTest, TheBucketDecidesTheHash) {
  // Same subject, dimension and year; one is a change, the other a level:
  // other buckets, other ids with the same readable part.
  std::vector<FactGroup> level = Generic({kA, kB});
  std::vector<FactGroup> rise = Generic(
      {{"a.md", "2025-03-01", "2024年，全国专精特新中小企业数量增加1.1万家。\n"},
       {"b.md", "2025-03-02", "2024年，全国专精特新中小企业数量增加1.3万家。\n"}});
  ASSERT_EQ(level.size(), 1u);
  ASSERT_EQ(rise.size(), 1u);
  EXPECT_NE(level[0].fact_id, rise[0].fact_id);
}

TEST_F(GenericFactIdTest, GroupsSharingABucketAreToldApartByTheirWords) {
  Generic({kA, kB});
  ASSERT_EQ(docs_[0]->extraction.claims.size(), 1u);
  ASSERT_EQ(docs_[1]->extraction.claims.size(), 1u);
  // Two groups of one bucket whose words differ.
  docs_[1]->extraction.claims[0].context = {"其他", "词"};
  FactGroup one, two;
  one.claims = {{0, 0}};
  two.claims = {{1, 0}};
  std::vector<FactGroup> groups = {one, two};
  NameGenericGroups(docs_, &groups);
  EXPECT_NE(groups[0].fact_id, groups[1].fact_id);
  EXPECT_EQ(groups[0].fact_id.rfind("g:专精特新中小企业数量:count:家:2024:", 0), 0u)
      << groups[0].fact_id;
  // Alone in its bucket, a group has the bucket's id.
  std::vector<FactGroup> alone = {one};
  NameGenericGroups(docs_, &alone);
  EXPECT_EQ(alone[0].fact_id,
            GenericFactId(*docs_[0], docs_[0]->extraction.claims[0]));
  EXPECT_NE(groups[0].fact_id, alone[0].fact_id);
}

TEST_F(GenericFactIdTest, FingerprintsNameGenericFactsAsBefore) {
  FactGroup rule;
  rule.from_rule = true;
  rule.fact_id = "cn-rd-top2000-firms";
  EXPECT_EQ(FingerprintFactName(rule), "cn-rd-top2000-firms");
  std::vector<FactGroup> groups = Generic({kA, kB});
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(FingerprintFactName(groups[0]), "generic");
}

}  // namespace
}  // namespace factlint
