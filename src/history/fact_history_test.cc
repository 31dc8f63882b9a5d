// BuildFactHistory marks statements from the run's findings (never from its
// own comparisons); FindFacts resolves a query to fact groups.
#include "history/fact_history.h"

#include <sstream>

#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace factlint {
namespace {

using check_test::CheckHarness;
using check_test::Dated;

const FactGroup* GroupWith(CheckHarness& h, uint32_t doc, const std::string& surface) {
  auto ref = h.FindClaim(doc, surface);
  return ref ? h.GroupOf(*ref) : nullptr;
}

std::vector<Mark> MarksOf(const HistoryStatement& s) {
  std::vector<Mark> out;
  for (const MarkedFinding& m : s.marks) out.push_back(m.mark);
  return out;
}

TEST(FactHistoryTest, ARevisionMarksTheOlderFigureAndTheNewer) {
  CheckHarness h;
  h.Add("2024-03.md", Dated("2024-03-01", "2023年，全国技术合同成交额达到6.1万亿元。\n"))
      .Add("2025-06.md", Dated("2025-06-20",
                               "2023年，全国技术合同成交额达到6.3万亿元。"
                               "2024年，全国技术合同成交额达到6.84万亿元。\n"));
  const FactGroup* g = GroupWith(h, 0, "6.1万亿元");
  ASSERT_TRUE(g) << h.Dump();
  std::vector<Diagnostic> found = h.RunAll();
  FactHistory fh = BuildFactHistory(h.context(), *g, found);
  EXPECT_EQ(fh.fact_id, g->fact_id);
  ASSERT_EQ(fh.statements.size(), 3u);
  // By period: the two 2023 figures (older document first), then 2024.
  EXPECT_EQ(fh.statements[0].written, "6.1万亿元");
  EXPECT_EQ(fh.statements[0].period, "2023");
  EXPECT_EQ(fh.statements[0].document_date, "2024-03-01");
  EXPECT_EQ(fh.statements[1].written, "6.3万亿元");
  EXPECT_EQ(fh.statements[2].period, "2024");
  ASSERT_EQ(fh.findings.size(), 1u) << check_test::Describe(found);
  EXPECT_EQ(fh.findings[0].rule_id, "fact-revised");
  EXPECT_EQ(MarksOf(fh.statements[0]), std::vector<Mark>{Mark::kRevised});
  EXPECT_EQ(MarksOf(fh.statements[1]), std::vector<Mark>{Mark::kRevises});
  EXPECT_TRUE(fh.statements[2].marks.empty());
  EXPECT_EQ(StrongestMark(fh.statements[0]), Mark::kRevised);
  EXPECT_EQ(fh.statements[0].location.path, "2024-03.md");
  EXPECT_EQ(fh.statements[0].location.line, 5u);
  EXPECT_EQ(fh.statements[0].value_text, "[6050000000000, 6150000000000)");
}

TEST(FactHistoryTest, MarksFollowTheFindingsGiven) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-03-01", "2024年，全国技术合同成交额达到6.8万亿元。\n"))
      .Add("b.md", Dated("2025-02-01", "2024年，全国技术合同成交额为6.1万亿元。\n"));
  const FactGroup* g = GroupWith(h, 0, "6.8万亿元");
  ASSERT_TRUE(g) << h.Dump();
  std::vector<Diagnostic> found = h.RunAll();
  FactHistory with = BuildFactHistory(h.context(), *g, found);
  ASSERT_FALSE(with.findings.empty()) << check_test::Describe(found);
  size_t flagged = 0, contradicted = 0;
  for (const HistoryStatement& s : with.statements) {
    Mark m = StrongestMark(s);
    flagged += m == Mark::kFlagged;
    contradicted += m == Mark::kContradicted;
  }
  EXPECT_EQ(flagged, 1u);
  EXPECT_EQ(contradicted, 1u);
  // The same statements without findings (suppressed, say) carry no mark:
  // the history does not compare values itself.
  FactHistory without = BuildFactHistory(h.context(), *g, {});
  EXPECT_TRUE(without.findings.empty());
  for (const HistoryStatement& s : without.statements) EXPECT_TRUE(s.marks.empty());
}

TEST(FactHistoryTest, TextAndJsonNameEveryStatementAndFinding) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-03-01", "2024年，全国技术合同成交额达到6.8万亿元。\n"))
      .Add("b.md", Dated("2025-02-01", "2024年，全国技术合同成交额为6.1万亿元。\n"));
  const FactGroup* g = GroupWith(h, 0, "6.8万亿元");
  ASSERT_TRUE(g);
  FactHistory fh = BuildFactHistory(h.context(), *g, h.RunAll());
  std::ostringstream text, json;
  WriteHistoryText(fh, text);
  WriteHistoryJson(fh, json);
  EXPECT_NE(text.str().find("a.md:5:"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("b.md:5:"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("[flagged: fact-conflict]"), std::string::npos) << text.str();
  EXPECT_NE(json.str().find("\"mark\": \"contradicted\""), std::string::npos) << json.str();
  EXPECT_NE(json.str().find("\"rule\": \"fact-conflict\""), std::string::npos) << json.str();
}

FactGroup Group(const std::string& id, const std::string& title) {
  FactGroup g;
  g.fact_id = id;
  g.title = title;
  return g;
}

TEST(FindFactsTest, IdThenTitleThenWords) {
  const Documents docs;
  const std::vector<FactGroup> facts = {
      Group("turnover", "全国技术合同成交额"), Group("rd", "全国研发经费投入"),
      Group("g:新建5G基站:count:个:2025:0a1b2c", "新建5G基站"),
      Group("g:新建5G基站数量:count:个:2025:3d4e5f", "新建5G基站数量")};
  FactQuery q = FindFacts(facts, docs, "turnover");
  EXPECT_TRUE(q.by_id);
  EXPECT_EQ(q.matches, std::vector<size_t>{0});
  q = FindFacts(facts, docs, "g:新建5G基站数量:count:个:2025:3d4e5f");  // a generic fact's id
  EXPECT_TRUE(q.by_id);
  EXPECT_EQ(q.matches, std::vector<size_t>{3});
  q = FindFacts(facts, docs, "新建5G基站");  // the exact title wins
  EXPECT_FALSE(q.by_id);
  EXPECT_EQ(q.matches, std::vector<size_t>{2});
  q = FindFacts(facts, docs, "全国 经费");
  EXPECT_EQ(q.matches, std::vector<size_t>{1});
  q = FindFacts(facts, docs, "全国");
  EXPECT_EQ(q.matches, (std::vector<size_t>{0, 1}));
  EXPECT_TRUE(FindFacts(facts, docs, "粮食产量").matches.empty());
  EXPECT_TRUE(FindFacts(facts, docs, "   ").matches.empty());
}

TEST(FindFactsTest, WordsMatchTheSubjectsOfStatements) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-03-01", "2024年，全国技术合同成交额达到6.8万亿元。\n"))
      .Add("b.md", Dated("2025-02-01", "2024年，全国技术合同成交额为6.8万亿元。\n"));
  const FactGroup* g = GroupWith(h, 0, "6.8万亿元");
  ASSERT_TRUE(g);
  const std::string& subject = h.docs()[0]->extraction.claims[h.FindClaim(0, "6.8万亿元")->claim].subject;
  ASSERT_FALSE(subject.empty());
  FactQuery q = FindFacts(h.facts(), h.docs(), subject);
  ASSERT_FALSE(q.matches.empty());
  EXPECT_EQ(&h.facts()[q.matches[0]], g);
}

TEST(FindFactsTest, AGenericFactIsFoundByItsOwnId) {
  CheckHarness h;
  h.Add("a.md", Dated("2025-03-01", "2024年，全国专精特新中小企业数量达到14.1万家。\n"))
      .Add("b.md", Dated("2025-03-02", "2024年，全国专精特新中小企业数量达到14.3万家。\n"))
      .Add("c.md", Dated("2025-03-05", "今年拟安排地方政府专项债券4.4万亿元。\n"))
      .Add("d.md", Dated("2025-03-07", "今年拟安排地方政府专项债券4.6万亿元。\n"));
  const FactGroup* g = GroupWith(h, 0, "14.1万家");
  ASSERT_TRUE(g);
  ASSERT_FALSE(g->from_rule);
  EXPECT_EQ(g->fact_id.rfind("g:", 0), 0u) << g->fact_id;
  FactQuery q = FindFacts(h.facts(), h.docs(), g->fact_id);
  EXPECT_TRUE(q.by_id);
  ASSERT_EQ(q.matches.size(), 1u);
  EXPECT_EQ(&h.facts()[q.matches[0]], g);
  // The other generic fact has an id of its own.
  const FactGroup* plan = GroupWith(h, 2, "4.4万亿元");
  ASSERT_TRUE(plan);
  EXPECT_NE(plan->fact_id, g->fact_id);
}

}  // namespace
}  // namespace factlint
