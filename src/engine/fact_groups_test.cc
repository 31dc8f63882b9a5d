// GroupFacts records why each claim is in its group (MatchReason): the rule
// and pattern for rule facts, the bucket, partner, score and shared words
// for generic matches.
#include "engine/fact_groups.h"
#include "engine/engine_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>

#include "engine/fact_rules.h"
#include "engine/generic_fact_id.h"
#include "engine/generic_match.h"

namespace factlint {
namespace {

class FactGroupsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    extractor_ = &engine_test::TheExtractor();
    rules_ = &engine_test::TheFactRules();
  }

  void Add(const std::string& path, const std::string& date, const std::string& body) {
    SourceText source;
    source.path = path;
    source.text = "---\ndate: " + date + "\n---\n\n" + body;
    source.encoding = "UTF-8";
    source.markdown = true;
    auto doc = BuildDocument(std::move(source), *extractor_);
    doc->order = docs_.size();
    docs_.push_back(std::move(doc));
  }

  const Claim& ClaimOf(const ClaimRef& r) const {
    return docs_[r.doc]->extraction.claims[r.claim];
  }

  static const Extractor* extractor_;
  static const FactRuleSet* rules_;
  Documents docs_;
};

const Extractor* FactGroupsTest::extractor_ = nullptr;
const FactRuleSet* FactGroupsTest::rules_ = nullptr;

TEST_F(FactGroupsTest, RuleFactsRecordTheRuleAndPattern) {
  Add("a.md", "2025-12-19", "企业研发投入占比超过77%，524家中国大陆企业进入全球工业研发投入2000强。\n");
  Add("b.md", "2025-12-20", "在全球工业研发投入2000强企业,中国大陆企业有525家。\n");
  std::vector<FactGroup> groups = GroupFacts(docs_, rules_);
  auto it = std::find_if(groups.begin(), groups.end(), [](const FactGroup& g) {
    return g.fact_id == "cn-rd-top2000-firms";
  });
  ASSERT_NE(it, groups.end());
  ASSERT_EQ(it->claims.size(), 2u);
  ASSERT_EQ(it->reasons.size(), it->claims.size());
  for (size_t k = 0; k < it->claims.size(); ++k) {
    const MatchReason& r = it->reasons[k];
    EXPECT_EQ(r.rule_id, "cn-rd-top2000-firms");
    EXPECT_FALSE(r.pattern_text.empty());
    // The recorded pattern is the one that matched, and the matched text
    // holds the claim's number.
    const FactRule& rule = *std::find_if(
        rules_->rules().begin(), rules_->rules().end(),
        [](const FactRule& f) { return f.id == "cn-rd-top2000-firms"; });
    ASSERT_LT(r.pattern, rule.patterns.size());
    EXPECT_EQ(r.pattern_text, rule.patterns[r.pattern]);
    std::string number = ClaimOf(it->claims[k]).surface;
    number.resize(3);  // 524 / 525
    EXPECT_NE(r.matched_text.find(number), std::string::npos) << r.matched_text;
    EXPECT_TRUE(r.bucket.empty());
    EXPECT_FALSE(r.has_partner);
  }
}

TEST_F(FactGroupsTest, ATableRowsLabelNamesTheFactOfEachCell) {
  Add("t.md", "2025-03-10",
      "| 指标 | 2023年 | 2024年 |\n|---|---|---|\n| 城镇新增就业 | 1244万人 | 1256万人 |\n");
  std::vector<FactGroup> groups = GroupFacts(docs_, rules_);
  auto it = std::find_if(groups.begin(), groups.end(), [](const FactGroup& g) {
    return g.fact_id == "cn-new-urban-jobs";
  });
  ASSERT_NE(it, groups.end());
  ASSERT_EQ(it->claims.size(), 2u);
  EXPECT_EQ(ClaimOf(it->claims[0]).surface, "1244万人");
  EXPECT_EQ(ClaimOf(it->claims[0]).time.from_year, 2023);
  EXPECT_EQ(ClaimOf(it->claims[1]).surface, "1256万人");
  EXPECT_EQ(ClaimOf(it->claims[0]).subject, "城镇新增就业");
  // The matched text is the label read with the cell.
  EXPECT_EQ(it->reasons[0].matched_text.find("城镇新增就业1244万"), 0u) << it->reasons[0].matched_text;
}

TEST_F(FactGroupsTest, GenericMatchesRecordBucketPartnerScoreAndWords) {
  Add("a.md", "2025-03-01", "2024年，全国专精特新中小企业数量达到14.1万家。\n");
  Add("b.md", "2025-03-02", "2024年，全国专精特新中小企业数量达到14.3万家。\n");
  std::vector<FactGroup> groups = GroupFacts(docs_, rules_);
  ASSERT_EQ(groups.size(), 1u);
  const FactGroup& g = groups[0];
  ASSERT_EQ(g.claims.size(), 2u);
  EXPECT_EQ(g.fact_id, GenericFactId(*docs_[g.claims[0].doc], ClaimOf(g.claims[0])));
  ASSERT_EQ(g.reasons.size(), 2u);
  for (size_t k = 0; k < 2; ++k) {
    const MatchReason& r = g.reasons[k];
    EXPECT_TRUE(r.rule_id.empty());
    EXPECT_EQ(r.bucket, GenericBucket(*docs_[g.claims[k].doc], ClaimOf(g.claims[k])));
    EXPECT_NE(r.bucket.find("count:家, year 2024"), std::string::npos) << r.bucket;
    ASSERT_TRUE(r.has_partner);
    EXPECT_EQ(r.partner, g.claims[1 - k]);
    EXPECT_DOUBLE_EQ(r.score, 1.0);  // the same words on both sides
    EXPECT_FALSE(r.identical_words);
    EXPECT_EQ(r.shared_words, SharedWords(ClaimOf(g.claims[0]).context,
                                          ClaimOf(g.claims[1]).context));
    EXPECT_FALSE(r.shared_words.empty());
  }
}

TEST_F(FactGroupsTest, PlansAreGroupedWithPlansOnly) {
  Add("a.md", "2025-03-05", "今年拟安排地方政府专项债券4.4万亿元。\n");
  Add("b.md", "2025-03-06", "今年地方政府专项债券4.4万亿元。\n");
  Add("c.md", "2025-03-07", "今年拟安排地方政府专项债券4.6万亿元。\n");
  std::vector<FactGroup> groups = GroupFacts(docs_, rules_);
  ASSERT_EQ(groups.size(), 1u);
  ASSERT_EQ(groups[0].claims.size(), 2u);
  for (const ClaimRef& r : groups[0].claims) {
    EXPECT_TRUE(ClaimOf(r).target) << ClaimOf(r).surface;
    EXPECT_NE(GenericBucket(*docs_[r.doc], ClaimOf(r)).find(", plan"), std::string::npos);
  }
}

// A change stated as a multiple (翻了一番, 增长1.1倍) meets changes stated in
// percent, valued in percent; a multiple that is a level (是2019年的2.1倍)
// does not.
TEST_F(FactGroupsTest, AChangeInMultiplesIsMatchedAsAChangeInPercent) {
  Add("a.md", "2025-01-20", "2024年，我国高被引科学家达到1405人次，比2021年增长了50%。\n");
  Add("b.md", "2025-03-01", "2024年，我国高被引科学家达到1405人次，比2021年翻了一番。\n");
  Add("c.md", "2025-03-02", "2024年，我国高被引科学家人次是2021年的2倍。\n");
  std::vector<FactGroup> groups = GroupFacts(docs_, rules_);
  auto it = std::find_if(groups.begin(), groups.end(), [&](const FactGroup& g) {
    return std::any_of(g.claims.begin(), g.claims.end(),
                       [&](const ClaimRef& r) { return ClaimOf(r).surface == "50%"; });
  });
  ASSERT_NE(it, groups.end());
  ASSERT_EQ(it->claims.size(), 2u);
  const Claim& doubled = ClaimOf(it->claims[1]);
  EXPECT_EQ(doubled.surface, "一番");
  EXPECT_TRUE(ChangeInMultiples(doubled));
  EXPECT_EQ(MatchedDimension(doubled), "percent");
  EXPECT_EQ(MatchedValue(doubled).lo, 100);
  EXPECT_EQ(MatchedValue(doubled).hi, 100);
  EXPECT_EQ(GenericBucket(*docs_[it->claims[0].doc], ClaimOf(it->claims[0])),
            GenericBucket(*docs_[it->claims[1].doc], doubled));
  int levels = 0;
  for (const Claim& c : docs_[2]->extraction.claims) {
    if (c.kind != ClaimKind::kMultiple) continue;
    ++levels;
    EXPECT_FALSE(ChangeInMultiples(c)) << c.surface;
    EXPECT_NE(GenericIneligibility(c), "") << c.surface;
  }
  EXPECT_EQ(levels, 1);
}

TEST_F(FactGroupsTest, ALongSubjectNamesTheFactWhateverClausesStandBeforeIt) {
  Add("report.md", "2023-03-05",
      "2022年，加快地方政府专项债券发行使用，依法盘活用好专项债务结存限额，"
      "分两期投放政策性开发性金融工具7400亿元。\n");
  Add("draft.md", "2023-03-07", "2022年，分两期投放政策性开发性金融工具4700亿元。\n");
  std::vector<FactGroup> groups = GroupFacts(docs_, rules_);
  auto it = std::find_if(groups.begin(), groups.end(), [&](const FactGroup& g) {
    return g.claims.size() == 2 && ClaimOf(g.claims[0]).surface == "7400亿元";
  });
  ASSERT_NE(it, groups.end());
  EXPECT_EQ(ClaimOf(it->claims[1]).surface, "4700亿元");
}

// A restatement in fewer words than its source is scored by how much of it
// the source holds: whole, a confident match, though the source's clause
// lists much else. Fewer than six words held say too little.
TEST(GenericCompareTest, ASmallerSideHeldWholeByTheOtherMatches) {
  const std::vector<Word> source = {"建设", "方案", "明确", "世界", "领先", "科技", "园区",
                                    "总体", "要求", "打造", "全球", "原始", "创新", "策源地",
                                    "人才", "集聚", "方面", "部署", "重点", "任务"};
  const std::vector<Word> restated = {"世界", "领先", "科技", "园区", "方案", "部署", "重点", "任务"};
  const std::vector<Word> few = {"方案", "部署", "重点", "任务", "方面"};
  const WordWeights uniform;
  const Similarity held = Compare(restated, source, uniform);
  EXPECT_FALSE(held.distinguished);
  EXPECT_GE(held.score, kGenericErrorScore);
  EXPECT_DOUBLE_EQ(Compare(source, restated, uniform).score, held.score);
  // Five words held whole: the overlap of the union alone, 5 of 20.
  EXPECT_DOUBLE_EQ(Compare(few, source, uniform).score, 5.0 / 20.0);
  // A word of the smaller side the other lacks lowers the share held.
  std::vector<Word> with_other = restated;
  with_other.push_back("张江");
  const Similarity partly = Compare(with_other, source, uniform);
  EXPECT_LT(partly.score, kGenericErrorScore);
  EXPECT_GE(partly.score, kGenericWarningScore);
}

// A clause of nothing but its subject and figure (缓税缓费7500多亿元) has no
// words to compare: its subject is compared instead, so the same subject
// matches and a clause with words of its own does not.
TEST_F(FactGroupsTest, ASubjectAloneIsComparedWhenTheClauseHasNoOtherWords) {
  Add("report.md", "2023-03-05", "2022年，全年新增减税降费超过1万亿元，缓税缓费7500多亿元。\n");
  Add("draft.md", "2023-03-07", "2022年，缓税缓费7500多万亿元。\n");
  Add("other.md", "2023-03-08", "2022年，受疫情影响，中小企业经营困难，缓税缓费7400亿元。\n");
  const Claim* report = nullptr;
  const Claim* draft = nullptr;
  const Claim* other = nullptr;
  for (const auto& doc : docs_)
    for (const Claim& c : doc->extraction.claims) {
      if (c.surface == "7500多亿元") report = &c;
      if (c.surface == "7500多万亿元") draft = &c;
      if (c.surface == "7400亿元") other = &c;
    }
  ASSERT_NE(report, nullptr);
  ASSERT_NE(draft, nullptr);
  ASSERT_NE(other, nullptr);
  ASSERT_TRUE(report->context.empty()) << "the case needs a clause without words";
  // The same subject, in a clause that has words of its own.
  ASSERT_EQ(other->subject, report->subject);
  ASSERT_FALSE(other->context.empty());
  std::vector<FactGroup> groups = GroupFacts(docs_, rules_);
  auto it = std::find_if(groups.begin(), groups.end(), [&](const FactGroup& g) {
    return std::any_of(g.claims.begin(), g.claims.end(),
                       [&](const ClaimRef& r) { return &ClaimOf(r) == report; });
  });
  ASSERT_NE(it, groups.end());
  ASSERT_EQ(it->claims.size(), 2u) << "the claim with words of its own joined";
  EXPECT_TRUE(&ClaimOf(it->claims[0]) == draft || &ClaimOf(it->claims[1]) == draft);
}

TEST_F(FactGroupsTest, AnAnswerIsReadWithWhatItsQuestionAsks) {
  Add("qa.md", "2023-03-07", "问：2022年城镇新增就业是多少？\n\n答：1206万人。\n");
  std::vector<FactGroup> groups = GroupFacts(docs_, rules_);
  auto it = std::find_if(groups.begin(), groups.end(), [](const FactGroup& g) {
    return g.fact_id == "cn-new-urban-jobs";
  });
  ASSERT_NE(it, groups.end());
  ASSERT_EQ(it->claims.size(), 1u);
  EXPECT_EQ(ClaimOf(it->claims[0]).surface, "1206万人");
  EXPECT_EQ(ClaimOf(it->claims[0]).time.from_year, 2022);
  EXPECT_EQ(it->reasons[0].matched_text.find("城镇新增就业1206万"), 0u) << it->reasons[0].matched_text;
}

TEST_F(FactGroupsTest, RefusalsAndIneligibilitySayWhy) {
  Claim c;
  c.dimension = "count:家";
  c.subject = "企业";
  FactRule rule;
  rule.dimension = "count:家";
  EXPECT_EQ(RuleRefusal(c, rule), "");
  EXPECT_EQ(GenericIneligibility(c), "");
  c.change = Direction::kUp;
  EXPECT_NE(RuleRefusal(c, rule).find("change"), std::string::npos);
  c.change = Direction::kNone;
  c.scope = "北京市";
  rule.national = true;
  EXPECT_NE(RuleRefusal(c, rule).find("北京市"), std::string::npos);
  c.target = true;
  EXPECT_NE(RuleRefusal(c, rule).find("target"), std::string::npos);
  // Plans are matched generically, in buckets of their own: a plan is
  // compared with the same plan restated, never with what happened.
  EXPECT_EQ(GenericIneligibility(c), "");
  c.target = false;
  // A duration with a subject is a measure (受教育年限10.9年), and a
  // fraction a share; a multiple that states no change is for fact rules.
  c.kind = ClaimKind::kDuration;
  c.dimension = "year";
  EXPECT_EQ(GenericIneligibility(c), "");
  c.kind = ClaimKind::kFraction;  // 近七成, a share in percent
  c.dimension = "percent";
  EXPECT_EQ(GenericIneligibility(c), "");
  c.kind = ClaimKind::kMultiple;  // a level in multiples (是2010年的2.2倍)
  c.dimension = "multiple";
  EXPECT_NE(GenericIneligibility(c).find("fact rules only"), std::string::npos);
  c.kind = ClaimKind::kCardinal;
  c.subject = "";
  EXPECT_NE(GenericIneligibility(c).find("subject"), std::string::npos);
}

// A rate-of-change rule (measure = "rise") takes one year's rise or a bare
// rate (增速6.9%), never a fall, an average annual rate or a multi-year change;
// a level rule takes no change.
TEST_F(FactGroupsTest, RiseRulesTakeOneYearsRise) {
  FactRule rule;
  rule.dimension = "percent";
  rule.measure = FactMeasure::kRise;
  Claim c;
  c.dimension = "percent";
  c.time = {2017, 2017, TimeOrigin::kExplicit};
  EXPECT_EQ(RuleRefusal(c, rule), "");  // 增速6.9%
  c.change = Direction::kUp;
  c.base_year = 2016;
  EXPECT_EQ(RuleRefusal(c, rule), "");  // 比上年增长6.9%
  // 下降0.7%: taken, as a negative rise (FactValue in the checks).
  c.change = Direction::kDown;
  EXPECT_EQ(RuleRefusal(c, rule), "");
  c.change = Direction::kUp;
  c.annual = true;
  EXPECT_NE(RuleRefusal(c, rule).find("average annual"), std::string::npos);
  c.annual = false;
  c.base_year = 2012;
  EXPECT_NE(RuleRefusal(c, rule).find("since 2012"), std::string::npos);
  c.base_year = 0;
  c.time = {2013, 2017, TimeOrigin::kExplicit};
  EXPECT_NE(RuleRefusal(c, rule).find("several years"), std::string::npos);
  rule.measure = FactMeasure::kFall;
  c.time = {2017, 2017, TimeOrigin::kExplicit};
  c.change = Direction::kDown;
  EXPECT_EQ(RuleRefusal(c, rule), "");
  rule.measure = FactMeasure::kLevel;
  EXPECT_NE(RuleRefusal(c, rule).find("change"), std::string::npos);
}

// What the groups say, claim by claim, for comparing two groupings.
std::vector<std::string> Describe(const std::vector<FactGroup>& groups) {
  std::vector<std::string> out;
  for (const FactGroup& g : groups)
    for (size_t k = 0; k < g.claims.size(); ++k)
      out.push_back(g.fact_id + " " + std::to_string(g.claims[k].doc) + ":" +
                    std::to_string(g.claims[k].claim) + " " + g.reasons[k].rule_id + " " +
                    g.reasons[k].matched_text + " " + g.reasons[k].bucket.str());
  return out;
}

// The groups, claim by claim, without their reasons.
std::vector<std::string> Members(const std::vector<FactGroup>& groups) {
  std::vector<std::string> out;
  for (const FactGroup& g : groups)
    for (const ClaimRef& r : g.claims)
      out.push_back(g.fact_id + " " + g.title + " " + std::to_string(g.from_rule) + " " +
                    std::to_string(static_cast<int>(g.severity)) + " " +
                    std::to_string(r.doc) + ":" + std::to_string(r.claim));
  return out;
}

// `check` groups without reasons (it shows none): the same groups, with
// none of the records explain reads.
TEST_F(FactGroupsTest, GroupingWithoutReasonsGivesTheSameGroups) {
  Add("a.md", "2025-12-19", "企业研发投入占比超过77%，524家中国大陆企业进入全球工业研发投入2000强。\n");
  Add("b.md", "2025-12-20", "在全球工业研发投入2000强企业,中国大陆企业有525家。\n");
  // Words no other test interns, so that their buckets are new to the
  // word table here.
  Add("c.md", "2025-03-01", "2024年，全国低空飞行服务站数量达到14.1万家。\n");
  Add("d.md", "2025-03-02", "2024年，全国低空飞行服务站数量达到14.3万家。\n");
  // Grouping holds no bucket keys (it computes a claim's from the claim):
  // without reasons (which name the bucket) the word table does not grow.
  const size_t words = Word::TableSize();
  const std::vector<FactGroup> without =
      GroupFacts(docs_, rules_, nullptr, nullptr, false, /*with_reasons=*/false);
  EXPECT_EQ(Word::TableSize(), words);
  const std::vector<FactGroup> with = GroupFacts(docs_, rules_);
  EXPECT_GT(Word::TableSize(), words);  // the generic groups' buckets
  EXPECT_EQ(Members(without), Members(with));
  bool rule = false, generic = false;
  for (const FactGroup& g : with) {
    EXPECT_EQ(g.reasons.size(), g.claims.size());
    (g.from_rule ? rule : generic) = true;
  }
  EXPECT_TRUE(rule && generic);  // both kinds of group are compared
  for (const FactGroup& g : without) EXPECT_TRUE(g.reasons.empty()) << g.fact_id;
}

TEST_F(FactGroupsTest, KeptRuleMatchesGroupAsMatchingAfresh) {
  // A draft (the target) and the seeds as reference documents.
  Add("draft.md", "2026-01-10",
      "企业创新能力显著增强，526家中国大陆企业进入全球工业研发投入2000强。\n"
      "2024年，全国技术合同成交额达到6.9万亿元。\n");
  for (const char* seed : {"000_04054bb1ba8821ed.txt", "001_dff61195967c57f5.txt",
                           "003_af76cae5511be1fe.txt"}) {
    std::ifstream in(std::string(FACTLINT_SOURCE_DIR) + "/seeds/" + seed);
    std::stringstream text;
    text << in.rdbuf();
    ASSERT_FALSE(text.str().empty()) << seed;
    Add(seed, "2025-12-19", text.str());
    docs_.back()->target = false;  // reference material
  }
  const std::vector<std::string> fresh = Describe(GroupFacts(docs_, rules_));
  ASSERT_GT(fresh.size(), 10u);

  RuleMatchCache cache;
  EXPECT_EQ(Describe(GroupFacts(docs_, rules_, nullptr, &cache)), fresh);
  EXPECT_EQ(cache.size(), docs_.size() - 1);  // every document but the target
  EXPECT_EQ(Describe(GroupFacts(docs_, rules_, nullptr, &cache)), fresh);
  EXPECT_EQ(cache.size(), docs_.size() - 1);

  // The keys of an index reading keep the target's takes as well, and
  // grouping takes them from there.
  const auto keys = GroupingKeys(docs_, rules_);
  EXPECT_EQ(GroupingKeys(docs_, rules_, &cache), keys);
  EXPECT_EQ(cache.size(), docs_.size());
  ASSERT_NE(cache.Find(*docs_.front()), nullptr);
  EXPECT_EQ(cache.Find(*docs_.front())->size(), MatchDocumentRules(*docs_.front(), *rules_).size());
  EXPECT_EQ(Describe(GroupFacts(docs_, rules_, nullptr, &cache)), fresh);
  // Each claim's slip keys (fact-unit and fact-base compare claims by
  // them, the index stores them in words): in words exactly when it has
  // one, and two keys are equal exactly when their words are.
  const UnitTable& units = extractor_->scanner().units();
  std::vector<std::pair<std::optional<BucketKey>, std::string>> family, base;
  for (const auto& doc : docs_)
    for (const Claim& c : doc->extraction.claims) {
      std::string family_words, base_words;
      for (const std::string& key : SlipKeys(*doc, c, &units)) {
        if (key.starts_with("unit ")) family_words = key;
        if (key.starts_with("base ")) base_words = key;
      }
      family.emplace_back(FamilyBucketKey(*doc, c, units), family_words);
      base.emplace_back(BaseBucketKey(*doc, c), base_words);
    }
  for (const auto* keys : {&family, &base}) {
    const std::string tag = keys == &family ? "unit " : "base ";
    size_t with_key = 0;
    for (const auto& [key, words] : *keys) {
      EXPECT_EQ(key.has_value(), !words.empty()) << words;
      if (!key) continue;
      ++with_key;
      EXPECT_EQ(tag + GenericBucket(*key), words);
      for (const auto& [other, other_words] : *keys)
        if (other) {
          EXPECT_EQ(*key == *other, words == other_words) << words << " / " << other_words;
        }
    }
    EXPECT_GT(with_key, 0u) << tag;
  }
  cache.Forget(*docs_.front());  // before the target is destroyed
  EXPECT_EQ(cache.size(), docs_.size() - 1);
  EXPECT_EQ(cache.Find(*docs_.front()), nullptr);

  // The target changes (another figure, a fact no longer stated): it is
  // matched afresh, the reference documents' takes are kept.
  docs_.erase(docs_.begin());
  Add("draft.md", "2026-01-10", "全国技术合同成交额达到6.8万亿元。\n");
  std::rotate(docs_.begin(), docs_.end() - 1, docs_.end());
  for (size_t d = 0; d < docs_.size(); ++d) docs_[d]->order = d;
  docs_.front()->target = true;
  EXPECT_EQ(Describe(GroupFacts(docs_, rules_, nullptr, &cache)),
            Describe(GroupFacts(docs_, rules_)));
  EXPECT_EQ(cache.size(), docs_.size() - 1);

  // A document's takes are those GroupFacts puts in the rules' groups.
  size_t taken = 0;
  for (const auto& doc : docs_) taken += MatchDocumentRules(*doc, *rules_).size();
  size_t in_rule_groups = 0;
  for (const FactGroup& g : GroupFacts(docs_, rules_))
    if (g.from_rule) in_rule_groups += g.claims.size();
  EXPECT_EQ(taken, in_rule_groups);
  EXPECT_GT(taken, 0u);
}

TEST_F(FactGroupsTest, TargetGroupsOnlyAreTheTargetGroupsOfAFullGrouping) {
  // A draft restating one seed (generic facts it shares with it) against
  // the seeds, which state many facts among themselves only.
  for (const char* seed : {"002_d7639a3b45169b27.txt", "000_04054bb1ba8821ed.txt",
                           "001_dff61195967c57f5.txt", "002_d7639a3b45169b27.txt",
                           "003_af76cae5511be1fe.txt"}) {
    std::ifstream in(std::string(FACTLINT_SOURCE_DIR) + "/seeds/" + seed);
    std::stringstream text;
    text << in.rdbuf();
    ASSERT_FALSE(text.str().empty()) << seed;
    if (docs_.empty()) {
      Add("draft.md", "2025-12-19", text.str());  // the target
      continue;
    }
    Add(seed, "2025-12-19", text.str());
    docs_.back()->target = false;  // reference material
  }
  const WordWeights weights = GenericWeights(docs_);
  std::vector<FactGroup> all = GroupFacts(docs_, rules_, &weights);
  const size_t before = all.size();
  std::erase_if(all, [&](const FactGroup& g) {
    return std::none_of(g.claims.begin(), g.claims.end(),
                        [&](const ClaimRef& r) { return docs_[r.doc]->target; });
  });
  ASSERT_LT(all.size(), before);  // some groups hold no target claim
  EXPECT_TRUE(std::any_of(all.begin(), all.end(),
                          [](const FactGroup& g) { return !g.from_rule; }));
  std::vector<FactGroup> only =
      GroupFacts(docs_, rules_, &weights, nullptr, /*target_groups_only=*/true);
  std::erase_if(only, [&](const FactGroup& g) {
    return std::none_of(g.claims.begin(), g.claims.end(),
                        [&](const ClaimRef& r) { return docs_[r.doc]->target; });
  });
  EXPECT_EQ(Describe(only), Describe(all));
  for (size_t k = 0; k < all.size() && k < only.size(); ++k)
    EXPECT_EQ(only[k].severity, all[k].severity) << all[k].fact_id;

  // With the reference documents' rule takes and generic fact ids kept (the
  // language server): the same groups, computed and then from what was kept,
  // after a grouping that kept the takes only.
  RuleMatchCache cache;
  GroupFacts(docs_, rules_, &weights, &cache);
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<FactGroup> kept =
        GroupFacts(docs_, rules_, &weights, &cache, /*target_groups_only=*/true);
    std::erase_if(kept, [&](const FactGroup& g) {
      return std::none_of(g.claims.begin(), g.claims.end(),
                          [&](const ClaimRef& r) { return docs_[r.doc]->target; });
    });
    EXPECT_EQ(Describe(kept), Describe(all)) << "pass " << pass;
  }
  // The kept ids: each claim's generic fact id, "" for a claim generic
  // matching does not take.
  size_t ids = 0;
  for (const auto& doc : docs_) {
    const std::vector<std::string>& kept = cache.GenericIdsOf(*doc);
    ASSERT_EQ(kept.size(), doc->extraction.claims.size());
    for (size_t i = 0; i < kept.size(); ++i) {
      const Claim& c = doc->extraction.claims[i];
      EXPECT_EQ(kept[i], GenericIneligibility(c).empty() ? GenericFactId(*doc, c) : "");
      if (!kept[i].empty()) ++ids;
    }
    EXPECT_EQ(&cache.GenericIdsOf(*doc), &kept);  // not computed again
  }
  EXPECT_GT(ids, 0u);
}

// Grouping compares claims' bucket keys, not the bucket written in words:
// two claims' keys are equal exactly when their buckets in words are, and
// the key written in words is the claim's bucket.
TEST_F(FactGroupsTest, BucketKeysAreEqualExactlyWhenTheBucketsInWordsAre) {
  Add("a.md", "2025-03-01",
      "2024年，全国专精特新中小企业数量达到14.1万家，比上年增长12%。"
      "今年拟安排地方政府专项债券4.4万亿元，预计全年专精特新中小企业数量达到15万家。\n");
  Add("b.md", "2025-03-02",
      "2024年，北京市专精特新中小企业数量达到1.1万家，比2020年增长50%，年均增长10%。"
      "2024年全国专精特新中小企业数量为14.3万家，累计增长30%。\n");
  Add("c.md", "2024-03-02", "全国专精特新中小企业数量达到12万家，地方政府专项债券3.8万亿元。\n");
  std::vector<std::pair<const Document*, const Claim*>> claims;
  for (const auto& doc : docs_)
    for (const Claim& c : doc->extraction.claims)
      if (GenericIneligibility(c).empty()) claims.push_back({doc.get(), &c});
  ASSERT_GE(claims.size(), 8u);
  std::set<std::string> buckets;
  for (const auto& [doc, c] : claims) {
    EXPECT_EQ(GenericBucket(GenericBucketKey(*doc, *c)), GenericBucket(*doc, *c));
    buckets.insert(GenericBucket(*doc, *c));
  }
  EXPECT_GE(buckets.size(), 6u);
  size_t equal = 0;
  for (const auto& [da, a] : claims) {
    for (const auto& [db, b] : claims) {
      const bool same_words = GenericBucket(*da, *a) == GenericBucket(*db, *b);
      EXPECT_EQ(GenericBucketKey(*da, *a) == GenericBucketKey(*db, *b), same_words)
          << GenericBucket(*da, *a) << " / " << GenericBucket(*db, *b);
      if (same_words && a != b) ++equal;
    }
  }
  EXPECT_GT(equal, 0u);  // some claims of different documents share a bucket
}

}  // namespace
}  // namespace factlint
