// Fact rules shipped in rules/facts/ against sentences copied from the seed
// documents (normalized by hand: NFKC punctuation, no PDF spaces).
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "engine/fact_rules.h"

namespace factlint {
namespace {

class ShippedRules : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<Diagnostic> errors;
    rules_ = FactRuleSet::Load(
                 {std::string(FACTLINT_SOURCE_DIR) + "/rules/facts"}, &errors)
                 .release();
    for (const Diagnostic& d : errors) {
      ADD_FAILURE() << d.location.path << ":" << d.location.line << ":"
                    << d.location.column << ": " << d.message;
    }
  }
  static void TearDownTestSuite() { delete rules_; }

  // "value@year" of every match of rule `id` in `sentence`.
  static std::vector<std::string> Values(const std::string& id,
                                         const std::string& sentence) {
    std::vector<std::string> out;
    if (rules_ == nullptr) return out;
    for (const RuleMatch& m : rules_->Match(sentence)) {
      if (rules_->rules()[m.rule].id != id) continue;
      std::string v = sentence.substr(m.value.begin, m.value.size());
      if (m.year != 0) v += "@" + std::to_string(m.year);
      out.push_back(v);
    }
    return out;
  }
  using V = std::vector<std::string>;
  static FactRuleSet* rules_;
};
FactRuleSet* ShippedRules::rules_ = nullptr;

TEST_F(ShippedRules, LoadsAtLeastTenRulesWithDescriptions) {
  ASSERT_NE(rules_, nullptr);
  EXPECT_GE(rules_->rules().size(), 10u);
  for (const FactRule& r : rules_->rules()) {
    EXPECT_FALSE(r.description.empty()) << r.id;
    EXPECT_TRUE(rules_->dimensions().count(r.dimension)) << r.id;
    EXPECT_GT(r.line, 0u) << r.id;
  }
}

// The loose set (a run's first sentences) and the widened one (the
// sentences after them) select alike among the patterns that match: every
// example and trap of every shipped rule and every line of the seeds gives
// the same matches with either.
TEST_F(ShippedRules, LooseAndWidenedSelectorsMatchAlike) {
  ASSERT_NE(rules_, nullptr);
  std::vector<std::string> texts;
  for (const FactRule& r : rules_->rules()) {
    for (const RuleSentence& e : r.examples) texts.push_back(e.text);
    for (const RuleSentence& t : r.traps) texts.push_back(t.text);
  }
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(FACTLINT_SOURCE_DIR) + "/seeds")) {
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) texts.push_back(line);
  }
  size_t matches = 0;
  for (const std::string& t : texts) {
    const std::vector<RuleMatch> loose = rules_->MatchWith(FactRuleSet::SelectorKind::kLoose, t);
    EXPECT_EQ(loose, rules_->MatchWith(FactRuleSet::SelectorKind::kWidened, t)) << t;
    matches += loose.size();
  }
  EXPECT_GE(matches, rules_->rules().size());  // the texts hold matches of most rules
}

// A run of a few sentences (a draft's) selects with the loose set only and
// never compiles the widened one; after kLooseSentences it does, with the
// same matches.
TEST(FactRuleSetSelector, AFewSentencesNeverCompileTheWidenedSet) {
  std::vector<Diagnostic> errors;
  auto rules = FactRuleSet::Load({std::string(FACTLINT_SOURCE_DIR) + "/rules/facts"}, &errors);
  ASSERT_NE(rules, nullptr);
  const std::string s =
      "企业创新能力显著增强,企业研发投入占比超过77%,524家中国大陆企业进入全球"
      "工业研发投入2000强,科技成果转化体系不断完善。";
  const std::vector<RuleMatch> first = rules->Match(s);
  EXPECT_FALSE(first.empty());
  for (size_t i = 1; i < FactRuleSet::kLooseSentences; ++i) rules->Match(s);
  EXPECT_FALSE(rules->widened_compiled());
  EXPECT_EQ(rules->Match(s), first);
  EXPECT_TRUE(rules->widened_compiled());
}

// seeds/001: the 524 statement.
TEST_F(ShippedRules, Top2000Firms524) {
  const std::string s =
      "企业创新能力显著增强,企业研发投入占比超过77%,524家中国大陆企业进入全球"
      "工业研发投入2000强,科技成果转化体系不断完善。";
  EXPECT_EQ(Values("cn-rd-top2000-firms", s), V{"524"});
  EXPECT_EQ(Values("cn-enterprise-rd-share", s), V{"77%"});
  // The value span points into the sentence, at the digits.
  for (const RuleMatch& m : rules_->Match(s)) {
    if (rules_->rules()[m.rule].id != "cn-rd-top2000-firms") continue;
    EXPECT_EQ(m.value.begin, s.find("524"));
    EXPECT_EQ(m.value.end, s.find("524") + 3);
  }
}

// seeds/003: the 525 statement, its share and the 三新 share.
TEST_F(ShippedRules, Top2000Firms525AndShare) {
  const std::string s =
      "在谈及“十五五”如何推动科技创新和产业创新深度融合时,阴和俊说:“目前,我国"
      "‘三新’经济增加值占GDP的比重已超过18%;在全球工业研发投入2000强企业,"
      "中国大陆企业有525家,占比达到26.3%。";
  EXPECT_EQ(Values("cn-rd-top2000-firms", s), V{"525"});
  EXPECT_EQ(Values("cn-rd-top2000-share", s), V{"26.3%"});
  EXPECT_EQ(Values("cn-new-economy-gdp-share", s), V{"18%"});
}

// seeds/000.
TEST_F(ShippedRules, RdSpendingAndIntensity) {
  const std::string s =
      "科技投入持续增加,2024年全社会研发投入超3.6万亿元,较2020年增长48%;"
      "研发投入强度达到2.68%,超过欧盟国家平均水平。";
  EXPECT_EQ(Values("cn-rd-total-spending", s), V{"3.6万亿@2024"});
  EXPECT_EQ(Values("cn-rd-intensity", s), V{"2.68%"});
  // seeds/002, another year and wording.
  const std::string t =
      "2022年,全社会研发经费首次突破3万亿元,研发投入强度达到2.55%,"
      "全球创新指数排名升至第11位,成功进入创新型国家行列。";
  EXPECT_EQ(Values("cn-rd-total-spending", t), V{"3万亿@2022"});
  EXPECT_EQ(Values("cn-rd-intensity", t), V{"2.55%"});
  EXPECT_EQ(Values("cn-gii-rank", t), V{"11"});
  EXPECT_EQ(Values("cn-innovation-capability-rank", t), V{});
}

TEST_F(ShippedRules, BasicResearch) {
  EXPECT_EQ(Values("cn-basic-research-funding",
                   "基础研究水平进一步提升,基础研究经费达2497亿元,较2020年增长"
                   "超过70%,在量子科技、生命科学等领域取得一批重大原创性成果。"),
            V{"2497亿"});
  EXPECT_EQ(Values("cn-basic-research-personnel",
                   "持续壮大基础研究的高水平人才队伍,基础研究人才队伍由2021年的"
                   "47.2万人年增长到2023年的57.5万人年。"),
            (V{"47.2万@2021", "57.5万@2023"}));
  // No number: the phrase alone is not a claim of the fact.
  EXPECT_EQ(Values("cn-basic-research-funding",
                   "结合科研内容特点,提供相应所需的基础研究经费。"),
            V{});
}

TEST_F(ShippedRules, InnovationCapabilityRankBothEnds) {
  EXPECT_EQ(Values("cn-innovation-capability-rank",
                   "“国家综合创新能力排名由2020年的第14位提升至2024年的第10位。"),
            (V{"14@2020", "10@2024"}));
  EXPECT_EQ(Values("cn-innovation-capability-rank",
                   "“十四五”以来,我国科技投入持续增加,国家综合创新能力排名提升至"
                   "第10位,科技实力跃上新台阶。"),
            V{"10"});
}

TEST_F(ShippedRules, TalentClustersPatents) {
  EXPECT_EQ(Values("cn-highly-cited-scientists",
                   "2024年,我国高被引科学家达到1405人次,比2021年增长了50%,"
                   "占全世界的1/5。"),
            V{"1405@2024"});
  EXPECT_EQ(Values("cn-top100-clusters",
                   "在世界知识产权组织发布的《2023年全球创新指数报告》中,我国拥有的"
                   "全球百强科技集群数量达到24个,首次跃居全球第一。"),
            V{"24"});
  EXPECT_EQ(Values("cn-invention-patents-granted",
                   "全年授权发明专利92.1万件,同比增长15.3%。"),
            V{"92.1万"});
  EXPECT_EQ(Values("cn-new-economy-gdp-share",
                   "高新技术产业规模不断壮大,“三新”经济增加值占GDP比重达18%,"
                   "人工智能、生物科技等前沿领域正在形成新的经济增长点。"),
            V{"18%"});
  EXPECT_EQ(Values("cn-sci-papers", "2022年,中国发表科技论文数量达到215万篇。"),
            V{"215万@2022"});
  EXPECT_EQ(Values("cn-hitech-exports",
                   "2022年,中国高新技术产品出口额为9467亿美元,相比2018年增长了26.76%。"),
            V{"9467亿@2022"});
  EXPECT_EQ(Values("cn-national-hitech-zones",
                   "2023年全国178家国家高新区实现园区生产总值18万亿元,占全国GDP比重"
                   "约14%,为经济建设做出了重大贡献。"),
            V{"178@2023"});
}

// Wording a user would write, not in the seeds.
TEST_F(ShippedRules, ToleratesWordingVariants) {
  EXPECT_EQ(Values("cn-rd-top2000-firms",
                   "全球工业研发投入2000强榜单中,中国大陆企业达到525家。"),
            V{"525"});
  EXPECT_EQ(Values("cn-rd-intensity", "2024年,我国研发经费投入强度为2.68%。"),
            V{"2.68%@2024"});
  EXPECT_EQ(Values("cn-rd-total-spending", "全社会研发经费投入约3.6万亿元。"),
            V{"3.6万亿"});
  EXPECT_EQ(Values("cn-top100-clusters", "我国有26个科技集群进入全球百强。"),
            V{"26"});
  EXPECT_EQ(Values("cn-tech-contract-turnover",
                   "2023年,全国技术合同成交额达6.1万亿元。"),
            V{"6.1万亿@2023"});
  // A year between the subject and its verb, a list's 分别, a timeline's
  // 进一步 (VERB in rules/macros.toml).
  EXPECT_EQ(Values("cn-gdp", "国内生产总值2013年为56.9万亿元。"), V{"56.9万亿"});
  EXPECT_EQ(Values("cn-new-urban-jobs", "城镇新增就业分别为1312万人和1314万人。"), V{"1312万"});
  EXPECT_EQ(Values("cn-new-urban-jobs", "2017年城镇新增就业进一步达到1351万人。"), V{"1351万"});
}

// A numbered list item opens its subject as the start of a sentence does
// (ITEM in rules/macros.toml): 1., 2、, (3), 四、 as normalization writes them.
TEST_F(ShippedRules, ListItemNumbersOpenTheSubject) {
  EXPECT_EQ(Values("cn-rural-poverty-reduction", "6.农村贫困人口减少1442万人;"), V{"1442万"});
  EXPECT_EQ(Values("cn-new-urban-jobs", "2、城镇新增就业1312万人。"), V{"1312万"});
  EXPECT_EQ(Values("cn-new-urban-jobs", "(3)城镇新增就业1312万人。"), V{"1312万"});
  EXPECT_EQ(Values("cn-new-urban-jobs", "十二、城镇新增就业1312万人。"), V{"1312万"});
  // Not a number standing before the subject in a sentence's middle, nor a
  // figure that reads as an item number.
  EXPECT_EQ(Values("cn-new-urban-jobs", "报告列出12.城镇新增就业1312万人。"), V{});
  EXPECT_EQ(Values("cn-new-urban-jobs", "高校毕业生城镇新增就业1312万人。"), V{});
}

// Traps: sentences that look like a rule's fact but state another.
TEST_F(ShippedRules, TrapsDoNotMatch) {
  // Universities' papers are a part of the national total.
  EXPECT_EQ(Values("cn-sci-papers",
                   "其中,中国高等学校发表科技论文数量达到165.8万篇,占比约77.12%,"
                   "是中国科技论文的主要发表来源。"),
            V{});
  // A 2500-firm list is not the 2000-firm list.
  EXPECT_EQ(Values("cn-rd-top2000-firms",
                   "中国大陆企业有680家进入全球工业研发投入2500强。"),
            V{});
  EXPECT_EQ(Values("cn-rd-top2000-firms",
                   "在全球工业研发投入2500强企业中,中国大陆企业有680家。"),
            V{});
  // The Global Innovation Index rank is not the comprehensive capability rank.
  EXPECT_EQ(Values("cn-innovation-capability-rank",
                   "全球创新指数排名升至第11位。"),
            V{});
  // A province's zones are not the national count.
  EXPECT_EQ(Values("cn-national-hitech-zones",
                   "内蒙古自治区高度重视高新区的发展,布局建设了3家国家高新区和10家"
                   "自治区级高新区。"),
            V{});
  // Patent applications and valid patents are not patents granted.
  EXPECT_EQ(Values("cn-invention-patents-granted",
                   "其中,发明专利申请数为161.93万件,占比为30.18%。"),
            V{});
  EXPECT_EQ(Values("cn-invention-patents-granted",
                   "我国有效发明专利授权量达到499.1万件。"),
            V{});
  // A firm's own R&D intensity is not the national one.
  EXPECT_EQ(Values("cn-rd-intensity", "该企业研发投入强度为5.2%。"), V{});
  // The enterprise share is not the top-2000 share.
  EXPECT_EQ(Values("cn-rd-top2000-share", "企业研发投入占比超过77%。"), V{});
}

TEST_F(ShippedRules, MatchesAreSortedAndDeduplicated) {
  const std::string s =
      "在全球工业研发投入2000强企业,中国大陆企业有525家,占比达到26.3%。";
  std::vector<RuleMatch> ms = rules_->Match(s);
  for (size_t i = 1; i < ms.size(); ++i) {
    EXPECT_LE(ms[i - 1].value.begin, ms[i].value.begin);
    EXPECT_FALSE(ms[i - 1].rule == ms[i].rule &&
                 ms[i - 1].value == ms[i].value);
  }
  EXPECT_TRUE(rules_->Match("").empty());
  EXPECT_TRUE(rules_->Match("今天天气很好。").empty());
}

TEST_F(ShippedRules, OddInputDoesNotCrash) {
  ASSERT_NE(rules_, nullptr);
  // Invalid UTF-8 around a real statement, and a very long sentence.
  std::string bad = "\xff\xfe" "524家中国大陆企业进入全球工业研发投入2000强\xc3";
  EXPECT_EQ(Values("cn-rd-top2000-firms", bad), V{"524"});
  std::string s(std::string(200000, 'x') + ",研发投入强度达到2.68%");
  EXPECT_EQ(Values("cn-rd-intensity", s), V{"2.68%"});
  std::string nul = std::string("研发投入强度") + '\0' + "达到2.68%";
  EXPECT_TRUE(Values("cn-rd-intensity", nul).empty());
}

}  // namespace
}  // namespace factlint
